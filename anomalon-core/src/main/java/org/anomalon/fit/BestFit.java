package org.anomalon.fit;

/**
 * The best fit of one model (fixed traces) in its only free parameter g_X.
 *
 * @param couplingX          best-fit g_X (≥ 0: every observable depends on g_X²)
 * @param interval1Sigma     g_X where χ² − χ²_min ≤ 1 (1 d.o.f.)
 * @param chiSquaredMin      χ² at the best fit
 * @param chiSquaredSM       χ² at g_X = 0 (the SM)
 * @param deltaChiSquaredSM  χ²_SM − χ²_min
 * @param significanceSigma  preference over the SM in σ for 1 d.o.f., √Δχ²
 */
public record BestFit(double couplingX, Interval interval1Sigma, double chiSquaredMin, double chiSquaredSM,
                      double deltaChiSquaredSM, double significanceSigma) {
}
