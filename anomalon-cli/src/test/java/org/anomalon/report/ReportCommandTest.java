package org.anomalon.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
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
        assertThat(out.resolve("references.bib")).content().contains("@article{DiLuzio:2025qkc", "2603.04394");
    }

    @Test
    void rerunReplacesTheDirectoryWhole(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("rep");
        assertThat(CliTestSupport.run("report", "--out", out.toString(), "--quiet").exitCode()).isZero();
        Files.writeString(out.resolve("stale.txt"), "from an older run");
        assertThat(CliTestSupport.run("report", "--model", "b-minus-l", "--out", out.toString(), "--quiet").exitCode()).isZero();
        assertThat(out.resolve("stale.txt")).doesNotExist();
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

        Path locked = Files.createDirectory(dir.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            // root can write anywhere; the check is meaningful only for ordinary users.
            if (!Files.isWritable(locked)) {
                CliTestSupport result = CliTestSupport.run("report", "--out", locked.resolve("rep").toString(), "--quiet");
                assertThat(result.exitCode()).isEqualTo(2);
                assertThat(result.err()).contains("writable");
            }
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
