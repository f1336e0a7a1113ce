package org.anomalon.limits;

import java.util.ArrayList;
import java.util.List;
import org.anomalon.data.Escape;

/**
 * The escape probability an experiment's lifetime-dependent limits imply at one m_X (the NA62 and
 * E949 grids): its limit for a visibly decaying X of lifetime τ_k is its stable-X limit divided by
 * the fraction of such X that decay beyond the detector, so
 * <pre>  P(τ_k) = BR_UL(∞)/BR_UL(τ_k)  (clipped to ≤ 1, and made non-increasing as τ falls).</pre>
 * Between grid lifetimes ln P is interpolated linearly in 1/τ, the variable in which it is exactly
 * linear for a single flight distance (P = exp(−L/(βγcτ))); 1/τ = 0 is the stable curve, P = 1.
 * Below the shortest lifetime ln P is extrapolated with the steeper of the last segment's slope and
 * the secant from 1/τ = 0: for any mixture of flight distances and boosts ln P is convex in 1/τ, so
 * this underestimates P (a conservative limit). With no slope to extrapolate P = 0 there.
 */
final class LifetimeGridEscape implements EscapeProbability {
    private final double[] inverseLifetimes;
    private final double[] logProbabilities;
    private final double slope;

    private LifetimeGridEscape(double[] inverseLifetimes, double[] logProbabilities, double slope) {
        this.inverseLifetimes = inverseLifetimes;
        this.logProbabilities = logProbabilities;
        this.slope = slope;
    }

    /**
     * @param curves      the experiment's finite-lifetime curves
     * @param stableLimit its stable-X limit at this mass
     * @return {@link EscapeProbability#NEVER} where no finite-lifetime curve covers the mass
     */
    static EscapeProbability at(Escape.LifetimeCurves curves, double massX, double stableLimit) {
        List<double[]> nodes = new ArrayList<>();
        nodes.add(new double[] {0, 0});
        double running = 0;
        // longest lifetime first: 1/τ increasing
        for (int k = curves.lifetimes_s().size() - 1; k >= 0; k--) {
            double limit = curves.curves().get(k).upperLimit90(massX);
            if (limit > 0 && Double.isFinite(limit)) {
                running = Math.min(running, Math.min(0, Math.log(stableLimit / limit)));
                nodes.add(new double[] {1 / curves.lifetimes_s().get(k), running});
            }
        }
        if (nodes.size() == 1) {
            return NEVER;
        }
        double[] x = nodes.stream().mapToDouble(n -> n[0]).toArray();
        double[] logP = nodes.stream().mapToDouble(n -> n[1]).toArray();
        int last = x.length - 1;
        double slope = Math.min((logP[last] - logP[last - 1]) / (x[last] - x[last - 1]), logP[last] / x[last]);
        return new LifetimeGridEscape(x, logP, slope);
    }

    @Override
    public double at(double lifetime_s) {
        double inverse = 1 / lifetime_s;
        int last = inverseLifetimes.length - 1;
        if (inverse >= inverseLifetimes[last]) {
            return slope < 0 ? Math.exp(logProbabilities[last] + slope * (inverse - inverseLifetimes[last])) : 0;
        }
        int k = 1;
        while (inverseLifetimes[k] < inverse) {
            k++;
        }
        double t = (inverse - inverseLifetimes[k - 1]) / (inverseLifetimes[k] - inverseLifetimes[k - 1]);
        return Math.exp(logProbabilities[k - 1] + t * (logProbabilities[k] - logProbabilities[k - 1]));
    }
}
