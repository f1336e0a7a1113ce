package org.anomalon.histfactory;

/**
 * The normalisation factor κ(α) of a HistFactory {@code normsys} modifier with pyhf's default
 * interpolation, code 4: exponential outside |α| ≤ 1 and a sixth-order polynomial inside,
 *
 * <pre>
 *   κ(α) = r₊^α                      α ≥ 1
 *   κ(α) = r₋^(−α)                   α ≤ −1
 *   κ(α) = 1 + Σ_{i=1..6} a_i α^i    |α| &lt; 1
 * </pre>
 *
 * with r₊, r₋ the {@code hi}, {@code lo} ratios to nominal. The six a_i make κ, κ′ and κ″
 * continuous at α = ±1 (HistFactory, CERN-OPEN-2012-016, interpolation code 4; pyhf's
 * documentation of {@code code4}); they are a = M b with b = (r₊ − 1, r₋ − 1, r₊ ln r₊,
 * −r₋ ln r₋, r₊ ln² r₊, r₋ ln² r₋) and M the fixed 6 × 6 matrix below, the inverse of the six
 * matching conditions. Exact to rounding (the matrix entries are sixteenths).
 */
final class NormSysCode4 {
    private static final double[][] MATCHING = {
        {15 / 16.0, -15 / 16.0, -7 / 16.0, -7 / 16.0, 1 / 16.0, -1 / 16.0},
        {3 / 2.0, 3 / 2.0, -9 / 16.0, 9 / 16.0, 1 / 16.0, 1 / 16.0},
        {-5 / 8.0, 5 / 8.0, 5 / 8.0, 5 / 8.0, -1 / 8.0, 1 / 8.0},
        {-3 / 2.0, -3 / 2.0, 7 / 8.0, -7 / 8.0, -1 / 8.0, -1 / 8.0},
        {3 / 16.0, -3 / 16.0, -3 / 16.0, -3 / 16.0, 1 / 16.0, -1 / 16.0},
        {1 / 2.0, 1 / 2.0, -5 / 16.0, 5 / 16.0, 1 / 16.0, 1 / 16.0}};

    private final double up;
    private final double down;
    private final double logUp;
    private final double logDown;
    private final double[] coefficients = new double[6];

    /** @param up r₊ = hi/nominal, @param down r₋ = lo/nominal (both positive) */
    NormSysCode4(double up, double down) {
        if (!(up > 0) || !(down > 0) || !Double.isFinite(up) || !Double.isFinite(down)) {
            throw new IllegalArgumentException("normsys ratios must be finite and positive, got hi = " + up + ", lo = " + down);
        }
        this.up = up;
        this.down = down;
        this.logUp = Math.log(up);
        this.logDown = Math.log(down);
        double[] b = {up - 1, down - 1, up * logUp, -down * logDown, up * logUp * logUp, down * logDown * logDown};
        for (int i = 0; i < 6; i++) {
            for (int j = 0; j < 6; j++) {
                coefficients[i] += MATCHING[i][j] * b[j];
            }
        }
    }

    /** κ(α). */
    double value(double alpha) {
        if (alpha >= 1) {
            return Math.pow(up, alpha);
        }
        if (alpha <= -1) {
            return Math.pow(down, -alpha);
        }
        double sum = 0;
        for (int i = 5; i >= 0; i--) {
            sum = (sum + coefficients[i]) * alpha;
        }
        return 1 + sum;
    }

    /** dκ/dα. */
    double derivative(double alpha) {
        if (alpha >= 1) {
            return Math.pow(up, alpha) * logUp;
        }
        if (alpha <= -1) {
            return -Math.pow(down, -alpha) * logDown;
        }
        double sum = 0;
        for (int i = 5; i >= 0; i--) {
            sum = sum * alpha + (i + 1) * coefficients[i];
        }
        return sum;
    }

    /** d²κ/dα². */
    double secondDerivative(double alpha) {
        if (alpha >= 1) {
            return Math.pow(up, alpha) * logUp * logUp;
        }
        if (alpha <= -1) {
            return Math.pow(down, -alpha) * logDown * logDown;
        }
        double sum = 0;
        for (int i = 5; i >= 1; i--) {
            sum = sum * alpha + (i + 1) * i * coefficients[i];
        }
        return sum;
    }
}
