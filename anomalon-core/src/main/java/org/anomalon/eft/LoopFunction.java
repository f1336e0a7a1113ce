package org.anomalon.eft;

/**
 * The W-loop function of the axion-like flavour-changing coupling (P0 eq. 3.8):
 * F(x) = x (1 + x (ln x − 1)) / (1 − x)², x = m_q² / m_W².
 *
 * <p>Limits: F(x) = x + O(x² ln x) for x → 0 (F(0) = 0), F(1) = 1/2, F(x) → ln x − 1 for x → ∞.
 * The closed form loses all digits near x = 1 (numerator and denominator both vanish as
 * (x − 1)²), so for |x − 1| &lt; {@value #SERIES_RADIUS} the Taylor series
 * F(1 + t) = 1/2 + Σ_{n≥1} (−1)^{n+1} 2 t^n / (n (n+1) (n+2)) is used instead; its truncation
 * after {@value #SERIES_TERMS} terms is below 1e-17 there, and the closed form is accurate to
 * ~1e-13 just outside.
 */
public final class LoopFunction {
    static final double SERIES_RADIUS = 0.05;
    static final int SERIES_TERMS = 12;

    private LoopFunction() {
    }

    /** F(x) of P0 eq. (3.8); x ≥ 0. */
    public static double value(double x) {
        if (!(x >= 0) || Double.isInfinite(x)) {
            throw new IllegalArgumentException("F(x) needs a finite x >= 0, got " + x);
        }
        if (x == 0) {
            return 0; // x ln x → 0
        }
        double t = x - 1;
        if (Math.abs(t) < SERIES_RADIUS) {
            return seriesAroundOne(t);
        }
        return x * (1 + x * (Math.log(x) - 1)) / (t * t); // P0 eq. (3.8)
    }

    static double seriesAroundOne(double t) {
        double sum = 0.5;
        double power = 1;
        for (int n = 1; n <= SERIES_TERMS; n++) {
            power *= -t;
            sum -= 2 * power / ((double) n * (n + 1) * (n + 2));
        }
        return sum;
    }
}
