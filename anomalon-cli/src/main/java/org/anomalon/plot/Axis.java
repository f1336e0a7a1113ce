package org.anomalon.plot;

/**
 * One axis of a panel: a LaTeX label, the visible range and whether it is logarithmic.
 * Log axes get major ticks at every 10ⁿ (labelled {@code 10^{n}}) and minor ticks at 2…9 × 10ⁿ.
 */
public record Axis(String label, double min, double max, boolean log) {
    public Axis {
        if (!(min < max)) {
            throw new IllegalArgumentException("axis range needs min < max, got " + min + " .. " + max);
        }
        if (log && min <= 0) {
            throw new IllegalArgumentException("log axis needs min > 0, got " + min);
        }
    }

    public static Axis log(String label, double min, double max) {
        return new Axis(label, min, max, true);
    }

    public static Axis linear(String label, double min, double max) {
        return new Axis(label, min, max, false);
    }

    /** Position of {@code value} as a fraction of the axis length (0 at min, 1 at max); NaN if not drawable. */
    public double fraction(double value) {
        if (log) {
            return value > 0 ? Math.log(value / min) / Math.log(max / min) : Double.NaN;
        }
        return (value - min) / (max - min);
    }

    /** Inverse of {@link #fraction(double)}. */
    public double valueAt(double fraction) {
        return log ? min * Math.pow(max / min, fraction) : min + fraction * (max - min);
    }

    public boolean contains(double value) {
        return value >= min && value <= max;
    }
}
