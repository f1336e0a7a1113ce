package org.anomalon.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.anomalon.anomaly.AnomalyAnalysis;
import org.anomalon.model.Fermion;
import org.anomalon.model.Rationals;
import org.apache.commons.numbers.fraction.BigFraction;

/** The exact anomaly algebra of the model (docs/physics.md §1). */
final class AnomaliesSection implements ReportSection {

    @Override
    public Section build(ReportContext context) {
        AnomalyAnalysis analysis = context.anomalies();
        String alphaBL = analysis.alphaBL().map(Rationals::format).orElse("n/a (not a vector current of P0 eq. 1.1)");
        String html = "<p>Exact rational arithmetic. SM traces A<sub>XWW</sub> = " + Rationals.format(analysis.traceXWW())
                + ", A<sub>XYY</sub> = " + Rationals.format(analysis.traceXYY()) + " (P0 eq. 3.2), a<sub>B+L</sub> = "
                + Html.escape(alphaBL) + " (P0 eq. 2.7); Wess–Zumino coefficients C<sub>WW</sub> = "
                + Rationals.format(analysis.wessZuminoWW()) + ", C<sub>BB</sub> = " + Rationals.format(analysis.wessZuminoBB())
                + " (P2 eq. 8). " + (analysis.anomalyFree()
                ? "<b>The model is anomaly free</b> on all six conditions, with an even Witten count."
                : "<b>The model is anomalous</b>: the failing conditions need anomalons or SM singlets (next section).")
                + "</p>";
        List<List<Cell>> conditionRows = new ArrayList<>();
        for (Map.Entry<String, BigFraction> entry : analysis.coefficients().asMap().entrySet()) {
            conditionRows.add(List.of(Cell.text(entry.getKey()), Cell.rational(entry.getValue()),
                    Cell.text(entry.getValue().signum() == 0 ? "cancels" : "fails")));
        }
        conditionRows.add(List.of(Cell.text("Witten"), Cell.integer(analysis.wittenCount()),
                Cell.text(analysis.wittenEven() ? "even" : "odd")));
        Table conditions = new Table("anomalies", "Anomaly coefficients over all fermions of " + context.model().name()
                + " (right-handed +, left-handed −)", List.of("condition", "coefficient", "status"), conditionRows,
                "P0 eqs. 2.2–2.6, P2 eqs. 23–27, docs/physics.md §1");
        return new Section("Anomalies", true, html, List.of(conditions, fieldTable(context)), List.of(),
                Set.of(References.P0, References.P2));
    }

    private static Table fieldTable(ReportContext context) {
        List<List<Cell>> rows = new ArrayList<>();
        for (Fermion fermion : context.model().allFermions()) {
            rows.add(List.of(Cell.text(fermion.name()), Cell.text(fermion.chirality().name()), Cell.integer(fermion.colourDimension()),
                    Cell.integer(fermion.su2Dimension()), Cell.rational(fermion.hypercharge()),
                    Cell.rational(fermion.chargeX()), Cell.integer(fermion.copies())));
        }
        return new Table("fields", "Weyl fermions of " + context.model().name() + " and their charges",
                List.of("field", "chirality", "SU(3)", "SU(2)", "Y", "X", "copies"), rows,
                context.model().reference().isEmpty() ? "user model" : context.model().reference());
    }
}
