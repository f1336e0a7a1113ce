package org.anomalon.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import org.anomalon.InvalidInputException;
import org.anomalon.PhysicsException;
import org.anomalon.anomaly.AnomalyAnalysis;
import org.anomalon.inputs.Inputs;
import org.anomalon.model.BuiltinModels;
import org.junit.jupiter.api.Test;

/** P0 Sec. 3.2.5 and Fig. 2 with the real couplings, rates and data (docs/fit.md explains the deviations). */
class ExcessFitTest {
    private static final AnomalyObservables THEORY = AnomalyObservables.forInputs(Inputs.defaults());
    private static final Likelihood LIKELIHOOD = MeasurementSet.load(MeasurementSet.P0_GAUSSIAN)
            .likelihood(2.1, Set.of(), Readings.DEFAULT, THEORY);

    private static ModelFitReport fit(String model, boolean withZ) {
        AnomalyAnalysis traces = AnomalyAnalysis.of(BuiltinModels.load(model));
        return ExcessFit.fit(model, traces.traceXWW().doubleValue(), traces.traceXYY().doubleValue(), LIKELIHOOD, withZ,
                THEORY, OptionalDouble.empty());
    }

    private static double prediction(ModelFitReport report, String observable) {
        return report.predictions().stream().filter(p -> p.observable().equals(observable)).findFirst().orElseThrow().value();
    }

    @Test
    void tauFlavourIsPreferredNearThePrintedCoupling() {
        ModelFitReport tau = fit("tau-flavour", true);
        // P0: g_X ≈ 0.018 and 4.3σ. We find 0.0167 and 4.09σ: our g_S(g_X = 0.018) = 1.655e-8 lies 3.4% above
        // the measured centre and the g_P and Z → γX terms pull further down (docs/fit.md).
        assertThat(tau.best().couplingX()).isCloseTo(0.018, within(0.018 * 0.08));
        assertThat(tau.best().couplingX()).isCloseTo(0.01668, within(0.00002));
        assertThat(tau.best().significanceSigma()).isBetween(4.0, 4.3);
        assertThat(tau.best().significanceSigma()).isCloseTo(Math.sqrt(tau.best().deltaChiSquaredSM()), within(1e-12));
        // Without Z → γX the preference grows and g_X moves up (P0 Fig. 2 right, dashed over solid).
        assertThat(tau.alternative().significanceSigma()).isGreaterThan(tau.best().significanceSigma());
        assertThat(tau.alternative().couplingX()).isGreaterThan(tau.best().couplingX());
        assertThat(tau.best().interval1Sigma().contains(0.018)).isTrue();
    }

    @Test
    void tauFlavourPredictionsMatchThePrintedRates() {
        ModelFitReport tau = fit("tau-flavour", true);
        // P0: B(B+ → K*+X) = 1.1e-5 at the best fit (printed to two digits).
        assertThat(prediction(tau, "B+->K*+X")).isCloseTo(1.1e-5, within(0.05e-5));
        // P0: B(Z → γX) = 5.6e-7 "at the best fit": that is our rate at g_X = 0.018 exactly, so the
        // printed number goes with the printed coupling; at our best fit it scales by (g/0.018)².
        double zAtPrintedCoupling = THEORY.response(Observable.parse("Z->gammaX", "test"), 2.1).value(-0.018, 0.018);
        assertThat(zAtPrintedCoupling).isCloseTo(5.6e-7, within(0.05e-7));
        double g = tau.best().couplingX();
        assertThat(prediction(tau, "Z->gammaX")).isCloseTo(zAtPrintedCoupling * g * g / (0.018 * 0.018), within(1e-12));
        // P0 eq. (4.2): v_X X_S = m_X/g_X (P0 eq. 4.3 rounds 2.1/0.018 = 116.7 GeV to "120 GeV").
        assertThat(tau.anomalonScale().value()).isCloseTo(2.1 / g, within(1e-9));
        assertThat(tau.anomalonScale().interval1Sigma().contains(2.1 / 0.018)).isTrue();
        Prediction kaon = tau.predictions().get(0);
        assertThat(kaon.interval1Sigma().contains(kaon.value())).isTrue();
        // Form-factor uncertainties ride along (B → K* larger than B → K); none for Z → γX.
        Prediction kaonStar = tau.predictions().get(1);
        assertThat(kaonStar.theoryUncertainty() / kaonStar.value()).isGreaterThan(kaon.theoryUncertainty() / kaon.value())
                .isLessThan(0.5);
        assertThat(tau.predictions().get(2).theoryUncertainty()).isZero();
    }

