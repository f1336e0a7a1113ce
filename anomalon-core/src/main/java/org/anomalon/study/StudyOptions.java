package org.anomalon.study;

import java.util.Optional;
import org.anomalon.inputs.Inputs;
import org.anomalon.limits.BreakingCharge;
import org.anomalon.triangle.StContribution;

/**
 * The choices a study is made with, fixed for all its steps so that rates, limits, the fit and the
 * UV analysis answer for the same physics.
 *
 * @param inputs         masses, widths, CKM and the electroweak scheme ({@link Inputs#defaults()},
 *                       {@link Inputs#withScheme}, {@link Inputs#withOverride})
 * @param smithTait      the Smith–Tait rule, one for rates, limits and the fit
 * @param breakingCharge X_S of the U(1)_X-breaking scalar when the user fixes it; otherwise the
 *                       model's ({@link BreakingCharge#of})
 * @param likelihood     the measurements the fit uses
 */
public record StudyOptions(Inputs inputs, StContribution smithTait, Optional<BreakingCharge> breakingCharge,
                           LikelihoodOptions likelihood) {

    /** PDG 2026 inputs in the α(0) scheme, Smith–Tait {@code auto}, the model's X_S, P0's likelihood. */
    public static StudyOptions defaults() {
        return new StudyOptions(Inputs.defaults(), StContribution.AUTO, Optional.empty(), LikelihoodOptions.DEFAULT);
    }

    public StudyOptions withInputs(Inputs newInputs) {
        return new StudyOptions(newInputs, smithTait, breakingCharge, likelihood);
    }

    public StudyOptions withSmithTait(StContribution rule) {
        return new StudyOptions(inputs, rule, breakingCharge, likelihood);
    }

    /** Fixes |X_S| (otherwise taken from the model). */
    public StudyOptions withBreakingCharge(BreakingCharge charge) {
        return new StudyOptions(inputs, smithTait, Optional.of(charge), likelihood);
    }

    public StudyOptions withLikelihood(LikelihoodOptions newLikelihood) {
        return new StudyOptions(inputs, smithTait, breakingCharge, newLikelihood);
    }
}
