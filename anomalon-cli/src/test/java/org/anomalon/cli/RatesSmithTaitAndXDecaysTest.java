package org.anomalon.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** The ST contribution and the x_decays block of {@code anomalon rates}, end to end. */
class RatesSmithTaitAndXDecaysTest {

    @Test
    void bMinusLGetsTheSmithTaitContributionByDefault() {
        JsonNode json = CliTestSupport.json("rates", "--model", "b-minus-l", "--mx", "0.1", "--gx", "1e-5");
        JsonNode st = json.get("smith_tait");
        assertThat(st.get("included").asBoolean()).isTrue();
        assertThat(st.get("label").asText()).isEqualTo("ST contribution");
        assertThat(st.get("delta_A_XWW_top_decoupled").asText()).isEqualTo("1/2");
        assertThat(st.get("Zgamma_trace_top_decoupled").asText()).isEqualTo("2/3");
        assertThat(st.get("Zgamma_trace_all_masses").get("re").asDouble()).isCloseTo(0.675, within(0.001));
        assertThat(json.get("couplings").get("origin").asText()).contains("ST contribution");
        // Conserved current: everything comes from ST. P0 eq. (3.14) with trace ≈ 0.675 at g_X/m_X = 1e-4:
        // (0.675/(2/3))² × 3.40e-9 × 1e-2 (the ST eq. 5 coefficient with α(0), docs/smith-tait.md).
        assertThat(json.get("branching_ratios").get("Z->gammaX").asDouble()).isCloseTo(3.48e-11, within(0.02e-11));
        assertThat(json.get("branching_ratios").get("K+->pi+X").asDouble()).isPositive();
    }

    @Test
    void switchingTheContributionOffLeavesAConservedCurrentWithoutCouplings() {
        JsonNode json = CliTestSupport.json("rates", "--model", "b-minus-l", "--mx", "0.1", "--gx", "1e-5", "--st", "off");
        assertThat(json.get("smith_tait").get("included").asBoolean()).isFalse();
        assertThat(json.get("smith_tait").get("reason").asText()).isEqualTo("--st off");
        assertThat(json.get("couplings").get("g_bs").get("re").asDouble()).isZero();
        assertThat(json.get("branching_ratios").get("B+->K+X").asDouble()).isZero();
    }

    @Test
    void anAnomalousCurrentGetsTheMassCorrectionOnlyWhenAskedFor() {
        JsonNode plain = CliTestSupport.json("rates", "--model", "tau-flavour", "--mx", "2.1", "--gx", "0.018");
        assertThat(plain.get("smith_tait").get("included").asBoolean()).isFalse();
        assertThat(plain.get("smith_tait").get("reason").asText()).startsWith("default: off");
        JsonNode corrected = CliTestSupport.json("rates", "--model", "tau-flavour", "--mx", "2.1", "--gx", "0.018", "--st", "on");
        double ratio = corrected.get("branching_ratios").get("Z->gammaX").asDouble()
                / plain.get("branching_ratios").get("Z->gammaX").asDouble();
        // Only the τ is charged: trace −1 → −1 − (w_τ − 1), |w_τ| ≈ 1.02 at the Z pole.
        assertThat(ratio).isBetween(1.03, 1.05);
        // The τ-flavour current leaves no top trace: the flavour couplings are P0's.
        assertThat(corrected.get("couplings").get("g_bs").get("re").asDouble())
                .isEqualTo(plain.get("couplings").get("g_bs").get("re").asDouble());
    }

