package org.anomalon.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.anomalon.cli.CliProcess;
import org.anomalon.cli.CliTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code report --out} never destroys what anomalon did not write, cleans up after interruptions
 * and writes the same bytes twice (issue: data loss, faults, reproducibility).
 */
class ReportSafetyTest {

    @Test
    void folderOfTheUsersFilesIsRefusedAndKept(@TempDir Path dir) throws IOException {
        Path thesis = Files.createDirectories(dir.resolve("thesis/data"));
        Files.writeString(dir.resolve("thesis/chapter1.tex"), "\\chapter{One}");
        Files.writeString(thesis.resolve("run1.csv"), "1,2");
        CliTestSupport result = CliTestSupport.run("report", "--out", dir.resolve("thesis").toString(), "--quiet");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--out", "thesis", "chapter1.tex", "data/run1.csv", "did not write")
                .doesNotContain("Exception").hasLineCount(1);
        assertThat(dir.resolve("thesis/chapter1.tex")).content().isEqualTo("\\chapter{One}");
        assertThat(thesis.resolve("run1.csv")).content().isEqualTo("1,2");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void folderHoldingTheModelFileIsRefusedAndKept(@TempDir Path dir) throws IOException {
        Path models = Files.createDirectory(dir.resolve("models"));
        Path model = Files.writeString(models.resolve("my.yaml"), "name: my\ncharges: {B: 1/3, Ltau: -1}\n");
        CliTestSupport result = CliTestSupport.run("report", "--model", model.toString(), "--out", models.toString(), "--quiet");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("my.yaml", "--out");
        assertThat(model).content().startsWith("name: my");
    }

    @Test
    void fileAddedToAPreviousReportIsNotDeleted(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("rep");
        assertThat(CliTestSupport.run("report", "--model", "b-minus-l", "--out", out.toString(), "--quiet").exitCode()).isZero();
        assertThat(out.resolve(AtomicDirectory.MARKER)).content().contains("index.html", "figures/limits.pdf", "tables/anomalies.tex");
        Files.writeString(out.resolve("notes.txt"), "my notes");
        CliTestSupport result = CliTestSupport.run("report", "--model", "b-minus-l", "--out", out.toString(), "--quiet");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("notes.txt");
        assertThat(out.resolve("notes.txt")).content().isEqualTo("my notes");
        assertThat(out.resolve("index.html")).exists();
    }

    @Test
    void currentDirectoryItsAncestorsTheEmptyNameAndHomeAreRefused(@TempDir Path dir) throws IOException {
        Path work = Files.createDirectories(dir.resolve("home/project"));
        Path home = work.getParent();
        Files.writeString(work.resolve("chapter1.tex"), "keep");
        Files.writeString(home.resolve(".profile"), "keep");
        List<String> homeIsHere = List.of("-Duser.home=" + home);
        for (String out : List.of(".", "..", "", "./", work.toString(), home.toString(), "/", "../project/..")) {
            CliTestSupport result = CliProcess.withJvmOptions(work, dir, homeIsHere, "report", "--quiet", "--out", out).run();
            assertThat(result.exitCode()).as("--out '%s': %s", out, result.err()).isEqualTo(2);
            assertThat(result.err()).as(out).startsWith("anomalon: --out: output directory").hasLineCount(1);
        }
        Path sibling = Files.createDirectories(dir.resolve("elsewhere"));
        CliTestSupport homeRefused = CliProcess.withJvmOptions(sibling, dir, homeIsHere, "report", "--quiet", "--out",
                home.toString()).run();
        assertThat(homeRefused.exitCode()).isEqualTo(2);
        assertThat(homeRefused.err()).contains("home directory");
        assertThat(work.resolve("chapter1.tex")).content().isEqualTo("keep");
        assertThat(home.resolve(".profile")).content().isEqualTo("keep");
        try (Stream<Path> files = Files.list(work)) {
            assertThat(files).containsExactly(work.resolve("chapter1.tex"));
        }
    }

    @Test
    void sigtermWhileWritingLeavesNoTemporaryDirectory(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("rep");
        Process process = CliProcess.in(dir, Files.createDirectory(dir.resolve("logs")), "report", "--quiet", "--out",
                out.toString()).start();
        awaitStagingDirectory(dir, process);
        process.destroy(); // SIGTERM
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isNotZero();
        assertThat(temporaries(dir)).as("temporary directories after SIGTERM").isEmpty();
        assertThat(out).doesNotExist();
    }

    @Test
    void nextRunRemovesWhatAKilledRunLeft(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("rep");
        assertThat(CliTestSupport.run("report", "--model", "b-minus-l", "--out", out.toString(), "--quiet").exitCode()).isZero();
        Process process = CliProcess.in(dir, Files.createDirectory(dir.resolve("logs")), "report", "--quiet", "--out",
                out.toString()).start();
        awaitStagingDirectory(dir, process);
        process.destroyForcibly(); // SIGKILL: no hook runs
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(temporaries(dir)).as("what SIGKILL leaves").isNotEmpty();
        assertThat(out.resolve("index.html")).as("the previous report survives").content().contains("b-minus-l");

        assertThat(CliTestSupport.run("report", "--out", out.toString(), "--quiet").exitCode()).isZero();
        assertThat(temporaries(dir)).as("after the next run").isEmpty();
        assertThat(out.resolve("index.html")).content().contains("tau-flavour");
    }

    @Test
    void twoRunsWriteByteIdenticalReports(@TempDir Path dir) throws IOException {
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");
        assertThat(CliTestSupport.run("report", "--out", first.toString(), "--quiet").exitCode()).isZero();
        // The second run in a fresh JVM: hash order and start-up time differ.
        CliTestSupport other = CliProcess.in(dir, dir, "report", "--quiet", "--out", second.toString()).run();
        assertThat(other.exitCode()).as(other.err()).isZero();
        Map<String, byte[]> a = contents(first);
        Map<String, byte[]> b = contents(second);
        assertThat(b.keySet()).isEqualTo(a.keySet());
        assertThat(a).containsKeys("index.html", "references.bib", "figures/limits.pdf", "figures/limits.svg");
        a.forEach((name, bytes) -> assertThat(java.util.Arrays.equals(bytes, b.get(name)))
                .as("%s, first difference: %s", name, firstDifference(bytes, b.get(name))).isTrue());
        assertThat(new String(a.get("figures/limits.pdf"), java.nio.charset.StandardCharsets.ISO_8859_1))
                .contains("/CreationDate (D:19700101000000");
    }

    private static void awaitStagingDirectory(Path dir, Process process) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (temporaries(dir).isEmpty()) {
            assertThat(process.isAlive()).as("the report is still running").isTrue();
            assertThat(System.nanoTime()).as("a staging directory appears").isLessThan(deadline);
            Thread.sleep(10);
        }
        Thread.sleep(300); // in the middle of writing files
    }

    private static List<Path> temporaries(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(p -> p.getFileName().toString().startsWith(".rep.")).toList();
        }
    }

    private static String firstDifference(byte[] a, byte[] b) {
        int i = 0;
        while (i < Math.min(a.length, b.length) && a[i] == b[i]) {
            i++;
        }
        return "at byte " + i + ": '" + excerpt(a, i) + "' vs '" + excerpt(b, i) + "'";
    }

    private static String excerpt(byte[] bytes, int at) {
        int from = Math.max(0, at - 60);
        return new String(bytes, from, Math.min(bytes.length, at + 60) - from, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private static Map<String, byte[]> contents(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }
}
