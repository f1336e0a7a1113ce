package org.anomalon;

/**
 * A request anomalon cannot act on because the input is malformed or out of the allowed range:
 * an unknown model, a charge that is not a rational, a mass that is not positive.
 *
 * <p>The message always names where the value came from (file or flag), the field, the value and
 * what is allowed, so the command line can print it on one line and exit with code 2.
 */
public final class InvalidInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private InvalidInputException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * @param source  where the value came from, e.g. {@code --charges} or {@code model.yaml}
     * @param field   the field or key, e.g. {@code q1}
     * @param value   the offending value as the user wrote it
     * @param allowed what would have been accepted
     */
    public static InvalidInputException of(String source, String field, Object value, String allowed) {
        return new InvalidInputException(
                source + ": " + field + " = " + quote(value) + " is not allowed; expected " + allowed, null);
    }

    /** A free-form message, for errors that are not about one field (e.g. an empty file). */
    public static InvalidInputException because(String source, String reason) {
        return new InvalidInputException(source + ": " + reason, null);
    }

    /** Like {@link #because(String, String)}, keeping the underlying cause for debugging. */
    public static InvalidInputException because(String source, String reason, Throwable cause) {
        return new InvalidInputException(source + ": " + reason, cause);
    }

    private static String quote(Object value) {
        return value instanceof CharSequence ? "'" + value + "'" : String.valueOf(value);
    }
}
