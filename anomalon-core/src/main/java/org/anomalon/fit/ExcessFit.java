package org.anomalon.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.anomalon.InvalidInputException;
import org.anomalon.PhysicsException;
import org.anomalon.observables.Channel;

/**
 * The fit of P0 Sec. 3.2.5 for one model: best g_X, Δχ² against the SM and its significance for
 * one degree of freedom, with and without Z → γX (P0 Fig. 2 right), and predictions at the best
 * fit (P0: B(Z → γX) = 5.6e-7, B(B⁺ → K*⁺X) = 1.1e-5, v_X = 120 GeV/X_S for the τ-flavour model).
 */
public final class ExcessFit {
    /** The Z → γX observable, the one P0 Fig. 2 (right) switches on and off. */
    public static final Observable Z_PHOTON = Observable.of(Channel.Z_TO_GAMMA);
    /** What the report predicts (issue 6): the two B → K(*)X rates and Z → γX. */
    public static final List<Observable> PREDICTED = List.of(Observable.of(Channel.B_PLUS_TO_K_PLUS),
            Observable.of(Channel.B_PLUS_TO_KSTAR_PLUS), Z_PHOTON);

    private ExcessFit() {
    }

    /**
     * @param model      the model's name (for messages and the report)
     * @param traceXWW   A_XWW of the ray: the SM trace, or the effective one with the Smith–Tait part (study.FitSignal)
     * @param traceXYY   A_XYY of the ray (likewise)
     * @param likelihood the full likelihood (with Z → γX if the data set has it)
     * @param withZ      whether the reported fit keeps the Z → γX term
     * @param theory     the predictions (for channels outside the likelihood)
     * @param chargeS    X_S of the breaking scalar, if known
     * @throws InvalidInputException if the model predicts none of the measured signals (A_XWW = 0)
     */
    public static ModelFitReport fit(String model, double traceXWW, double traceXYY, Likelihood likelihood,
                                     boolean withZ, ObservableResponse theory, OptionalDouble chargeS) {
        Likelihood withoutZ = likelihood.without(Z_PHOTON);
        Likelihood chosen = withZ ? likelihood : withoutZ;
        ModelFit fit = ModelFit.along(chosen, traceXWW, traceXYY);
        if (fit.cannotProduceSignal()) {
            throw InvalidInputException.of("model " + model, "A_XWW", traceXWW,
                    "A_XWW != 0: g_{xi sb} is proportional to A_XWW (P0 eq. 3.6), so this model predicts no "
                            + "B -> K X and cannot fit the measured signal");
        }
        BestFit alternative = ModelFit.along(withZ ? withoutZ : likelihood, traceXWW, traceXYY).best();
        return report(model, likelihood.massX_GeV(), traceXWW, traceXYY, fit.best(), alternative,
                withZ && likelihood.hasObservable(Z_PHOTON), theory, chargeS);
    }

    /**
     * The report of a fit done elsewhere (any {@link CouplingProfile}): predictions at the best fit
     * and v_X.
     *
     * @param best        the headline fit
     * @param alternative the same with Z → γX toggled
     * @param includesZ   whether {@code best} has the Z → γX term
     */
    public static ModelFitReport report(String model, double massX_GeV, double traceXWW, double traceXYY, BestFit best,
                                        BestFit alternative, boolean includesZ, ObservableResponse theory,
                                        OptionalDouble chargeS) {
        List<Prediction> predictions = new ArrayList<>();
        for (Observable observable : PREDICTED) {
            try {
                predictions.add(Prediction.of(observable.label(), theory.response(observable, massX_GeV),
                        theory.relativeTheoryUncertainty(observable, massX_GeV), traceXWW, traceXYY, best));
            } catch (PhysicsException closed) {
                // A prediction, not a measurement: a closed channel (e.g. B → K*X above 4.39 GeV) is reported as such.
                predictions.add(Prediction.closed(observable.label()));
            }
        }
        double charge = chargeS.orElse(1);
        return new ModelFitReport(model, massX_GeV, traceXWW, traceXYY, best, alternative, includesZ, predictions,
                Math.abs(charge), chargeS.isPresent(), Prediction.anomalonScale(massX_GeV, charge, best));
    }
}
