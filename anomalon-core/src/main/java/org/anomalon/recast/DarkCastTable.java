package org.anomalon.recast;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.anomalon.InvalidInputException;

/**
 * A data file in DarkCast's text format (bounds {@code .lmt}, production fractions {@code .prd}):
 * whitespace-separated numbers, everything after {@code #} on a line ignored, blank lines skipped;
 * the first line, when it is a comment, holds the column labels ({@code # mass lower upper}).
 * Every row must have one number per column; the line number of each row is kept for messages.
 */
public final class DarkCastTable {
    private final String file;
    private final List<String> labels;
    private final double[][] columns;
    private final int[] lines;

    private DarkCastTable(String file, List<String> labels, double[][] columns, int[] lines) {
        this.file = file;
        this.labels = labels;
        this.columns = columns;
        this.lines = lines;
    }

    /**
     * Parses the bytes of a file (ASCII or UTF-8).
     *
     * @param file name used in messages
     */
    public static DarkCastTable parse(byte[] content, String file) {
        List<String> labels = List.of();
        double[][] columns = null;
        int[] lines = new int[1024];
        int rows = 0;
        int line = 0;
        int start = 0;
        int width = -1;
        double[] scratch = new double[16];
        while (start < content.length) {
            line++;
            int end = start;
            while (end < content.length && content[end] != '\n') {
                end++;
            }
            int comment = start;
            while (comment < end && content[comment] != '#') {
                comment++;
            }
            if (line == 1 && comment < end && blank(content, start, comment)) {
                labels = List.of(new String(content, comment + 1, end - comment - 1, java.nio.charset.StandardCharsets.UTF_8)
                        .trim().split("\\s+"));
            }
            int count = 0;
            int position = start;
            while (true) {
                while (position < comment && isSpace(content[position])) {
                    position++;
                }
                if (position >= comment) {
                    break;
                }
                int tokenEnd = position;
                while (tokenEnd < comment && !isSpace(content[tokenEnd])) {
                    tokenEnd++;
                }
                if (count == scratch.length) {
                    scratch = Arrays.copyOf(scratch, 2 * count);
                }
                scratch[count++] = number(content, position, tokenEnd, file, line);
                position = tokenEnd;
            }
            if (count > 0) {
                if (width < 0) {
                    width = count;
                    if (!labels.isEmpty() && labels.size() != width) {
                        throw InvalidInputException.because(file + ", line " + line, String.format(Locale.ROOT,
                                "%d numbers but the header names %d columns (%s)", count, labels.size(), String.join(" ", labels)));
                    }
                    // a first guess of the number of rows from the length of the first one
                    columns = new double[width][Math.max(16, content.length / Math.max(1, end - start + 1) + 16)];
                } else if (count != width) {
                    throw InvalidInputException.because(file + ", line " + line, String.format(Locale.ROOT,
                            "%d numbers where every row before has %d", count, width));
                }
                if (rows == columns[0].length) {
                    for (int c = 0; c < width; c++) {
                        columns[c] = Arrays.copyOf(columns[c], 2 * rows);
                    }
                }
                if (rows == lines.length) {
                    lines = Arrays.copyOf(lines, 2 * rows);
                }
                for (int c = 0; c < width; c++) {
                    columns[c][rows] = scratch[c];
                }
                lines[rows++] = line;
            }
            start = end + 1;
        }
        if (rows == 0) {
            throw InvalidInputException.because(file, "no data rows");
        }
        for (int c = 0; c < width; c++) {
            columns[c] = Arrays.copyOf(columns[c], rows);
        }
        return new DarkCastTable(file, labels, columns, Arrays.copyOf(lines, rows));
    }

    public String file() {
        return file;
    }

    /** Column labels from the header line (empty when the file has none). */
    public List<String> labels() {
        return labels;
    }

    public int columnCount() {
        return columns.length;
    }

    public int rowCount() {
        return lines.length;
    }

    /** Column {@code index} (not copied: callers must not modify it). */
    double[] column(int index) {
        return columns[index];
    }

    /** The line number of row {@code row} in the file. */
    public int line(int row) {
        return lines[row];
    }

    /** "FILE, line N", for messages about one row. */
    public String where(int row) {
        return file + ", line " + lines[row];
    }

