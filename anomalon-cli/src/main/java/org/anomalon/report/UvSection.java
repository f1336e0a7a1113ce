package org.anomalon.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.anomalon.model.Model;
import org.anomalon.model.Rationals;
import org.anomalon.study.ModelStudy;
import org.anomalon.uv.UvAnalysis;

/**
 * UV completions (P0 Sec. 4, P2 Secs. III–IV) at the report's benchmark point. A model without
 * anomalons is analysed through the built-in UV models that share its SM charges.
 */
final class UvSection implements ReportSection {
    private static final String TITLE = "UV";

    @Override
    public Section build(ReportContext context) {
        List<Model> completions = context.study().uvCompletions();
        if (completions.isEmpty()) {
            return Section.notApplicable(TITLE, context.anomalies().anomalyFree()
                    ? context.model().name() + " is anomaly free with its own fields, so it needs no anomalons and has no anomalon scale."
                    : context.model().name() + " lists no anomalons and no built-in UV model shares its SM charges; "
                    + "write a model file with an anomalon set from the spectra section and run 'anomalon uv --model FILE'.");
        }
        StringBuilder html = new StringBuilder();
        List<Table> tables = new ArrayList<>();
        if (completions.get(0) != context.model()) {
            html.append("<p>").append(Html.escape(context.model().name())).append(" lists no anomalons; shown are the built-in UV completions with the same SM charges.</p>\n");
        }
        for (Model completion : completions) {
            UvAnalysis uv = ModelStudy.of(completion, context.study().options()).uv(UvAnalysis.Request.at(context.benchmark().massX_GeV(), context.benchmark().couplingX()));
            html.append(String.format(Locale.ROOT,
                    "<p><b>%s</b> (%s): v<sub>X</sub> = %.1f GeV at m<sub>X</sub> = %s GeV, g<sub>X</sub> = %s (P0 eq. 4.2); "
                            + "finite naturalness (P0 eq. 2.9, preset <code>paper</code>, Δ = 100) allows a common anomalon mass up to %.0f GeV.</p>\n",
                    Html.escape(completion.name()), Html.escape(completion.reference()), uv.scale().breakingVev_GeV(),
                    context.massLabel(), context.couplingLabel(), uv.naturalnessMax_GeV()));
            html.append("<ul>");
            uv.notes().forEach(note -> html.append("<li>").append(Html.escape(note)).append("</li>"));
            html.append("</ul>\n");
            tables.add(anomalonTable(completion, uv));
        }
        return new Section(TITLE, true, html.toString(), tables, List.of(),
                Set.of(References.P0, References.P2, References.FINITE_NATURALNESS));
    }

    private static Table anomalonTable(Model completion, UvAnalysis uv) {
        List<List<Cell>> rows = new ArrayList<>();
        for (UvAnalysis.AnomalonReport a : uv.anomalons()) {
            Map<String, Double> lifetimes = new LinkedHashMap<>();
            a.chargedStates().forEach(s -> lifetimes.put("Q=" + Rationals.format(s.charge()), s.lifetime_s()));
            Map<String, Double> splittings = new LinkedHashMap<>();
            a.massAboveLightest_GeV().forEach((charge, shift) -> {
                if (shift > 0) {
                    splittings.put("Q=" + Rationals.format(charge), 1e3 * shift);
                }
            });
            rows.add(List.of(Cell.text(a.multiplet().name()), Cell.text(a.multiplet().kind().name()),
                    Cell.integer(a.multiplet().su2Dimension()), Cell.rational(a.multiplet().hypercharge()),
                    Cell.rational(a.multiplet().chargeX()), Cell.number(a.mass_GeV(), "%.1f", "-"),
                    Cell.number(a.massMax_GeV(), "%.1f", "-"), Cell.text(a.lightestNeutral() ? "yes" : "no"),
                    Cell.byLabel(splittings, "%.0f", "-"), Cell.byLabel(lifetimes, "%.2e s", "-")));
        }
        return new Table("uv-" + completion.name(), "Anomalons of " + completion.name()
                + ": mass at y = 1, perturbative-unitarity limit, radiative splittings and charged lifetimes",
                List.of("anomalon", "kind", "n", "Y", "X", "m (y=1) [GeV]", "m_max [GeV]", "neutral LP",
                        "M_Q - M_0 [MeV]", "charged lifetimes"),
                rows, "P0 eqs. 2.10, 4.2, 4.5, 4.7, 4.10; P2 eq. 37 and after eqs. 43, 59");
    }
}
