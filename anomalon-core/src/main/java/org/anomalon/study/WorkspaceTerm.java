package org.anomalon.study;

import org.anomalon.fit.Interval;
import org.anomalon.fit.TwoBodyFit;

/**
 * Belle II's B⁺ → K⁺νν̄ likelihood in a fit: what the workspace alone says at m_X, and the model's
 * signal in it.
 *
 * @param alone                    the best fit of B_X = B(B⁺ → K⁺X) × P_unseen at m_X, model-independent
 * @param q2Column_GeV2            the generated-q² column of the number densities that holds m_X²
 * @param unseenRateAtUnitCoupling the model's B_X at g_X = 1 (rate times B(X → invisible))
 */
public record WorkspaceTerm(TwoBodyFit alone, Interval q2Column_GeV2, double unseenRateAtUnitCoupling) {
    /** The model's B_X at coupling g_X. */
    public double predicted(double couplingX) {
        return couplingX * couplingX * unseenRateAtUnitCoupling;
    }
}
