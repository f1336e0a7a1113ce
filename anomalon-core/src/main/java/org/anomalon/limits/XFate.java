package org.anomalon.limits;

/**
 * What an X of mass m_X does once produced, at g_X = 1: the share of its width that is invisible
 * and its total width (every width ∝ g_X², so both fix the fate at any coupling).
 *
 * @param invisibleFraction BR(X → invisible); 1 for a stable X; NaN when a width is not computed
 * @param unitWidth_GeV     Γ_total at g_X = 1; 0 for a stable X
 * @param hbar_GeVs         ħ, for lifetimes
 */
public record XFate(double invisibleFraction, double unitWidth_GeV, double hbar_GeVs) {

    /** The proper lifetime at coupling g_X, s (+∞ for a stable X). */
    public double lifetime_s(double gX) {
        return hbar_GeVs / (gX * gX * unitWidth_GeV);
    }

    /**
     * P_unseen = BR(invisible) + BR(visible) × P(decay beyond the detector): the probability that X
     * leaves no visible trace (1 for a stable X).
     */
    public double unseenProbability(double gX, EscapeProbability escape) {
        if (unitWidth_GeV == 0) {
            return 1;
        }
        return invisibleFraction + (1 - invisibleFraction) * escape.at(lifetime_s(gX));
    }
}
