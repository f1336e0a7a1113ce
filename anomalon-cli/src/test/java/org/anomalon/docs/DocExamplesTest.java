package org.anomalon.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every {@code $ bin/anomalon …} example in README.md and docs/*.md shows what the command really
 * prints (after removing trailing whitespace); examples that write files must exit 0 and leave the
 * files they name. Run with {@code -DdocExamples=update} (script {@code scripts/doc-examples --update})
 * to rewrite every block from the real output instead.
 */
class DocExamplesTest {
    private static final boolean UPDATE = "update".equals(System.getProperty("docExamples"));
    private static final long TIMEOUT_MINUTES = 15;
    /** The subcommand that never returns by itself. */
    private static final String SERVER = "serve";

    @Test
    void everyExampleInTheDocsPrintsWhatTheDocSays() throws Exception {
        Path root = RepositoryTree.root();
        List<DocExample> examples = new ArrayList<>();
        Map<String, List<String>> texts = new TreeMap<>();
        for (Path markdown : markdownFiles(root)) {
            String name = RepositoryTree.relative(markdown);
            List<String> lines = Files.readAllLines(markdown, StandardCharsets.UTF_8);
            texts.put(name, lines);
            examples.addAll(DocExample.parse(name, lines));
        }
        List<String> problems = new ArrayList<>();
        for (DocExample example : examples) {
            for (DocExample.Command command : example.commands()) {
                String program = command.argv().isEmpty() ? "" : command.argv().get(0);
                if (!program.equals(DocExampleRunner.ANOMALON) && !program.equals(DocExampleRunner.LS)) {
                    problems.add(example.file() + ":" + command.line() + ": write '$ bin/anomalon …' (or '$ ls DIR'): "
                            + command.text());
                } else if (command.argv().size() > 1 && command.argv().get(1).equals(SERVER)) {
                    problems.add(example.file() + ":" + command.line() + ": 'serve' runs until stopped; show it"
                            + " without the '$' prompt: " + command.text());
                }
            }
        }
        assertThat(problems).as("commands the checker cannot run").isEmpty();
        assertThat(examples).as("examples found in README.md and docs/").hasSizeGreaterThan(20);

        List<List<DocExampleRunner.Outcome>> outcomes = run(root, examples);
        Map<String, List<Replacement>> rewrites = new TreeMap<>();
        for (int b = 0; b < examples.size(); b++) {
            DocExample example = examples.get(b);
            for (int c = 0; c < example.commands().size(); c++) {
                DocExample.Command command = example.commands().get(c);
                DocExampleRunner.Outcome outcome = outcomes.get(b).get(c);
                String where = example.file() + ":" + command.line() + ": $ " + command.text();
                if (!outcome.missingFiles().isEmpty()) {
                    problems.add(where + "\n    wrote no " + outcome.missingFiles());
                }
                List<String> actual = Excerpt.lines(outcome.output());
                Excerpt shown = Excerpt.of(command.expected());
                if (shown.matches(actual)) {
                    continue;
                }
                Optional<List<String>> rewritten = shown.rewrittenFrom(actual);
                if (UPDATE && rewritten.isPresent()) {
                    rewrites.computeIfAbsent(example.file(), file -> new ArrayList<>())
                            .add(new Replacement(command.line(), command.expected().size(), rewritten.get()));
                } else {
                    problems.add(where + "\n    " + shown.difference(actual)
                            + (rewritten.isPresent() ? "" : "\n    (excerpt: a run's first line is no longer printed; edit by hand)"));
                }
            }
        }
        for (Map.Entry<String, List<Replacement>> file : rewrites.entrySet()) {
            rewrite(root.resolve(file.getKey()), texts.get(file.getKey()), file.getValue());
        }
        assertThat(problems)
                .as("doc examples that differ from the real output; refresh them with scripts/doc-examples --update")
                .isEmpty();
    }

    @Test
    void commandsAreSplitAsTheShellSplitsThem() {
        assertThat(DocExample.tokenize("bin/anomalon rates --channel 'B+->K+X' --charges \"B=1, Ltau=-1\" a\\ b"))
                .containsExactly("bin/anomalon", "rates", "--channel", "B+->K+X", "--charges", "B=1, Ltau=-1", "a b");
        assertThat(DocExample.tokenize("bin/anomalon fit --data 'it''s'")).containsExactly("bin/anomalon", "fit", "--data", "its");
    }

