package org.anomalon.recast;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.anomalon.InvalidInputException;

/**
 * The bounds of a limit in its own model, from a DarkCast {@code .lmt} file: a lower bound on g
 * per mass (prompt searches), a lower and an upper bound (displaced searches: the excluded band),
 * or a grid of r = (observed signal limit)/(expected signal) over (m, g) (LHCb's displaced
 * searches; r &lt; 1 is excluded). Bounds ≥ {@link #NO_LIMIT} mean "no limit at this mass"
 * (DarkCast's marker).
 */
public sealed interface Bounds permits Bounds.Lower, Bounds.LowerUpper, Bounds.RValues {
    /** DarkCast's "no limit" coupling. */
    double NO_LIMIT = 1e5;

    /** The bounds file, for messages. */
    String file();

    /** Lowest and highest mass of the table (GeV). */
    double minimumMass();

    double maximumMass();

    /** How the columns of a bounds file are read. */
    enum Type {
        LOWER("lower", List.of("mass", "lower")),
        LOWER_UPPER("lower_upper", List.of("mass", "lower", "upper")),
        R_VALUES("r_values", List.of("mass", "g", "r"));

        private final String key;
        private final List<String> columns;

        Type(String key, List<String> columns) {
            this.key = key;
            this.columns = columns;
        }

        public String key() {
            return key;
        }

        public static Type parse(String key, String source) {
            return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst()
                    .orElseThrow(() -> InvalidInputException.of(source, "bounds type", key, "lower, lower_upper or r_values"));
        }
    }

    /**
     * Reads a table as bounds of this type: checks its columns (and header labels when present),
     * masses that never decrease, couplings &gt; 0, r-values ≥ 0 on a complete (m, g) grid.
     */
    static Bounds of(DarkCastTable table, Type type) {
        if (table.columnCount() != type.columns.size()
                || (!table.labels().isEmpty() && !table.labels().equals(type.columns))) {
            throw InvalidInputException.because(table.file(), String.format(Locale.ROOT,
                    "bounds of type %s need the columns '%s', the file has %s", type.key, String.join(" ", type.columns),
                    table.labels().isEmpty() ? table.columnCount() + " unlabelled columns" : "'" + String.join(" ", table.labels()) + "'"));
        }
        table.requireNonDecreasingMasses();
        double[] mass = table.column(0);
        switch (type) {
            case LOWER:
                table.requirePositive(1, "lower bound on g");
                return new Lower(table.file(), Curve.of(mass, table.column(1)));
            case LOWER_UPPER:
                table.requirePositive(1, "lower bound on g");
                table.requirePositive(2, "upper bound on g");
                for (int r = 0; r < table.rowCount(); r++) {
                    if (table.column(1)[r] > table.column(2)[r] && table.column(1)[r] < NO_LIMIT) {
                        throw InvalidInputException.because(table.where(r), String.format(Locale.ROOT,
                                "lower bound %s above the upper bound %s", DarkCastTable.format(table.column(1)[r]),
                                DarkCastTable.format(table.column(2)[r])));
                    }
                }
                return new LowerUpper(table.file(), Curve.of(mass, table.column(1)), Curve.of(mass, table.column(2)));
            default:
                table.requirePositive(1, "coupling g");
                table.requireNonNegative(2, "r-value");
                return RValues.of(table);
        }
    }

    /** Lower bound g(m) (prompt searches: excluded above). */
    record Lower(String file, Curve lower) implements Bounds {
        @Override
        public double minimumMass() {
            return lower.first();
        }

        @Override
        public double maximumMass() {
            return lower.last();
        }
    }

    /** Lower and upper bound (the band a displaced search excludes). */
    record LowerUpper(String file, Curve lower, Curve upper) implements Bounds {
        @Override
        public double minimumMass() {
            return lower.first();
        }

        @Override
        public double maximumMass() {
            return lower.last();
        }
    }

    /**
     * r(m, g) on a complete grid: {@code r[i][j]} at masses[i], couplings[j] (both increasing).
     */
    final class RValues implements Bounds {
        private final String file;
        private final double[] masses;
        private final double[] couplings;
        private final double[][] r;

        private RValues(String file, double[] masses, double[] couplings, double[][] r) {
            this.file = file;
            this.masses = masses;
            this.couplings = couplings;
            this.r = r;
        }

        static RValues of(DarkCastTable table) {
            double[] mass = table.column(0);
            double[] g = table.column(1);
            double[] value = table.column(2);
            int perMass = 1;
            while (perMass < mass.length && mass[perMass] == mass[0]) {
                perMass++;
            }
            if (mass.length % perMass != 0) {
                throw InvalidInputException.because(table.file(), String.format(Locale.ROOT,
                        "an r-value grid needs the same couplings at every mass: %d rows are not a multiple of the %d couplings at the first mass",
                        mass.length, perMass));
            }
            int masses = mass.length / perMass;
            double[] massNodes = new double[masses];
            double[] couplings = Arrays.copyOf(g, perMass);
            double[][] r = new double[masses][perMass];
            for (int i = 0; i < masses; i++) {
                massNodes[i] = mass[i * perMass];
                if (i > 0 && !(massNodes[i] > massNodes[i - 1])) {
                    throw InvalidInputException.because(table.where(i * perMass),
                            "an r-value grid lists each mass once, with all its couplings in one block");
                }
                for (int j = 0; j < perMass; j++) {
                    int row = i * perMass + j;
                    if (mass[row] != massNodes[i] || g[row] != couplings[j]) {
                        throw InvalidInputException.because(table.where(row), String.format(Locale.ROOT,
                                "expected the grid point (m = %s, g = %s): every mass must list the same increasing couplings",
                                DarkCastTable.format(massNodes[i]), DarkCastTable.format(couplings[j])));
                    }
                    r[i][j] = value[row];
                }
            }
            for (int j = 1; j < perMass; j++) {
                if (!(couplings[j] > couplings[j - 1])) {
                    throw InvalidInputException.because(table.where(j), "couplings must increase within a mass");
                }
            }
            return new RValues(table.file(), massNodes, couplings, r);
        }

        @Override
        public String file() {
            return file;
        }

        /** The grid's masses (copy). */
        public double[] masses() {
            return masses.clone();
        }

        /** The grid's couplings (copy). */
        public double[] couplings() {
            return couplings.clone();
        }

        int couplingCount() {
            return couplings.length;
        }

        double coupling(int index) {
            return couplings[index];
        }

        @Override
        public double minimumMass() {
            return masses[0];
        }

        @Override
        public double maximumMass() {
            return masses[masses.length - 1];
        }

        /**
         * r at (m, couplings[j]), linear in m between the bracketing mass columns; NaN outside the
         * grid's mass range.
         */
        public double at(double mass, int coupling) {
            int i = Arrays.binarySearch(masses, mass);
            if (i >= 0) {
                return r[i][coupling];
            }
            int upper = -i - 1;
            if (upper == 0 || upper == masses.length) {
                return Double.NaN;
            }
            double t = (mass - masses[upper - 1]) / (masses[upper] - masses[upper - 1]);
            return r[upper - 1][coupling] + t * (r[upper][coupling] - r[upper - 1][coupling]);
        }
    }
}
