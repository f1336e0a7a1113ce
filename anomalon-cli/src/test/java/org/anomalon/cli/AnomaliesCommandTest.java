package org.anomalon.cli;

import static org.assertj.core.api.Assertions.assertThat;
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

class AnomaliesCommandTest {

    @Test
    void tauFlavourJsonHasTheStableKeysAndValues() {
        CliTestSupport result = CliTestSupport.run("anomalies", "--model", "tau-flavour", "--format", "json");
        assertThat(result.exitCode()).isZero();
        JsonNode json = Json.read(result.out());
        List<String> keys = new ArrayList<>();
        json.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("model", "alpha_BL", "A_XWW", "A_XYY", "C_WW", "C_BB", "conditions",
                "witten_count", "anomaly_free", "kinetic_mixing", "neutrinos");
        assertThat(json.get("A_XWW").asText()).isEqualTo("-1");
        assertThat(json.get("A_XYY").asText()).isEqualTo("1");
        assertThat(json.get("alpha_BL").asText()).isEqualTo("1/3");
        List<String> conditions = new ArrayList<>();
        json.get("conditions").fieldNames().forEachRemaining(conditions::add);
        assertThat(conditions).containsExactly("grav", "X3", "SU2SU2X", "YYX", "YXX", "SU3SU3X");
        assertThat(json.get("anomaly_free").asBoolean()).isFalse();
    }

    @Test
    void chiralCurrentHasNullAlphaBL() {
        JsonNode json = Json.read(CliTestSupport.run("anomalies", "--charges", "l3=4,e3=-1", "--format", "json").out());
        assertThat(json.get("alpha_BL").isNull()).isTrue();
        assertThat(json.get("A_XWW").asText()).isEqualTo("-4");
        assertThat(json.get("A_XYY").asText()).isEqualTo("-6");
    }

    @Test
    void textSaysWhichConditionsFailAndByHowMuch() {
        CliTestSupport result = CliTestSupport.run("anomalies");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Model: tau-flavour")
                .containsPattern("grav\\s+-1\\s+FAILS \\(off by -1\\)")
                .containsPattern("YXX\\s+0\\s+ok")
                .contains("Anomalous");
    }

    @Test
    void modelFileIsAccepted(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("mine.yaml");
        Files.writeString(file, "name: mine\ncharges: {Lmu: 1, Ltau: -1}\n");
        JsonNode json = Json.read(CliTestSupport.run("anomalies", "--model", file.toString(), "--format", "json").out());
        assertThat(json.get("model").asText()).isEqualTo("mine");
        assertThat(json.get("anomaly_free").asBoolean()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "--model,nope                         | --model: model = 'nope'",
            "--charges,B=abc                      | --charges: B = 'abc'",
            "--charges,q9=1                       | charge key = 'q9'",
            "--model,tau-flavour,--charges,B=1    | not both",
            "--format,csv                         | format = 'csv'",
            "--format,yaml                        | Invalid value for option '--format'",
    })
    void badInputExitsWithTwoAndOneClearLine(String args, String fragment) {
        List<String> argv = new ArrayList<>(List.of("anomalies"));
        argv.addAll(List.of(args.split(",")));
        CliTestSupport result = CliTestSupport.run(argv.toArray(String[]::new));
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains(fragment);
        assertThat(result.out()).isEmpty();
    }

    @Test
    void modelsListsEveryBuiltinWithItsSource() {
        CliTestSupport result = CliTestSupport.run("models");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("tau-flavour", "(default)", "p2-l-minus-4r", "arXiv:2505.11499, Table IV");
        assertThat(result.out()).contains("kinetic mixing: loop (one-loop mixing").contains("kinetic mixing: none [P0")
                .contains("neutrinos: Dirac: light right-handed neutrinos n1, n2, n3").contains("neutrinos: left-handed only");
    }

    @Test
    void anomaliesPrintTheKineticMixingAndNeutrinoChoice() {
        JsonNode json = CliTestSupport.json("anomalies", "--model", "lmu-minus-ltau");
        assertThat(json.get("kinetic_mixing").asText()).startsWith("loop");
        assertThat(json.get("neutrinos").asText()).startsWith("left-handed only");
        assertThat(CliTestSupport.run("anomalies", "--charges", "B=1,Le=-1,Lmu=-1,Ltau=-1,right_handed_neutrinos=true,kinetic_mixing=1e-3").out())
                .contains("Kinetic mixing: fixed, epsilon = 0.001").contains("Neutrinos:      Dirac");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "kinetic_mixing: lots            | kinetic_mixing = 'lots' is not allowed; expected none, loop, e",
            "kinetic_mixing: 1.5             | kinetic_mixing = '1.5' is not allowed",
            "right_handed_neutrinos: maybe   | right_handed_neutrinos = 'maybe' is not allowed; expected true",
    })
    void badKineticMixingOrNeutrinoOptionInAModelFileExitsWithTwo(String line, String fragment, @TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, "name: bad\ncharges: {Lmu: 1, Ltau: -1}\n" + line + "\n");
        CliTestSupport result = CliTestSupport.run("anomalies", "--model", file.toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("anomalon: " + file).contains(fragment);
        assertThat(result.out()).isEmpty();
    }

    @Test
    void versionAndHelpWork() {
        assertThat(CliTestSupport.run("--version").out()).startsWith("anomalon 0.1.0");
        assertThat(CliTestSupport.run("--help").out()).contains("anomalies", "models");
    }
}
