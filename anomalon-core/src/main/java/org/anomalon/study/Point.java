package org.anomalon.study;

import org.anomalon.Parameter;

/**
 * One point (m_X, g_X) of the parameter plane, where rates, X decays and the UV scale are
 * evaluated.
 *
 * @param massX_GeV m_X in GeV, finite and &gt; 0 (the longitudinal X needs m_X &gt; 0)
 * @param couplingX the U(1)_X gauge coupling g_X, finite and &gt; 0
 */
public record Point(double massX_GeV, double couplingX) {
    public Point {
        Parameter.MASS_X.require(massX_GeV);
        Parameter.COUPLING_X.require(couplingX);
    }

    public static Point of(double massX_GeV, double couplingX) {
        return new Point(massX_GeV, couplingX);
    }
}
