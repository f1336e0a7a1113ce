package org.anomalon.model;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.anomalon.InvalidInputException;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * Exact parsing and printing of the rational numbers in which charges, hypercharges and anomaly
 * sums are kept. Accepted forms: integers ({@code -3}), fractions ({@code 1/3}, {@code -5/12}) and
 * finite decimals ({@code 0.25}, {@code 1e-1}), all converted exactly.
 */
public final class Rationals {
    private Rationals() {
    }

    /** What {@link #parse} accepts, for error messages. */
    public static final String ALLOWED = "a rational number such as 1, -1/3 or 0.25, of size at most 10^6, with a "
            + "denominator at most 10^12 (charges are O(1))";
    /** Longest number text read (a fraction of two 12-digit integers and a sign fit easily). */
    private static final int MAX_LENGTH = 40;
    /** Largest |value|: charges are O(1); 10^6 keeps anomaly sums (cubes) and rates finite in double precision. */
    private static final BigInteger MAX_MAGNITUDE = BigInteger.TEN.pow(6);
    /** Largest denominator: 12 decimal places, enough for 0.333333333333. */
    private static final BigInteger MAX_DENOMINATOR = BigInteger.TEN.pow(12);

    /**
     * @param text   the number as written by the user
     * @param source where it came from (for the error message)
     * @param field  the field it belongs to (for the error message)
     * @throws InvalidInputException for anything but a bounded rational ({@link #ALLOWED}); parsing
     *                               takes bounded time (no 10^99999999 is ever built)
     */
    public static BigFraction parse(String text, String source, String field) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.length() > MAX_LENGTH) {
            throw InvalidInputException.of(source, field, trimmed.substring(0, MAX_LENGTH) + "...",
                    ALLOWED + " (at most " + MAX_LENGTH + " characters)");
        }
        try {
            int slash = trimmed.indexOf('/');
            if (slash >= 0) {
                BigInteger numerator = new BigInteger(trimmed.substring(0, slash).strip());
                BigInteger denominator = new BigInteger(trimmed.substring(slash + 1).strip());
                if (denominator.signum() == 0) {
                    throw InvalidInputException.of(source, field, text, ALLOWED + " (denominator must not be 0)");
                }
                return bounded(BigFraction.of(numerator, denominator), source, field, text);
            }
            return fromDecimal(new BigDecimal(trimmed), source, field);
        } catch (NumberFormatException | ArithmeticException e) {
            throw InvalidInputException.of(source, field, text, ALLOWED);
        }
    }

    /**
     * The exact rational value of a finite decimal (e.g. a number in a YAML file), within the bounds
     * of {@link #ALLOWED}; the bounds are checked before any power of ten is built.
     */
    public static BigFraction fromDecimal(BigDecimal decimal, String source, String field) {
        BigDecimal reduced = decimal.signum() == 0 ? BigDecimal.ZERO : decimal.stripTrailingZeros();
        if (reduced.abs().compareTo(new BigDecimal(MAX_MAGNITUDE)) > 0 || reduced.scale() > 12) {
            throw InvalidInputException.of(source, field, decimal.toString(), ALLOWED);
        }
        if (reduced.scale() <= 0) {
            return BigFraction.of(reduced.toBigIntegerExact());
        }
        return BigFraction.of(reduced.unscaledValue(), BigInteger.TEN.pow(reduced.scale()));
    }

    /**
     * {@code value} when it lies within the bounds of {@link #ALLOWED}.
     *
     * @param text the value as the user wrote it, for the message
     */
    public static BigFraction bounded(BigFraction value, String source, String field, Object text) {
        if (value.abs().compareTo(BigFraction.of(MAX_MAGNITUDE)) > 0 || value.getDenominator().abs().compareTo(MAX_DENOMINATOR) > 0) {
            throw InvalidInputException.of(source, field, text, ALLOWED);
        }
        return value;
    }

    /** Canonical text form: {@code "3"}, {@code "-1/2"}. */
    public static String format(BigFraction value) {
        // BigFraction may keep the sign on the denominator (1/-2 after a division by a negative)
        BigInteger numerator = value.getDenominator().signum() < 0 ? value.getNumerator().negate() : value.getNumerator();
        BigInteger denominator = value.getDenominator().abs();
        return denominator.equals(BigInteger.ONE) ? numerator.toString() : numerator + "/" + denominator;
    }

    public static BigFraction of(long numerator, long denominator) {
        return BigFraction.of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
    }

    public static BigFraction of(long integer) {
        return BigFraction.of(integer);
    }
}
