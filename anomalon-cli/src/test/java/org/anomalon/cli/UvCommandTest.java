package org.anomalon.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.anomalon.format.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UvCommandTest {

    @Test
    void jsonHasTheKeysOfTheIssueAndTheTable5Numbers() {
        CliTestSupport result = CliTestSupport.run("uv", "--model", "p0-1dl1ml-m3", "--mx", "2.1", "--gx", "0.018",
                "--format", "json");
        assertThat(result.exitCode()).isZero();
        JsonNode json = Json.read(result.out());
        List<String> keys = new ArrayList<>();
        json.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).contains("model", "v_X_GeV", "anomalons", "naturalness_max_GeV", "notes");
        assertThat(json.get("v_X_GeV").asDouble()).isCloseTo(700.0, within(1e-9));
        JsonNode a = json.get("anomalons").get(0);
        List<String> anomalonKeys = new ArrayList<>();
        a.fieldNames().forEachRemaining(anomalonKeys::add);
        assertThat(anomalonKeys).contains("name", "n", "Y", "X", "mass_GeV_at_y", "mass_max_GeV", "splittings_MeV",
                "charged_lifetimes_s", "lightest_neutral");
        assertThat(a.get("name").asText()).isEqualTo("A");
        assertThat(a.get("n").asInt()).isEqualTo(3);
        assertThat(a.get("Y").asText()).isEqualTo("1");
        assertThat(a.get("X").asText()).isEqualTo("1/12");
        assertThat(a.get("mass_max_GeV").asDouble()).isCloseTo(1432.657, within(1e-3));
        assertThat(a.get("splittings_MeV").get("1").asDouble()).isCloseTo(544.649, within(1e-3));
        assertThat(a.get("lightest_neutral").asBoolean()).isTrue();
        assertThat(json.get("anomalons").get(1).get("splittings_MeV").get("1").asDouble()).isCloseTo(166.0, within(1e-9));
        assertThat(json.get("naturalness_max_GeV").asDouble()).isCloseTo(3400, within(50.0));
        assertThat(json.get("tau_sector").isNull()).isTrue();
    }

    @Test
    void textShowsTheTauSectorOfTheLMinus4RModel() {
        CliTestSupport result = CliTestSupport.run("uv", "--model", "p2-l-minus-4r", "--mx", "2.1", "--gx", "0.0042",
                "--vev", "S5=60", "--yr", "2");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("v_X = 500.00 GeV", "1.7220 GeV x y_L y_R x (V/M)/0.014",
                "m_tau = 1.77693 GeV", "alpha_L = 4.000000", "(solved for the measured m_tau)");
    }

    @Test
    void strayStableChargedSingletIsShown() {
        CliTestSupport result = CliTestSupport.run("uv", "--model", "p0-2dl-m1", "--mx", "2.1", "--gx", "0.018");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("stable charged", "CHARGED", "reduced sensitivity");
    }

    @Test
    void completionFindsThePrintedSingletsInJson() {
        CliTestSupport result = CliTestSupport.run("uv", "--complete", "--model", "p0-2dl-m1", "--format", "json");
        assertThat(result.exitCode()).isZero();
        JsonNode json = Json.read(result.out());
        assertThat(json.get("residual_X3").asText()).isEqualTo("-3/4");
        JsonNode first = json.get("solutions").get(0);
        assertThat(first.get("charges").toString()).isEqualTo("[\"-1/2\",\"-1/2\",\"1\"]");
        assertThat(first.get("anomaly_free").asBoolean()).isTrue();
        assertThat(json.get("model_singlets_cancel").asBoolean()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "no anomalons | uv --model tau-flavour --mx 2.1 --gx 0.018 | anomalons",
            "y = 0 | uv --model p2-l-only --mx 2.1 --gx 0.018 --yukawa 0 | --yukawa",
            "y < 0 | uv --model p2-l-only --mx 2.1 --gx 0.018 --yukawa -1 | --yukawa",
            "m_X = 0 | uv --model p2-l-only --mx 0 --gx 0.018 | --mx",
            "missing g_X | uv --model p2-l-only --mx 2.1 | --gx",
            "unknown scalar | uv --model p2-l-minus-4r --mx 2.1 --gx 0.0042 --vev S7=1 | S7",
            "VEV too large | uv --model p2-l-minus-4r --mx 2.1 --gx 0.0042 --vev S5=200 | --vev",
            "bad preset | uv --model p2-l-only --mx 2.1 --gx 0.018 --naturalness foo | --naturalness",
            "csv format | uv --model p2-l-only --mx 2.1 --gx 0.018 --format csv | --format",
            "bad singlet limit | uv --complete --model p2-l-only --max-singlets 9 | --max-singlets",
    })
    void badInputExitsWithTwo(String what, String commandLine, String mentioned) {
        CliTestSupport result = CliTestSupport.run(commandLine.strip().split(" +"));
        assertThat(result.exitCode()).as(what).isEqualTo(2);
        assertThat(result.err()).as(what).contains(mentioned);
        assertThat(result.out()).as(what).isEmpty();
    }

    @Test
    void inconsistentScalarChargesInAModelFileExitWithTwo(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, String.join("\n",
                "name: bad-scalar",
                "charges: {Ltau: 1}",
                "fermions:",
                "  - {name: A_L, chirality: L, su2: 3, Y: 1, X: 1/12}",
                "  - {name: A_R, chirality: R, su2: 3, Y: 1, X: -1/12}",
                "  - {name: B_L, chirality: L, su2: 5, Y: 0, X: -1/12}",
                "scalars:",
                "  - {name: S, X: 1/3}", ""));
        CliTestSupport result = CliTestSupport.run("uv", "--model", file.toString(), "--mx", "2.1", "--gx", "0.018");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("bad-scalar", "X = ±1/6", "X_1 + X_2 = ±X_S");
    }

    @Test
    void anomalonsWithoutAnyScalarExitWithTwo(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("noscalar.yaml");
        Files.writeString(file, String.join("\n",
                "name: no-scalar",
                "charges: {l3: 1, e3: 0}",
                "fermions:",
                "  - {name: L_L, chirality: L, su2: 2, Y: -1/2, X: 0}",
                "  - {name: L_R, chirality: R, su2: 2, Y: -1/2, X: 1}", ""));
        CliTestSupport result = CliTestSupport.run("uv", "--model", file.toString(), "--mx", "2.1", "--gx", "0.018");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("no-scalar", "L_L", "X = ±1");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void mixedAnomalyLeftOverIsAPhysicsError() {
        CliTestSupport result = CliTestSupport.run("uv", "--complete", "--model", "tau-flavour");
        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err()).contains("mixed anomalies");
    }
}
