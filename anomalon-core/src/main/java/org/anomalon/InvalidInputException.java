package org.anomalon;

import java.util.Optional;

/**
 * A request anomalon cannot act on because the input is malformed or out of the allowed range:
 * an unknown model, a charge that is not a rational, a mass that is not positive.
 *
 * <p>The message names where the value came from (a file, or the {@link Parameter} it is about),
 * the field, the value and what is allowed, so that a front end can print it on one line and
 * exit with code 2. An error about a parameter carries it as a key ({@link #parameter()}), with
 * the value and the constraint; the core never names a command-line flag, and a front end puts its
 * own name for the parameter in front with {@link #withSource}.
 */
public final class InvalidInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final Parameter parameter;
    private final String detail;

    private InvalidInputException(Parameter parameter, String source, String detail, Throwable cause) {
        super(source == null ? detail : source + ": " + detail, cause);
        this.parameter = parameter;
        this.detail = detail;
    }

    /**
     * @param source  where the value came from, e.g. {@code --charges} or {@code model.yaml}
     * @param field   the field or key, e.g. {@code q1}
     * @param value   the offending value as the user wrote it
     * @param allowed what would have been accepted
     */
    public static InvalidInputException of(String source, String field, Object value, String allowed) {
        return new InvalidInputException(null, source, notAllowed(field, value, allowed), null);
    }

    /** A value of {@code parameter} outside its domain ({@link Parameter#allowed()}). */
    public static InvalidInputException of(Parameter parameter, Object value) {
        return of(parameter, value, parameter.allowed());
    }

    /** A value of {@code parameter} that this request cannot take, with the constraint in words. */
    public static InvalidInputException of(Parameter parameter, Object value, String allowed) {
        return new InvalidInputException(parameter, null, notAllowed(parameter.symbol(), value, allowed), null);
    }

    /** About {@code parameter}, for errors that are not about one value (e.g. two that contradict). */
    public static InvalidInputException because(Parameter parameter, String reason) {
        return new InvalidInputException(parameter, null, reason, null);
    }

    /** A free-form message, for errors that are not about one field (e.g. an empty file). */
    public static InvalidInputException because(String source, String reason) {
        return new InvalidInputException(null, source, reason, null);
    }

    /** Like {@link #because(String, String)}, keeping the underlying cause for debugging. */
    public static InvalidInputException because(String source, String reason, Throwable cause) {
        return new InvalidInputException(null, source, reason, cause);
    }

    /** The parameter the error is about, when it is about one. */
    public Optional<Parameter> parameter() {
        return Optional.ofNullable(parameter);
    }

    /** The same error with {@code newSource} (e.g. a command's flag for the parameter) in front. */
    public InvalidInputException withSource(String newSource) {
        return new InvalidInputException(parameter, newSource, detail, this);
    }

    private static String notAllowed(String field, Object value, String allowed) {
        return field + " = " + quote(value) + " is not allowed; expected " + allowed;
    }

    private static String quote(Object value) {
        return value instanceof CharSequence ? "'" + value + "'" : String.valueOf(value);
    }
}
