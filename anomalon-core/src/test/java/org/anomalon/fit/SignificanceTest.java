package org.anomalon.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SignificanceTest {

    @ParameterizedTest(name = "{0} sigma, {1} dof: Delta chi2 = {2}")
    @CsvSource({
        "1, 1, 1.0",
        "2, 1, 4.0",
        "3, 1, 9.0",
        "1, 2, 2.30",
        "2, 2, 6.18",
        "3, 2, 11.83",
    })
    void thresholdsOfTheTextbookTable(double sigmas, int dof, double printed) {
        assertThat(Significance.deltaChiSquared(sigmas, dof)).isCloseTo(printed, within(0.005));
        assertThat(Significance.sigma(Significance.deltaChiSquared(sigmas, dof), dof)).isCloseTo(sigmas, within(1e-6));
    }

    @ParameterizedTest
    @CsvSource({"18.49, 4.3", "0.25, 0.5"})
    void oneDegreeOfFreedomIsTheSquareRoot(double deltaChiSquared, double sigmas) {
        assertThat(Significance.sigma(deltaChiSquared, 1)).isCloseTo(sigmas, within(1e-12));
    }

    @org.junit.jupiter.api.Test
    void noImprovementIsZeroSigmaAndLargeImprovementsDoNotSaturate() {
        assertThat(Significance.sigma(-3, 2)).isZero();
        assertThat(Significance.sigma(0, 1)).isZero();
        // 2 d.o.f.: p = exp(−Δχ²/2). At 9σ, p ≈ 2.3e-19 and a 1 − p/2 formulation would return infinity.
        double pAtNineSigma = 2 * new org.hipparchus.distribution.continuous.NormalDistribution(0, 1).cumulativeProbability(-9);
        assertThat(Significance.sigma(-2 * Math.log(pAtNineSigma), 2)).isCloseTo(9, within(1e-6));
        assertThat(Significance.sigma(Significance.deltaChiSquared(5, 2), 2)).isCloseTo(5, within(1e-6));
    }
}
