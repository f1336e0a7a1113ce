package org.anomalon.limits;

import java.util.List;
import org.anomalon.observables.Channel;

/**
 * What a model predicts for the limit machinery: for each channel, the branching ratio at
 * g_X = 1 (rates scale as g_X², P0 eqs. 3.9, 3.10, 3.14), and the fraction of X decays that are
 * invisible (independent of g_X when every X width is ∝ g_X²).
 */
public interface SignalModel {
    /** BR(channel) at g_X = 1 and this m_X (GeV); NaN when the channel is kinematically closed. */
    double unitCouplingBranchingRatio(Channel channel, double mass);

    /** BR(X → invisible) at this m_X; called from several threads at once (a pure function of the mass). */
    double invisibleFraction(double mass);

    /** Statements the output must carry (e.g. which contribution produces the meson rates). */
    List<String> notes();
}
