package org.anomalon.observables.xdecay;

import org.anomalon.inputs.Inputs;

/**
 * α_s(μ) at one loop from α_s(M_Z), matched continuously at the flavour thresholds m̄_b, m̄_c
 * (MS-bar) and m_t (pole):
 * <pre>
 *   1/α_s(μ) = 1/α_s(μ₀) + b₀/(4π) · ln(μ²/μ₀²),   b₀ = 11 − 2 n_f/3.
 * </pre>
 * Used only for the QCD factor (1 + α_s/π) of perturbative X → q q̄ above 2 GeV. One loop
 * underestimates α_s(2 GeV) by about 10% relative to the multi-loop value, i.e. the factor
 * (1 + α_s/π) by about 1%; docs/x-decays.md states this.
 */
public final class StrongCoupling {
    private final double alphaSAtMZ;
    private final double massZ;
    private final double massCharm;
    private final double massBottom;
    private final double massTop;

    private StrongCoupling(double alphaSAtMZ, double massZ, double massCharm, double massBottom, double massTop) {
        this.alphaSAtMZ = alphaSAtMZ;
        this.massZ = massZ;
        this.massCharm = massCharm;
        this.massBottom = massBottom;
        this.massTop = massTop;
    }

    /** α_s(M_Z) = {@code alpha_s_mz}, thresholds {@code mbar_c}, {@code mbar_b}, {@code m_t}, scale {@code m_Z}. */
    public static StrongCoupling from(Inputs inputs) {
        return new StrongCoupling(inputs.value("alpha_s_mz"), inputs.mass("Z"), inputs.value("mbar_c"),
                inputs.value("mbar_b"), inputs.mass("t"));
    }

    /**
     * α_s at scale {@code mu_GeV}; the scale must be above m̄_c, where one-loop running with
     * four flavours still makes sense.
     */
    public double at(double mu_GeV) {
        if (!(mu_GeV > massCharm)) {
            throw new IllegalArgumentException("alpha_s is only evaluated above m_c = " + massCharm + " GeV, got " + mu_GeV);
        }
        double inverse = 1 / alphaSAtMZ;
        double[] thresholds = {massCharm, massBottom, massTop};
        // Run from M_Z to mu one segment at a time; no threshold lies inside a segment.
        double from = massZ;
        while (from != mu_GeV) {
            double to = nextStop(from, mu_GeV, thresholds);
            int flavours = activeFlavours(Math.sqrt(from * to), thresholds);
            inverse += betaZero(flavours) / (4 * Math.PI) * Math.log(to * to / (from * from));
            from = to;
        }
        return 1 / inverse;
    }

    private static int activeFlavours(double scale, double[] thresholds) {
        int flavours = 3;
        for (double threshold : thresholds) {
            if (scale > threshold) {
                flavours++;
            }
        }
        return flavours;
    }

    /** The next threshold strictly between {@code from} and {@code to}, or {@code to}. */
    private static double nextStop(double from, double to, double[] thresholds) {
        double stop = to;
        for (double threshold : thresholds) {
            boolean between = to > from ? threshold > from && threshold < stop : threshold < from && threshold > stop;
            if (between) {
                stop = threshold;
            }
        }
        return stop;
    }

    private static double betaZero(int flavours) {
        return 11 - 2.0 * flavours / 3;
    }
}
