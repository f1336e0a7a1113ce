package org.anomalon.spectra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.anomalon.model.Model;
import org.anomalon.model.Rationals;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** P0 Tables 2 and 3 and P2 Table II, one test row per printed line, produced by the search. */
class PaperTablesTest {
    private static final BigFraction ALPHA = Rationals.of(1, 3);
    private static List<SpectrumAssessment> viableThree;
    private static List<SpectrumAssessment> viableTwoDirac;

    @BeforeAll
    static void runTheSearches() {
        Model current = AnomalyVerification.baryonCurrent(ALPHA);
        SearchBounds bounds = SearchBounds.colourless(50);
        viableThree = viable(AnomalonSearch.search(ALPHA, Topology.ONE_ML_ONE_DL, bounds), current);
        viableTwoDirac = viable(AnomalonSearch.search(ALPHA, Topology.TWO_DL, bounds), current);
    }

    private static List<SpectrumAssessment> viable(List<AnomalonSpectrum> spectra, Model current) {
        return SpectrumAssessment.ofAll(spectra, current, SelectionCriteria.paper()).stream()
                .filter(SpectrumAssessment::viable).toList();
    }

    private static String oneDecimal(double mass) {
        return String.format(Locale.ROOT, "%.1f", mass / 1000);
    }

    /** P0 Table 2: n, m, Y, X_S/(3 a_{B+L}), naturalness (TeV) at Δ = 100. */
    @ParameterizedTest
    @CsvSource({"0, 3, 2, 1/2, 1, 7.3", "1, 5, 3, 1, 1/6, 3.4", "2, 7, 4, 3/2, 1/18, 2.0", "3, 9, 5, 2, 1/40, 1.4",
        "4, 11, 6, 5/2, 1/75, 1.0"})
    void table2Row(int row, int n, int m, String y, String scalarOver3Alpha, String naturalnessTeV) {
        SpectrumAssessment assessment = viableThree.get(row);
        List<AnomalonField> fields = assessment.spectrum().fields();
        assertThat(fields.get(0).kind()).isEqualTo(AnomalonKind.ML);
        assertThat(fields.get(0).su2Dimension()).isEqualTo(n);
        assertThat(fields.get(1).su2Dimension()).isEqualTo(m);
        assertThat(fields.get(1).hypercharge()).isEqualTo(Rationals.parse(y, "Table 2", "Y"));
        assertThat(fields.get(2).hypercharge()).isEqualTo(Rationals.parse(y, "Table 2", "Y").negate());
        // −X_1 = X_2 = X_3 = X_S/2 (P0 text after eq. 2.12)
        BigFraction half = assessment.spectrum().scalarCharge().divide(2);
        assertThat(fields.get(0).chargeX()).isEqualTo(half.negate());
        assertThat(fields.get(1).chargeX()).isEqualTo(half);
        assertThat(fields.get(2).chargeX()).isEqualTo(half);
        assertThat(assessment.spectrum().scalarChargeOver3Alpha())
                .isEqualTo(Rationals.parse(scalarOver3Alpha, "Table 2", "X_S"));
        assertThat(oneDecimal(assessment.naturalnessMass())).isEqualTo(naturalnessTeV);
        assertThat(assessment.spectrum().family()).isEqualTo("A.6");
    }

    @Test
    void table2HasExactlyFiveRows() {
        assertThat(viableThree).hasSize(5);
    }

