package org.anomalon.spectra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.anomalon.Errors;
import org.anomalon.InvalidInputException;
import org.anomalon.Parameter;
import org.anomalon.model.Model;
import org.anomalon.model.Rationals;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;

/** The exhaustive-scan statements of P0 App. A, checked by running the search. */
class AppendixScanTest {
    private static final BigFraction ALPHA = Rationals.of(1, 3);
    private static final Model CURRENT = AnomalyVerification.baryonCurrent(ALPHA);

    private static List<SpectrumAssessment> assess(Topology topology, SearchBounds bounds) {
        return SpectrumAssessment.ofAll(AnomalonSearch.search(ALPHA, topology, bounds), CURRENT, SelectionCriteria.paper());
    }

    private static Set<String> families(List<SpectrumAssessment> assessments) {
        return assessments.stream().map(a -> a.spectrum().family()).collect(Collectors.toSet());
    }

    @Test
    void oneDiracPairNeverSolvesTheConditions() {
        // P0 App. A, "N_Ψ = 2": eqs. (2.4) and (2.5) need charges of opposite sign
        assertThat(AnomalonSearch.search(ALPHA, Topology.ONE_DL, SearchBounds.coloured(50))).isEmpty();
    }

    @Test
    void threeFieldsUpToTenAreTheFamiliesA4A5A6() {
        // P0 after eq. (A.6): the ansätze n − 2m = 1, 0, −1 give (A.4)-(A.6); outside them no solution with
        // integer electric charges for n, m <= 10. The search finds no solution at all outside them there.
        List<SpectrumAssessment> all = assess(Topology.ONE_ML_ONE_DL,
                SearchBounds.colourless(10).withPseudorealMajorana(true));
        assertThat(families(all)).containsExactlyInAnyOrder("A.4", "A.5", "A.6");
        List<SpectrumAssessment> integer = all.stream().filter(a -> a.spectrum().hasIntegerCharges()).toList();
        assertThat(families(integer)).containsExactlyInAnyOrder("A.4", "A.6");
        // (A.4): m = 1..4 (n = 2m+1 <= 9); (A.6): m = 2..5; (A.5): m even only (Witten), m = 2, 4
        assertThat(all.stream().filter(a -> a.spectrum().family().equals("A.4"))).hasSize(4);
        assertThat(all.stream().filter(a -> a.spectrum().family().equals("A.6"))).hasSize(4);
        assertThat(all.stream().filter(a -> a.spectrum().family().equals("A.5"))
                .map(a -> a.spectrum().fields().get(1).su2Dimension())).containsExactlyInAnyOrder(2, 4);
    }

    @Test
    void wittenRemovesTheA5MembersWithOddM() {
        // (A.5) with m = 3: ML 6-plet (n = 4l + 2) alone would leave an odd number of such multiplets
        List<AnomalonSpectrum> spectra = AnomalonSearch.search(ALPHA, Topology.ONE_ML_ONE_DL,
                SearchBounds.colourless(10).withPseudorealMajorana(true));
        assertThat(spectra).noneMatch(s -> s.fields().get(0).su2Dimension() == 6);
        assertThat(spectra).anyMatch(s -> s.fields().get(0).su2Dimension() == 4);
    }

    @Test
    void threeFieldsSatisfyingCriterionTwoUpToTenAreA6() {
        List<SpectrumAssessment> neutral = assess(Topology.ONE_ML_ONE_DL, SearchBounds.colourless(10)).stream()
                .filter(a -> a.neutralLightest().satisfied()).toList();
        assertThat(families(neutral)).containsExactly("A.6");
        assertThat(neutral).allMatch(a -> a.neutralLightest().mechanism() == NeutralLightestParticle.Mechanism.RADIATIVE);
    }

    @Test
    void threeFieldsUpToFiftyHaveThreeSolutionsOutsideTheAnsatze() {
        // beyond P0's range: rational solutions of (A.3) with n - 2m not in {-1, 0, 1}
        List<AnomalonSpectrum> outside = AnomalonSearch.search(ALPHA, Topology.ONE_ML_ONE_DL, SearchBounds.colourless(50))
                .stream().filter(s -> s.family().equals("A.3")).toList();
        assertThat(outside).extracting(s -> s.fields().get(0).su2Dimension() + "," + s.fields().get(1).su2Dimension()
                + "," + Rationals.format(s.fields().get(1).hypercharge()))
                .containsExactlyInAnyOrder("49,1,70", "33,25,14/5", "35,27,7/3");
    }

