package org.anomalon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built jar through the README's launcher, {@code bin/anomalon}, as a user runs it (failsafe,
 * after {@code package}): version, a computation, a bad input and a full disk.
 */
class BinAnomalonIT {
    private static final Path LAUNCHER = Path.of("..", "bin", "anomalon").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @Test
    void launcherRunsTheBuiltJar() throws Exception {
        assertThat(Path.of("target", "anomalon.jar")).as("the jar 'package' built").exists();
        Result version = run(null, "--version");
        assertThat(version.exitCode).as(version.err).isZero();
        assertThat(version.out).startsWith("anomalon ");
        assertThat(version.err).as("no rebuild: the jar is up to date").doesNotContain("building");

        Result anomalies = run(null, "anomalies", "--model", "b-minus-l");
        assertThat(anomalies.exitCode).as(anomalies.err).isZero();
        assertThat(anomalies.out).contains("Model: b-minus-l", "Witten");
    }

    @Test
    void badInputIsOneLineAndExitTwo() throws Exception {
        Result result = run(null, "rates", "--mx", "-1", "--gx", "0.01");
        assertThat(result.exitCode).isEqualTo(2);
        assertThat(result.err).startsWith("anomalon: --mx").hasLineCount(1);
        assertThat(result.out).isEmpty();
    }

    @Test
    void fullDiskIsExitFour() throws Exception {
        Result result = run(new File("/dev/full"), "limits", "--format", "csv");
        assertThat(result.exitCode).isEqualTo(4);
        assertThat(result.err).isEqualTo("anomalon: cannot write to standard output: No space left on device\n");
    }

    private record Result(int exitCode, String out, String err) {
    }

    private Result run(File stdout, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(List.of(args));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process process = new ProcessBuilder(command).directory(dir.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(stdout == null ? out.toFile() : stdout).redirectError(err.toFile()).start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("bin/anomalon finishes").isTrue();
        return new Result(process.exitValue(), stdout == null ? Files.readString(out, StandardCharsets.UTF_8) : "",
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
