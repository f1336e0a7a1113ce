package org.anomalon.cli;

import static org.assertj.core.api.Assertions.assertThat;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.anomalon.format.Json;
import picocli.CommandLine;

/** Runs the command line in-process and captures what it prints. */
public record CliTestSupport(int exitCode, String out, String err) {

    public static CliTestSupport run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = AnomalonCommand.commandLine(args); // as main builds it
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new CliTestSupport(exitCode, out.toString(), err.toString());
    }

    /** Runs {@code command --format json args...}, requires exit code 0 and parses the one JSON object. */
    public static JsonNode json(String command, String... args) {
        List<String> all = new ArrayList<>(List.of(command, "--format", "json"));
        all.addAll(List.of(args));
        CliTestSupport result = run(all.toArray(String[]::new));
        assertThat(result.exitCode()).as(result.err()).isZero();
        return Json.read(result.out());
    }
}
