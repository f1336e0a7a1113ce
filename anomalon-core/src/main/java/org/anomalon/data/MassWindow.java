package org.anomalon.data;

import java.util.Locale;

/**
 * A closed mass interval [min, max] in GeV where a limit applies; {@code max} = +∞ means "up to
 * the kinematic endpoint of the channel" (the rate itself closes the window there).
 */
public record MassWindow(double min, double max) {
    public MassWindow {
        if (!(min >= 0 && max >= min)) {
            throw new IllegalArgumentException("bad mass window [" + min + ", " + max + "]");
        }
    }

    public boolean contains(double mass) {
        return mass >= min && mass <= max;
    }

    public boolean upToKinematicEndpoint() {
        return max == Double.POSITIVE_INFINITY;
    }

    @Override
    public String toString() {
        return upToKinematicEndpoint()
                ? String.format(Locale.ROOT, "%.4g GeV - kinematic endpoint", min)
                : String.format(Locale.ROOT, "%.4g-%.4g GeV", min, max);
    }
}
