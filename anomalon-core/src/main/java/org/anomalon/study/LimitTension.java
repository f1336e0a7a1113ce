package org.anomalon.study;

import org.anomalon.data.LimitSource;
import org.anomalon.limits.Exclusion;

/**
 * A limit of the database that excludes the best fit or part of its 1σ interval, at the fit's m_X,
 * for the fitted model (its rates and invisible fraction, the study's Smith–Tait rule).
 *
 * @param entry           the database entry
 * @param excluded        the couplings it excludes at m_X (90% CL)
 * @param excludesBestFit whether ĝ_X is excluded
 * @param excludesInterval whether the whole 1σ interval is excluded
 * @param sameData        whether the entry reinterprets the data of the fit itself (Belle II B⁺ → K⁺νν̄)
 */
public record LimitTension(LimitSource entry, Exclusion excluded, boolean excludesBestFit, boolean excludesInterval,
                           boolean sameData) {
}
