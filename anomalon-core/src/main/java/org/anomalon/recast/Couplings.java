package org.anomalon.recast;

import java.util.Arrays;

/**
 * X's vector and axial couplings x_f, a_f to every SM fermion at one m_X, in units of the global
 * coupling g (DarkCast's convention, arXiv:1801.04847 eq. 2.1 and arXiv:2206.08563:
 * L ⊃ g X_μ Σ_f f̄ γ^μ (x_f − a_f γ⁵) f). For a chiral charge assignment x_f = (X_L + X_R)/2 and
 * a_f = (X_L − X_R)/2; kinetic mixing ε (in units of g) adds ε Q_f to x_f.
 */
public final class Couplings {
    private final double[] vector;
    private final double[] axial;

    private Couplings(double[] vector, double[] axial) {
        this.vector = vector;
        this.axial = axial;
    }

    /** @param vector, axial indexed by {@link Flavour#ordinal()} (copied) */
    public static Couplings of(double[] vector, double[] axial) {
        if (vector.length != Flavour.values().length || axial.length != Flavour.values().length) {
            throw new IllegalArgumentException("one vector and one axial coupling per flavour expected");
        }
        return new Couplings(vector.clone(), axial.clone());
    }

    public double vector(Flavour flavour) {
        return vector[flavour.ordinal()];
    }

    public double axial(Flavour flavour) {
        return axial[flavour.ordinal()];
    }

    /** x_f² + a_f²: the rate of f f̄ annihilation, Drell–Yan and bremsstrahlung off f (arXiv:1801.04847 Sec. 2). */
    public double squared(Flavour flavour) {
        return vector(flavour) * vector(flavour) + axial(flavour) * axial(flavour);
    }

    /**
     * Whether a charged fermion has an axial coupling. (DarkCast asks whether any fermion has one;
     * a neutrino's axial part only says which chiralities are charged and matters for no limit's
     * validity.)
     */
    public boolean hasChargedAxialCoupling() {
        return Arrays.stream(Flavour.values()).anyMatch(f -> !f.neutrino() && axial(f) != 0);
    }

    /** Whether a charged fermion has a vector coupling. */
    public boolean hasChargedVectorCoupling() {
        return Arrays.stream(Flavour.values()).anyMatch(f -> !f.neutrino() && vector(f) != 0);
    }

    /** Whether both hold the same couplings (then every ratio of their rates is exactly 1). */
    public boolean sameAs(Couplings other) {
        return Arrays.equals(vector, other.vector) && Arrays.equals(axial, other.axial);
    }
}
