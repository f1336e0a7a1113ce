package org.anomalon.spectra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.anomalon.model.Model;
import org.anomalon.model.Rationals;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;

/** P0 eqs. (A.18)–(A.23): coloured anomalons with the extra [SU(3)²U(1)_X] condition. */
class ColouredAnomalonsTest {
    private static final BigFraction ALPHA = Rationals.of(1, 3);
    private static final Model CURRENT = AnomalyVerification.baryonCurrent(ALPHA);

    @Test
    void simplestOneMajoranaOneDiracSolutionIsA23() {
        // (A.23): Ψ1 ~ (8, 5, 0, −3a/160), Ψ2,3 ~ (10, 1, ±2, 3a/160); the smallest coloured 1ML+1DL
        List<AnomalonSpectrum> coloured = AnomalonSearch.search(ALPHA, Topology.ONE_ML_ONE_DL, SearchBounds.coloured(12))
                .stream().filter(AnomalonSpectrum::isColoured).toList();
        AnomalonSpectrum simplest = coloured.get(0);
        List<AnomalonField> f = simplest.fields();
        BigFraction x = ALPHA.multiply(3).divide(160);
        assertThat(f.get(0).colourDimension()).isEqualTo(8);
        assertThat(f.get(0).su2Dimension()).isEqualTo(5);
        assertThat(f.get(0).chargeX()).isEqualTo(x.negate());
        assertThat(f.get(1).colourDimension()).isEqualTo(10);
        assertThat(f.get(1).su2Dimension()).isEqualTo(1);
        assertThat(f.get(1).hypercharge()).isEqualTo(Rationals.of(2));
        assertThat(f.get(1).chargeX()).isEqualTo(x);
        assertThat(AnomalyVerification.of(CURRENT, simplest).coefficients().su3su3X()).isEqualTo(BigFraction.ZERO);
    }

    @Test
    void colourRescalingReproducesA22() {
        // (A.22): Ψ1,2 ~ (6, 6, ±5/2), Ψ3,4 ~ (8, 5, ±5/2) with a free charge; [SU(3)²X] needs n T(6) = m T(8)
        List<AnomalonSpectrum> twoDirac = AnomalonSearch.search(ALPHA, Topology.TWO_DL, SearchBounds.coloured(6));
        AnomalonSpectrum a22 = twoDirac.stream().filter(s -> s.fields().get(0).colourDimension() * s.fields().get(2)
                .colourDimension() == 48 && s.fields().stream().allMatch(f -> f.hypercharge().abs()
                .equals(Rationals.of(5, 2)))).findFirst().orElseThrow();
        assertThat(a22.hasFreeShift()).isTrue();
        assertThat(a22.fields()).extracting(AnomalonField::su2Dimension).containsExactlyInAnyOrder(6, 6, 5, 5);
        // σ = −3a / (2 (6 T(6) − 8 T(5))) = −3a/50 for the sextet pair
        assertThat(a22.scalarCharge()).isEqualTo(ALPHA.multiply(3).divide(50));
        assertThat(AnomalyVerification.of(CURRENT, a22).passed()).isTrue();
    }

    @Test
    void colourlessSolutionsAreUnchangedWhenColourIsAllowed() {
        long colourless = AnomalonSearch.search(ALPHA, 3, SearchBounds.colourless(12)).size();
        long colourlessInColouredSearch = AnomalonSearch.search(ALPHA, 3, SearchBounds.coloured(12)).stream()
                .filter(s -> !s.isColoured()).count();
        assertThat(colourlessInColouredSearch).isEqualTo(colourless);
    }
}