    /**
     * Checks that column 0 (the mass) never decreases; repeated values are allowed (DarkCast keeps
     * the last row of a repeated mass).
     */
    void requireNonDecreasingMasses() {
        double[] mass = columns[0];
        for (int r = 0; r < mass.length; r++) {
            if (!(mass[r] >= 0) || Double.isInfinite(mass[r])) {
                throw InvalidInputException.of(where(r), "mass", mass[r], "a finite mass >= 0 in GeV");
            }
            if (r > 0 && mass[r] < mass[r - 1]) {
                throw InvalidInputException.because(where(r), String.format(Locale.ROOT,
                        "mass %s GeV is below the mass %s GeV of line %d; masses must not decrease",
                        format(mass[r]), format(mass[r - 1]), lines[r - 1]));
            }
        }
    }

    /** Checks that every value of a column is finite and > 0 (a coupling, a ratio), naming the label in errors. */
    void requirePositive(int column, String what) {
        for (int r = 0; r < lines.length; r++) {
            double value = columns[column][r];
            if (!(value > 0) || Double.isInfinite(value)) {
                throw InvalidInputException.of(where(r), what, format(value), "a finite value > 0");
            }
        }
    }

    /** Checks that every value of a column is finite and ≥ 0. */
    void requireNonNegative(int column, String what) {
        for (int r = 0; r < lines.length; r++) {
            double value = columns[column][r];
            if (!(value >= 0) || Double.isInfinite(value)) {
                throw InvalidInputException.of(where(r), what, format(value), "a finite value >= 0");
            }
        }
    }

    static String format(double value) {
        return String.format(Locale.ROOT, "%.6g", value);
    }

    private static boolean blank(byte[] content, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isSpace(content[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\t' || b == '\r' || b == '\f';
    }

    /**
     * A decimal number. Up to 18 significant digits with a decimal exponent of at most 22 are
     * converted with one correctly rounded operation (an exact integer mantissa times or divided
     * by an exact power of ten, the fast path of Clinger's algorithm); anything else goes through
     * {@link Double#parseDouble}, so the result always equals Java's (and Python's) reading.
     */
    private static double number(byte[] content, int from, int to, String file, int line) {
        long mantissa = 0;
        int digits = 0;
        int exponent = 0;
        int i = from;
        boolean negative = content[i] == '-';
        if (content[i] == '-' || content[i] == '+') {
            i++;
        }
        boolean anyDigit = false;
        boolean fast = true;
        for (; i < to && content[i] >= '0' && content[i] <= '9'; i++) {
            anyDigit = true;
            if (mantissa != 0 || content[i] != '0') {
                digits++;
            }
            mantissa = 10 * mantissa + (content[i] - '0');
        }
        if (i < to && content[i] == '.') {
            for (i++; i < to && content[i] >= '0' && content[i] <= '9'; i++) {
                anyDigit = true;
                if (mantissa != 0 || content[i] != '0') {
                    digits++;
                }
                mantissa = 10 * mantissa + (content[i] - '0');
                exponent--;
            }
        }
        if (anyDigit && i < to && (content[i] == 'e' || content[i] == 'E')) {
            i++;
            boolean negativeExponent = i < to && content[i] == '-';
            if (i < to && (content[i] == '-' || content[i] == '+')) {
                i++;
            }
            int written = 0;
            boolean anyExponentDigit = false;
            for (; i < to && content[i] >= '0' && content[i] <= '9' && written < 10000; i++) {
                anyExponentDigit = true;
                written = 10 * written + (content[i] - '0');
            }
            fast = anyExponentDigit;
            exponent += negativeExponent ? -written : written;
        }
        if (!anyDigit || i != to || !fast || digits > 18) {
            return slow(content, from, to, file, line);
        }
        double value = mantissa;
        if (exponent == 0 || mantissa == 0) {
            return negative ? -value : value;
        }
        if (mantissa >= 1L << 53 || exponent < -22 || exponent > 22) {
            return slow(content, from, to, file, line);
        }
        value = exponent < 0 ? value / POWERS_OF_TEN[-exponent] : value * POWERS_OF_TEN[exponent];
        return negative ? -value : value;
    }

    private static double slow(byte[] content, int from, int to, String file, int line) {
        String token = new String(content, from, to - from, java.nio.charset.StandardCharsets.UTF_8);
        try {
            return Double.parseDouble(token);
        } catch (NumberFormatException e) {
            throw InvalidInputException.because(file + ", line " + line, "'" + token + "' is not a number");
        }
    }

    private static final double[] POWERS_OF_TEN = new double[23];

    static {
        POWERS_OF_TEN[0] = 1;
        for (int k = 1; k < POWERS_OF_TEN.length; k++) {
            POWERS_OF_TEN[k] = POWERS_OF_TEN[k - 1] * 10; // exact up to 1e22
        }
    }
}
