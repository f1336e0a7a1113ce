package org.anomalon.inputs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TopMassSchemeTest {
    private static final Inputs INPUTS = Inputs.defaults();

    @Test
    void poleIsThePdgMass() {
        assertThat(INPUTS.loopTopMass().value_GeV()).isEqualTo(INPUTS.mass("t"));
        assertThat(INPUTS.loopTopMass().scheme()).isEqualTo(TopMassScheme.POLE);
    }

    /** m_t(m_t) solves M/m = 1 + (4/3)a + K₂a² + K₃a³ at a = α_s(m)/π; about 10 GeV below the PDG mass. */
    @Test
    void msBarMassSolvesTheThreeLoopRelation() {
        Inputs msbar = INPUTS.withTopMassScheme(TopMassScheme.MSBAR);
        double m = msbar.loopTopMass().value_GeV();
        assertThat(m).isBetween(162.0, 164.0);
        double mZ = INPUTS.mass("Z");
        double alphaS = 1 / (1 / INPUTS.value("alpha_s_mz") + (23.0 / 3) / (4 * Math.PI) * Math.log(m * m / (mZ * mZ)));
        double a = alphaS / Math.PI;
        double series = 1 + 4.0 / 3 * a + (13.4434 - 1.0414 * 5) * a * a + (190.595 - 26.655 * 5 + 0.6527 * 25) * a * a * a;
        assertThat(INPUTS.mass("t") / m).isCloseTo(series, within(1e-9));
        assertThat(msbar.loopTopMass().source()).contains("three-loop").contains("172.60");
        // the other inputs do not change; the scheme follows overrides of m_t
        assertThat(msbar.mass("t")).isEqualTo(INPUTS.mass("t"));
        assertThat(msbar.withOverride("m_t", 170).loopTopMass().value_GeV()).isLessThan(m);
    }
}
