package org.anomalon.uv;

import java.util.ArrayList;
import java.util.List;
import org.anomalon.spectra.RadiativeSplitting;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * Decays of the charged components of an EW n-plet into a lighter neighbour and a soft pion, P2 eq. (37)
 * (after P2 ref. [70]):
 * Γ(L_I → L_{I±1} π^∓) ≈ (j ∓ I)(j ± I + 1)/(7.5×10⁻¹² s) · (Δm/500 MeV)³,
 * with n = 2j + 1, I = T3, valid for m_L ≫ Δm ≫ m_π±.
 *
 * <p>Disappearing tracks (P2 Sec. III B): their sensitivity is "drastically reduced for a lifetime ≪ 10⁻¹⁰ s".
 * We classify τ ≥ 10⁻¹⁰ s as {@link TrackSignature#DISAPPEARING_TRACK} (P0 Sec. 4.1: the wino-like triplet
 * with Δm ≈ 166 MeV is constrained), 10⁻¹¹ ≤ τ < 10⁻¹⁰ s as {@link TrackSignature#REDUCED_SENSITIVITY}
 * (P0 Sec. 4.2: the Higgsino-like doublet with Δm ≈ 350 MeV still gives m ≳ 200 GeV) and shorter
 * lifetimes as {@link TrackSignature#PROMPT}. The decade boundaries are our reading of P2's words.
 */
public final class ChargedDecay {
    /** P2 eq. (37): normalisation 7.5×10⁻¹² s at Δm = 500 MeV. */
    static final double REFERENCE_LIFETIME_S = 7.5e-12;
    static final double REFERENCE_SPLITTING_GEV = 0.5;
    /** Speed of light, m/s (exact, SI definition), for cτ. */
    static final double SPEED_OF_LIGHT_M_PER_S = 299_792_458.0;
    static final double DISAPPEARING_TRACK_LIFETIME_S = 1e-10;
    static final double PROMPT_LIFETIME_S = 1e-11;

    /** What a charged component leaves in a detector. */
    public enum TrackSignature {
        /** Lightest state of its multiplet and charged: stable charged track (P2 Sec. III B, ≳ 1 TeV bounds). */
        STABLE_CHARGED,
        /** τ ≥ 10⁻¹⁰ s: disappearing-track searches apply. */
        DISAPPEARING_TRACK,
        /** 10⁻¹¹ s ≤ τ < 10⁻¹⁰ s: disappearing-track searches apply with reduced sensitivity. */
        REDUCED_SENSITIVITY,
        /** τ < 10⁻¹¹ s: decays before leaving a track; disappearing-track searches are evaded. */
        PROMPT
    }

    /**
     * One component of a multiplet.
     *
     * @param isospin3       I = T3
     * @param charge         Q = T3 + Y
     * @param massShift_GeV  mass relative to the multiplet's common mass (radiative splitting, P0 eq. 2.10)
     */
    public record Component(BigFraction isospin3, BigFraction charge, double massShift_GeV) {
    }

    /**
     * Decay of one charged component.
     *
     * @param charge          Q of the decaying state
     * @param massShift_GeV   its mass relative to the lightest state of the multiplet
     * @param rate_perSecond total rate into lighter neighbours, in s⁻¹ (0 when stable)
     * @param lifetime_s      1/rate (+∞ when stable)
     * @param decayLength_m   cτ (+∞ when stable)
     * @param pionOpen        every splitting used exceeds m_π±, the validity condition of P2 eq. (37)
     * @param signature       detector signature
     */
    public record ChargedState(BigFraction charge, double massShift_GeV, double rate_perSecond,
                               double lifetime_s, double decayLength_m, boolean pionOpen,
                               TrackSignature signature) {
    }

    private ChargedDecay() {
    }

    /** Γ(L_I → L_{I+step} π) in s⁻¹ for a splitting Δm (GeV) in an n-plet, step = ±1 (P2 eq. 37). */
    public static double rate(int su2Dimension, BigFraction isospin3, int step, double splitting_GeV) {
        BigFraction j = BigFraction.of(su2Dimension - 1, 2);
        BigFraction clebsch = step > 0
                ? j.subtract(isospin3).multiply(j.add(isospin3).add(1))
                : j.add(isospin3).multiply(j.subtract(isospin3).add(1));
        double ratio = splitting_GeV / REFERENCE_SPLITTING_GEV;
        return clebsch.doubleValue() / REFERENCE_LIFETIME_S * ratio * ratio * ratio;
    }

    /**
     * The charged states of a multiplet with their lifetimes.
     *
     * @param components all n components, ordered by T3 (from {@link #components})
     * @param pionMass_GeV m_π± for the validity check of P2 eq. (37)
     */
    public static List<ChargedState> chargedStates(int su2Dimension, List<Component> components, double pionMass_GeV) {
        double lightest = components.stream().mapToDouble(Component::massShift_GeV).min().orElseThrow();
        List<ChargedState> states = new ArrayList<>();
        for (int k = 0; k < components.size(); k++) {
            Component c = components.get(k);
            if (c.charge().signum() == 0) {
                continue;
            }
            double rate = 0.0;
            boolean pionOpen = true;
            for (int step : new int[] {-1, +1}) {
                int neighbour = k + step;
                if (neighbour < 0 || neighbour >= components.size()) {
                    continue;
                }
                double splitting = c.massShift_GeV() - components.get(neighbour).massShift_GeV();
                if (splitting > 0.0) {
                    rate += rate(su2Dimension, c.isospin3(), step, splitting);
                    pionOpen &= splitting > pionMass_GeV;
                }
            }
            double lifetime = rate > 0.0 ? 1.0 / rate : Double.POSITIVE_INFINITY;
            states.add(new ChargedState(c.charge(), c.massShift_GeV() - lightest, rate, lifetime,
                    SPEED_OF_LIGHT_M_PER_S * lifetime, pionOpen, signature(lifetime)));
        }
        return states;
    }

    /** The n components of a multiplet of hypercharge Y with radiative splittings (P0 eq. 2.10, spectra). */
    public static List<Component> components(int su2Dimension, BigFraction hypercharge, RadiativeSplitting splitting) {
        List<Component> components = new ArrayList<>();
        for (BigFraction charge : RadiativeSplitting.charges(su2Dimension, hypercharge)) {
            components.add(new Component(charge.subtract(hypercharge), charge,
                    splitting.massAboveNeutral(charge, hypercharge)));
        }
        return components;
    }

    static TrackSignature signature(double lifetime_s) {
        if (Double.isInfinite(lifetime_s)) {
            return TrackSignature.STABLE_CHARGED;
        }
        if (lifetime_s >= DISAPPEARING_TRACK_LIFETIME_S) {
            return TrackSignature.DISAPPEARING_TRACK;
        }
        return lifetime_s >= PROMPT_LIFETIME_S ? TrackSignature.REDUCED_SENSITIVITY : TrackSignature.PROMPT;
    }
}
