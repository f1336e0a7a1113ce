package org.anomalon.eft;

import org.hipparchus.complex.Complex;

/**
 * The couplings of the longitudinal X (Goldstone ξ) that the rates need, as one additive value:
 * flavour-changing couplings g_{ξ q_i q_j} of the operator g q̄_j γ^μ P_L q_i (∂_μ ξ / m_X)
 * (P0 eq. 3.5) and the coefficient C_XZγ of C_XZγ (ξ/m_X) ε^{μναβ} (∂_α Z_μ)(∂_β A_ν) (P0 eq. 3.13). All are linear in g_X, so rates scale as g_X².
 *
 * <p>Contributions add: the anomaly-induced (Wess–Zumino) part of P0 and the mass-dependent
 * triangle part of Smith–Tait are separate {@code EffectiveCouplings} joined with {@link #plus}.
 *
 * @param origin   what the couplings describe, e.g. "P0 Wess-Zumino" or "P0 Wess-Zumino + ST contribution"
 * @param gSd      g_{ξ s d} (s → d)
 * @param gBd      g_{ξ b d} (b → d)
 * @param gBs      g_{ξ b s} (b → s)
 * @param gCu      g_{ξ c u} (c → u)
 * @param cXZgamma C_XZγ (real for P0; complex parts may come from loops above threshold)
 */
public record EffectiveCouplings(String origin, Complex gSd, Complex gBd, Complex gBs, Complex gCu,
                                 Complex cXZgamma) {

    /** No coupling at all: the neutral element of {@link #plus}. */
    public static EffectiveCouplings none() {
        return new EffectiveCouplings("none", Complex.ZERO, Complex.ZERO, Complex.ZERO, Complex.ZERO, Complex.ZERO);
    }

    /** The coupling of one flavour transition. */
    public Complex flavourChanging(FlavourTransition transition) {
        return switch (transition) {
            case S_TO_D -> gSd;
            case B_TO_D -> gBd;
            case B_TO_S -> gBs;
            case C_TO_U -> gCu;
        };
    }

    /** The sum of two contributions (amplitudes add, not rates). */
    public EffectiveCouplings plus(EffectiveCouplings other) {
        String joined = "none".equals(origin) ? other.origin
                : "none".equals(other.origin) ? origin : origin + " + " + other.origin;
        return new EffectiveCouplings(joined, gSd.add(other.gSd), gBd.add(other.gBd), gBs.add(other.gBs),
                gCu.add(other.gCu), cXZgamma.add(other.cXZgamma));
    }

    /** All couplings times a real factor, e.g. g_X'/g_X to rescale the gauge coupling. */
    public EffectiveCouplings times(double factor) {
        return new EffectiveCouplings(origin, gSd.multiply(factor), gBd.multiply(factor), gBs.multiply(factor),
                gCu.multiply(factor), cXZgamma.multiply(factor));
    }
}
