package org.anomalon.limits;

import java.util.List;
import org.anomalon.observables.Channel;

/**
 * What a model predicts for the limit machinery: for each channel, the branching ratio at
 * g_X = 1 (rates scale as g_X², P0 eqs. 3.9, 3.10, 3.14), and X's fate: the fraction of its decays
 * that are invisible and its width (both independent of g_X when every X width is ∝ g_X²).
 */
public interface SignalModel {
    /** BR(channel) at g_X = 1 and this m_X (GeV); NaN when the channel is kinematically closed. */
    double unitCouplingBranchingRatio(Channel channel, double mass);

    /** X's invisible fraction and width at g_X = 1; called from several threads at once (a pure function of the mass). */
    XFate fate(double mass);

    /** BR(X → invisible) at this m_X (1 for a stable X, NaN where unknown). */
    default double invisibleFraction(double mass) {
        return fate(mass).invisibleFraction();
    }

    /** Statements the output must carry (e.g. which contribution produces the meson rates). */
    List<String> notes();
}
