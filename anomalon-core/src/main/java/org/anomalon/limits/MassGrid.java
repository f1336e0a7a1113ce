package org.anomalon.limits;

import org.anomalon.InvalidInputException;

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
        if (!(min > 0) || !Double.isFinite(min)) {
            throw InvalidInputException.of("--mx-min", "m_X minimum [GeV]", min, "a positive, finite mass (m_X > 0)");
        }
        if (!(max > 0) || !Double.isFinite(max)) {
            throw InvalidInputException.of("--mx-max", "m_X maximum [GeV]", max, "a positive, finite mass (m_X > 0)");
        }
        if (!(min < max)) {
            throw InvalidInputException.of("--mx-min/--mx-max", "mass range", min + " .. " + max,
                    "--mx-min smaller than --mx-max");
        }
        if (points < MIN_POINTS || points > MAX_POINTS) {
            throw InvalidInputException.of("--points", "number of masses", points,
                    "an integer from " + MIN_POINTS + " to " + MAX_POINTS);
        }
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
