package org.anomalon.fit;

/**
 * The best fit of a two-body B⁺ → K⁺X signal at fixed m_X in Belle II's likelihood
 * ({@link TwoBodyLikelihood#bestFit()}).
 *
 * @param massX_GeV              m_X
 * @param branchingRatio         B̂_X = B(B⁺ → K⁺X) × P_unseen at the best fit (≥ 0)
 * @param interval1Sigma         where −2 Δln L ≤ 1
 * @param significanceSigma      √q(B_X = 0): the preference of SM + X over the SM alone (m_X fixed)
 * @param minusTwoLogLikelihood  −2 ln L at the best fit
 */
public record TwoBodyFit(double massX_GeV, double branchingRatio, Interval interval1Sigma, double significanceSigma,
                         double minusTwoLogLikelihood) {
}
