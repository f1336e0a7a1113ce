package org.anomalon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Output does not depend on the default locale: German (decimal comma) and Turkish (dotless i in
 * toLowerCase) give the same bytes as Locale.ROOT, for every command in text and JSON.
 */
class LocaleIndependenceTest {
    private static final List<String[]> COMMANDS = List.of(
            new String[] {"anomalies"}, new String[] {"anomalies", "--format", "json"}, new String[] {"models"},
            new String[] {"rates", "--mx", "2.1", "--gx", "0.018"}, new String[] {"rates", "--mx", "2.1", "--gx", "0.018", "--format", "json"},
            new String[] {"uv", "--model", "p2-l-minus-4r", "--mx", "2.1", "--gx", "0.0042"},
            new String[] {"uv", "--model", "p0-2dl-m1", "--mx", "2.1", "--gx", "0.018", "--format", "json"},
            new String[] {"data", "show", "L3-1997-ZgammaX"}, new String[] {"data", "list"},
            new String[] {"limits", "--points", "5"}, new String[] {"limits", "--points", "5", "--format", "csv"},
            new String[] {"spectra", "--alpha-bl", "1/3"}, new String[] {"spectra", "--chiral-tau", "--format", "latex"},
            new String[] {"fit"}, new String[] {"fit", "--format", "json"});

    @Test
    void germanAndTurkishDefaultLocalesPrintWhatLocaleRootPrints() {
        Locale original = Locale.getDefault();
        try {
            for (String[] command : COMMANDS) {
                Locale.setDefault(Locale.ROOT);
                CliTestSupport reference = CliTestSupport.run(command);
                assertThat(reference.exitCode()).as(String.join(" ", command) + ": " + reference.err()).isZero();
                for (Locale locale : List.of(Locale.GERMANY, Locale.forLanguageTag("tr-TR"))) {
                    Locale.setDefault(locale);
                    CliTestSupport result = CliTestSupport.run(command);
                    assertThat(result.out()).as("%s under %s", String.join(" ", command), locale).isEqualTo(reference.out());
                }
            }
        } finally {
            Locale.setDefault(original);
        }
    }
}