    @Test
    void aChiralCurrentIsRefusedWithThePhysicsExitCode() {
        CliTestSupport result = CliTestSupport.run("rates", "--model", "chiral-tau-l-minus-4r", "--mx", "2.1",
                "--gx", "0.018", "--st", "on");
        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err()).contains("vector-like").contains("tau");
    }

    @Test
    void anUnknownStValueIsInvalidInput() {
        CliTestSupport result = CliTestSupport.run("rates", "--mx", "2.1", "--gx", "0.018", "--st", "maybe");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--st").contains("maybe");
    }

    @Test
    void bMinusLAtTheOmegaListsItsOpenHadronicChannels() {
        JsonNode x = CliTestSupport.json("rates", "--model", "b-minus-l", "--mx", "0.78", "--gx", "1e-4").get("x_decays");
        assertThat(x.get("complete").asBoolean()).isTrue();
        assertThat(x.get("channels").get("pi+ pi- pi0").get("status").asText()).isEqualTo("open");
        assertThat(x.get("channels").get("pi+ pi- pi0").get("width_GeV").asDouble()).isPositive();
        assertThat(x.get("channels").get("pi0 gamma").get("BR").asDouble()).isPositive();
        assertThat(x.get("channels").has("pi+ pi-")).isFalse();
        assertThat(x.get("BR_hadrons").asDouble()).isBetween(0.8, 0.95);
        assertThat(x.get("notes").toString()).contains("kinetic mixing: none").contains("neutrinos: Dirac");
        CliTestSupport text = CliTestSupport.run("rates", "--model", "b-minus-l", "--mx", "0.78", "--gx", "1e-4");
        assertThat(text.out()).contains("pi+ pi- pi0").contains("pi0 gamma").contains("BR(X -> hadrons) = 0.8");
    }

    @Test
    void xDecaysFlagBrInvisibleAsAnUpperBoundWhereAChannelHasNoData() {
        // An isoscalar axial quark current (q1 alone) has no data below 2 GeV.
        JsonNode x = CliTestSupport.json("rates", "--charges", "q1=1,Le=1", "--mx", "1", "--gx", "1e-4").get("x_decays");
        assertThat(x.get("complete").asBoolean()).isFalse();
        assertThat(x.get("BR_invisible_is_upper_bound").asBoolean()).isTrue();
        assertThat(x.get("not_computed").asText()).contains("isoscalar axial");
        assertThat(x.get("channels").get("hadrons (isoscalar axial current)").get("width_GeV").isNull()).isTrue();
        CliTestSupport text = CliTestSupport.run("rates", "--charges", "q1=1,Le=1", "--mx", "1", "--gx", "1e-4");
        assertThat(text.out()).contains("UPPER BOUND").contains("not computed");
    }

    @Test
    void loopMixingGivesLmuMinusLtauAnElectronChannel() {
        JsonNode x = CliTestSupport.json("rates", "--model", "lmu-minus-ltau", "--mx", "0.1", "--gx", "1e-3").get("x_decays");
        assertThat(x.get("channels").get("e+ e-").get("BR").asDouble()).isBetween(2.0e-5, 2.1e-5);
        assertThat(x.get("notes").get(0).asText()).startsWith("kinetic mixing: loop").contains("epsilon(m_X) = 0.0045");
    }

    @Test
    void xDecaysOfTheTauFlavourAboveThresholdFollowP0Equation328() {
        JsonNode x = CliTestSupport.json("rates", "--model", "tau-flavour", "--mx", "5", "--gx", "0.018", "--beta-gamma", "10").get("x_decays");
        double r = Math.pow(1.77693 / 5, 2);
        assertThat(x.get("BR_invisible").asDouble()).isCloseTo(1 / (1 + 2 * Math.sqrt(1 - 4 * r) * (1 + 2 * r)), within(1e-6));
        assertThat(x.get("BR_invisible_is_upper_bound").asBoolean()).isFalse();
        assertThat(x.get("channels").get("tau+ tau-").get("status").asText()).isEqualTo("open");
        double lifetime = x.get("lifetime_s").asDouble();
        assertThat(x.get("decay_length_m").asDouble()).isCloseTo(10 * 299_792_458.0 * lifetime, within(1e-6 * lifetime));
    }

    @Test
    void aStableXHasNoLifetimeInJson() {
        JsonNode x = CliTestSupport.json("rates", "--model", "baryon", "--mx", "0.1", "--gx", "1e-3").get("x_decays");
        assertThat(x.get("width_GeV").asDouble()).isZero();
        assertThat(x.get("lifetime_s").isNull()).isTrue();
        assertThat(x.get("BR_invisible").isNull()).isTrue();
    }

    @Test
    void badBoostOrMassIsInvalidInput() {
        CliTestSupport boost = CliTestSupport.run("rates", "--mx", "2.1", "--gx", "0.018", "--beta-gamma", "-1");
        assertThat(boost.exitCode()).isEqualTo(2);
        assertThat(boost.err()).contains("--beta-gamma").contains("-1");
        CliTestSupport mass = CliTestSupport.run("rates", "--model", "b-minus-l", "--mx", "0", "--gx", "1e-5");
        assertThat(mass.exitCode()).isEqualTo(2);
        assertThat(mass.err()).contains("--mx");
    }

    @Test
    void aboveTheZMassTheTextSaysZToPhotonXIsClosed() {
        CliTestSupport result = CliTestSupport.run("rates", "--model", "b-minus-l", "--mx", "100", "--gx", "1e-3");
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("Z->gammaX is closed").contains("Delta A_XWW = 1/2");
    }
}
