package org.anomalon.study;

import java.util.Optional;

/**
 * The fit, or why the model cannot be fitted (for a whole-model study such as the report, where
 * "this model cannot explain the excess" is an answer, not an error).
 *
 * @param fit    the fit, when the model gives a missing-energy B → K X signal
 * @param reason why there is no fit, otherwise empty
 */
public record FitOutcome(Optional<FitResult> fit, String reason) {
}
