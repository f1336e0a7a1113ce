package org.anomalon.spectra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.anomalon.model.Rationals;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RadiativeSplittingTest {
    private final RadiativeSplitting splitting = RadiativeSplitting.standard();

    /** P0 criterion (ii): neutral LP iff Y = 0 with n odd, or |Y| = (n−1)/2. */
    @ParameterizedTest
    @CsvSource({
        "3, 0, true", "5, 0, true", "2, 0, false", "2, 1/2, true", "2, -1/2, true", "3, 1, true", "3, -1, true",
        "5, 2, true", "5, 1, false", "4, 1/2, false", "2, 3/2, false", "3, 2, false", "1, 0, true", "1, 1, false",
        "3, 1/3, false", "6, 5/2, true", "6, 3/2, false"})
    void neutralLightestState(int n, String y, boolean neutral) {
        assertThat(splitting.lightestIsNeutral(n, Rationals.parse(y, "test", "Y"))).isEqualTo(neutral);
    }

    @Test
    void splittingOfTheDoubletWithHyperchargeOneHalf() {
        // P0 eq. (2.10) with Q = 0: m_1 − m_0 = Δ0 (1 + 1/c_W)
        double expected = 0.166 * (1 + 1 / Math.sqrt(1 - 0.23122));
        assertThat(splitting.massAboveNeutral(BigFraction.ONE, Rationals.of(1, 2))).isCloseTo(expected, within(1e-12));
        assertThat(splitting.chargedGap(2, Rationals.of(1, 2))).hasValueSatisfying(
                gap -> assertThat(gap).isCloseTo(expected, within(1e-12)));
    }

    @Test
    void tripletWithZeroHyperchargeSplitsByDeltaZero() {
        assertThat(splitting.chargedGap(3, BigFraction.ZERO)).hasValueSatisfying(
                gap -> assertThat(gap).isCloseTo(0.166, within(1e-12)));
    }

    @Test
    void chargedLightestStateOfTheA4Family() {
        // P0 (A.4), m = 2: the doublet with Y = 3/2 has charges 1, 2 and no neutral state
        assertThat(splitting.lightestCharge(2, Rationals.of(3, 2))).isEqualTo(BigFraction.ONE);
        assertThat(splitting.chargedGap(2, Rationals.of(3, 2))).isEmpty();
        assertThat(RadiativeSplitting.charges(3, BigFraction.ONE))
                .containsExactly(BigFraction.ZERO, BigFraction.ONE, Rationals.of(2));
    }
}