    @Test
    void aBlockIsAnExampleOnlyWhenItStartsWithAPrompt() {
        List<DocExample> examples = DocExample.parse("x.md", List.of(
                "```", "anomalon rates", "```",
                "```", "$ bin/anomalon models", "a", "b", "$ ls out", "c  d", "```"));
        assertThat(examples).hasSize(1);
        assertThat(examples.get(0).commands()).extracting(DocExample.Command::line).containsExactly(5, 8);
        assertThat(examples.get(0).commands().get(0).expected()).containsExactly("a", "b");
        assertThat(examples.get(0).commands().get(1).argv()).containsExactly("ls", "out");
    }

    @Test
    void excerptsMatchRunsInOrderAndAreRewrittenFromTheirFirstLine() {
        List<String> output = List.of("head", "x", "key : 1", "y", "tail");
        assertThat(Excerpt.of(List.of("head", "x", "key : 1", "y", "tail")).matches(output)).isTrue();
        assertThat(Excerpt.of(List.of("head", "x", "key : 1", "y")).matches(output)).isFalse();
        assertThat(Excerpt.of(List.of("head", "...", "tail")).matches(output)).isTrue();
        assertThat(Excerpt.of(List.of("...", "key : 1", "...")).matches(output)).isTrue();
        assertThat(Excerpt.of(List.of("...", "y", "key : 1", "...")).matches(output)).isFalse();
        assertThat(Excerpt.of(List.of("...", "tail ")).matches(output)).isTrue();
        assertThat(Excerpt.of(List.of("...", "x")).matches(output)).isFalse();

        List<String> newOutput = List.of("head", "x", "new", "key : 2", "y", "tail");
        assertThat(Excerpt.of(List.of("  ...", "x", "key : 1", "  ...")).rewrittenFrom(newOutput))
                .contains(List.of("  ...", "x", "new", "  ..."));
        assertThat(Excerpt.of(List.of("head", "...", "y", "tail")).rewrittenFrom(newOutput))
                .contains(List.of("head", "...", "y", "tail"));
        assertThat(Excerpt.of(List.of("...", "gone", "..."))).extracting(excerpt -> excerpt.rewrittenFrom(newOutput))
                .isEqualTo(Optional.empty());
        assertThat(Excerpt.of(List.of("old")).rewrittenFrom(newOutput)).contains(newOutput);
    }

    private static List<Path> markdownFiles(Path root) throws IOException {
        List<Path> files = new ArrayList<>(List.of(root.resolve("README.md")));
        try (Stream<Path> docs = Files.walk(root.resolve("docs"))) {
            docs.filter(path -> path.toString().endsWith(".md")).sorted().forEach(files::add);
        }
        return files;
    }

    /** Runs every example in one child JVM (see {@link DocExampleRunner}) in a scratch directory. */
    private static List<List<DocExampleRunner.Outcome>> run(Path root, List<DocExample> examples) throws Exception {
        Path scratch = Files.createTempDirectory("anomalon-doc-examples");
        try {
            Path work = Files.createDirectory(scratch.resolve("work"));
            copyTree(root.resolve("docs"), work.resolve("docs"));
            ObjectMapper json = new ObjectMapper();
            Path spec = scratch.resolve("spec.json");
            Path result = scratch.resolve("result.json");
            json.writeValue(spec.toFile(), examples.stream()
                    .map(example -> example.commands().stream().map(DocExample.Command::argv).toList()).toList());
            Path log = scratch.resolve("runner.log");
            Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                    DocExampleRunner.class.getName(), spec.toString(), result.toString())
                    .directory(work.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("doc examples did not finish in " + TIMEOUT_MINUTES + " minutes");
            }
            assertThat(process.exitValue()).as(Files.readString(log)).isZero();
            return json.readValue(result.toFile(), new TypeReference<>() { });
        } finally {
            DocExampleRunner.deleteTree(scratch);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path path : walk.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }

    /**
     * What replaces the lines a doc shows for one command.
     *
     * @param from  0-based index of the first shown line (= the 1-based line number of the '$' line)
     * @param count how many lines the doc shows
     * @param lines the new lines
     */
    private record Replacement(int from, int count, List<String> lines) {
    }

    private static void rewrite(Path file, List<String> lines, List<Replacement> replacements) throws IOException {
        List<String> text = new ArrayList<>(lines);
        List<Replacement> bottomUp = new ArrayList<>(replacements);
        bottomUp.sort((a, b) -> Integer.compare(b.from(), a.from()));
        for (Replacement replacement : bottomUp) {
            List<String> region = text.subList(replacement.from(), replacement.from() + replacement.count());
            region.clear();
            region.addAll(replacement.lines());
        }
        Files.writeString(file, String.join("\n", text) + "\n", StandardCharsets.UTF_8);
    }
}
