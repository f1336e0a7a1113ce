package org.anomalon.inputs;

import java.util.Locale;

/**
 * Which top-quark mass enters the W-loop function F(m_t²/m_W²) of the flavour-changing couplings
 * (P0 eq. 3.8). P0 does not say; the two choices move the B → K X rate, hence the fitted g_X, by
 * 5–6% (docs/fit.md).
 *
 * <ul>
 *   <li>{@link #POLE} (default): the PDG mass {@code m_t} (the direct measurements, close to the
 *       pole mass).</li>
 *   <li>{@link #MSBAR}: the MS-bar mass m_t(m_t), derived from {@code m_t} by the QCD relation
 *       M/m(m) = 1 + (4/3) a + K₂ a² + K₃ a³, a = α_s(m(m))/π, n_l = 5 massless light quarks:
 *       K₂ = 13.4434 − 1.0414 n_l (N. Gray, D. J. Broadhurst, W. Grafe, K. Schilcher, Z. Phys. C 48
 *       (1990) 673), K₃ = 190.595 − 26.655 n_l + 0.6527 n_l² (K. G. Chetyrkin, M. Steinhauser,
 *       Phys. Rev. Lett. 83 (1999) 4001; K. Melnikov, T. van Ritbergen, Phys. Lett. B 482 (2000) 99),
 *       with α_s run at one loop (five flavours) from {@code alpha_s_mz}, solved for m(m) by
 *       fixed-point iteration. The four-loop term (~0.2 GeV) and the one-loop running of α_s
 *       (~0.05 GeV) are left out.</li>
 * </ul>
 */
public enum TopMassScheme {
    POLE("pole"), MSBAR("msbar");

    private static final int LIGHT_FLAVOURS = 5;
    private final String label;

    TopMassScheme(String label) {
        this.label = label;
    }

    /** The name on the command line and in output. */
    public String label() {
        return label;
    }

    /** The top mass of this scheme with the inputs' {@code m_t}, {@code alpha_s_mz} and {@code m_Z}. */
    TopMass topMass(Inputs inputs) {
        double pole = inputs.mass("t");
        String poleSource = inputs.input("m_t").source();
        if (this == POLE) {
            return new TopMass(pole, this, "PDG mass m_t (" + poleSource + ")");
        }
        double alphaSMz = inputs.value("alpha_s_mz");
        double mZ = inputs.mass("Z");
        double running = pole;
        double alphaS = alphaSMz;
        for (int iteration = 0; iteration < 50; iteration++) {
            alphaS = oneLoopAlphaS(alphaSMz, mZ, running);
            double a = alphaS / Math.PI;
            double k2 = 13.4434 - 1.0414 * LIGHT_FLAVOURS;
            double k3 = 190.595 - 26.655 * LIGHT_FLAVOURS + 0.6527 * LIGHT_FLAVOURS * LIGHT_FLAVOURS;
            double next = pole / (1 + a * (4.0 / 3 + a * (k2 + a * k3)));
            if (Math.abs(next - running) < 1e-10 * pole) {
                running = next;
                break;
            }
            running = next;
        }
        return new TopMass(running, this, String.format(Locale.ROOT,
                "MS-bar m_t(m_t) from m_t = %.2f GeV (%s) by the three-loop QCD relation, alpha_s(m_t) = %.4f "
                        + "(one-loop running from alpha_s(M_Z) = %.4f)", pole, poleSource, alphaS, alphaSMz));
    }

    /** 1/α_s(μ) = 1/α_s(M_Z) + b₀/(4π) ln(μ²/M_Z²), b₀ = 11 − 2n_f/3 with n_f = 5 (as StrongCoupling below m_t). */
    private static double oneLoopAlphaS(double alphaSMz, double mZ, double mu) {
        double b0 = 11 - 2.0 * LIGHT_FLAVOURS / 3;
        return 1 / (1 / alphaSMz + b0 / (4 * Math.PI) * Math.log(mu * mu / (mZ * mZ)));
    }

    /**
     * The top mass in the loop function with its scheme and source.
     *
     * @param value_GeV the mass
     * @param scheme    pole or MS-bar
     * @param source    where it comes from, for output
     */
    public record TopMass(double value_GeV, TopMassScheme scheme, String source) {
    }
}
