package org.anomalon.data;

import org.hipparchus.distribution.continuous.NormalDistribution;

/**
 * Conversions between confidence levels for upper limits on a branching ratio, assuming a
 * Gaussian likelihood in the BR: a one-sided upper limit at CL is μ̂ + z(CL) σ with
 * z(CL) = Φ⁻¹(CL). For a limit with best fit 0, BR_UL(CL') = BR_UL(CL) · z(CL')/z(CL).
 */
public final class ConfidenceLevels {
    /** The CL of every limit anomalon reports. */
    public static final double TARGET = 0.90;

    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(0, 1);

    private ConfidenceLevels() {
    }

    /** z(CL) = Φ⁻¹(CL), the one-sided Gaussian quantile (1.2816 at 90%, 1.6449 at 95%). */
    public static double oneSidedQuantile(double cl) {
        return STANDARD_NORMAL.inverseCumulativeProbability(cl);
    }

    /** Factor turning a zero-best-fit upper limit quoted at {@code quotedCl} into one at 90% CL. */
    public static double factorTo90(double quotedCl) {
        return oneSidedQuantile(TARGET) / oneSidedQuantile(quotedCl);
    }

    /**
     * 90% CL one-sided upper limit from a best fit and the upper edge of its 68% (±1σ) interval:
     * central + z(0.90) · (upper − central).
     */
    public static double upperLimit90FromInterval(double central, double upperEdge68) {
        return central + oneSidedQuantile(TARGET) * (upperEdge68 - central);
    }
}
