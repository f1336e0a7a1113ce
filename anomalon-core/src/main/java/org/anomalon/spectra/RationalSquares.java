package org.anomalon.spectra;

import java.math.BigInteger;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * Exact test "is this rational the square of a rational": in lowest terms p/q is a square iff p ≥ 0
 * and both p and q are perfect squares.
 */
final class RationalSquares {
    private RationalSquares() {
    }

    /** √(numerator/denominator) if it is rational and positive, else {@code null}; denominator > 0. */
    static BigFraction positiveRoot(long numerator, long denominator) {
        if (numerator <= 0) {
            return null;
        }
        long common = gcd(numerator, denominator);
        long rootNumerator = exactRoot(numerator / common);
        if (rootNumerator < 0) {
            return null;
        }
        long rootDenominator = exactRoot(denominator / common);
        return rootDenominator < 0 ? null : BigFraction.of(rootNumerator, rootDenominator);
    }

    /** True when the positive rational numerator/denominator is a square; denominator > 0. */
    static boolean isPositiveSquare(long numerator, long denominator) {
        if (numerator <= 0) {
            return false;
        }
        long common = gcd(numerator, denominator);
        return exactRoot(numerator / common) >= 0 && exactRoot(denominator / common) >= 0;
    }

    /** √value if value ≥ 0 is a rational square, else {@code null}. */
    static BigFraction root(BigFraction value) {
        if (value.signum() < 0) {
            return null;
        }
        BigInteger numerator = value.getNumerator().abs();
        BigInteger denominator = value.getDenominator().abs();
        BigInteger rootNumerator = numerator.sqrt();
        BigInteger rootDenominator = denominator.sqrt();
        boolean exact = rootNumerator.multiply(rootNumerator).equals(numerator)
                && rootDenominator.multiply(rootDenominator).equals(denominator);
        return exact ? BigFraction.of(rootNumerator, rootDenominator) : null;
    }

    /** √value for a perfect square value ≥ 0, else −1. */
    static long exactRoot(long value) {
        long root = (long) Math.sqrt((double) value);
        while (root * root > value) {
            root--;
        }
        while ((root + 1) * (root + 1) <= value) {
            root++;
        }
        return root * root == value ? root : -1;
    }

    static long gcd(long a, long b) {
        a = Math.abs(a);
        b = Math.abs(b);
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }
}
