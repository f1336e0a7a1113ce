package org.anomalon.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.anomalon.model.Model;
import org.anomalon.report.Progress;
import org.anomalon.report.Report;
import org.anomalon.study.ModelStudy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code anomalon report}: the whole study of a model as a self-contained HTML page plus files. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write the whole study of a model (anomalies, spectra, rates, limits, fit, UV) to a directory: "
                + "index.html, figures/, tables/, limits.yaml, references.bib.")
final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ModelOptions modelOptions;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "anomalon-report",
            description = "Output directory (default: ${DEFAULT-VALUE}): created, or replaced whole if it is a previous "
                    + "anomalon report (marked by its file .anomalon-report); any other non-empty directory is refused.")
    Path out;

    @Option(names = "--quiet", description = "No progress display on stderr.")
    boolean quiet;

    @Override
    public Integer call() {
        Model model = modelOptions.resolve();
        Report.write(ModelStudy.of(model), out, "--out", Progress.onTerminal(quiet, Report.steps()));
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println("Report for " + model.name() + " written to " + out.resolve("index.html"));
        stdout.flush();
        return 0;
    }
}
