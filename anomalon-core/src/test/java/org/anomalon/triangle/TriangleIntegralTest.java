package org.anomalon.triangle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.hipparchus.analysis.integration.IterativeLegendreGaussIntegrator;
import org.hipparchus.complex.Complex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TriangleIntegralTest {

    /**
     * Independent evaluation: the x-integral done by hand (the denominator is linear in x when
     * q² = 0), the z-integral numerically with Hipparchus, logarithms continued with −i0 directly,
     * split at the zeros of their arguments. No arcsin, no analytic continuation of the closed form.
     */
    private static Complex numericalI00(double p2, double s, double m2) {
        List<Double> breaks = new ArrayList<>(List.of(0.0, 1.0));
        for (double k : new double[] {p2, s}) {
            if (k > 4 * m2) {
                double beta = Math.sqrt(1 - 4 * m2 / k);
                breaks.add((1 - beta) / 2);
                breaks.add((1 + beta) / 2);
            }
        }
        breaks.sort(Double::compare);
        // Ix(z) = [ln(m² − z(1−z)p² − i0) − ln(m² − z(1−z)s − i0)] / (z (s − p²))
        DoubleUnaryOperator real = z -> (Math.log(Math.abs(m2 - z * (1 - z) * p2))
                - Math.log(Math.abs(m2 - z * (1 - z) * s))) / (z * (s - p2));
        DoubleUnaryOperator imag = z -> (-Math.PI * step(z * (1 - z) * p2 - m2)
                + Math.PI * step(z * (1 - z) * s - m2)) / (z * (s - p2));
        return new Complex(integrate(real, breaks), integrate(imag, breaks));
    }

    private static double step(double x) {
        return x > 0 ? 1 : 0;
    }

    private static double integrate(DoubleUnaryOperator f, List<Double> breaks) {
        double sum = 0;
        for (int i = 0; i + 1 < breaks.size(); i++) {
            double a = breaks.get(i);
            double width = breaks.get(i + 1) - a;
            // z = a + width·(3u² − 2u³): the Jacobian 6u(1−u) tames the log singularities at the ends.
            IterativeLegendreGaussIntegrator integrator = new IterativeLegendreGaussIntegrator(16, 1e-10, 1e-13);
            sum += integrator.integrate(10_000_000,
                    u -> f.applyAsDouble(a + width * u * u * (3 - 2 * u)) * width * 6 * u * (1 - u), 0, 1);
        }
        return sum;
    }

    @ParameterizedTest(name = "p²={0}, s={1}, m²={2}")
    @CsvSource({
            // below every threshold (real), spacelike, one leg above, both legs above threshold
            "1.0, 0.3, 1.0",
            "2.5, -1.0, 1.0",
            "8315.2, 4.41, 1750.0",    // Z → γX through a light-ish heavy fermion
            "8315.2, 4.41, 17.5",      // b quark: Z leg above threshold
            "8315.2, 4.41, 3.157",     // τ lepton
            "30.0, 12.0, 1.0",         // both legs above threshold
            "3.0, 12.0, 1.0"})
    void closedFormAgreesWithNumericalIntegration(double p2, double s, double m2) {
        Complex closed = TriangleIntegral.i00(p2, s, m2);
        Complex numerical = numericalI00(p2, s, m2);
        double scale = closed.norm();
        assertThat(closed.getReal()).isCloseTo(numerical.getReal(), within(1e-7 * scale));
        assertThat(closed.getImaginary()).isCloseTo(numerical.getImaginary(), within(1e-7 * scale));
    }

    @Test
    void imaginaryPartAppearsOnlyAboveThePairThreshold() {
        assertThat(TriangleIntegral.i00(3.9, 0.5, 1.0).getImaginary()).isZero();
        // −i0 prescription: Im J(k) = −π ln((1+β)/(1−β)) < 0 above threshold, and p² > s here.
        assertThat(TriangleIntegral.i00(8315.2, 4.41, 17.5).getImaginary()).isPositive();
    }

    @Test
    void heavyFermionDecouples() {
        // ST below eq. 3: m² ≫ p², q² ⇒ 2m² I00 → 1, the weight 1 − 2m² I00 → 0.
        Complex weight = TriangleIntegral.decouplingFactor(8315.2, 4.41, 1e12);
        assertThat(weight.norm()).isLessThan(1e-8);
        // Leading correction: I00 = 1/(2m²) · [1 + (p² + s)/(12 m²) + …], so the weight ≈ −(p² + s)/(12 m²).
        double m2 = 1e7;
        assertThat(TriangleIntegral.decouplingFactor(8315.2, 4.41, m2).getReal())
                .isCloseTo(-(8315.2 + 4.41) / (12 * m2), within(1e-3 * (8315.2 + 4.41) / (12 * m2)));
    }

    @Test
    void lightFermionKeepsFullWeight() {
        // electron in Z → γX: the weight differs from 1 by O(m² ln² m²) ~ 1e-9.
        Complex weight = TriangleIntegral.decouplingFactor(8315.2, 4.41, 2.6e-7);
        assertThat(weight.getReal()).isCloseTo(1, within(1e-8));
        assertThat(weight.getImaginary()).isCloseTo(0, within(1e-8));
        assertThat(weight.subtract(Complex.ONE).norm()).isPositive();
    }

    @Test
    void symmetricWhenTheTwoMassiveLegsAreSwapped() {
        Complex a = TriangleIntegral.i00(8315.2, 4.41, 17.5);
        Complex b = TriangleIntegral.i00(4.41, 8315.2, 17.5);
        assertThat(a.subtract(b).norm()).isLessThan(1e-15 * a.norm());
    }

    @ParameterizedTest(name = "τ = 4m²/s = {0}")
    @CsvSource({"0.3", "1.0", "4.0", "100.0"})
    void twoLightLikeLegsGiveTheFamiliarTriangleFunction(double tau) {
        // p² = q² = 0: 2m² I00 = τ f(τ) with f(τ) = arcsin²(1/√τ) (τ ≥ 1), continued as
        // −¼[ln((1+β)/(1−β)) − iπ]², β = √(1−τ), below — the weight is the familiar 1 − τ f(τ).
        double s = 1.0;
        double m2 = tau * s / 4;
        Complex f = tau >= 1 ? new Complex(Math.pow(Math.asin(1 / Math.sqrt(tau)), 2))
                : new Complex(Math.log((1 + Math.sqrt(1 - tau)) / (1 - Math.sqrt(1 - tau))), -Math.PI).pow(2).multiply(-0.25);
        Complex weight = TriangleIntegral.decouplingFactor(0, s, m2);
        Complex expected = Complex.ONE.subtract(f.multiply(tau));
        assertThat(weight.subtract(expected).norm()).isLessThan(1e-12);
    }
}
