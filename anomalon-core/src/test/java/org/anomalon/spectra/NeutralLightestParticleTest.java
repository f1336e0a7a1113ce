package org.anomalon.spectra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.anomalon.model.Rationals;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;

class NeutralLightestParticleTest {
    private static final RadiativeSplitting SPLITTING = RadiativeSplitting.standard();

    private static AnomalonField dl(int index, int n, BigFraction y, BigFraction x, BigFraction shift) {
        return new AnomalonField("Psi" + index, AnomalonKind.DL, 1, n, y, x, shift);
    }

    @Test
    void familyA4HasAStableChargedState() {
        // P0 (A.4), m = 2: Ψ1 (5, 0), Ψ2,3 (2, ±3/2): no Yukawa possible, the doublet's LP is charged
        List<AnomalonSpectrum> a4 = AnomalonSearch.search(Rationals.of(1, 3), Topology.ONE_ML_ONE_DL,
                SearchBounds.colourless(5)).stream().filter(s -> s.family().equals("A.4")).toList();
        assertThat(a4).isNotEmpty().allMatch(s -> !NeutralLightestParticle.of(s, SPLITTING).satisfied());
    }

    @Test
    void yukawaThatNeedsOneValueOfTheFreeCharge() {
        // A neutral doublet pair and a charged singlet pair (Y = ±1): Ψ1 Ψ4 H has Y = 1/2 − 1 = −1/2 and
        // X = (0 + X') + (1/3 − 2X') = 0 only at X' = 1/3
        BigFraction half = Rationals.of(1, 2);
        AnomalonSpectrum spectrum = new AnomalonSpectrum(Topology.TWO_DL, "synthetic", Rationals.of(1, 3), List.of(
                dl(1, 2, half, BigFraction.ZERO, BigFraction.ONE), dl(2, 2, half.negate(), BigFraction.ZERO,
                        BigFraction.ONE.negate()),
                dl(3, 1, BigFraction.ONE, Rationals.of(-1, 3), Rationals.of(2)),
                dl(4, 1, BigFraction.ONE.negate(), Rationals.of(1, 3), Rationals.of(-2))), BigFraction.ONE);
        NeutralLightestParticle result = NeutralLightestParticle.of(spectrum, SPLITTING);
        assertThat(result.mechanism()).isEqualTo(NeutralLightestParticle.Mechanism.HIGGS_YUKAWA);
        assertThat(result.requiredShift()).contains(Rationals.of(1, 3));
    }

    @Test
    void noYukawaWithoutNeighbouringDimensions() {
        BigFraction half = Rationals.of(1, 2);
        AnomalonSpectrum spectrum = new AnomalonSpectrum(Topology.TWO_DL, "synthetic", Rationals.of(1, 3), List.of(
                dl(1, 2, half, BigFraction.ZERO, BigFraction.ONE), dl(2, 2, half.negate(), BigFraction.ZERO,
                        BigFraction.ONE.negate()),
                dl(3, 4, BigFraction.ONE, BigFraction.ZERO, BigFraction.ONE),
                dl(4, 4, BigFraction.ONE.negate(), BigFraction.ZERO, BigFraction.ONE.negate())), BigFraction.ONE);
        assertThat(NeutralLightestParticle.of(spectrum, SPLITTING).mechanism())
                .isEqualTo(NeutralLightestParticle.Mechanism.NONE);
    }

    @Test
    void colouredAnomalonsNeverLeaveANeutralRelic() {
        // (A.23): the octet 5-plet has Y = 0, but its stable state carries colour
        List<AnomalonSpectrum> coloured = AnomalonSearch.search(Rationals.of(1, 3), Topology.ONE_ML_ONE_DL,
                SearchBounds.coloured(6)).stream().filter(AnomalonSpectrum::isColoured).toList();
        assertThat(coloured).isNotEmpty()
                .allMatch(s -> NeutralLightestParticle.of(s, SPLITTING).mechanism() == NeutralLightestParticle.Mechanism.NONE);
    }
}
