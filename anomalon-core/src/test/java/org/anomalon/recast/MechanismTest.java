package org.anomalon.recast;

import org.anomalon.observables.xdecay.XCouplings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import org.anomalon.InvalidInputException;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class MechanismTest {

    /** σ of every mechanism for five of DarkCast's models at four masses, against DarkCast's own values. */
    @Test
    void everyMechanismGivesDarkCastsCrossSections() {
        int checked = 0;
        for (JsonNode point : DarkCastValues.ROOT.get("mechanisms")) {
            String name = point.get("mechanism").asText();
            if (name.equals("none")) {
                continue;
            }
            double expected = point.get("sigma").asDouble();
            double sigma = Mechanism.parse(name, "test").sigma(point.get("m").asDouble(), DarkCastValues.couplings(point));
            assertThat(sigma).as(name + " " + point.get("model").asText() + " at " + point.get("m").asDouble())
                    .isCloseTo(expected, Offset.offset(1e-12 * Math.abs(expected) + 1e-300));
            checked++;
        }
        assertThat(checked).isEqualTo(400);
    }

    @Test
    void genericNamesFollowDarkCastsRules() {
        XCouplings darkPhoton = TestModels.darkPhoton();
        assertThat(Mechanism.parse("tau_tau", "test").sigma(5, darkPhoton)).isEqualTo(TestModels.E * TestModels.E);
        assertThat(Mechanism.parse("none", "test").sigma(5, darkPhoton)).isEqualTo(1);
        // omega -> pi0 X has one vector meson (rho): sigma = (c_rho)^2 / 16 = ((x_u - x_d)/2)^2 / 16 (t_rho = 1/4)
        double xu = TestModels.E * 2 / 3;
        double xd = -TestModels.E / 3;
        assertThat(Mechanism.parse("omega_pi0", "test").sigma(0.3, darkPhoton) / Math.pow((xu - xd) / 8, 2))
                .isCloseTo(Math.pow(BreitWigner.RHO0.runningWidth(0.3)[0], 2) + Math.pow(BreitWigner.RHO0.runningWidth(0.3)[1], 2),
                        Offset.offset(1e-12));
    }

    @Test
    void unknownMechanismsAreBadInputListingTheKnownOnes() {
        assertThatThrownBy(() -> Mechanism.parse("kaon_decay", "my.yaml, line 4")).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("my.yaml, line 4: production mechanism = 'kaon_decay' is not allowed")
                .hasMessageContaining("p_brem").hasMessageContaining("eta'");
        assertThatThrownBy(() -> Mechanism.parse("gamma_gamma", "x")).isInstanceOf(InvalidInputException.class);
    }
}
