package org.anomalon.fit;

import org.hipparchus.analysis.UnivariateFunction;
import org.hipparchus.analysis.solvers.BrentSolver;
import org.hipparchus.distribution.continuous.ChiSquaredDistribution;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.hipparchus.special.Erf;
import org.hipparchus.special.Gamma;

/**
 * Conversion between Δχ² and Gaussian significance, via the p-value of a χ² distribution with k
 * degrees of freedom (Wilks): p = Q(k/2, Δχ²/2), n σ ⇔ p = 2(1 − Φ(n)). For k = 1 this is
 * n = √Δχ² exactly (Δχ² = 1, 4, 9 for 1σ, 2σ, 3σ); for k = 2 the thresholds are 2.30, 6.18, 11.83.
 */
public final class Significance {
    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(0, 1);
    private static final double SMALL_P = 1e-10;

    private Significance() {
    }

    /** The significance in σ of an improvement Δχ² with {@code dof} degrees of freedom (0 if Δχ² ≤ 0). */
    public static double sigma(double deltaChiSquared, int dof) {
        if (!(deltaChiSquared > 0)) {
            return 0;
        }
        if (dof == 1) {
            return Math.sqrt(deltaChiSquared);
        }
        double pValue = Gamma.regularizedGammaQ(dof / 2.0, deltaChiSquared / 2);
        if (pValue > SMALL_P) {
            return -STANDARD_NORMAL.inverseCumulativeProbability(pValue / 2);
        }
        // Far tail: Φ⁻¹ goes through erf⁻¹(2q − 1), which rounds to −1; solve erfc(n/√2) = p in logs instead.
        double logP = Math.log(pValue);
        UnivariateFunction mismatch = n -> Math.log(Erf.erfc(n / Math.sqrt(2))) - logP;
        return new BrentSolver(1e-12).solve(200, mismatch, 0, 38);
    }

    /** The Δχ² threshold of an n σ region with {@code dof} degrees of freedom. */
    public static double deltaChiSquared(double sigmas, int dof) {
        double coverage = 1 - 2 * STANDARD_NORMAL.cumulativeProbability(-sigmas);
        return new ChiSquaredDistribution(dof).inverseCumulativeProbability(coverage);
    }
}
