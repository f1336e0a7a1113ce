package org.anomalon.docs;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.anomalon.cli.AnomalonCommand;
import picocli.CommandLine;

/**
 * Runs the commands of the doc examples the way a user types them, in a JVM whose working directory
 * is a scratch directory holding a copy of {@code docs/} (so {@code --model docs/examples/…} reads
 * and {@code --plot fig.png} writes as in the repository, without touching it). Each block starts in
 * an emptied directory (the copy of docs kept); the commands of one block share it.
 *
 * <p>{@code bin/anomalon ARGS} runs {@link AnomalonCommand#commandLine()} in-process: what it prints
 * on standard output, then standard error. {@code ls DIR} prints the non-hidden entries of DIR,
 * sorted, on one line separated by two spaces (as ls does on a wide terminal).
 *
 * <p>Arguments: the spec file (JSON: blocks of argv lists) and the result file (JSON: per command
 * exit code, output and the output files it names that are missing).
 */
public final class DocExampleRunner {
    static final String ANOMALON = "bin/anomalon";
    static final String LS = "ls";
    /** Options whose value is a file or directory the command writes. */
    static final Set<String> OUTPUT_OPTIONS = Set.of("--plot", "--out");
    private static final String KEPT = "docs";

    /** What one command did. */
    public record Outcome(int exit, String output, List<String> missingFiles) {
    }

    private DocExampleRunner() {
    }

    public static void main(String[] args) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<List<List<String>>> blocks = json.readValue(Path.of(args[0]).toFile(), new TypeReference<>() { });
        Path here = Path.of("").toAbsolutePath();
        List<List<Outcome>> outcomes = new ArrayList<>();
        for (List<List<String>> block : blocks) {
            emptyExceptDocs(here);
            List<Outcome> results = new ArrayList<>();
            for (List<String> argv : block) {
                results.add(run(here, argv));
            }
            outcomes.add(results);
        }
        json.writeValue(Path.of(args[1]).toFile(), outcomes);
    }

    private static Outcome run(Path here, List<String> argv) throws IOException {
        List<String> args = argv.subList(1, argv.size());
        if (argv.get(0).equals(LS)) {
            StringBuilder listing = new StringBuilder();
            for (String dir : args) {
                try (Stream<Path> entries = Files.list(here.resolve(dir))) {
                    listing.append(String.join("  ", entries.map(path -> path.getFileName().toString())
                            .filter(name -> !name.startsWith(".")).sorted().toList())).append('\n');
                }
            }
            return new Outcome(0, listing.toString(), List.of());
        }
        if (!argv.get(0).equals(ANOMALON)) {
            throw new IllegalArgumentException("not a doc example command: " + argv);
        }
        int exit;
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ByteArrayOutputStream rawOut = new ByteArrayOutputStream();
        ByteArrayOutputStream rawErr = new ByteArrayOutputStream();
        PrintStream systemOut = System.out;
        PrintStream systemErr = System.err;
        try {
            System.setOut(new PrintStream(rawOut, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(rawErr, true, StandardCharsets.UTF_8));
            CommandLine commandLine = AnomalonCommand.commandLine();
            commandLine.setOut(new PrintWriter(out, true));
            commandLine.setErr(new PrintWriter(err, true));
            exit = commandLine.execute(args.toArray(String[]::new));
        } finally {
            System.setOut(systemOut);
            System.setErr(systemErr);
        }
        String output = out + rawOut.toString(StandardCharsets.UTF_8) + err + rawErr.toString(StandardCharsets.UTF_8);
        return new Outcome(exit, output, exit == 0 ? missingOutputs(here, args) : List.of());
    }

    /** The values of {@link #OUTPUT_OPTIONS} that name nothing after the command ran. */
    private static List<String> missingOutputs(Path here, List<String> args) {
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String value = null;
            int equals = arg.indexOf('=');
            if (equals > 0 && OUTPUT_OPTIONS.contains(arg.substring(0, equals))) {
                value = arg.substring(equals + 1);
            } else if (OUTPUT_OPTIONS.contains(arg) && i + 1 < args.size()) {
                value = args.get(++i);
            }
            if (value != null && !Files.exists(here.resolve(value))) {
                missing.add(value);
            }
        }
        return missing;
    }

    private static void emptyExceptDocs(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path entry : entries.filter(path -> !path.getFileName().toString().equals(KEPT)).toList()) {
                deleteTree(entry);
            }
        }
    }

    static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
