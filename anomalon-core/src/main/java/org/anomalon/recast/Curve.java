package org.anomalon.recast;

import java.util.Arrays;

/**
 * A function of the mass tabulated at distinct, increasing masses, read as DarkCast reads its data
 * files (arXiv:1801.04847's companion code, utils.Dataset): linear between the two bracketing
 * nodes, the node value on a node, the nearest edge value outside the table, and — where a file
 * repeats a mass — the value of the last row with that mass.
 */
public final class Curve {
    private final double[] masses;
    private final double[] values;

    private Curve(double[] masses, double[] values) {
        this.masses = masses;
        this.values = values;
    }

    /** @param masses non-decreasing; a repeated mass keeps the value of its last occurrence */
    static Curve of(double[] masses, double[] values) {
        double[] x = new double[masses.length];
        double[] y = new double[masses.length];
        int n = 0;
        for (int i = 0; i < masses.length; i++) {
            if (n > 0 && masses[i] == x[n - 1]) {
                y[n - 1] = values[i];
            } else {
                x[n] = masses[i];
                y[n] = values[i];
                n++;
            }
        }
        return new Curve(Arrays.copyOf(x, n), Arrays.copyOf(y, n));
    }

    /** The value at m (linear interpolation, constant outside the table). */
    public double at(double mass) {
        int i = Arrays.binarySearch(masses, mass);
        if (i >= 0) {
            return values[i];
        }
        int upper = -i - 1;
        if (upper == 0) {
            return values[0];
        }
        if (upper == masses.length) {
            return values[masses.length - 1];
        }
        int lower = upper - 1;
        double t = (mass - masses[lower]) / (masses[upper] - masses[lower]);
        return values[lower] + t * (values[upper] - values[lower]);
    }

    /**
     * The value at m where both bracketing nodes (or the node at m) are below {@code noLimit};
     * NaN outside the table or next to a node at or above it (DarkCast's "no limit here" marker,
     * which must not be interpolated into a finite bound).
     */
    public double boundAt(double mass, double noLimit) {
        int i = Arrays.binarySearch(masses, mass);
        if (i >= 0) {
            return values[i] < noLimit ? values[i] : Double.NaN;
        }
        int upper = -i - 1;
        if (upper == 0 || upper == masses.length || !(values[upper] < noLimit) || !(values[upper - 1] < noLimit)) {
            return Double.NaN;
        }
        return at(mass);
    }

    /** The distinct masses (copy). */
    public double[] masses() {
        return masses.clone();
    }

    public double first() {
        return masses[0];
    }

    public double last() {
        return masses[masses.length - 1];
    }
}
