package org.anomalon.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.anomalon.model.Model;
import org.anomalon.model.Rationals;
import org.anomalon.study.ModelStudy;

/**
 * The whole study of one model, written as a report directory (see {@link ReportWriter}). Each
 * capability contributes one {@link ReportSection}; a section that does not apply to the model
 * says why.
 */
public final class Report {
    private static final List<ReportSection> SECTIONS = List.of(new AnomaliesSection(), new SpectraSection(), new RatesSection(), new LimitsSection(), new FitSection(),
            new UvSection());

    private Report() {
    }

    /** Number of progress steps {@link #write} reports. */
    public static int steps() {
        return 2 * SECTIONS.size();
    }

    /**
     * Computes every section for {@code model} and replaces {@code out} with the report.
     *
     * @param option the flag that named {@code out}, for error messages
     */
    public static void write(ModelStudy study, Path out, String option, Progress progress) {
        Model model = study.model();
        ReportContext context = ReportContext.of(study);
        List<Section> sections = new ArrayList<>();
        for (ReportSection section : SECTIONS) {
            progress.start("computing " + section.getClass().getSimpleName().replace("Section", ""));
            sections.add(section.build(context));
            progress.done();
        }
        AtomicDirectory.replace(out, option, directory -> ReportWriter.write(directory,
                "anomalon report: " + model.name(), preamble(context), sections, progress));
    }

    /** What to look at first: anomaly status, the fit verdict and the benchmark. */
    private static String summary(ReportContext context) {
        StringBuilder summary = new StringBuilder("<p class=\"summary\"><b>In short.</b> ");
        summary.append(context.anomalies().anomalyFree()
                ? "The current is anomaly free as given. "
                : "The SM fields leave mixed anomalies (A<sub>XWW</sub> = " + Rationals.format(context.anomalies().traceXWW())
                + ", A<sub>XYY</sub> = " + Rationals.format(context.anomalies().traceXYY())
                + "): heavy anomalons are needed and leave Wess–Zumino couplings. ");
        summary.append(context.excessFit().fit().map(run -> String.format(Locale.ROOT,
                "It fits the Belle II B → K E<sub>miss</sub> excess at m<sub>X</sub> = 2.1 GeV with g<sub>X</sub> = %.4f, "
                        + "%.1fσ above the SM (Fit). ", run.report().best().couplingX(), run.report().best().significanceSigma()))
                .orElse("It cannot explain the Belle II B → K E<sub>miss</sub> excess (Fit). "));
        return summary.append("Start with the Limits figure: where in (m<sub>X</sub>, g<sub>X</sub>) the model is excluded.</p>\n")
                .toString();
    }

    /** Number of figures in a written report (each is in figures/ as PDF, SVG and PNG). */
    public static int figureCount(Path reportDirectory) throws java.io.IOException {
        try (var files = java.nio.file.Files.list(reportDirectory.resolve("figures"))) {
            return (int) files.filter(f -> f.toString().endsWith(".png")).count();
        }
    }

    private static String preamble(ReportContext context) {
        Model model = context.model();
        return summary(context) + "<p><b>Model</b> <code>" + Html.escape(model.name()) + "</code>: " + Html.escape(model.description())
                + (model.reference().isEmpty() ? "" : " <span class=\"source\">Source: " + Html.escape(model.reference()) + "</span>")
                + "</p>\n<p><b>Inputs</b>: electroweak scheme <code>" + Html.escape(context.inputs().ewScheme().label())
                + "</code>; masses, widths and CKM as listed by <code>anomalon rates --list-inputs</code>. <b>Benchmark</b>: m<sub>X</sub> = "
                + context.massLabel() + " GeV, g<sub>X</sub> = " + context.couplingLabel() + " ("
                + Html.escape(context.benchmark().source()) + ").</p>";
    }
}
