package org.anomalon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A failed write to standard output or to a file is an error (exit 4, one line), never a silent truncation. */
class CheckedOutputTest {

    @Test
    void fullDiskAsStandardOutputFailsWithOneLine(@TempDir Path dir) {
        for (String format : new String[] {"csv", "json"}) {
            CliTestSupport result = CliProcess.in(dir, dir, "limits", "--format", format).stdoutTo(new File("/dev/full")).run();
            assertThat(result.exitCode()).as(format).isEqualTo(AnomalonCommand.EXIT_OUTPUT);
            assertThat(result.err()).as(format).isEqualTo("anomalon: cannot write to standard output: No space left on device\n");
        }
    }

    @Test
    void writerThatFailsMidwayTurnsSuccessIntoExitFour() {
        Writer failing = new Writer() {
            private int written;

            @Override
            public void write(char[] buffer, int offset, int length) throws IOException {
                written += length;
                if (written > 100) {
                    throw new IOException("short write");
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        StringWriter err = new StringWriter();
        CommandLine commandLine = AnomalonCommand.commandLine();
        commandLine.setOut(new PrintWriter(failing, true));
        commandLine.setErr(new PrintWriter(err, true));
        assertThat(commandLine.execute("anomalies")).isEqualTo(AnomalonCommand.EXIT_OUTPUT);
        assertThat(err.toString()).startsWith("anomalon: cannot write to standard output").hasLineCount(1);
    }

    @Test
    void plotThatCannotBeWrittenIsAnOutputError(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-directory"), "x");
        CliTestSupport result = CliTestSupport.run("limits", "--points", "5", "--plot", file.resolve("fig.pdf").toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--plot").hasLineCount(1);
    }
}