    @Test
    void chiralBenchmarksOfP2FitWithinZPhotonBound() {
        // P2: L-only and L = −4R explain the excess consistently with Z → γX; L = −4R best fit g_X = 0.0042 (P2 after eq. 57).
        ModelFitReport lMinus4R = fit("chiral-tau-l-minus-4r", true);
        assertThat(lMinus4R.best().couplingX()).isCloseTo(0.0042, within(0.0042 * 0.08));
        ModelFitReport lOnly = fit("chiral-tau-l-only", true);
        assertThat(lOnly.best().significanceSigma()).isGreaterThan(fit("tau-flavour", true).best().significanceSigma());
    }

    @Test
    void belleBToPiRhoLimitsHaveNegligibleImpact() {
        // P0 footnote 6: including the Belle B → π/ρ E_miss limits changes nothing visible.
        Likelihood withPiRho = MeasurementSet.load(MeasurementSet.P0_GAUSSIAN)
                .likelihood(2.1, Set.of("b-to-pi-rho"), Readings.DEFAULT, THEORY);
        assertThat(withPiRho.terms()).hasSize(LIKELIHOOD.terms().size() + 4);
        BestFit with = ModelFit.along(withPiRho, -1, 1).best();
        BestFit without = ModelFit.along(LIKELIHOOD, -1, 1).best();
        assertThat(with.couplingX()).isCloseTo(without.couplingX(), within(without.couplingX() * 1e-3));
        assertThat(with.deltaChiSquaredSM()).isCloseTo(without.deltaChiSquaredSM(), within(0.05));
    }

    @Test
    void modelsWithoutXwwTraceAreRejected() {
        assertThatThrownBy(() -> fit("b-minus-l", true))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("A_XWW")
                .hasMessageContaining("B -> K X");
    }

    @Test
    void closedChannelsAndUnknownObservablesSaySo() {
        assertThatThrownBy(() -> THEORY.response(Observable.parse("B+->K*+X", "test"), 4.5)).isInstanceOf(PhysicsException.class)
                .hasMessageContaining("kinematically closed");
        assertThatThrownBy(() -> THEORY.response(Observable.parse("B->Kstar", "test"), 2.1)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("g_S, g_P");
    }

    @Test
    void planeHasTheMinimumOfTheBDecaysAndTheModelsOnTheirRays() {
        Interval[] ranges = ExcessPlane.defaultRanges(LIKELIHOOD);
        List<ModelRay> models = List.of(new ModelRay("tau-flavour", -1, 1), new ModelRay("L-only", -1, -1));
        ExcessPlane plane = ExcessPlane.scan(LIKELIHOOD, models, ranges[0], ranges[1], 121, 121);
        // The B-decay terms depend on x only and Z → γX can vanish on a line: min χ² is the B-only minimum.
        double bOnlyMinimum = ModelFit.along(LIKELIHOOD.without(ExcessFit.Z_PHOTON), 1, 0).best().chiSquaredMin();
        assertThat(plane.combined().chiSquaredMin()).isCloseTo(bOnlyMinimum, within(1e-6));
        assertThat(plane.zOnly()).isPresent();
        assertThat(plane.zOnly().get().chiSquaredMin()).isCloseTo(0, within(1e-9));
        ModelLine tau = plane.models().get(0);
        assertThat(tau.bestX()).isCloseTo(-tau.best().couplingX(), within(1e-15));
        // P0: the τ best fit lies "slightly outside the 1σ region" because of Z → γX; here Z → γX costs it
        // Δχ² = 0.94, at the edge of the 1-d.o.f. (Δχ² = 1) and inside the 2-d.o.f. (2.30) region, while
        // L-only (A_XYY = A_XWW, small C_XZγ) sits near the minimum (docs/fit.md).
        double tauDelta = LIKELIHOOD.chiSquared(tau.bestX(), tau.bestY()) - plane.combined().chiSquaredMin();
        ModelLine lOnly = plane.models().get(1);
        double lOnlyDelta = LIKELIHOOD.chiSquared(lOnly.bestX(), lOnly.bestY()) - plane.combined().chiSquaredMin();
        assertThat(tauDelta).isCloseTo(0.94, within(0.01));
        assertThat(lOnlyDelta).isLessThan(0.1);
    }
}
