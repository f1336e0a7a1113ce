package org.anomalon.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.anomalon.cli.SpectraTables;
import org.anomalon.model.Model;
import org.anomalon.model.Rationals;
import org.anomalon.model.SmField;
import org.anomalon.spectra.AnomalonSearch;
import org.anomalon.spectra.ChiralTauClassification;
import org.anomalon.spectra.ChiralTauSolution;
import org.anomalon.spectra.SearchBounds;
import org.anomalon.spectra.SelectionCriteria;
import org.anomalon.spectra.SpectrumAssessment;
import org.anomalon.spectra.Topology;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * Minimal anomalon spectra for the model's SM current: the exhaustive N_Ψ = 3 and 4 search of P0
 * Sec. 2.3 and App. A for vector currents, P2's chiral-τ classification (Table II) for chiral τ
 * currents.
 */
final class SpectraSection implements ReportSection {
    private static final String TITLE = "Anomalon spectra";
    /** Largest SU(2) dimension searched, the "all multiplet dimensions up to 50". */
    private static final int MAX_DIMENSION = 50;
    /** P2 scans 2 ≤ n ≤ 10 (P2 Sec. III C). */
    private static final int CHIRAL_MAX_DIMENSION = 10;

    @Override
    public Section build(ReportContext context) {
        Optional<BigFraction> alpha = context.anomalies().alphaBL();
        if (alpha.isPresent() && alpha.get().signum() != 0) {
            return vectorCurrent(context.model(), alpha.get());
        }
        if (alpha.isPresent() || context.anomalies().traceXWW().signum() == 0 && context.anomalies().traceXYY().signum() == 0) {
            return Section.notApplicable(TITLE, "the mixed anomalies of " + context.model().name()
                    + " vanish with SM fields (a_{B+L} = 0, P0 eqs. 2.4-2.6), so no anomalons are needed.");
        }
        return chiralTau(context.model())
                .orElseGet(() -> Section.notApplicable(TITLE, context.model().name() + " is neither a vector current of P0 eq. 1.1 "
                        + "nor P2's chiral tau current; the classification covers those two families only."));
    }

    private static Section vectorCurrent(Model current, BigFraction alpha) {
        SelectionCriteria criteria = SelectionCriteria.paper();
        List<List<String>> rows = new ArrayList<>();
        for (int fieldCount : List.of(3, 4)) {
            List<SpectrumAssessment> viable = SpectrumAssessment.ofAll(
                    AnomalonSearch.search(alpha, fieldCount, SearchBounds.colourless(MAX_DIMENSION)), current, criteria)
                    .stream().filter(SpectrumAssessment::viable).toList();
            for (SpectrumAssessment a : viable) {
                rows.add(List.of(Integer.toString(fieldCount), a.spectrum().family(),
                        SpectraTables.fieldsText(a.spectrum().fields(), " "), Rationals.format(a.spectrum().scalarCharge()),
                        Rationals.format(a.spectrum().scalarChargeOver3Alpha()),
                        String.format(Locale.ROOT, "%.1f", a.naturalnessMass() / 1000)));
            }
        }
        String html = "<p>Exhaustive exact search over Majorana-like (ML) fields and Dirac-like (DL) pairs with one breaking scalar S, "
                + "all SU(2) dimensions up to " + MAX_DIMENSION + ", for a<sub>B+L</sub> = " + Rationals.format(alpha)
                + " (P0 Sec. 2.3, App. A). Shown: spectra passing P0's criteria (neutral lightest particle, perturbativity "
                + "P0 eq. 2.11, finite naturalness P0 eq. 2.9 with preset <code>paper</code>, Δ = 100, above 1 TeV). "
                + "Every spectrum is verified anomaly free by the exact algebra. Fields are kind(n, Y, X).</p>";
        Table table = new Table("spectra", "Viable minimal anomalon spectra for " + current.name(),
                List.of("N_Psi", "family", "fields", "X_S", "X_S/(3a)", "naturalness [TeV]"), rows,
                "P0 eqs. 2.4-2.11, A.3-A.17, Tables 2-3; docs/physics.md §2-3");
        return new Section(TITLE, true, html, List.of(table), List.of(), Set.of(References.P0, References.FINITE_NATURALNESS));
    }

    /** P2's chiral τ current (only ℓ_L^3 and e_R^3 charged): the Table II classification. */
    private static Optional<Section> chiralTau(Model model) {
        BigFraction alphaL = model.charge(SmField.L, 3);
        BigFraction alphaR = model.charge(SmField.E, 3);
        Model chiral = model.withName(model.name());
        boolean onlyTau = chiral.smCharges().entrySet().stream()
                .allMatch(e -> e.getValue().signum() == 0 || e.getKey().equals("l3") || e.getKey().equals("e3"));
        if (!onlyTau || alphaL.signum() == 0) {
            return Optional.empty();
        }
        // P2 eq. 31: α_R/α_L = −1/m, so m = −α_L/α_R (m = ∞ for α_R = 0).
        Optional<BigFraction> modelM = alphaR.signum() == 0 ? Optional.empty() : Optional.of(alphaL.negate().divide(alphaR));
        List<List<String>> rows = new ArrayList<>();
        for (ChiralTauSolution s : ChiralTauClassification.classify(CHIRAL_MAX_DIMENSION, false)) {
            rows.add(List.of(s.mText(), Integer.toString(s.su2Dimension()), Rationals.format(s.hypercharge()),
                    Rationals.format(s.chargeSum()), Rationals.format(s.scalarChargeOverAlphaL()),
                    s.m().equals(modelM) ? "this model" : ""));
        }
        String html = "<p>P2's chiral τ current with α<sub>L</sub> = " + Rationals.format(alphaL) + ", α<sub>R</sub> = "
                + Rationals.format(alphaR) + " (m = " + modelM.map(Rationals::format).orElse("∞")
                + " in α<sub>R</sub>/α<sub>L</sub> = −1/m). One vector-like-in-SU(2) anomalon pair L<sub>L,R</sub> (n, Y<sub>L</sub>) "
                + "with a neutral lightest particle, n = 2.." + CHIRAL_MAX_DIMENSION + ", integer m (P2 eqs. 31-33, Table II).</p>";
        Table table = new Table("spectra-chiral-tau", "Chiral-τ anomalon solutions (charges in units of α_L)",
                List.of("m", "n", "Y_L", "X_LL + X_LR", "X_S/alpha_L", ""), rows, "P2 eqs. 31-33, Table II");
        return Optional.of(new Section(TITLE, true, html, List.of(table), List.of(), Set.of(References.P2)));
    }
}
