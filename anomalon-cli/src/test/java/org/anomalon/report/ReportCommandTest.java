package org.anomalon.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.anomalon.cli.CliTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {

    @Test
    void writesTheReportFilesForTheDefaultModel(@TempDir Path dir) {
        Path out = dir.resolve("rep");
        CliTestSupport result = CliTestSupport.run("report", "--out", out.toString(), "--quiet");
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("tau-flavour", "index.html");
        assertThat(out.resolve("index.html")).content().contains("<h2>Anomalies</h2>", "A<sub>XWW</sub> = -1");
        assertThat(out.resolve("tables/anomalies.csv")).content().startsWith("condition,coefficient,status\ngrav,-1,fails");
        assertThat(out.resolve("tables/anomalies.tex")).content().contains("\\begin{tabular}", "\\toprule");
        assertThat(out.resolve("references.bib")).content().contains("@misc{DiLuzio:2025qkc", "2603.04394");
    }

    @Test
    void limitsYamlIsAHepDataTable(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("rep");
        assertThat(CliTestSupport.run("report", "--out", out.toString(), "--quiet").exitCode()).isZero();
        JsonNode table = new ObjectMapper(new YAMLFactory()).readTree(out.resolve("limits.yaml").toFile());

        JsonNode mass = table.get("independent_variables").get(0);
        assertThat(mass.get("header").get("name").asText()).isEqualTo("M_X");
        assertThat(mass.get("header").get("units").asText()).isEqualTo("GEV");
        int points = mass.get("values").size();
        assertThat(points).isEqualTo(400);
        assertThat(mass.get("values").get(0).get("value").asDouble()).isEqualTo(1e-3);

        JsonNode dependent = table.get("dependent_variables");
        assertThat(dependent.size()).isGreaterThan(5);
        for (JsonNode column : dependent) {
            assertThat(column.get("header").get("name").asText()).contains("g_X");
            assertThat(column.get("values").size()).isEqualTo(points);
            assertThat(column.get("qualifiers").findValuesAsText("value")).contains("90%", "tau-flavour");
        }
        JsonNode na62 = null;
        for (JsonNode column : dependent) {
            if (column.get("qualifiers").findValuesAsText("value").contains("NA62-2025-KpiX")) {
                na62 = column;
            }
        }
        assertThat(na62).as("NA62 2016-2022 column").isNotNull();
        // K+ -> pi+ X closes at m_K - m_pi: the last mass point has no value ('-', HEPData's marker).
        assertThat(na62.get("values").get(points - 1).get("value").asText()).isEqualTo("-");
        assertThat(na62.get("values").get(0).get("value").asDouble()).isBetween(1e-8, 1e-3);
    }

    @Test
    void anomalyFreeModelSaysWhichSectionsDoNotApply(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("rep");
        assertThat(CliTestSupport.run("report", "--model", "b-minus-l", "--out", out.toString(), "--quiet").exitCode()).isZero();
        String page = Files.readString(out.resolve("index.html"));
        assertThat(page).contains("Does not apply: the mixed anomalies of b-minus-l vanish",
                "Does not apply: b-minus-l is anomaly free with its own fields", "ST contribution");
    }

    @Test
    void chiralModelGetsP2ClassificationAndItsUvCompletion(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("rep");
        assertThat(CliTestSupport.run("report", "--model", "chiral-tau-l-minus-4r", "--out", out.toString(), "--quiet")
                .exitCode()).isZero();
        assertThat(out.resolve("tables/spectra-chiral-tau.csv")).content().contains("4,3,-1,5/4,1/4,this model");
        assertThat(out.resolve("tables/uv-p2-l-minus-4r.csv")).exists();
    }

    @Test
    void rerunReplacesAPreviousReportWhole(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("rep");
        assertThat(CliTestSupport.run("report", "--out", out.toString(), "--quiet").exitCode()).isZero();
        assertThat(out.resolve("tables/spectra.csv")).exists();
        assertThat(CliTestSupport.run("report", "--model", "b-minus-l", "--out", out.toString(), "--quiet").exitCode()).isZero();
        assertThat(out.resolve("tables/spectra.csv")).as("a file only the first report had").doesNotExist();
        assertThat(out.resolve("index.html")).content().contains("b-minus-l");
        try (var siblings = Files.list(dir)) {
            assertThat(siblings).as("no temporary directories left").containsExactly(out);
        }
    }

    @Test
    void unknownModelLeavesThePreviousReportUntouched(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("rep");
        assertThat(CliTestSupport.run("report", "--out", out.toString(), "--quiet").exitCode()).isZero();
        String before = Files.readString(out.resolve("index.html"));
        CliTestSupport result = CliTestSupport.run("report", "--model", "nope", "--out", out.toString(), "--quiet");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--model: model = 'nope'");
        assertThat(Files.readString(out.resolve("index.html"))).isEqualTo(before);
    }

    @Test
    void outPathThatIsAFileIsRejected(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "keep me");
        CliTestSupport result = CliTestSupport.run("report", "--out", file.toString(), "--quiet");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--out", "existing file");
        assertThat(file).content().isEqualTo("keep me");
    }

    @Test
    void unwritableOrMissingParentIsRejected(@TempDir Path dir) throws IOException {
        CliTestSupport missing = CliTestSupport.run("report", "--out", dir.resolve("no/such/dir").toString(), "--quiet");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("parent directory exists");

        Path file = Files.writeString(dir.resolve("a-file"), "keep me");
        CliTestSupport underAFile = CliTestSupport.run("report", "--out", file.resolve("rep").toString(), "--quiet");
        assertThat(underAFile.exitCode()).isEqualTo(2);
        assertThat(underAFile.err()).contains("--out", "parent directory exists").hasLineCount(1);
        assertThat(file).content().isEqualTo("keep me");

        // /proc refuses new directories even to root (a chmod'ed directory would not).
        CliTestSupport proc = CliTestSupport.run("report", "--out", "/proc/anomalon-report", "--quiet");
        assertThat(proc.exitCode()).isEqualTo(2);
        assertThat(proc.err()).startsWith("anomalon: --out: ").contains("/proc").doesNotContain("Exception").hasLineCount(1);
        assertThat(Path.of("/proc/anomalon-report")).doesNotExist();
    }
}
