package org.anomalon.limits;

import org.anomalon.InvalidInputException;
import org.anomalon.Parameter;

/** The m_X values (GeV) at which limits are evaluated. */
public record MassGrid(double[] masses) {
    public static final int MIN_POINTS = 2;
    public static final int MAX_POINTS = 100_000;

    public MassGrid {
        masses = masses.clone();
    }

    /**
     * {@code points} masses evenly spaced in log m_X from {@code min} to {@code max} (both included).
     * Bad ranges are bad input naming the flag.
     */
    public static MassGrid logarithmic(double min, double max, int points) {
        Parameter.MASS_MIN.require(min);
        Parameter.MASS_MAX.require(max);
        if (!(min < max)) {
            throw InvalidInputException.of(Parameter.MASS_MIN, min, "a mass below the highest m_X, " + max + " GeV");
        }
        Parameter.MASS_POINTS.require(points);
        double[] masses = new double[points];
        double ratio = Math.log(max / min);
        for (int i = 0; i < points; i++) {
            masses[i] = min * Math.exp(ratio * i / (points - 1));
        }
        masses[points - 1] = max;
        return new MassGrid(masses);
    }

    @Override
    public double[] masses() {
        return masses.clone();
    }

    public int size() {
        return masses.length;
    }

    public double mass(int index) {
        return masses[index];
    }
}
