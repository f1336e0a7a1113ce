package org.anomalon.format;

import java.util.Arrays;
import java.util.Locale;

/**
 * A number to a given count of significant digits, as {@code String.format(Locale.ROOT, "%.<n>g", value)}
 * writes it (the same text, checked in the tests) without a Formatter: {@code limits --format csv}
 * writes some 17 000 numbers, and parsing the format string and building a Formatter for each cost
 * a fresh process about 40 ms of CPU.
 *
 * <p>As the Formatter does: the shortest decimal that reads back as the double (its {@link Double#toString}
 * digits) is rounded half up to n digits; m = that rounded magnitude is written with n − 1 − ⌊log10 m⌋
 * decimals when 10⁻⁴ ≤ m &lt; 10ⁿ, else as d.ddd with n − 1 decimals and a signed exponent of at least two
 * digits ({@code 1.23457e-05}); zero as {@code 0.00000}, −0 with its sign.
 */
public final class SignificantDigits {
    private SignificantDigits() {
    }

    /** {@code value} with {@code digits} ≥ 1 significant digits, as {@code %.<digits>g} in {@link Locale#ROOT}. */
    public static String format(double value, int digits) {
        if (!Double.isFinite(value) || digits < 1) {
            return String.format(Locale.ROOT, "%." + digits + "g", value);
        }
        StringBuilder text = new StringBuilder(digits + 8);
        if (Double.compare(value, 0.0) < 0) {
            text.append('-');
        }
        char[] kept = new char[digits];
        int exponent = value == 0 ? 0 : rounded(Math.abs(value), kept);
        if (value == 0) {
            Arrays.fill(kept, '0');
        }
        if (exponent < -4 || exponent >= digits) {
            text.append(kept[0]);
            if (digits > 1) {
                text.append('.').append(kept, 1, digits - 1);
            }
            text.append('e').append(exponent < 0 ? '-' : '+');
            int magnitude = Math.abs(exponent);
            if (magnitude < 10) {
                text.append('0');
            }
            text.append(magnitude);
        } else if (exponent >= 0) {
            text.append(kept, 0, exponent + 1);
            if (exponent + 1 < digits) {
                text.append('.').append(kept, exponent + 1, digits - exponent - 1);
            }
        } else {
            text.append("0.");
            for (int i = 1; i < -exponent; i++) {
                text.append('0');
            }
            text.append(kept);
        }
        return text.toString();
    }

    /**
     * Fills {@code kept} with the first kept.length significant digits of {@code magnitude} &gt; 0 (its
     * shortest decimal rounded half up, zeros after its last digit) and returns the decimal exponent of
     * the first one.
     */
    private static int rounded(double magnitude, char[] kept) {
        String shortest = Double.toString(magnitude); // "123.456", "0.00123" or "1.23456E-5"
        int e = shortest.indexOf('E');
        int end = e < 0 ? shortest.length() : e;
        int point = shortest.indexOf('.');
        int exponent = (e < 0 ? 0 : Integer.parseInt(shortest, e + 1, shortest.length(), 10)) + point - 1;
        int first = 0;
        for (; shortest.charAt(first) == '0' || shortest.charAt(first) == '.'; first++) {
            if (shortest.charAt(first) == '0') {
                exponent--; // a leading zero: the first significant digit is one place lower
            }
        }
        // the significant digits, the point skipped
        int count = 0;
        char next = '0';
        for (int i = first; i < end; i++) {
            char c = shortest.charAt(i);
            if (c == '.') {
                continue;
            }
            if (count < kept.length) {
                kept[count] = c;
            } else if (count == kept.length) {
                next = c;
            }
            count++;
        }
        Arrays.fill(kept, Math.min(count, kept.length), kept.length, '0');
        if (next >= '5') {
            int i = kept.length - 1;
            while (i >= 0 && kept[i] == '9') {
                kept[i--] = '0';
            }
            if (i < 0) {
                kept[0] = '1';
                return exponent + 1;
            }
            kept[i]++;
        }
        return exponent;
    }
}
