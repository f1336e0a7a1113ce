package org.anomalon.observables;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.anomalon.InvalidInputException;
import org.anomalon.eft.FlavourTransition;

/**
 * The decays anomalon predicts: every channel of P0 Table 4 plus Z → γX. {@link #label()} is the
 * channel name used everywhere in anomalon (CLI, JSON, limits database).
 *
 * <p>Isospin (docs/physics.md §5): B⁰ → π⁰, ρ⁰ carry a factor 1/2 relative to B⁺ → π⁺, ρ⁺ (the
 * π⁰/ρ⁰ is half of a uū − dd̄ state); B⁰ → K⁰, K*⁰ none; K_L → π⁰ X uses (Im g_{ξsd})² in place of
 * |g|² (P0: √2 Im g with the K⁰ → π⁰ form factor f0/√2). K⁰ has the K_L mass (PDG lists one K⁰ mass).
 */
public enum Channel {
    K_PLUS_TO_PI_PLUS("K+->pi+X", "K+", "pi+", Kind.PSEUDOSCALAR, FlavourTransition.S_TO_D, 1, false),
    K_LONG_TO_PI_ZERO("KL->pi0X", "K_L", "pi0", Kind.PSEUDOSCALAR, FlavourTransition.S_TO_D, 1, true),
    D_PLUS_TO_PI_PLUS("D+->pi+X", "D+", "pi+", Kind.PSEUDOSCALAR, FlavourTransition.C_TO_U, 1, false),
    B_PLUS_TO_PI_PLUS("B+->pi+X", "B+", "pi+", Kind.PSEUDOSCALAR, FlavourTransition.B_TO_D, 1, false),
    B_ZERO_TO_PI_ZERO("B0->pi0X", "B0", "pi0", Kind.PSEUDOSCALAR, FlavourTransition.B_TO_D, 0.5, false),
    B_PLUS_TO_RHO_PLUS("B+->rho+X", "B+", "rho(770)+", Kind.VECTOR, FlavourTransition.B_TO_D, 1, false),
    B_ZERO_TO_RHO_ZERO("B0->rho0X", "B0", "rho(770)0", Kind.VECTOR, FlavourTransition.B_TO_D, 0.5, false),
    B_PLUS_TO_K_PLUS("B+->K+X", "B+", "K+", Kind.PSEUDOSCALAR, FlavourTransition.B_TO_S, 1, false),
    B_ZERO_TO_K_ZERO("B0->K0X", "B0", "K_L", Kind.PSEUDOSCALAR, FlavourTransition.B_TO_S, 1, false),
    B_PLUS_TO_KSTAR_PLUS("B+->K*+X", "B+", "K*(892)+", Kind.VECTOR, FlavourTransition.B_TO_S, 1, false),
    B_ZERO_TO_KSTAR_ZERO("B0->K*0X", "B0", "K*(892)0", Kind.VECTOR, FlavourTransition.B_TO_S, 1, false),
    Z_TO_GAMMA("Z->gammaX", "Z", null, Kind.PHOTON, null, 1, false);

    /** How the decay is computed. */
    public enum Kind {
        /** P → P' X with f0, P0 eq. (3.9). */
        PSEUDOSCALAR,
        /** P → V X with A0, P0 eq. (3.10). */
        VECTOR,
        /** Z → γ X, P0 eq. (3.14). */
        PHOTON
    }

    private final String label;
    private final String parent;
    private final String daughter;
    private final Kind kind;
    private final FlavourTransition transition;
    private final double isospinWeight;
    private final boolean imaginaryPartOnly;

    Channel(String label, String parent, String daughter, Kind kind, FlavourTransition transition,
            double isospinWeight, boolean imaginaryPartOnly) {
        this.label = label;
        this.parent = parent;
        this.daughter = daughter;
        this.kind = kind;
        this.transition = transition;
        this.isospinWeight = isospinWeight;
        this.imaginaryPartOnly = imaginaryPartOnly;
    }

    /** The channel name, e.g. {@code B+->K*+X}. */
    public String label() {
        return label;
    }

    /** PDG name of the decaying particle (an {@link org.anomalon.inputs.Inputs} mass key without {@code m_}). */
    public String parent() {
        return parent;
    }

    /** PDG name of the hadron (or null for the photon) produced with X. */
    public String daughter() {
        return daughter;
    }

    public Kind kind() {
        return kind;
    }

    /** The quark transition, or null for Z → γX. */
    public FlavourTransition transition() {
        return transition;
    }

    /** 1, or 1/2 for B⁰ → π⁰/ρ⁰ (isospin). */
    public double isospinWeight() {
        return isospinWeight;
    }

    /** True for K_L → π⁰X, which is CP violating and probes Im g_{ξsd} only. */
    public boolean imaginaryPartOnly() {
        return imaginaryPartOnly;
    }

    /** The form factor at q² = m_X² (null for Z → γX). */
    public FormFactor formFactor() {
        return switch (this) {
            case K_PLUS_TO_PI_PLUS, K_LONG_TO_PI_ZERO -> FormFactors.K_TO_PI_F0;
            case D_PLUS_TO_PI_PLUS -> FormFactors.D_TO_PI_F0;
            case B_PLUS_TO_PI_PLUS, B_ZERO_TO_PI_ZERO -> FormFactors.B_TO_PI_F0;
            case B_PLUS_TO_RHO_PLUS, B_ZERO_TO_RHO_ZERO -> FormFactors.B_TO_RHO_A0;
            case B_PLUS_TO_K_PLUS, B_ZERO_TO_K_ZERO -> FormFactors.B_TO_K_F0;
            case B_PLUS_TO_KSTAR_PLUS, B_ZERO_TO_KSTAR_ZERO -> FormFactors.B_TO_KSTAR_A0;
            case Z_TO_GAMMA -> null;
        };
    }

    /** The channel with this name; anything else is invalid input naming {@code source}. */
    public static Channel parse(String text, String source) {
        for (Channel channel : values()) {
            if (channel.label.equals(text)) {
                return channel;
            }
        }
        throw InvalidInputException.of(source, "channel", text,
                "one of " + Arrays.stream(values()).map(Channel::label).collect(Collectors.joining(", ")));
    }
}
