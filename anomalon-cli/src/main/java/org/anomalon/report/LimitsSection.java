package org.anomalon.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.anomalon.data.Reference;
import org.anomalon.limits.CouplingLimits;
import org.anomalon.limits.UvLines;
import org.anomalon.plot.LimitsFigure;
import org.anomalon.plot.PlotFiles;
import org.anomalon.study.LimitsRequest;
import org.anomalon.study.LimitsResult;

/**
 * 90% CL upper limits on g_X versus m_X from every measurement of the limits database (P0 Fig. 3,
 * upper panel) and with projections (lower panel), with the UV lines of P0 Sec. 3.3; the limits
 * also go to {@code limits.yaml} in HEPData's table format.
 */
final class LimitsSection implements ReportSection {
    private static final String TITLE = "Limits";
    /** Masses at which the report's table samples the envelope. */
    private static final double[] TABLE_MASSES = {0.001, 0.01, 0.05, 0.1, 0.2, 0.5, 1, 2, 2.1, 3, 4};

    @Override
    public Section build(ReportContext context) {
        LimitsResult result = context.study().limits(LimitsRequest.on(LimitsRequest.PAPER_GRID).withProjections());
        CouplingLimits all = result.limits();
        Optional<UvLines> uv = result.uv();
        CouplingLimits observed = shown(all, false);
        CouplingLimits withProjections = shown(all, true);
        Optional<LimitsFigure.FitMark> fit = context.excessFit().fit().map(LimitsFigure.FitMark::of);
        if (observed.limits().stream().noneMatch(CouplingLimits.EntryLimit::hasAnyLimit)) {
            return Section.notApplicable(TITLE, "no measurement constrains " + context.model().name()
                    + " between 1 MeV and 5 GeV: " + String.join(" ", all.notes()));
        }
        List<ReportFigure> figures = List.of(
                new ReportFigure("limits", "90% CL upper limits on g_X (filled: excluded), as P0 Fig. 3 (upper panel)"
                        + stFigure(context.model().name())
                        + uv.map(lines -> "; UV lines with X_S = " + format(lines.charge().value()) + " from " + lines.charge().source())
                        .orElse(context.anomalies().needsAnomalons() ? "; no UV lines (X_S unknown)"
                                : "; no UV lines (no anomalons: the SM fields leave no anomaly)")
                        + (fit.isPresent() ? "; the point with its bar: the best fit to the B -> K E_miss excess and its 1 sigma interval" : ""),
                        file -> PlotFiles.write(LimitsFigure.of(observed, uv, fit), file, "--out")),
                new ReportFigure("limits-projections", "The same with future projections (dashed), as P0 Fig. 3 (lower panel)",
                        file -> PlotFiles.write(LimitsFigure.of(withProjections, uv, fit), file, "--out")));
        StringBuilder html = new StringBuilder("<p>Limits follow from rate ∝ g<sub>X</sub>² and BR(X → invisible): "
                + "g<sub>X</sub><sup>max</sup> = √(BR<sub>UL</sub> / (BR(g<sub>X</sub> = 1) · BR(X → inv))) (docs/physics.md §7); "
                + "searches that see X decay: BR(production) · BR(X → final state) where X's lifetime is in the search's window (ST Sec. IV); "
                + "no limit outside each measurement's mass window. All limits are in <code>limits.yaml</code> (HEPData format).</p><ul>");
        all.notes().forEach(note -> html.append("<li>").append(Html.escape(note)).append("</li>"));
        html.append("</ul>");
        return new Section(TITLE, true, html.toString(), List.of(envelopeTable(all)), figures, references(all),
                Map.of("limits.yaml", HepDataYaml.of(all)));
    }

    /** The Smith–Tait figure a built-in model's limits figure corresponds to (docs/limits.md, "ST Figs. 3 and 4"). */
    private static String stFigure(String model) {
        return switch (model) {
            case "b-minus-l" -> " and ST Fig. 3";
            case "b3-minus-l2" -> " and ST Fig. 4 (without its relic-density lines)";
            default -> "";
        };
    }

    /** The entries drawn by default (not superseded), observed only or with projections. */
    private static CouplingLimits shown(CouplingLimits all, boolean projections) {
        return all.only(entry -> entry.plotByDefault() && (projections || !entry.isProjection()));
    }

    private static Table envelopeTable(CouplingLimits limits) {
        List<List<Cell>> rows = new ArrayList<>();
        double[] masses = limits.masses();
        for (double target : TABLE_MASSES) {
            int i = nearest(masses, target);
            double value = limits.envelope().values()[i];
            rows.add(List.of(Cell.number(masses[i], "%.4g", "-"), Cell.number(value, "%.3e", "no limit"),
                    Double.isFinite(value) ? Cell.text(limits.envelope().setBy()[i]) : Cell.missing("-")));
        }
        return new Table("limits-envelope", "Strongest 90% CL upper limit on g_X and the measurement that sets it",
                List.of("m_X [GeV]", "g_X max", "set by"), rows, "limits database (docs/limits.md); full grid in limits.yaml");
    }

    private static Set<String> references(CouplingLimits limits) {
        Set<String> keys = new LinkedHashSet<>(List.of(References.P0));
        limits.limits().stream().filter(CouplingLimits.EntryLimit::hasAnyLimit).map(CouplingLimits.EntryLimit::entry)
                .flatMap(e -> e.references().stream()).map(Reference::key).forEach(keys::add);
        return keys;
    }

    private static int nearest(double[] masses, double target) {
        int best = 0;
        for (int i = 1; i < masses.length; i++) {
            if (Math.abs(Math.log(masses[i] / target)) < Math.abs(Math.log(masses[best] / target))) {
                best = i;
            }
        }
        return best;
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.4g", value);
    }
}
