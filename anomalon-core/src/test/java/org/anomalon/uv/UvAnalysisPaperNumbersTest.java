package org.anomalon.uv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import java.util.Map;
import java.util.Optional;
import org.anomalon.Errors;
import org.anomalon.InvalidInputException;
import org.anomalon.Parameter;
import org.anomalon.inputs.Inputs;
import org.anomalon.model.BuiltinModels;
import org.anomalon.model.Rationals;
import org.anomalon.spectra.NaturalnessParameters;
import org.junit.jupiter.api.Test;

/**
 * The "Must show" figures of issue 7 against P0 Sec. 4 and P2 Sec. IV. Each test states our unrounded
 * value and how the paper rounded it.
 */
class UvAnalysisPaperNumbersTest {

    static UvAnalysis analyse(String model, double mx, double gx, Map<String, Double> vevs) {
        return UvAnalysis.of(BuiltinModels.load(model), new UvAnalysis.Request(mx, gx, 1.0, vevs,
                NaturalnessParameters.paper(), 1.0, 1.0, Optional.empty()), Inputs.defaults());
    }

    static UvAnalysis.AnomalonReport anomalon(UvAnalysis analysis, String name) {
        return analysis.anomalons().stream().filter(a -> a.multiplet().name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void p0Table5ModelMassLimits() {
        UvAnalysis analysis = analyse("p0-1dl1ml-m3", 2.1, 0.018, Map.of());
        assertThat(analysis.scale().breakingVev_GeV()).isCloseTo(700.0, within(1e-9));   // printed "≈ 720 GeV"
        // P0 Sec. 4.1: "below 1.47 TeV and 1.6 TeV". √(8π/3)·700/√2 = 1432.66 and √(16π/5)·700/√2 = 1569.40;
        // the printed pair is what the rounded v_X = 720 GeV gives: 1473.59 and 1614.24.
        assertThat(anomalon(analysis, "A").massMax_GeV()).isCloseTo(1432.657, within(1e-3));
        assertThat(anomalon(analysis, "B").massMax_GeV()).isCloseTo(1569.398, within(1e-3));
        assertThat(anomalon(analysis, "A").massMax_GeV() * 720.0 / 700.0).isCloseTo(1470.0, within(5.0));
        assertThat(anomalon(analysis, "B").massMax_GeV()).isCloseTo(1600.0, within(50.0));
        // "the naturalness criterion of 1% fine tuning imposes anomalon mass scale below 3.4 TeV" (Table 2, n = 5)
        assertThat(analysis.naturalnessMax_GeV()).isCloseTo(3400.0, within(50.0));
        assertThat(anomalon(analysis, "A").lightestNeutral()).isTrue();
        assertThat(anomalon(analysis, "B").lightestNeutral()).isTrue();
        assertThat(analysis.tauSector()).isEmpty();
    }

    @Test
    void p0MinimalModelTripletLimitAndWinoSplitting() {
        // First row of P0 Table 2 (n = 3 ML, m = 2 DL, Y = 1/2), X_S = 3 a_{B+L} = 1: v_X = 116.67 GeV ("≈ 120").
        // y_BB ≤ √(16π/3) (P0 eq. 4.5): m_B ≤ 337.68 GeV; the printed "350 GeV" is 347.33 at v_X = 120 GeV.
        UvAnalysis analysis = UvAnalysis.of(minimalModel(), new UvAnalysis.Request(2.1, 0.018, 1.0, Map.of(),
                NaturalnessParameters.paper(), 1.0, 1.0, Optional.empty()), Inputs.defaults());
        UvAnalysis.AnomalonReport triplet = anomalon(analysis, "B");
        assertThat(triplet.massMax_GeV()).isCloseTo(337.681, within(1e-3));
        assertThat(triplet.massMax_GeV() * 120.0 / analysis.scale().breakingVev_GeV()).isCloseTo(350.0, within(3.0));
        // "m_B+ − m_B0 ≈ 166 MeV" (P0 Sec. 4.1): exactly Δ0
        assertThat(triplet.massAboveLightest_GeV().get(Rationals.of(1))).isCloseTo(0.166, within(1e-12));
        assertThat(triplet.chargedStates()).allSatisfy(s ->
                assertThat(s.signature()).isEqualTo(ChargedDecay.TrackSignature.DISAPPEARING_TRACK));
        assertThat(anomalon(analysis, "A").massMax_GeV()).isCloseTo(292.440, within(1e-3));   // y_AA ≤ √(4π)
    }

    @Test
    void p0TwoDiracModelHiggsinoSplittingAndStableChargedSinglet() {
        UvAnalysis analysis = analyse("p0-2dl-m1", 2.1, 0.018, Map.of());
        UvAnalysis.AnomalonReport doublet = anomalon(analysis, "B");
        // "m_B+ − m_B0 ≈ 350 MeV" (P0 Sec. 4.2): Δ0 (1 + 1/c_W) = 355.32 MeV with s_W² = 0.23122
        assertThat(doublet.massAboveLightest_GeV().get(Rationals.of(1, 2).add(Rationals.of(1, 2))))
                .isCloseTo(0.35532, within(1e-5));
        // "m_B0 ≲ 300 GeV": √(4π)·116.67/√2 = 292.44 GeV (300.80 at the rounded v_X = 120 GeV)
        assertThat(doublet.massMax_GeV()).isCloseTo(292.440, within(1e-3));
        assertThat(doublet.chargedStates()).singleElement().satisfies(s -> {
            assertThat(s.lifetime_s()).isCloseTo(2.0898e-11, within(1e-14));
            assertThat(s.signature()).isEqualTo(ChargedDecay.TrackSignature.REDUCED_SENSITIVITY);
        });
        UvAnalysis.AnomalonReport singlet = anomalon(analysis, "A");
        assertThat(singlet.lightestNeutral()).isFalse();
        assertThat(singlet.chargedStates()).singleElement().satisfies(s ->
                assertThat(s.signature()).isEqualTo(ChargedDecay.TrackSignature.STABLE_CHARGED));
        // y_AA ≤ √(8π) (P0 eq. 4.10)
        assertThat(singlet.massMax_GeV()).isCloseTo(413.573, within(1e-3));
    }

    @Test
    void p2LOnlyDoubletBelow290GeVAndTauSector() {
        UvAnalysis analysis = analyse("p2-l-only", 2.1, 0.018, Map.of());
        // P2 eq. (43) and below: y ≤ √(4π), "m_L ≤ 290 GeV"; unrounded 292.44 GeV
        assertThat(anomalon(analysis, "L").massMax_GeV()).isCloseTo(292.440, within(1e-3));
        UvAnalysis.TauSectorReport tau = analysis.tauSector().orElseThrow();
        // P2 eq. (42): E is a doublet, the U(1)_X scalar sits in the ℓ̄ E_R S entry
        assertThat(tau.sector().leftEntryScalar()).isPresent();
        assertThat(tau.sector().rightEntryScalar()).isEmpty();
        assertThat(tau.matrix().orElseThrow().tauMass()).isCloseTo(Inputs.defaults().mass("tau-"), within(1e-9));
        // α_L = 1 − sin²θ_L → 1, α_R = 0 (P2 after eq. 42)
        assertThat(tau.effectiveChargeRight()).isZero();
        assertThat(tau.effectiveChargeLeft()).isLessThan(1.0).isGreaterThan(0.99);
    }

    @Test
    void p2LMinus4RTripletBelow1TeVAndAlphaR() {
        UvAnalysis analysis = analyse("p2-l-minus-4r", 2.1, 0.0042, Map.of("S5", 10.0));
        // P2 eq. (59): v_X ≈ V1 ≈ m_X/g_X = 500 GeV; y ≤ √(8π/3): m_L ≤ 1023.3 GeV, printed "1.0 TeV".
        // (Sec. IV B's "v_X ≈ 467 GeV" would give 955.8 GeV; it is not what eq. 45 gives, see BreakingScaleTest.)
        UvAnalysis.AnomalonReport triplet = anomalon(analysis, "L");
        assertThat(triplet.scalarVev_GeV()).isCloseTo(Math.sqrt(500.0 * 500.0 - 25 * 100.0), within(1e-9));
        assertThat(anomalon(analyse("p2-l-minus-4r", 2.1, 0.0042, Map.of()), "L").massMax_GeV())
                .isCloseTo(1023.327, within(1e-3));
        assertThat(triplet.lightestNeutral()).isTrue();
        // Y = 1 triplet: M_1 − M_0 = Δ0(1 + 2/c_W) = 544.65 MeV, τ ≈ 2.9e-12 s: disappearing tracks evaded (P2 Sec. III B)
        assertThat(triplet.chargedStates()).allSatisfy(s ->
                assertThat(s.signature()).isEqualTo(ChargedDecay.TrackSignature.PROMPT));
        UvAnalysis.TauSectorReport tau = analysis.tauSector().orElseThrow();
        assertThat(tau.leadingOrderCoefficient_GeV()).isCloseTo(1.722, within(1e-12));   // P2 prints 1.78, see docs
        TauMassMatrix matrix = tau.matrix().orElseThrow();
        assertThat(matrix.tauMass()).isCloseTo(Inputs.defaults().mass("tau-"), within(1e-9));
        double sin2R = Math.pow(Math.sin(matrix.thetaRight()), 2);
        assertThat(tau.effectiveChargeRight()).isCloseTo(-1 + 5 * sin2R, within(1e-12));   // P2 eq. (57)
        assertThat(tau.effectiveChargeLeft()).isCloseTo(4.0, within(1e-12));
    }

    @Test
    void anomalonOfAScalarWithoutVevIsMasslessAndSaysSo() {
        org.anomalon.model.Model base = BuiltinModels.load("p2-l-only");
        java.util.List<org.anomalon.model.Fermion> fermions = new java.util.ArrayList<>(base.extraFermions());
        fermions.add(org.anomalon.model.Fermion.colourless("C_L", org.anomalon.model.Chirality.L, 3, Rationals.of(0), Rationals.of(1)));
        fermions.add(org.anomalon.model.Fermion.colourless("C_R", org.anomalon.model.Chirality.R, 3, Rationals.of(0), Rationals.of(-1)));
        org.anomalon.model.Model model = org.anomalon.model.Model.of("two-scalars", "", "", base.smCharges(), fermions,
                java.util.List.of(new org.anomalon.model.Scalar("S", Rationals.of(1)), new org.anomalon.model.Scalar("T", Rationals.of(2))));
        UvAnalysis.Request request = new UvAnalysis.Request(2.1, 0.018, 1.0, Map.of(), NaturalnessParameters.paper(),
                1.0, 1.0, Optional.empty());
        UvAnalysis analysis = UvAnalysis.of(model, request, Inputs.defaults());
        assertThat(anomalon(analysis, "C").mass_GeV()).isZero();
        assertThat(analysis.notes()).anyMatch(n -> n.contains("give the VEV of T"));
        UvAnalysis withVev = UvAnalysis.of(model, new UvAnalysis.Request(2.1, 0.018, 1.0, Map.of("T", 20.0),
                NaturalnessParameters.paper(), 1.0, 1.0, Optional.empty()), Inputs.defaults());
        // V_S² + (2/1)² V_T² = (m_X/g_X)²
        assertThat(anomalon(withVev, "L").scalarVev_GeV())
                .isCloseTo(Math.sqrt(Math.pow(2.1 / 0.018, 2) - 4 * 400.0), within(1e-9));
        assertThat(anomalon(withVev, "C").mass_GeV()).isCloseTo(20.0 / Math.sqrt(2), within(1e-12));
    }

    @Test
    void badInputIsRejected() {
        assertThatThrownBy(() -> analyse("tau-flavour", 2.1, 0.018, Map.of()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("anomalons");
        assertThatThrownBy(() -> UvAnalysis.of(BuiltinModels.load("p2-l-only"), new UvAnalysis.Request(2.1, 0.018, 0.0,
                Map.of(), NaturalnessParameters.paper(), 1, 1, Optional.empty()), Inputs.defaults()))
                .isInstanceOf(InvalidInputException.class).matches(Errors.about(Parameter.YUKAWA), "about YUKAWA");
    }

    /** P0 Table 2, first row (eq. A.6 with m = 2, a_{B+L} = 1/3, X_S = 1): the example file shipped in docs/. */
    static org.anomalon.model.Model minimalModel() {
        return org.anomalon.model.ModelFiles.read(java.nio.file.Path.of("../docs/examples/p0-1dl1ml-minimal.yaml"));
    }
}
