package org.anomalon.fit;

import java.util.Locale;

/**
 * The two statistical choices that turn printed measurements into χ² terms.
 *
 * @param squared how |g| = μ ± σ becomes a Gaussian in g²
 * @param limits  how a one-sided limit at a confidence level becomes a Gaussian at zero
 */
public record Readings(SquaredReading squared, LimitReading limits) {
    /** The defaults: exact endpoint mapping of ±σ, half-normal limits. */
    public static final Readings DEFAULT = new Readings(SquaredReading.ASYMMETRIC, LimitReading.HALF_NORMAL);

    static String label(Enum<?> reading) {
        return reading.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
