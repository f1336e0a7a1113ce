package org.anomalon.recast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.anomalon.InvalidInputException;
import org.junit.jupiter.api.Test;

class DarkCastTableTest {
    private static DarkCastTable table(String text) {
        return DarkCastTable.parse(text.getBytes(StandardCharsets.US_ASCII), "my.lmt");
    }

    @Test
    void readsLabelsCommentsAndBlankLines() {
        DarkCastTable table = table(" #      mass       lower\n\n 1.0e-3  2.5e-4  # a comment\n# skipped\n 2.0e-3\t3.0e-4\n");
        assertThat(table.labels()).containsExactly("mass", "lower");
        assertThat(table.rowCount()).isEqualTo(2);
        assertThat(table.column(0)).containsExactly(1.0e-3, 2.0e-3);
        assertThat(table.column(1)).containsExactly(2.5e-4, 3.0e-4);
        assertThat(table.line(1)).isEqualTo(5);
    }

    @Test
    void numbersAreReadExactlyAsJavaReadsThem() {
        Random random = new Random(42);
        StringBuilder text = new StringBuilder();
        double[] expected = new double[2000];
        for (int i = 0; i < expected.length; i++) {
            String number = switch (i % 4) {
                case 0 -> String.format(Locale.ROOT, "%.4e", Math.exp(40 * random.nextDouble() - 30));
                case 1 -> String.format(Locale.ROOT, "%.17g", random.nextDouble() * 1e5);
                case 2 -> Long.toString(random.nextInt(100000));
                default -> String.format(Locale.ROOT, "%.3e", random.nextDouble() * 1e-300);
            };
            expected[i] = Double.parseDouble(number);
            text.append(number).append('\n');
        }
        assertThat(table(text.toString()).column(0)).containsExactly(expected);
    }

    @Test
    void decreasingMassesAreAnErrorNamingFileAndLine() {
        DarkCastTable table = table("# mass lower\n0.1 1e-3\n0.3 1e-3\n0.2 1e-3\n");
        assertThatThrownBy(() -> Bounds.of(table, Bounds.Type.LOWER)).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("my.lmt, line 4: ").hasMessageContaining("must not decrease");
    }

    @Test
    void negativeOrZeroCouplingsAreErrorsNamingFileAndLine() {
        assertThatThrownBy(() -> Bounds.of(table("0.1 1e-3\n0.2 -1e-3\n"), Bounds.Type.LOWER))
                .hasMessageStartingWith("my.lmt, line 2: lower bound on g = '-0.00100000'").hasMessageContaining("> 0");
        assertThatThrownBy(() -> Bounds.of(table("0.1 1e-3 0\n"), Bounds.Type.LOWER_UPPER)).hasMessageStartingWith("my.lmt, line 1: upper bound");
    }

    @Test
    void malformedRowsAreErrorsNamingFileAndLine() {
        assertThatThrownBy(() -> table("0.1 1e-3\n0.2 abc\n")).hasMessage("my.lmt, line 2: 'abc' is not a number");
        assertThatThrownBy(() -> table("0.1 1e-3\n0.2 1e-3 5\n")).hasMessageStartingWith("my.lmt, line 2: 3 numbers where every row before has 2");
        assertThatThrownBy(() -> table("# mass lower upper\n0.1 1e-3\n")).hasMessageContaining("header names 3 columns");
        assertThatThrownBy(() -> table("# only a comment\n")).hasMessage("my.lmt: no data rows");
        assertThatThrownBy(() -> Bounds.of(table("# mass lower\n0.1 1e-3\n"), Bounds.Type.LOWER_UPPER))
                .hasMessageContaining("need the columns 'mass lower upper'");
    }

    @Test
    void repeatedMassesKeepTheLastRowAsDarkCastDoes() {
        Bounds.Lower bounds = (Bounds.Lower) Bounds.of(table("0.1 1\n0.2 2\n0.2 3\n0.3 4\n"), Bounds.Type.LOWER);
        assertThat(bounds.lower().at(0.2)).isEqualTo(3);
        assertThat(bounds.lower().at(0.25)).isEqualTo(3.5);
        assertThat(bounds.lower().at(0.05)).isEqualTo(1);
        assertThat(bounds.lower().at(0.5)).isEqualTo(4);
        assertThat(bounds.lower().masses()).containsExactly(0.1, 0.2, 0.3);
    }

    @Test
    void noLimitMarkersAreNotInterpolated() {
        Bounds.Lower bounds = (Bounds.Lower) Bounds.of(table("0.1 1e-3\n0.2 1e5\n0.3 1e-3\n0.4 2e-3\n"), Bounds.Type.LOWER);
        assertThat(bounds.lower().boundAt(0.15, Bounds.NO_LIMIT)).isNaN();
        assertThat(bounds.lower().boundAt(0.2, Bounds.NO_LIMIT)).isNaN();
        assertThat(bounds.lower().boundAt(0.35, Bounds.NO_LIMIT)).isCloseTo(1.5e-3, org.assertj.core.data.Offset.offset(1e-15));
        assertThat(bounds.lower().boundAt(0.45, Bounds.NO_LIMIT)).isNaN();
    }

    @Test
    void rValueGridsMustBeComplete() {
        Bounds.RValues grid = (Bounds.RValues) Bounds.of(table("# mass g r\n0.3 1e-5 2\n0.3 2e-5 0.5\n0.4 1e-5 4\n0.4 2e-5 1.5\n"),
                Bounds.Type.R_VALUES);
        assertThat(grid.couplings()).containsExactly(1e-5, 2e-5);
        assertThat(grid.at(0.35, 1)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-15));
        assertThat(grid.at(0.5, 1)).isNaN();
        assertThatThrownBy(() -> Bounds.of(table("# mass g r\n0.3 1e-5 2\n0.3 2e-5 0.5\n0.4 1e-5 4\n0.4 3e-5 1.5\n"), Bounds.Type.R_VALUES))
                .hasMessageStartingWith("my.lmt, line 5: expected the grid point (m = 0.400000, g = 2.00000e-05)");
        assertThat(List.of(grid.minimumMass(), grid.maximumMass())).containsExactly(0.3, 0.4);
    }
}
