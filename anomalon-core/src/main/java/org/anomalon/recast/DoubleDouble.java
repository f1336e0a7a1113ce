package org.anomalon.recast;

/**
 * A number hi + lo held as two doubles (|lo| ≤ ulp(hi)/2): about 32 significant digits, unit
 * roundoff {@link #ROUNDOFF} = 2⁻¹⁰⁴, for the neutrino-scattering cross-sections whose terms cancel
 * to 20 digits (see {@link NeutrinoScattering}). Error-free transformations of Knuth (two-sum) and
 * Dekker (two-product, here by fused multiply–add); the algorithms of Hida, Li and Bailey, "Library
 * for double-double and quad-double arithmetic" (2007), sloppy-free variants.
 */
record DoubleDouble(double hi, double lo) {
    /** Unit roundoff of the arithmetic below, 2⁻¹⁰⁴ (a few ulps of it per operation). */
    static final double ROUNDOFF = 0x1p-104;
    static final DoubleDouble ZERO = new DoubleDouble(0, 0);
    static final DoubleDouble ONE = new DoubleDouble(1, 0);

    static DoubleDouble of(double value) {
        return new DoubleDouble(value, 0);
    }

    double doubleValue() {
        return hi + lo;
    }

    /** hi + lo = a + b exactly, hi = fl(a + b). */
    private static DoubleDouble twoSum(double a, double b) {
        double s = a + b;
        double v = s - a;
        return new DoubleDouble(s, (a - (s - v)) + (b - v));
    }

    /** The same for |a| ≥ |b|. */
    private static DoubleDouble quickTwoSum(double a, double b) {
        double s = a + b;
        return new DoubleDouble(s, b - (s - a));
    }

    DoubleDouble add(DoubleDouble y) {
        DoubleDouble s = twoSum(hi, y.hi);
        DoubleDouble t = twoSum(lo, y.lo);
        DoubleDouble u = quickTwoSum(s.hi, s.lo + t.hi);
        return finite(quickTwoSum(u.hi, u.lo + t.lo));
    }

    DoubleDouble negate() {
        return new DoubleDouble(-hi, -lo);
    }

    DoubleDouble subtract(DoubleDouble y) {
        return add(y.negate());
    }

    DoubleDouble multiply(DoubleDouble y) {
        double p = hi * y.hi;
        double e = Math.fma(hi, y.hi, -p);
        return finite(quickTwoSum(p, e + (hi * y.lo + lo * y.hi)));
    }

    DoubleDouble divide(DoubleDouble y) {
        double q1 = hi / y.hi;
        if (!Double.isFinite(q1) || q1 == 0) {
            return of(q1);
        }
        DoubleDouble r = subtract(y.multiply(of(q1)));
        double q2 = r.hi / y.hi;
        r = r.subtract(y.multiply(of(q2)));
        double q3 = r.hi / y.hi;
        return quickTwoSum(q1, q2).add(of(q3));
    }

    DoubleDouble power(int exponent) {
        DoubleDouble result = ONE;
        for (int i = 0; i < exponent; i++) {
            result = result.multiply(this);
        }
        return result;
    }

    /** One Newton step on the double square root. */
    DoubleDouble sqrt() {
        if (!(hi > 0) || hi == Double.POSITIVE_INFINITY) {
            return of(Math.sqrt(hi));
        }
        double root = Math.sqrt(hi);
        DoubleDouble square = of(root).multiply(of(root));
        return quickTwoSum(root, subtract(square).hi / (2 * root));
    }

    /**
     * ln(1 + x): for −1/2 ≤ x ≤ 1 the series 2 Σ z^(2k+1)/(2k+1), z = x/(2 + x) (|z| ≤ 1/3), to full
     * precision; outside, where ln(1 + x) does not cancel against anything small, the double
     * {@link Math#log1p} (relative error 10⁻¹⁶).
     */
    DoubleDouble log1p() {
        if (!(hi >= -0.5 && hi <= 1)) {
            return of(Math.log1p(doubleValue()));
        }
        DoubleDouble z = divide(of(2).add(this));
        DoubleDouble zSquared = z.multiply(z);
        DoubleDouble power = z;
        DoubleDouble sum = z;
        for (int k = 1; k < 100 && Math.abs(power.hi) > ROUNDOFF * Math.abs(sum.hi) / 8; k++) {
            power = power.multiply(zSquared);
            sum = sum.add(power.divide(of(2 * k + 1)));
        }
        return sum.add(sum);
    }

    int compareTo(DoubleDouble y) {
        int high = Double.compare(hi, y.hi);
        return high != 0 ? high : Double.compare(lo, y.lo);
    }

    /** Infinities and NaN keep hi and drop the (meaningless) low part. */
    private static DoubleDouble finite(DoubleDouble x) {
        return Double.isFinite(x.hi) ? x : of(x.hi);
    }
}
