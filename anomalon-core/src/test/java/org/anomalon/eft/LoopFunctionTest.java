package org.anomalon.eft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class LoopFunctionTest {

    @Test
    void isOneHalfAtOne() {
        assertThat(LoopFunction.value(1)).isEqualTo(0.5);
    }

    /** Reference values: P0 eq. (3.8) evaluated with 40-digit arithmetic (mpmath). */
    @ParameterizedTest
    @CsvSource({
        "4.613,  1.215542444366763906",
        "0.25,   0.179300626542234376",
        "1.0001, 0.500033332500033332",
        "0.96,   0.486531156333045377",
        "1.04,   0.513202091618156278",
        "1e-6,   9.999871844628109742e-7",
        "100,    3.688572784397603681"})
    void agreesWithHighPrecisionValues(double x, double expected) {
        assertThat(LoopFunction.value(x)).isCloseTo(expected, within(2e-15 * Math.max(1, expected)));
    }

    @Test
    void seriesAndClosedFormAgreeAtTheSwitchingRadius() {
        for (double t : new double[] {-LoopFunction.SERIES_RADIUS, LoopFunction.SERIES_RADIUS}) {
            double x = 1 + t;
            double closed = x * (1 + x * (Math.log(x) - 1)) / (t * t);
            assertThat(LoopFunction.seriesAroundOne(t)).isCloseTo(closed, within(1e-12));
        }
    }

    @Test
    void isSmoothThroughOneWhereTheClosedFormCancels() {
        // F(1 + t) = 1/2 + t/3 − t²/12 + ...: no cancellation noise at t = 1e-7
        double t = 1e-7;
        assertThat(LoopFunction.value(1 + t)).isCloseTo(0.5 + t / 3 - t * t / 12, within(1e-16));
        assertThat(LoopFunction.value(1 - t)).isCloseTo(0.5 - t / 3 - t * t / 12, within(1e-16));
    }

    @Test
    void hasTheLimitsAtZeroAndInfinity() {
        assertThat(LoopFunction.value(0)).isZero();
        assertThat(LoopFunction.value(1e-12) / 1e-12).isCloseTo(1, within(1e-9)); // F(x) ≈ x
        double large = 1e10;
        assertThat(LoopFunction.value(large)).isCloseTo(Math.log(large) - 1, within(1e-8)); // F → ln x − 1
    }

    @Test
    void rejectsNegativeOrNonFiniteArguments() {
        assertThatThrownBy(() -> LoopFunction.value(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LoopFunction.value(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
