package org.anomalon.limits;

import org.anomalon.observables.xdecay.XDecays;

/**
 * How one missing-energy measurement sees X at one (m_X, g_X): X's boost and mean decay length
 * βγ c τ in that experiment, and P_unseen = BR(inv) + BR(visible) P(escape), the fraction of X that
 * leave no visible trace there (docs/x-decays.md).
 *
 * @param entryId           the database entry
 * @param channel           its production channel
 * @param experiment        the experiment
 * @param boost             βγ and the frame it is given in
 * @param decayLength_m     βγ c τ, metres (+∞ for a stable X)
 * @param unseenProbability P_unseen
 * @param method            how P(escape) is obtained, with its sources
 */
public record MissingEnergyView(String entryId, String channel, String experiment, EscapeModel.Boost boost,
                                double decayLength_m, double unseenProbability, String method) {

    /** The view of {@code escape}'s measurement of the X described by {@code decays}. */
    public static MissingEnergyView of(EscapeModel escape, XDecays decays) {
        double massX = decays.massX_GeV();
        double gX = decays.gX();
        XFate fate = new XFate(decays.decays() ? decays.invisibleBranchingRatio() : 1,
                decays.totalWidth_GeV() / (gX * gX), decays.hbar_GeVs());
        EscapeModel.Boost boost = escape.boost(massX);
        return new MissingEnergyView(escape.entry().id(), escape.entry().channel(), escape.entry().experiment(), boost,
                boost.betaGamma() * XDecays.SPEED_OF_LIGHT_M_PER_S * decays.lifetime_s(),
                fate.unseenProbability(gX, escape.at(massX)), escape.description());
    }
}