    @Test
    void twoDiracPairsSatisfyingCriterionTwoUpToTenAreA11() {
        // P0 after eq. (A.11): outside (A.11) no solution satisfying (ii) for n, m <= 10
        List<SpectrumAssessment> all = assess(Topology.TWO_DL, SearchBounds.colourless(10));
        List<SpectrumAssessment> neutral = all.stream().filter(a -> a.neutralLightest().satisfied()).toList();
        assertThat(families(neutral)).containsExactly("A.11");
        assertThat(neutral).hasSize(9);
        assertThat(all.size()).isGreaterThan(neutral.size());
    }

    @Test
    void oneDiracTwoMajoranaSatisfyingCriterionTwoUpToFiftyAreA15WithKEqualOne() {
        // P0 after eq. (A.15): (ii) holds only for k = 1, no other solution for m, n1, n2 <= 50;
        // after eq. (A.17): none in the other branch
        List<SpectrumAssessment> all = assess(Topology.ONE_DL_TWO_ML, SearchBounds.colourless(50));
        List<SpectrumAssessment> neutral = all.stream().filter(a -> a.neutralLightest().satisfied()).toList();
        assertThat(families(neutral)).containsExactly("A.15");
        for (SpectrumAssessment a : neutral) {
            List<AnomalonField> f = a.spectrum().fields();
            int m = f.get(2).su2Dimension();
            assertThat(f.get(0).su2Dimension()).isEqualTo(m - 1);
            assertThat(f.get(1).su2Dimension()).isEqualTo(m + 1);
            assertThat(f.get(2).hypercharge()).isEqualTo(Rationals.of(1, 2));
        }
        assertThat(families(all)).contains("A.14", "A.15", "A.16", "A.17");
    }

    @Test
    void beyondSectionTwoThreeTheA15KOneMembersWithMEqualFourAndSixPassEveryCriterion() {
        // P0 Sec. 2.3 says no acceptable 1DL+2ML model; with the Higgs-Yukawa reading of (ii) used for
        // Table 3, m = 4 and m = 6 pass (naturalness 2.7 and 1.5 TeV)
        List<SpectrumAssessment> viable = assess(Topology.ONE_DL_TWO_ML, SearchBounds.colourless(50)).stream()
                .filter(SpectrumAssessment::viable).toList();
        assertThat(viable).extracting(a -> a.spectrum().fields().get(2).su2Dimension()).containsExactly(4, 6);
    }

    @Test
    void chargesScaleWithAlphaAndTheStructureDoesNot() {
        BigFraction other = Rationals.of(-2, 5);
        List<AnomalonSpectrum> third = AnomalonSearch.search(ALPHA, 3, SearchBounds.colourless(20));
        List<AnomalonSpectrum> scaled = AnomalonSearch.search(other, 3, SearchBounds.colourless(20));
        assertThat(scaled).hasSameSizeAs(third);
        for (int i = 0; i < third.size(); i++) {
            assertThat(scaled.get(i).fields().get(0).chargeX())
                    .isEqualTo(third.get(i).fields().get(0).chargeX().multiply(other).divide(ALPHA));
            assertThat(scaled.get(i).scalarChargeOver3Alpha().abs()).isEqualTo(third.get(i).scalarChargeOver3Alpha());
        }
        Model current = AnomalyVerification.baryonCurrent(other);
        assertThat(scaled).allMatch(s -> AnomalyVerification.of(current, s).passed());
    }

    @Test
    void zeroAlphaIsRejected() {
        assertThatThrownBy(() -> AnomalonSearch.search(BigFraction.ZERO, 3, SearchBounds.colourless(10)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("no anomalons are needed");
        assertThatThrownBy(() -> AnomalonSearch.search(ALPHA, 5, SearchBounds.colourless(10)))
                .isInstanceOf(InvalidInputException.class).matches(Errors.about(Parameter.FIELD_COUNT), "about FIELD_COUNT");
        assertThatThrownBy(() -> SearchBounds.colourless(1000))
                .isInstanceOf(InvalidInputException.class).matches(Errors.about(Parameter.MAX_DIMENSION), "about MAX_DIMENSION");
    }
}
