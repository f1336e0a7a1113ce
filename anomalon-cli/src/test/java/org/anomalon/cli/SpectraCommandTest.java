package org.anomalon.cli;

import static org.assertj.core.api.Assertions.assertThat;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.anomalon.format.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpectraCommandTest {

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    @Test
    void npsiThreeJsonIsP0Table2() {
        CliTestSupport result = CliTestSupport.run("spectra", "--alpha-bl", "1/3", "--npsi", "3", "--format", "json");
        assertThat(result.exitCode()).isZero();
        JsonNode json = Json.read(result.out());
        assertThat(keys(json)).contains("alpha_BL", "npsi", "preset", "solutions");
        assertThat(json.get("alpha_BL").asText()).isEqualTo("1/3");
        assertThat(json.get("preset").asText()).isEqualTo("paper");
        JsonNode solutions = json.get("solutions");
        assertThat(solutions).hasSize(5);
        JsonNode first = solutions.get(0);
        assertThat(keys(first)).contains("family", "fields", "X_S", "X_S_over_3alpha", "naturalness_TeV", "neutral_lp",
                "perturbative");
        assertThat(keys(first.get("fields").get(0))).containsExactly("kind", "n", "Y", "X");
        assertThat(first.get("fields").get(0).get("kind").asText()).isEqualTo("ML");
        assertThat(first.get("fields").get(1).get("kind").asText()).isEqualTo("DL");
        assertThat(first.get("fields").get(1).get("Y").asText()).isEqualTo("1/2");
        List<String> over3Alpha = new ArrayList<>();
        List<String> naturalness = new ArrayList<>();
        solutions.forEach(s -> {
            over3Alpha.add(s.get("X_S_over_3alpha").asText());
            naturalness.add(String.format(java.util.Locale.ROOT, "%.1f", s.get("naturalness_TeV").asDouble()));
            assertThat(s.get("neutral_lp").asBoolean()).isTrue();
            assertThat(s.get("anomaly_check").get("verified").asBoolean()).isTrue();
        });
        assertThat(over3Alpha).containsExactly("1", "1/6", "1/18", "1/40", "1/75");
        assertThat(naturalness).containsExactly("7.3", "3.4", "2.0", "1.4", "1.0");
    }

    @Test
    void npsiFourTextListsTable3AndTheA15Spectra() {
        CliTestSupport result = CliTestSupport.run("spectra", "--alpha-bl", "1/3", "--npsi", "4");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("preset paper").contains("8 pass all criteria")
                .containsPattern("A\\.11\\s+DL\\(1, 1, 1/2\\+X'\\)\\s+DL\\(1, -1, 1/2-X'\\)\\s+DL\\(2, 1/2, -1/2\\+X'\\)")
                .containsPattern("12\\.2\\s+higgs-yukawa").containsPattern("1\\.2\\s+higgs-yukawa")
                .contains("A.15").contains("Anomaly check");
    }

    @Test
    void planckPresetAndOverridesAreReported() {
        JsonNode json = Json.read(CliTestSupport.run("spectra", "--alpha-bl", "1/3", "--naturalness", "planck",
                "--delta", "10", "--min-mass-tev", "0.5", "--format", "json").out());
        assertThat(json.get("preset").asText()).isEqualTo("planck");
        assertThat(json.get("naturalness").get("delta").asDouble()).isEqualTo(10);
        // at Δ = 10 the bound scales by about √(1/10): 7.3 → about 2.4 (planck is a few % higher)
        assertThat(json.get("solutions").get(0).get("naturalness_TeV").asDouble()).isBetween(2.3, 2.6);
    }

    @Test
    void modelGivesTheSameAsItsAlpha() {
        String fromModel = CliTestSupport.run("spectra", "--model", "tau-flavour", "--format", "csv").out();
        String fromAlpha = CliTestSupport.run("spectra", "--alpha-bl", "1/3", "--format", "csv").out();
        assertThat(fromModel).isEqualTo(fromAlpha);
        assertThat(fromAlpha.lines()).hasSize(6);
        assertThat(fromAlpha.lines().findFirst().orElseThrow()).startsWith("family,topology,fields,X_S,X_S_over_3alpha");
    }

    @Test
    void npsiTwoSaysWhyThereIsNoSolution() {
        CliTestSupport result = CliTestSupport.run("spectra", "--alpha-bl", "1/3", "--npsi", "2", "--max-n", "20");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("0 anomaly-free spectra found").contains("(none)")
                .contains("opposite signs (P0 App. A, N_Psi = 2)");
    }

    @Test
    void latexIsATabular() {
        String tex = CliTestSupport.run("spectra", "--alpha-bl", "1/3", "--format", "latex").out();
        assertThat(tex).contains("\\begin{tabular}").contains("\\end{tabular}").contains("\\tfrac{1}{6}")
                .contains("$(\\mathbf{3},0,-\\tfrac{1}{2})_{\\rm ML}$");
    }

    @Test
    void chiralTauJsonIsP2TableII() {
        CliTestSupport result = CliTestSupport.run("spectra", "--chiral-tau", "--format", "json");
        assertThat(result.exitCode()).isZero();
        JsonNode solutions = Json.read(result.out()).get("solutions");
        assertThat(solutions).hasSize(3);
        assertThat(keys(solutions.get(0))).containsExactly("m", "n", "Y_L", "X_LL_plus_X_LR", "X_S_over_alphaL");
        List<String> rows = new ArrayList<>();
        solutions.forEach(s -> rows.add(s.get("m").asText() + " " + s.get("n").asInt() + " " + s.get("Y_L").asText()
                + " " + s.get("X_LL_plus_X_LR").asText() + " " + s.get("X_S_over_alphaL").asText()));
        assertThat(rows).containsExactly("2 5 -2 3/2 1/20", "4 3 -1 5/4 1/4", "inf 2 -1/2 1 1");
    }

    @Test
    void chiralTauRationalM() {
        CliTestSupport result = CliTestSupport.run("spectra", "--chiral-tau", "--rational-m", "--format", "csv");
        assertThat(result.out().lines()).hasSize(10).contains("11/8,10,-9/2,19/11,1/165");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--alpha-bl 0|no anomalons are needed",
        "--alpha-bl abc|--alpha-bl: a_{B+L} = 'abc' is not allowed",
        "--alpha-bl 1/0|denominator must not be 0",
        "--alpha-bl 1/3 --npsi 5|--npsi: N_Psi = 5",
        "--alpha-bl 1/3 --npsi 1|N_Psi = 1 cannot solve",
        "--alpha-bl 1/3 --max-n 0|--max-n",
        "--alpha-bl 1/3 --max-n 100000|1 <= n <= 100 (P0 eq. 2.11",
        "--alpha-bl 1/3 --delta 0|--delta: Delta = 0.0",
        "--alpha-bl 1/3 --delta -5|--delta",
        "--alpha-bl 1/3 --naturalness lhc|--naturalness: naturalness preset = 'lhc'",
        "--alpha-bl 1/3 --model tau-flavour|either --alpha-bl or --model",
        "--charges l3=4,e3=-1|not a vector current",
        "--chiral-tau --alpha-bl 1/3|drop --alpha-bl",
        "--alpha-bl 1/3 --rational-m|only meaningful with --chiral-tau",
        "--alpha-bl 1/3 --max-denominator 1|--max-denominator"})
    void badInputExitsWithTwo(String arguments, String message) {
        List<String> args = new ArrayList<>(List.of("spectra"));
        args.addAll(List.of(arguments.split(" ")));
        CliTestSupport result = CliTestSupport.run(args.toArray(String[]::new));
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains(message);
        assertThat(result.out()).isEmpty();
    }
}
