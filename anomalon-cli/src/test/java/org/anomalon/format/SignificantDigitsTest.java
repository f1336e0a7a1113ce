package org.anomalon.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** SignificantDigits writes what {@code String.format(Locale.ROOT, "%.<n>g", value)} writes, character for character. */
class SignificantDigitsTest {

    private static void same(double value, int digits) {
        assertThat(SignificantDigits.format(value, digits)).as("%s to %d digits", value, digits)
                .isEqualTo(String.format(Locale.ROOT, "%." + digits + "g", value));
    }

    @Test
    void examplesOfEachLayout() {
        assertThat(SignificantDigits.format(0.001, 6)).isEqualTo("0.00100000");
        assertThat(SignificantDigits.format(3.62004, 6)).isEqualTo("3.62004");
        assertThat(SignificantDigits.format(4.14312e-07, 6)).isEqualTo("4.14312e-07");
        assertThat(SignificantDigits.format(999999.5, 6)).isEqualTo("1.00000e+06");
        assertThat(SignificantDigits.format(-0.0, 6)).isEqualTo("-0.00000");
    }

    @Test
    void edgesOfTheLayoutsAndOfRounding() {
        double[] values = {0, -0.0, 1, -1, 0.5, 5, 9.5, 10, 1e-4, 9.99999e-5, 9.999995e-5, 9.9999949e-5, 1e-5, 123456, 123456.5,
                999999, 999999.4, 999999.5, 1e6, 1e7, 1e21, 1e22, 1e100, 1.5e-300, Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE,
                0.1, 0.2, 0.3, 1.0 / 3, 2.0 / 3, 0.125, 0.00015, 0.000149999, 1.000005, 1.0000049999, 2.5e-5, 7.05563e-09,
                Math.PI, Math.E, 1e-3, 4.99999999999999e-5, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (double value : values) {
            for (int digits = 1; digits <= 17; digits++) {
                same(value, digits);
                same(-value, digits);
            }
        }
    }

    @Test
    void randomDoublesOfEveryMagnitude() {
        SplittableRandom random = new SplittableRandom(20261202);
        for (int k = 0; k < 100_000; k++) {
            double value = Double.longBitsToDouble(random.nextLong() & 0x7fffffffffffffffL);
            if (Double.isFinite(value)) {
                same(value, 6);
            }
            same(Math.pow(10, random.nextDouble(-12, 8)), 6);
        }
    }

    /** Short decimals (few significant digits, halves at the rounding digit) are where the two could part. */
    @Test
    void shortDecimals() {
        SplittableRandom random = new SplittableRandom(7);
        for (int k = 0; k < 60_000; k++) {
            long mantissa = random.nextLong(1, 100_000_000L);
            int exponent = random.nextInt(-15, 10);
            double value = Double.parseDouble(mantissa + "e" + exponent);
            same(value, 6);
            same(value, 1 + random.nextInt(8));
            same(Double.parseDouble(mantissa + "5e" + exponent), 6);
        }
    }
}