    /**
     * P0 Table 3 (columns as docs/physics.md §2 explains): Y of the first pair (the m-plet), Y of the
     * second ((m+1)-plet), its charges X_1/(3a) = X' − c, X_2/(3a) = −X' − c, naturalness (TeV).
     */
    @ParameterizedTest
    @CsvSource({"0, 1, 1/2, 1/2, 12.2", "1, 3/2, 1, 1/6, 5.4", "2, 2, 3/2, 1/12, 3.2", "3, 5/2, 2, 1/20, 2.2",
        "4, 3, 5/2, 1/30, 1.6", "5, 7/2, 3, 1/42, 1.2"})
    void table3Row(int row, String y1, String y3, String offset, String naturalnessTeV) {
        SpectrumAssessment assessment = viableTwoDirac.get(row);
        List<AnomalonField> fields = assessment.spectrum().fields();
        int m = row + 1;
        assertThat(fields).extracting(AnomalonField::su2Dimension).containsExactly(m, m, m + 1, m + 1);
        assertThat(fields.get(0).hypercharge()).isEqualTo(Rationals.parse(y1, "Table 3", "Y1"));
        assertThat(fields.get(2).hypercharge()).isEqualTo(Rationals.parse(y3, "Table 3", "Y3"));
        BigFraction c = Rationals.parse(offset, "Table 3", "X");
        BigFraction threeAlpha = ALPHA.multiply(3);
        assertThat(fields.get(2).chargeX().divide(threeAlpha)).isEqualTo(c.negate());
        assertThat(fields.get(3).chargeX().divide(threeAlpha)).isEqualTo(c.negate());
        assertThat(fields.get(2).shiftCoefficient()).isEqualTo(BigFraction.ONE);
        assertThat(fields.get(3).shiftCoefficient()).isEqualTo(BigFraction.ONE.negate());
        // docs/physics.md §2: X_S = 6a/(m(m+1))
        assertThat(assessment.spectrum().scalarCharge()).isEqualTo(ALPHA.multiply(6).divide(m * (m + 1)));
        assertThat(oneDecimal(assessment.naturalnessMass())).isEqualTo(naturalnessTeV);
        assertThat(assessment.spectrum().family()).isEqualTo("A.11");
        assertThat(assessment.neutralLightest().mechanism()).isEqualTo(NeutralLightestParticle.Mechanism.HIGGS_YUKAWA);
    }

    @Test
    void table3HasExactlySixRowsAndTheSeventhFallsBelowOneTeV() {
        assertThat(viableTwoDirac).hasSize(6);
        SpectrumAssessment seventh = SpectrumAssessment.ofAll(AnomalonSearch.search(ALPHA, Topology.TWO_DL,
                SearchBounds.colourless(8)), AnomalyVerification.baryonCurrent(ALPHA), SelectionCriteria.paper())
                .stream().filter(a -> a.spectrum().family().equals("A.11") && a.spectrum().largestSu2Dimension() == 8)
                .findFirst().orElseThrow();
        assertThat(seventh.naturalnessMass()).isLessThan(1000).isGreaterThan(990);
    }

    /** P2 Table II: m, n, ±Y_L, ±(X_LL + X_LR), X_S/α_L. */
    @ParameterizedTest
    @CsvSource({"0, 2, 5, -2, 3/2, 1/20", "1, 4, 3, -1, 5/4, 1/4", "2, inf, 2, -1/2, 1, 1"})
    void p2TableIIRow(int row, String m, int n, String y, String sum, String scalar) {
        List<ChiralTauSolution> table = ChiralTauClassification.classify(10, false);
        assertThat(table).hasSize(3);
        ChiralTauSolution solution = table.get(row);
        assertThat(solution.mText()).isEqualTo(m);
        assertThat(solution.su2Dimension()).isEqualTo(n);
        assertThat(solution.hypercharge()).isEqualTo(Rationals.parse(y, "Table II", "Y_L"));
        assertThat(solution.chargeSum()).isEqualTo(Rationals.parse(sum, "Table II", "X_LL+X_LR"));
        assertThat(solution.scalarChargeOverAlphaL()).isEqualTo(Rationals.parse(scalar, "Table II", "X_S"));
        assertThat(RadiativeSplitting.standard().lightestIsNeutral(n, solution.hypercharge())).isTrue();
    }

    @Test
    void everyDimensionHasOneRationalMEqualToNPlusOneOverNMinusTwo() {
        List<ChiralTauSolution> all = ChiralTauClassification.classify(10, true);
        assertThat(all).hasSize(9);
        for (ChiralTauSolution solution : all) {
            int n = solution.su2Dimension();
            if (n == 2) {
                assertThat(solution.m()).isEmpty();
            } else {
                assertThat(solution.m()).contains(Rationals.of(n + 1, n - 2));
            }
            assertThat(solution.verification().passed()).isTrue();
        }
    }
}
