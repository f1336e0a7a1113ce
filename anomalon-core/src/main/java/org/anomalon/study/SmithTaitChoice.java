package org.anomalon.study;

import java.util.Optional;
import org.anomalon.eft.EffectiveCouplings;
import org.anomalon.triangle.SmithTait;
import org.anomalon.triangle.StContribution;

/**
 * The Smith–Tait contribution at one point, as the study's rule decided it (docs/smith-tait.md):
 * whether it is included and why, the exact traces the decoupled top leaves and the couplings
 * labelled {@value SmithTait#ORIGIN}.
 *
 * @param decision  the rule applied to the model ({@link StContribution#decide})
 * @param triangles the ST traces and weights at m_X, when included
 * @param couplings the ST couplings at (m_X, g_X) ({@link EffectiveCouplings#none()} when not included)
 */
public record SmithTaitChoice(StContribution.Decision decision, Optional<SmithTait> triangles,
                              EffectiveCouplings couplings) {

    public boolean included() {
        return decision.included();
    }
}
