package org.anomalon.fit;

/**
 * χ²(g_X) = −2 ln L along one model's line (its traces fixed, g_X the only free parameter): what a
 * best fit, its interval and the profile of P0 Fig. 2 (right) need, whatever the likelihood —
 * Gaussian terms ({@link ModelFit}) or Belle II's workspace ({@link WorkspaceFit}).
 */
public interface CouplingProfile {
    /** χ² at coupling g_X ≥ 0. */
    double chiSquared(double couplingX);

    /** The minimum over g_X ≥ 0 with its 1σ interval and the comparison with the SM (g_X = 0). */
    BestFit best();

    /** ĝ_X alone, without the interval: what a refit under other theory inputs needs. */
    default double bestCoupling() {
        return best().couplingX();
    }

    /** χ²(g_X) on {@code points} equally spaced couplings in [0, maxCoupling] (P0 Fig. 2 right). */
    default double[][] profile(double maxCoupling, int points) {
        double[][] profile = new double[points][];
        for (int i = 0; i < points; i++) {
            double couplingX = maxCoupling * i / (points - 1);
            profile[i] = new double[] {couplingX, chiSquared(couplingX)};
        }
        return profile;
    }
}
