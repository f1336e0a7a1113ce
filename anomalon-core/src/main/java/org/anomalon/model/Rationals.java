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
    public static final String ALLOWED = "a rational number such as 1, -1/3 or 0.25";

    /**
     * @param text   the number as written by the user
     * @param source where it came from (for the error message)
     * @param field  the field it belongs to (for the error message)
     */
    public static BigFraction parse(String text, String source, String field) {
        String trimmed = text == null ? "" : text.strip();
        try {
            int slash = trimmed.indexOf('/');
            if (slash >= 0) {
                BigInteger numerator = new BigInteger(trimmed.substring(0, slash).strip());
                BigInteger denominator = new BigInteger(trimmed.substring(slash + 1).strip());
                if (denominator.signum() == 0) {
                    throw InvalidInputException.of(source, field, text, ALLOWED + " (denominator must not be 0)");
                }
                return BigFraction.of(numerator, denominator);
            }
            return fromDecimal(new BigDecimal(trimmed));
        } catch (NumberFormatException | ArithmeticException e) {
            throw InvalidInputException.of(source, field, text, ALLOWED);
        }
    }

    /** The exact rational value of a finite decimal. */
    public static BigFraction fromDecimal(BigDecimal decimal) {
        if (decimal.scale() <= 0) {
            return BigFraction.of(decimal.toBigIntegerExact());
        }
        return BigFraction.of(decimal.unscaledValue(), BigInteger.TEN.pow(decimal.scale()));
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
