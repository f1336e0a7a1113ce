package org.anomalon.cli;

import java.util.Optional;
import java.util.OptionalDouble;
import org.anomalon.InvalidInputException;
import org.anomalon.anomaly.AnomalyAnalysis;
import org.anomalon.fit.AnomalyObservables;
import org.anomalon.fit.ExcessFit;
import org.anomalon.fit.Likelihood;
import org.anomalon.fit.ModelFit;
import org.anomalon.fit.ModelFitReport;
import org.anomalon.inputs.Inputs;
import org.anomalon.limits.BreakingCharge;
import org.anomalon.model.Model;
import org.anomalon.observables.xdecay.XDecays;

/**
 * The fit of one model to the B → K E_miss excess (P0 Sec. 3.2.5) as {@code anomalon fit} and the
 * report run it: best fit with and without Z → γX, their χ² profiles, the invisible fraction of X
 * and the breaking charge used for v_X.
 *
 * @param traces            the model's anomaly traces
 * @param likelihood        the likelihood with B(X → invisible) applied
 * @param report            best fit, significance and predictions
 * @param withZ             χ² along the model's line with Z → γX
 * @param withoutZ          the same without Z → γX
 * @param invisibleFraction B(X → invisible) applied to the predictions
 * @param charge            X_S for v_X, when known
 */
public record FitRun(AnomalyAnalysis traces, Likelihood likelihood, ModelFitReport report, ModelFit withZ, ModelFit withoutZ,
                     double invisibleFraction, Optional<BreakingCharge> charge) {

    /**
     * @param userCharge X_S given by the user; otherwise the model's (its scalar, else the minimal spectrum)
     * @throws InvalidInputException when X decays only visibly at m_X (no missing-energy signal)
     */
    public static FitRun of(Model model, Likelihood likelihood, double massX, boolean includeZ, AnomalyObservables theory,
                            Inputs inputs, Optional<BreakingCharge> userCharge) {
        AnomalyAnalysis traces = AnomalyAnalysis.of(model);
        // Tree-level widths scale as g_X², so B(X → invisible) does not depend on g_X; X without an open
        // channel leaves the detector and counts as invisible.
        double invisible = XDecays.of(model, massX, 1, inputs).invisibleBranchingRatio();
        double invisibleFraction = Double.isNaN(invisible) ? 1 : invisible;
        if (invisibleFraction == 0 && traces.traceXWW().signum() != 0) {
            throw InvalidInputException.of("model " + model.name(), "B(X -> invisible) at m_X = " + massX + " GeV", 0,
                    "> 0: X decays only to visible states here (see 'anomalon rates'), so it gives no missing-energy signal");
        }
        Likelihood visible = likelihood.withInvisibleFraction(invisibleFraction);
        Optional<BreakingCharge> charge = userCharge.or(() -> BreakingCharge.of(model));
        ModelFitReport report = ExcessFit.fit(model.name(), traces.traceXWW().doubleValue(),
                traces.traceXYY().doubleValue(), visible, includeZ, theory,
                charge.map(c -> OptionalDouble.of(c.value())).orElse(OptionalDouble.empty()));
        return new FitRun(traces, visible, report, ModelFit.along(visible, report.traceXWW(), report.traceXYY()),
                ModelFit.along(visible.without(ExcessFit.Z_PHOTON), report.traceXWW(), report.traceXYY()),
                invisibleFraction, charge);
    }

    /** The g_X range of the profile and its plot: 1.6× the larger of the two best fits. */
    public double profileRange() {
        return 1.6 * Math.max(report.best().couplingX(), report.alternative().couplingX());
    }
}
