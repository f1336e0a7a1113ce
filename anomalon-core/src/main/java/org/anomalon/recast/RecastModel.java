package org.anomalon.recast;

import org.anomalon.observables.xdecay.XCouplings;

/**
 * What a recast needs to know about a model of X at each mass: its couplings to the SM fermions
 * (for the production ratios) and its partial widths at g = 1 (for the branching ratios and the
 * lifetime). Implementations are pure functions of the mass, safe to call from several threads.
 */
public interface RecastModel {
    /** For output. */
    String name();

    /** x_f and a_f at m_X (GeV). */
    XCouplings couplings(double massX_GeV);

    /** The partial widths at g = 1 and m_X (GeV). */
    Widths widths(double massX_GeV);
}
