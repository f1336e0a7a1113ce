package org.anomalon.fit;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.anomalon.InvalidInputException;

/**
 * The two statistical choices that turn printed measurements into χ² terms.
 *
 * @param squared how |g| = μ ± σ becomes a Gaussian in g²
 * @param limits  how a one-sided limit at a confidence level becomes a Gaussian at zero
 */
public record Readings(SquaredReading squared, LimitReading limits) {
    /** The defaults: exact endpoint mapping of ±σ, half-normal limits. */
    public static final Readings DEFAULT = new Readings(SquaredReading.ASYMMETRIC, LimitReading.HALF_NORMAL);

    static <E extends Enum<E>> E parseEnum(Class<E> type, String text, String flag) {
        String normalised = text == null ? "" : text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(normalised)) {
                return constant;
            }
        }
        String allowed = Arrays.stream(type.getEnumConstants())
                .map(c -> c.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .collect(Collectors.joining(", "));
        throw InvalidInputException.of(flag, "value", text, "one of " + allowed);
    }
}
