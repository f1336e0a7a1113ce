package org.anomalon.fit;

import org.hipparchus.distribution.continuous.NormalDistribution;

/**
 * How a one-sided limit q < q_UL at confidence level CL becomes a χ² term. In both readings the
 * term is a Gaussian in q centred at zero, χ² = (q/σ)², with σ = q_UL/z (q is a rate-like quantity:
 * a squared coupling or a branching ratio, so the Gaussian is in the squared coupling as in P0
 * Sec. 3.2.5). They differ in z:
 *
 * <ul>
 *   <li>{@link #HALF_NORMAL} (default): z = Φ⁻¹((1+CL)/2), so that a half-normal density on the
 *       physical region q ≥ 0 holds CL of its probability below q_UL; equivalently Δχ² at the
 *       limit equals the 1-d.o.f. χ² quantile (2.71 at 90% CL, 3.84 at 95% CL). The usual
 *       phenomenological reading of a quoted limit.</li>
 *   <li>{@link #ONE_SIDED_GAUSSIAN}: z = Φ⁻¹(CL), the limit read as a measurement q = 0 ± σ whose
 *       one-sided upper limit is q_UL (Δχ² at the limit 1.64 at 90% CL, 2.71 at 95% CL); looser.</li>
 * </ul>
 */
public enum LimitReading {
    HALF_NORMAL, ONE_SIDED_GAUSSIAN;

    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(0, 1);

    /** The number of standard deviations z at which the limit sits. */
    public double sigmasAtLimit(double confidenceLevel) {
        double probability = this == HALF_NORMAL ? (1 + confidenceLevel) / 2 : confidenceLevel;
        return STANDARD_NORMAL.inverseCumulativeProbability(probability);
    }

    /** The χ² term for q < upperLimit at the given CL. */
    public GaussianTerm term(double upperLimit, double confidenceLevel) {
        return GaussianTerm.symmetric(0, upperLimit / sigmasAtLimit(confidenceLevel));
    }

    /** The spelling of options and output: lower case, '-' for '_' (e.g. {@code half-normal}). */
    public String label() {
        return Readings.label(this);
    }
}
