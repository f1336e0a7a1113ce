package org.anomalon.observables.xdecay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.anomalon.inputs.Inputs;
import org.anomalon.model.BuiltinModels;
import org.anomalon.model.Model;
import org.hipparchus.analysis.integration.IterativeLegendreGaussIntegrator;
import org.hipparchus.complex.Complex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LoopMixingTest {
    private static final Inputs INPUTS = Inputs.defaults();
    /** DarkCast 2.1's constants (its pars.py): e, m_μ, m_τ. */
    private static final double DARKCAST_E = 0.302822;
    private static final double DARKCAST_M_MU = 0.10566;
    private static final double DARKCAST_M_TAU = 1.77682;

    private static XCouplings muMinusTau() {
        return XCouplings.builder().vector(Flavour.MU, 1).vector(Flavour.TAU, -1).build();
    }

    /** DarkCast's epsilon_mutau test points (its L_mu - L_tau loop function, Amaral et al. 2020 eq. 7). */
    @ParameterizedTest(name = "m_X = {0} GeV")
    @CsvSource({"0.001, 0.004370556417758266", "0.1, 0.0045241626701251186", "0.3, 0.005283612064456419",
            "1.0, 0.0032680667848981482", "3.0, 0.002441488918387044", "4.0, 0.0016278755227662036",
            "10.0, 0.00016574420364638389"})
    void reproducesDarkCastsLmuMinusLtauMixing(double mass, double darkCast) {
        LoopMixing loop = LoopMixing.of(DARKCAST_E, muMinusTau(),
                flavour -> flavour == Flavour.MU ? DARKCAST_M_MU : DARKCAST_M_TAU);
        assertThat(loop.epsilon(mass)).isCloseTo(darkCast, within(1e-9 * darkCast));
    }

    @Test
    void lowEnergyLimitIsTheLogarithmOfTheMassRatio() {
        // ε(0) = e²/(12π²) ln(m_τ²/m_μ²) = 4.3705e-3 with DarkCast's constants.
        LoopMixing loop = LoopMixing.of(DARKCAST_E, muMinusTau(),
                flavour -> flavour == Flavour.MU ? DARKCAST_M_MU : DARKCAST_M_TAU);
        double expected = DARKCAST_E * DARKCAST_E / (12 * Math.PI * Math.PI) * Math.log(Math.pow(DARKCAST_M_TAU / DARKCAST_M_MU, 2));
        assertThat(loop.epsilon(1e-6)).isCloseTo(expected, within(1e-9 * expected));
        assertThat(expected).isCloseTo(4.3705e-3, within(5e-8));
    }

    @ParameterizedTest(name = "M = {0}, m = {1}")
    @CsvSource({"1, 0.01", "1, 0.3", "1, 0.7", "1, 1.9", "1, 1.999", "1, 2.001", "1, 2.5", "1, 10", "0.1, 3", "0.000511, 5"})
    void vacuumPolarisationAgreesWithNumericalIntegration(double fermionMass, double massX) {
        Complex closed = LoopMixing.vacuumPolarisation(fermionMass, massX);
        double beta2 = 1 - 4 * fermionMass * fermionMass / (massX * massX);
        double[] edges = beta2 > 0 ? new double[] {0, (1 - Math.sqrt(beta2)) / 2, (1 + Math.sqrt(beta2)) / 2, 1} : new double[] {0, 1};
        IterativeLegendreGaussIntegrator integrator = new IterativeLegendreGaussIntegrator(16, 1e-13, 1e-15);
        double real = 0;
        for (int i = 0; i + 1 < edges.length; i++) {
            double from = edges[i];
            double length = edges[i + 1] - edges[i];
            // x = from + length (1 − cos πu)/2 clusters the nodes at the logarithmic end points
            real += integrator.integrate(1_000_000, u -> {
                double x = from + length * (1 - Math.cos(Math.PI * u)) / 2;
                double jacobian = length * Math.PI * Math.sin(Math.PI * u) / 2;
                return jacobian * x * (1 - x) * Math.log(Math.abs(fermionMass * fermionMass - x * (1 - x) * massX * massX));
            }, 0, 1);
        }
        double imaginary = beta2 > 0 ? -Math.PI * Math.sqrt(beta2) * (3 - beta2) / 12 : 0;
        assertThat(closed.getReal()).isCloseTo(real, within(1e-11));
        assertThat(closed.getImaginary()).isCloseTo(imaginary, within(1e-13));
    }

    @Test
    void aDivergentSetOfChargesIsRefused() {
        XCouplings tauOnly = XCouplings.builder().vector(Flavour.TAU, 1).build();
        assertThatThrownBy(() -> LoopMixing.of(DARKCAST_E, tauOnly, flavour -> 1.0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("diverges");
    }

    @ParameterizedTest(name = "m_X = {0} GeV")
    @CsvSource({"0.001, 0.004370556417758266", "0.5, 0.004231411845745065", "4.0, 0.0016278755227662036"})
    void lmuMinusLtauCouplesToElectronsAndQuarksThroughTheLoop(double mass, double darkCastEpsilon) {
        // DarkCast's Lmu-Ltau_boson couplings: x_e = −ε, x_u = 2ε/3, x_d = −ε/3 (models.yaml test points);
        // anomalon uses PDG 2026 masses and e = √(4πα(0)): m_τ differs from DarkCast's by 6e-5, which the
        // loop amplifies to 2e-4 near 2 m_τ, hence 5e-4.
        XCouplings couplings = ModelCouplings.of(BuiltinModels.load("lmu-minus-ltau"), INPUTS).at(mass);
        assertThat(couplings.vector(Flavour.E)).isCloseTo(-darkCastEpsilon, within(5e-4 * darkCastEpsilon));
        assertThat(couplings.vector(Flavour.U)).isCloseTo(2 * darkCastEpsilon / 3, within(5e-4 * darkCastEpsilon));
        assertThat(couplings.vector(Flavour.S)).isCloseTo(-darkCastEpsilon / 3, within(5e-4 * darkCastEpsilon));
        // the muon's own charge is shifted by ε Q_μ = −ε as well
        assertThat(couplings.vector(Flavour.MU)).isCloseTo(1 - darkCastEpsilon, within(5e-4 * darkCastEpsilon));
        assertThat(couplings.vector(Flavour.NU_MU)).isEqualTo(0.5);
    }

    @Test
    void lmuMinusLtauElectronBranchingRatioHasTheSizeTheFormulaGives() {
        // Below 2 m_μ: Γ(ee) = ε² m β(1 + 2r)/(12π) against Γ(ν_μ) + Γ(ν_τ) = 2 m/(24π) (left-handed neutrinos).
        Model model = BuiltinModels.load("lmu-minus-ltau");
        double mass = 0.1;
        double epsilon = 0.0045241626701251186;
        double r = Math.pow(INPUTS.mass("e-") / mass, 2);
        double electrons = epsilon * epsilon * Math.sqrt(1 - 4 * r) * (1 + 2 * r);
        XDecays decays = XDecays.of(model, mass, 1e-3, INPUTS);
        double measured = decays.branchingRatio(decays.channel(XDecayChannel.ELECTRON).orElseThrow());
        assertThat(measured).isCloseTo(electrons / (electrons + 1), within(2e-4 * measured));
        assertThat(measured).isBetween(2.0e-5, 2.1e-5);
        assertThat(decays.notes()).anyMatch(note -> note.startsWith("kinetic mixing: loop"));
    }
}
