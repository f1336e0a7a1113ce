package org.anomalon.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import org.junit.jupiter.api.Test;

class ReadingsTest {
    private static final double G_S = 1.6e-8;
    private static final double ERROR = 0.2e-8;

    @Test
    void belleTwoBodyFitSquared() {
        // |g_S| = (1.6 ± 0.2)e-8 (P0 eq. 3.26) → g_S² = 2.56 (+0.68 −0.60)e-16 (endpoints 1.8², 1.4²).
        GaussianTerm asymmetric = SquaredReading.ASYMMETRIC.square(G_S, ERROR);
        assertThat(asymmetric.central()).isCloseTo(2.56e-16, within(1e-28));
        assertThat(asymmetric.sigmaAbove()).isCloseTo(0.68e-16, within(1e-28));
        assertThat(asymmetric.sigmaBelow()).isCloseTo(0.60e-16, within(1e-28));
        assertThat(SquaredReading.LINEARISED.square(G_S, ERROR).sigmaAbove()).isCloseTo(0.64e-16, within(1e-28));
        assertThat(SquaredReading.UPPER.square(G_S, ERROR).sigmaBelow()).isCloseTo(0.68e-16, within(1e-28));
        assertThat(SquaredReading.LOWER.square(G_S, ERROR).sigmaAbove()).isCloseTo(0.60e-16, within(1e-28));
    }

    @Test
    void asymmetricTermUsesTheSideOfThePrediction() {
        GaussianTerm term = SquaredReading.ASYMMETRIC.square(G_S, ERROR);
        // The interval endpoints are exactly 1σ away in g_S², on either side.
        assertThat(term.chiSquared(1.8e-8 * 1.8e-8)).isCloseTo(1, within(1e-12));
        assertThat(term.chiSquared(1.4e-8 * 1.4e-8)).isCloseTo(1, within(1e-12));
        assertThat(term.chiSquared(0)).isCloseTo(Math.pow(2.56 / 0.60, 2), within(1e-9));
    }

    @Test
    void limitsSitAtTheirQuantile() {
        // |g_P| < 2.5e-8 at 90% CL (P0 eq. 3.27): Δχ² at the limit 2.706 (half-normal) or 1.642 (one-sided).
        double limit = 2.5e-8 * 2.5e-8;
        assertThat(LimitReading.HALF_NORMAL.term(limit, 0.90).chiSquared(limit)).isCloseTo(2.7055, within(1e-4));
        assertThat(LimitReading.ONE_SIDED_GAUSSIAN.term(limit, 0.90).chiSquared(limit)).isCloseTo(1.6424, within(1e-4));
        // L3, B(Z → γX) < 1e-6 at 95% CL (P0 eq. 3.15): z = 1.960 or 1.645.
        assertThat(LimitReading.HALF_NORMAL.sigmasAtLimit(0.95)).isCloseTo(1.95996, within(1e-5));
        assertThat(LimitReading.ONE_SIDED_GAUSSIAN.sigmasAtLimit(0.95)).isCloseTo(1.64485, within(1e-5));
        assertThat(LimitReading.HALF_NORMAL.term(1e-6, 0.95).chiSquared(0)).isZero();
    }

    @Test
    void labelsAreTheSpellingOfOptionsAndOutput() {
        assertThat(SquaredReading.LINEARISED.label()).isEqualTo("linearised");
        assertThat(LimitReading.ONE_SIDED_GAUSSIAN.label()).isEqualTo("one-sided-gaussian");
        assertThat(Readings.DEFAULT.limits().label()).isEqualTo("half-normal");
    }
}
