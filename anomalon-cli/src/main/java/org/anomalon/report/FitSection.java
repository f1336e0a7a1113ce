package org.anomalon.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.anomalon.fit.BestFit;
import org.anomalon.fit.ModelFitReport;
import org.anomalon.fit.Prediction;
import org.anomalon.plot.FitFigures;
import org.anomalon.plot.PlotFiles;
import org.anomalon.study.FitOutcome;
import org.anomalon.study.FitResult;
import org.anomalon.study.PlaneResult;

/**
 * The fit to the Belle II B → K E_miss excess (P0 Sec. 3.2.5, Fig. 2): best g_X, preference over
 * the SM with and without Z → γX, predictions, the χ² profile and the plane of anomaly traces.
 */
final class FitSection implements ReportSection {
    private static final String TITLE = "Fit";

    @Override
    public Section build(ReportContext context) {
        FitOutcome excess = context.excessFit();
        if (excess.fit().isEmpty()) {
            return Section.notApplicable(TITLE, excess.reason());
        }
        FitResult run = excess.fit().get();
        ModelFitReport report = run.report();
        PlaneResult plane = context.study().plane();
        List<ReportFigure> figures = List.of(
                new ReportFigure("fit-profile", "Preference over the SM versus g_X at m_X = 2.1 GeV, with (solid) and without "
                        + "(dashed) Z -> gamma X, as P0 Fig. 2 (right)", file -> PlotFiles.write(
                        FitFigures.profile(run), file, "--out")),
                new ReportFigure("fit-plane", "Delta chi^2 regions (1, 2, 3 sigma, 2 d.o.f.) in the plane (g_X A_XWW, g_X A_XYY) "
                        + "for the combined fit and for Z -> gamma X alone, with model lines and best-fit points, as P0 Fig. 2 (left)",
                        file -> PlotFiles.write(FitFigures.plane(plane), file, "--out")));
        BestFit best = report.best();
        String likelihood = run.workspace().isPresent()
                ? String.format(Locale.ROOT, "Belle II's own B<sup>+</sup> → K<sup>+</sup>νν̄ likelihood (pyhf workspace of "
                        + "arXiv:2311.14647, 231 nuisance parameters profiled) for B<sup>+</sup> → K<sup>+</sup>X at m<sub>X</sub> = %s GeV, "
                        + "with the L3 bound on B(Z → γX) (P0 eq. 3.15)", format(report.massX_GeV()))
                : String.format(Locale.ROOT, "the χ² of P0 Sec. 3.2.5 at m<sub>X</sub> = %s GeV: Belle II |g<sub>S</sub>| = "
                        + "(1.6 ± 0.2)·10⁻⁸ and |g<sub>P</sub>| &lt; 2.5·10⁻⁸ (90%% CL) (P0 eqs. 3.26-3.27) and the L3 bound on "
                        + "B(Z → γX) (P0 eq. 3.15)", format(report.massX_GeV()));
        String tension = run.tensions().isEmpty() ? "No limit of any database excludes the best fit or its 1σ interval."
                : "Limits in tension (this model at m<sub>X</sub>; anomalon's database at 90% CL, the recast databases at each "
                        + "search's CL): " + String.join("; ", run.tensions().stream()
                        .map(t -> Html.escape(t.entry().id() + (t.excludesBestFit() ? " excludes the best fit" : " excludes part of the 1 sigma interval")
                                + (t.sameData() ? " (same data)" : ""))).toList())
                        + (run.bestFitExcluded() ? ". <b>A search excludes the best fit.</b>" : ".");
        String html = String.format(Locale.ROOT,
                "<p>Likelihood: %s, predictions times B(X → invisible) = %.3f. Best fit g<sub>X</sub> = %.4f "
                        + "(1σ: %.4f-%.4f; theory band %.4f-%.4f from the top-mass scheme, the EW scheme and the form factor), "
                        + "Δχ²<sub>SM</sub> = %.2f, <b>%.2fσ preference over the SM</b>. %s "
                        + "P0 prints g<sub>X</sub> ≈ 0.018 and 4.3σ for τ flavour with its Gaussian construction; docs/fit.md "
                        + "reproduces it and explains the difference.</p>",
                likelihood, run.invisibleFraction(), best.couplingX(), best.interval1Sigma().lower(),
                best.interval1Sigma().upper(), run.theoryBand().interval().lower(), run.theoryBand().interval().upper(),
                best.deltaChiSquaredSM(), best.significanceSigma(), tension);
        return new Section(TITLE, true, html, List.of(fitTable(report), predictionTable(report)), figures,
                Set.of(References.P0, References.P2, "Belle-II:2023esi", "L3:1997exg"));
    }

    private static Table fitTable(ModelFitReport report) {
        List<List<Cell>> rows = new ArrayList<>();
        for (BestFit fit : List.of(report.best(), report.alternative())) {
            boolean withZ = fit == report.best() ? report.includesZ() : !report.includesZ();
            rows.add(List.of(Cell.text(withZ ? "B -> K(*)X and Z -> gamma X" : "B -> K(*)X only"),
                    Cell.number(fit.couplingX(), "%.5f", "-"),
                    Cell.range(fit.interval1Sigma().lower(), fit.interval1Sigma().upper(), "%.5f"),
                    Cell.number(fit.deltaChiSquaredSM(), "%.3f", "-"), Cell.number(fit.significanceSigma(), "%.2f", "-")));
        }
        return new Table("fit", "Best fit of g_X and preference over the SM (1 d.o.f.)",
                List.of("data", "best g_X", "1 sigma", "Delta chi2 (SM)", "sigma"), rows, "P0 Sec. 3.2.5 (docs/fit.md)");
    }

    private static Table predictionTable(ModelFitReport report) {
        List<List<Cell>> rows = new ArrayList<>();
        for (Prediction p : Stream.concat(report.predictions().stream(), Stream.of(report.anomalonScale())).toList()) {
            rows.add(p.isClosed() ? List.of(Cell.text(p.observable()), Cell.missing("closed"), Cell.missing("-"), Cell.missing("-"))
                    : List.of(Cell.text(p.observable()), Cell.number(p.value(), "%.4g", "-"),
                    Cell.range(p.interval1Sigma().lower(), p.interval1Sigma().upper(), "%.4g"),
                    Cell.uncertainty(p.theoryUncertainty(), "%.2g")));
        }
        return new Table("fit-predictions", "Predictions at the best fit: value, range over the 1 sigma interval of g_X, "
                + "form-factor uncertainty" + (report.chargeSKnown() ? "" : " (v_X assumes X_S = 1: the model has no single breaking scalar)"),
                List.of("observable", "best fit", "1 sigma range", "+- (form factors)"), rows, "P0 eqs. 3.9-3.14, 4.2");
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.3g", value);
    }
}
