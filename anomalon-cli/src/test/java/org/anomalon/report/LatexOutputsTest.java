package org.anomalon.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.anomalon.cli.CliTestSupport;
import org.anomalon.data.Reference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every .tex anomalon writes compiles with pdflatex (loading only booktabs and amsmath, as a paper
 * would), and references.bib goes through BibTeX without a warning. CI installs TeX Live
 * (.ci/run); there the tools must be present, elsewhere the test is skipped when they are not.
 */
class LatexOutputsTest {
    private static final List<String> MODELS = List.of("tau-flavour", "b-minus-l", "chiral-tau-l-minus-4r", "p0-2dl-m1");

    @TempDir
    static Path dir;

    @BeforeAll
    static void toolsArePresent() {
        boolean present = onPath("pdflatex") && onPath("bibtex");
        if (System.getenv("CI") != null) {
            assertThat(present).as("pdflatex and bibtex (installed by .ci/run: texlive-latex-base, texlive-latex-recommended)")
                    .isTrue();
        }
        assumeTrue(present, "pdflatex/bibtex not installed");
    }

    @Test
    void everyReportTableCompiles() throws Exception {
        for (String model : MODELS) {
            Path out = dir.resolve("report-" + model);
            CliTestSupport result = CliTestSupport.run("report", "--model", model, "--out", out.toString(), "--quiet");
            assertThat(result.exitCode()).as(result.err()).isZero();
            List<Path> tables;
            try (Stream<Path> files = Files.list(out.resolve("tables"))) {
                tables = files.filter(f -> f.toString().endsWith(".tex")).sorted().toList();
            }
            assertThat(tables).isNotEmpty();
            for (Path table : tables) {
                assertCompiles(Files.readString(table), model + "/" + table.getFileName());
            }
        }
    }

    @Test
    void spectraLatexCompiles() throws Exception {
        List<String[]> requests = List.of(new String[] {"--alpha-bl", "1/3", "--npsi", "3"},
                new String[] {"--alpha-bl", "1/3", "--npsi", "4", "--coloured"}, new String[] {"--chiral-tau"});
        for (String[] request : requests) {
            List<String> args = new ArrayList<>(List.of("spectra", "--format", "latex"));
            args.addAll(List.of(request));
            CliTestSupport result = CliTestSupport.run(args.toArray(String[]::new));
            assertThat(result.exitCode()).as(result.err()).isZero();
            assertCompiles(result.out(), String.join(" ", args));
        }
    }

    @Test
    void bibtexRunsWithoutWarningsAndEveryEntrySaysWhoWhatWhenWhere() throws Exception {
        for (String model : MODELS) {
            Path out = dir.resolve("bib-" + model);
            assertThat(CliTestSupport.run("report", "--model", model, "--out", out.toString(), "--quiet").exitCode()).isZero();
            String bib = Files.readString(out.resolve("references.bib"));
            Path work = Files.createDirectories(dir.resolve("bibtex-" + model));
            Files.writeString(work.resolve("references.bib"), bib);
            Files.writeString(work.resolve("doc.tex"), "\\documentclass{article}\\begin{document}\\nocite{*}"
                    + "\\bibliographystyle{plain}\\bibliography{references}\\end{document}\n");
            assertThat(run(work, "pdflatex", "-interaction=nonstopmode", "-halt-on-error", "doc.tex").exitCode).isZero();
            Run bibtex = run(work, "bibtex", "doc");
            assertThat(bibtex.exitCode).as(bibtex.output).isZero();
            assertThat(bibtex.output).as(model).doesNotContainIgnoringCase("warning");
            assertThat(run(work, "pdflatex", "-interaction=nonstopmode", "-halt-on-error", "doc.tex").exitCode).isZero();
            for (String entry : bib.split("\n(?=@)")) {
                String key = entry.substring(entry.indexOf('{') + 1, entry.indexOf(','));
                assertThat(entry).as(key).contains("author = ", "year = ");
                assertThat(entry.contains("title = ") || entry.contains(Reference.TITLE_NOT_RECORDED)).as(key).isTrue();
                assertThat(entry.contains("journal = ") || entry.contains("eprint = ") || entry.contains("howpublished = ")
                        || entry.contains("not printed in the sources")).as(key).isTrue();
            }
        }
    }

    private static void assertCompiles(String tex, String what) throws Exception {
        Path work = Files.createTempDirectory(dir, "tex");
        Files.writeString(work.resolve("table.tex"), tex);
        Files.writeString(work.resolve("doc.tex"), "\\documentclass{article}\n\\usepackage{booktabs}\n\\usepackage{amsmath}\n"
                + "\\begin{document}\n\\input{table.tex}\n\\end{document}\n");
        Run pdflatex = run(work, "pdflatex", "-interaction=nonstopmode", "-halt-on-error", "doc.tex");
        assertThat(pdflatex.exitCode).as("%s:%n%s", what, errorLines(pdflatex.output)).isZero();
        assertThat(work.resolve("doc.pdf")).as(what).exists();
        String log = Files.readString(work.resolve("doc.log"), StandardCharsets.ISO_8859_1);
        assertThat(log).as(what).doesNotContain("Missing character");
    }

    private static String errorLines(String output) {
        Matcher error = Pattern.compile("(?m)^!.*(\\n.*){0,3}").matcher(output);
        return error.find() ? error.group() : output;
    }

    private record Run(int exitCode, String output) {
    }

    private static Run run(Path directory, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
        process.getOutputStream().close();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }

    private static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        return path != null && Stream.of(path.split(":")).anyMatch(d -> Files.isExecutable(Path.of(d, tool)));
    }
}
