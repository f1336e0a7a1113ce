package org.anomalon.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.anomalon.format.FieldText;
import org.anomalon.model.Rationals;
import org.anomalon.spectra.ChiralTauSolution;
import org.anomalon.spectra.SpectrumAssessment;
import org.anomalon.study.SpectraResult;

/**
 * Minimal anomalon spectra for the model's SM current: the exhaustive N_Ψ = 3 and 4 search of P0
 * Sec. 2.3 and App. A for vector currents, P2's chiral-τ classification (Table II) for chiral τ
 * currents.
 */
final class SpectraSection implements ReportSection {
    private static final String TITLE = "Anomalon spectra";

    @Override
    public Section build(ReportContext context) {
        String name = context.model().name();
        SpectraResult spectra = context.study().spectra();
        if (spectra instanceof SpectraResult.VectorCurrent vector) {
            return vectorCurrent(name, vector);
        }
        if (spectra instanceof SpectraResult.ChiralTau chiral) {
            return chiralTau(chiral);
        }
        return Section.notApplicable(TITLE, ((SpectraResult.NotApplicable) spectra).reason());
    }

    private static Section vectorCurrent(String model, SpectraResult.VectorCurrent vector) {
        List<List<Cell>> rows = new ArrayList<>();
        for (Map.Entry<Integer, List<SpectrumAssessment>> byCount : vector.viable().entrySet()) {
            for (SpectrumAssessment a : byCount.getValue()) {
                rows.add(List.of(Cell.integer(byCount.getKey()), Cell.text(a.spectrum().family()),
                        Cell.text(FieldText.fields(a.spectrum().fields(), " ")), Cell.rational(a.spectrum().scalarCharge()),
                        Cell.rational(a.spectrum().scalarChargeOver3Alpha()),
                        Cell.number(a.naturalnessMass() / 1000, "%.1f", "-")));
            }
        }
        String html = "<p>Exhaustive exact search over Majorana-like (ML) fields and Dirac-like (DL) pairs with one breaking scalar S, "
                + "all SU(2) dimensions up to " + vector.maxDimension() + ", for a<sub>B+L</sub> = " + Rationals.format(vector.alphaBL())
                + " (P0 Sec. 2.3, App. A). Shown: spectra passing P0's criteria (neutral lightest particle, perturbativity "
                + "P0 eq. 2.11, finite naturalness P0 eq. 2.9 with preset <code>paper</code>, Δ = 100, above 1 TeV). "
                + "Every spectrum is verified anomaly free by the exact algebra. Fields are kind(n, Y, X).</p>";
        Table table = new Table("spectra", "Viable minimal anomalon spectra for " + model,
                List.of("N_Psi", "family", "fields", "X_S", "X_S/(3a)", "naturalness [TeV]"), rows,
                "P0 eqs. 2.4-2.11, A.3-A.17, Tables 2-3; docs/physics.md §2-3");
        return new Section(TITLE, true, html, List.of(table), List.of(), Set.of(References.P0, References.FINITE_NATURALNESS));
    }

    /** P2's chiral τ current (only ℓ_L^3 and e_R^3 charged): the Table II classification. */
    private static Section chiralTau(SpectraResult.ChiralTau chiral) {
        List<List<Cell>> rows = new ArrayList<>();
        for (ChiralTauSolution s : chiral.solutions()) {
            rows.add(List.of(Cell.text(s.mText()), Cell.integer(s.su2Dimension()), Cell.rational(s.hypercharge()),
                    Cell.rational(s.chargeSum()), Cell.rational(s.scalarChargeOverAlphaL()),
                    Cell.text(chiral.isThisModel(s) ? "this model" : "")));
        }
        String html = "<p>P2's chiral τ current with α<sub>L</sub> = " + Rationals.format(chiral.alphaL()) + ", α<sub>R</sub> = "
                + Rationals.format(chiral.alphaR()) + " (m = " + chiral.m().map(Rationals::format).orElse("∞")
                + " in α<sub>R</sub>/α<sub>L</sub> = −1/m). One vector-like-in-SU(2) anomalon pair L<sub>L,R</sub> (n, Y<sub>L</sub>) "
                + "with a neutral lightest particle, n = 2.." + chiral.maxDimension() + ", integer m (P2 eqs. 31-33, Table II).</p>";
        Table table = new Table("spectra-chiral-tau", "Chiral-τ anomalon solutions (charges in units of α_L)",
                List.of("m", "n", "Y_L", "X_LL + X_LR", "X_S/alpha_L", ""), rows, "P2 eqs. 31-33, Table II");
        return new Section(TITLE, true, html, List.of(table), List.of(), Set.of(References.P2));
    }
}
