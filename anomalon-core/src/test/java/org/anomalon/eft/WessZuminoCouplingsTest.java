package org.anomalon.eft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.anomalon.anomaly.AnomalyAnalysis;
import org.anomalon.inputs.Inputs;
import org.anomalon.model.BuiltinModels;
import org.hipparchus.complex.Complex;
import org.junit.jupiter.api.Test;

class WessZuminoCouplingsTest {
    private static final double MASS_X = 2.1;
    private final Inputs inputs = Inputs.defaults();
    private final WessZuminoCouplings wz = WessZuminoCouplings.forInputs(inputs);
    private final AnomalyAnalysis tauFlavour = AnomalyAnalysis.of(BuiltinModels.load("tau-flavour"));

    private double absGS(double gX) {
        return BelleTwoCouplings.of(wz.of(tauFlavour, gX), inputs, MASS_X).gS().norm();
    }

    /**
     * P0 eqs. (3.25)–(3.26): τ flavour at m_X = 2.1 GeV has |g_S| ≈ 1.6e-8 at g_X ≈ 0.018.
     * With the sheet's inputs (top pole mass) g_X = 0.017402 gives |g_S| = 1.6e-8 exactly; g_X = 0.0175
     * (which rounds to 0.018) gives 1.61e-8 (rounds to 1.6e-8); g_X = 0.018 itself gives 1.655e-8.
     */
    @Test
    void reproducesTheBelleTwoScalarCouplingOfTheTauFlavourBestFit() {
        assertThat(absGS(0.018)).isCloseTo(1.6550e-8, within(0.0005e-8));
        double gXForExactly16 = 0.018 * 1.6e-8 / absGS(0.018);
        assertThat(gXForExactly16).isCloseTo(0.017402, within(0.000001));
        assertThat(absGS(0.0175)).isBetween(1.55e-8, 1.65e-8);
    }

    @Test
    void vectorCurrentHasPseudoscalarToScalarRatioFixedByQuarkMasses() {
        BelleTwoCouplings b = BelleTwoCouplings.of(wz.of(tauFlavour, 0.018), inputs, MASS_X);
        // P0 eq. (3.25): g_P/g_S = −(m_b + m_s)/(m_b − m_s), a pure number for any model
        Complex ratio = b.gP().divide(b.gS());
        assertThat(ratio.getReal()).isCloseTo(-(4.183 + 0.0935) / (4.183 - 0.0935), within(1e-14));
        assertThat(ratio.getImaginary()).isCloseTo(0, within(1e-14));
    }

    /** The "g'⁴" of P2 eq. (13) cannot be right: it would make |g_S| 11× too small for the printed fit. */
    @Test
    void theSu2CouplingNotHyperchargeEntersTheWLoop() {
        double s2 = inputs.electroweak().sin2ThetaW();
        double withGPrime4 = absGS(0.018) * Math.pow(s2 / (1 - s2), 2);
        assertThat(withGPrime4).isLessThan(0.2e-8);
    }

    @Test
    void flavourCouplingsFollowTheCkmAndLoopSums() {
        EffectiveCouplings c = wz.of(-1, 1, 0.018);
        double prefactor = 3 * 0.018 * Math.pow(inputs.electroweak().g(), 4) / Math.pow(4 * Math.PI, 4);
        for (FlavourTransition t : FlavourTransition.values()) {
            Complex expected = wz.loopSum(t).multiply(prefactor);
            double tolerance = 1e-14 * expected.norm();
            assertThat(c.flavourChanging(t).getReal()).isCloseTo(expected.getReal(), within(tolerance));
            assertThat(c.flavourChanging(t).getImaginary()).isCloseTo(expected.getImaginary(), within(tolerance));
        }
        // b → s is dominated by the top: Σ ≈ V_tb V*_ts F(m_t²/m_W²)
        Complex top = inputs.ckm().element(2, 2).multiply(inputs.ckm().element(2, 1).conjugate())
                .multiply(LoopFunction.value(Math.pow(inputs.mass("t") / inputs.mass("W+"), 2)));
        assertThat(wz.loopSum(FlavourTransition.B_TO_S).norm()).isCloseTo(top.norm(), within(0.01 * top.norm()));
    }

    @Test
    void zPhotonCoefficientIsP0Eq313() {
        var ew = inputs.electroweak();
        double expected = 0.018 * ew.g() * ew.gPrime() * (ew.cos2ThetaW() * -1 - ew.sin2ThetaW() * 1)
                / (8 * Math.PI * Math.PI);
        assertThat(wz.of(tauFlavour, 0.018).cXZgamma().getReal()).isCloseTo(expected, within(1e-20));
        // vector currents: A_XYY = −A_XWW, so c_W² A_XWW − s_W² A_XYY = A_XWW exactly
        assertThat(expected).isCloseTo(-0.018 * ew.g() * ew.gPrime() / (8 * Math.PI * Math.PI), within(1e-18));
    }

    @Test
    void couplingsAreLinearInGXAndAnomalyTraceAndAdd() {
        EffectiveCouplings one = wz.of(-1, 1, 0.01);
        EffectiveCouplings three = wz.of(-3, 3, 0.01);
        assertThat(three.gBs().getReal()).isCloseTo(3 * one.gBs().getReal(), within(1e-24));
        EffectiveCouplings sum = one.plus(one).plus(EffectiveCouplings.none());
        assertThat(sum.gSd().getImaginary()).isCloseTo(2 * one.gSd().getImaginary(), within(1e-26));
        assertThat(sum.cXZgamma().getReal()).isCloseTo(one.times(2).cXZgamma().getReal(), within(1e-20));
        assertThat(sum.origin()).isEqualTo("P0 Wess-Zumino + P0 Wess-Zumino");
        assertThat(EffectiveCouplings.none().plus(one).origin()).isEqualTo(WessZuminoCouplings.ORIGIN);
    }

    @Test
    void wessZuminoCoefficientsAreMinusTheTraces() {
        assertThat(tauFlavour.wessZuminoWW().intValue()).isEqualTo(1);   // C_WW = −A_XWW (P2 eq. 8)
        assertThat(tauFlavour.wessZuminoBB().intValue()).isEqualTo(-1);  // C_BB = −A_XYY
    }
}
