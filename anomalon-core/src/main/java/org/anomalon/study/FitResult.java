package org.anomalon.study;

import java.util.List;
import java.util.Optional;
import org.anomalon.anomaly.AnomalyAnalysis;
import org.anomalon.fit.ExcessFit;
import org.anomalon.fit.Likelihood;
import org.anomalon.fit.LikelihoodTerm;
import org.anomalon.fit.ModelFit;
import org.anomalon.fit.ModelFitReport;
import org.anomalon.limits.BreakingCharge;

/**
 * The fit of one model to the B → K E_miss excess (P0 Sec. 3.2.5): best fit with and without
 * Z → γX, their χ² profiles, the invisible fraction of X applied to every prediction, and the
 * breaking charge used for v_X.
 *
 * @param traces              the model's anomaly traces
 * @param signal              the model as the fit sees it: effective traces (Smith–Tait included by the
 *                            study's rule) and B(X → invisible)
 * @param measurementSetName  the measurement set's own name
 * @param likelihood          the likelihood, every prediction times B(X → invisible)
 * @param likelihoodOptions   which measurements and readings it was built from
 * @param report              best fit, significance and predictions
 * @param withZ               χ² along the model's line with Z → γX
 * @param withoutZ            the same without Z → γX
 * @param charge              X_S for v_X, when known
 * @param equivalenceTheoremCorrection m_X²/m_B², the relative size of the corrections to the
 *                            equivalence-theorem B rates that are not included (P0 Sec. 3.2.5)
 */
public record FitResult(AnomalyAnalysis traces, FitSignal signal, Likelihood likelihood, LikelihoodOptions likelihoodOptions,
                        String measurementSetName, ModelFitReport report, ModelFit withZ, ModelFit withoutZ,
                        Optional<BreakingCharge> charge, double equivalenceTheoremCorrection) {

    /** B(X → invisible) at m_X, applied to every prediction of the likelihood. */
    public double invisibleFraction() {
        return signal.invisibleFraction();
    }

    /** The g_X range of the profile and its plot: 1.6× the larger of the two best fits. */
    public double profileRange() {
        return 1.6 * Math.max(report.best().couplingX(), report.alternative().couplingX());
    }

    /** The fit the headline reports (with or without Z → γX, as requested). */
    public ModelFit chosen() {
        return report.includesZ() ? withZ : withoutZ;
    }

    /** χ²(g_X) of the headline fit on {@code points} couplings in [0, {@link #profileRange()}]. */
    public double[][] profile(int points) {
        return chosen().profile(profileRange(), points);
    }

    /** The likelihood terms of the headline fit. */
    public List<LikelihoodTerm> chosenTerms() {
        return report.includesZ() ? likelihood.terms() : likelihood.without(ExcessFit.Z_PHOTON).terms();
    }

    /** The term's prediction (rate scale) at the best fit. */
    public double predictedAtBestFit(LikelihoodTerm term) {
        double g = report.best().couplingX();
        return term.response().value(g * report.traceXWW(), g * report.traceXYY());
    }

    /** The term's χ² at the best fit. */
    public double chiSquaredAtBestFit(LikelihoodTerm term) {
        return term.term().chiSquared(predictedAtBestFit(term));
    }
}
