package org.anomalon.limits;

import org.anomalon.data.VisibleDecay;

/**
 * What an X of mass m_X does once produced, at g_X = 1: the share of its width that is invisible,
 * the shares of the visible final states the searches select, and its total width (every width ∝
 * g_X², so these fix the fate at any coupling).
 *
 * @param invisibleFraction BR(X → invisible); 1 for a stable X; NaN when a width is not computed
 * @param unitWidth_GeV     Γ_total at g_X = 1; 0 for a stable X
 * @param hbar_GeVs         ħ, for lifetimes
 * @param electronFraction  BR(X → e⁺e⁻) (0 for a stable X; NaN where not needed or unknown)
 * @param muonFraction      BR(X → μ⁺μ⁻)
 * @param hadronicFraction  BR(X → hadrons)
 */
public record XFate(double invisibleFraction, double unitWidth_GeV, double hbar_GeVs, double electronFraction,
                    double muonFraction, double hadronicFraction) {

    /** The fate as missing-energy searches need it (no visible shares). */
    public XFate(double invisibleFraction, double unitWidth_GeV, double hbar_GeVs) {
        this(invisibleFraction, unitWidth_GeV, hbar_GeVs, Double.NaN, Double.NaN, Double.NaN);
    }

    /** The proper lifetime at coupling g_X, s (+∞ for a stable X). */
    public double lifetime_s(double gX) {
        return hbar_GeVs / (gX * gX * unitWidth_GeV);
    }

    /** BR(X → final state); l⁺l⁻ is e⁺e⁻ + μ⁺μ⁻ (ST's ℓ = e, μ). */
    public double fraction(VisibleDecay.FinalState state) {
        return switch (state) {
            case ELECTRONS -> electronFraction;
            case MUONS -> muonFraction;
            case LEPTONS -> electronFraction + muonFraction;
            case HADRONS -> hadronicFraction;
        };
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
