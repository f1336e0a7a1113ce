package org.anomalon.study;

import java.util.List;
import java.util.Optional;
import org.anomalon.anomaly.AnomalyAnalysis;
import org.anomalon.fit.CouplingProfile;
import org.anomalon.fit.ExcessFit;
import org.anomalon.fit.Likelihood;
import org.anomalon.fit.LikelihoodTerm;
import org.anomalon.fit.ModelFitReport;
import org.anomalon.fit.TheoryBand;
import org.anomalon.inputs.TopMassScheme;
import org.anomalon.limits.BreakingCharge;

/**
 * The fit of one model to the B → K E_miss excess: best fit with and without Z → γX, their χ²
 * profiles, the invisible fraction of X applied to every prediction, the breaking charge used for
 * v_X, the theory band, and the database limits in tension with it.
 *
 * @param traces              the model's anomaly traces
 * @param signal              the model as the fit sees it: effective traces (Smith–Tait included by the
 *                            study's rule) and B(X → invisible)
 * @param likelihood          the Gaussian terms (P0's construction, or the L3 bound next to the workspace),
 *                            every prediction times B(X → invisible)
 * @param likelihoodOptions   which measurements and readings it was built from
 * @param measurementSetName  the measurement set's own name
 * @param workspace           Belle II's B⁺ → K⁺νν̄ likelihood, when the set uses it
 * @param report              best fit, significance and predictions
 * @param withZ               χ²(g_X) along the model's line with Z → γX
 * @param withoutZ            the same without Z → γX
 * @param charge              X_S for v_X, when known
 * @param equivalenceTheoremCorrection m_X²/m_B², the relative size of the corrections to the
 *                            equivalence-theorem B rates that are not included (P0 Sec. 3.2.5)
 * @param topMass             the top mass in the loop function, with its scheme and source
 * @param theoryBand          the best fit under the other theory choices
 * @param tensions            database limits that exclude the best fit or part of its interval
 */
public record FitResult(AnomalyAnalysis traces, FitSignal signal, Likelihood likelihood, LikelihoodOptions likelihoodOptions,
                        String measurementSetName, Optional<WorkspaceTerm> workspace, ModelFitReport report,
                        CouplingProfile withZ, CouplingProfile withoutZ, Optional<BreakingCharge> charge,
                        double equivalenceTheoremCorrection, TopMassScheme.TopMass topMass, TheoryBand theoryBand,
                        List<LimitTension> tensions) {
    /** The name of Belle II's likelihood in output. */
    public static final String WORKSPACE_LIKELIHOOD = "belle2-workspace";
    /** The name of P0's Gaussian construction in output. */
    public static final String GAUSSIAN_LIKELIHOOD = "p0-gaussian";

    public FitResult {
        tensions = List.copyOf(tensions);
    }

    /** {@value #WORKSPACE_LIKELIHOOD} or {@value #GAUSSIAN_LIKELIHOOD}. */
    public String likelihoodName() {
        return workspace.isPresent() ? WORKSPACE_LIKELIHOOD : GAUSSIAN_LIKELIHOOD;
    }

    /** Whether a search (not a reinterpretation of the fitted data) excludes the best fit. */
    public boolean bestFitExcluded() {
        return tensions.stream().anyMatch(t -> t.excludesBestFit() && !t.sameData());
    }

    /** B(X → invisible) at m_X, applied to every prediction of the likelihood. */
    public double invisibleFraction() {
        return signal.invisibleFraction();
    }

    /** The g_X range of the profile and its plot: 1.6× the larger of the two best fits. */
    public double profileRange() {
        return 1.6 * Math.max(report.best().couplingX(), report.alternative().couplingX());
    }

    /** The fit the headline reports (with or without Z → γX, as requested). */
    public CouplingProfile chosen() {
        return report.includesZ() ? withZ : withoutZ;
    }

    /** χ²(g_X) of the headline fit on {@code points} couplings in [0, {@link #profileRange()}]. */
    public double[][] profile(int points) {
        return chosen().profile(profileRange(), points);
    }

    /** The Gaussian likelihood terms of the headline fit. */
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
