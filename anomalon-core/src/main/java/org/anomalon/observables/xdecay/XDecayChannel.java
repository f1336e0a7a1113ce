package org.anomalon.observables.xdecay;

import org.anomalon.model.Model;
import org.anomalon.model.SmField;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * The two-body final states of X at tree level, one per SM fermion (and per right-handed neutrino).
 * The names are the keys of the {@code x_decays.channels} object of {@code anomalon rates}.
 *
 * <p>There is no γγ channel: a massive vector cannot decay into two photons (Landau–Yang), and
 * anomalon does not add loop-induced X → 3γ (docs/physics.md §5).
 */
public enum XDecayChannel {
    NU_E("nu_e nubar_e", Kind.NEUTRINO, 1),
    NU_MU("nu_mu nubar_mu", Kind.NEUTRINO, 2),
    NU_TAU("nu_tau nubar_tau", Kind.NEUTRINO, 3),
    NU_R_E("nuR_e nuR_e", Kind.RIGHT_NEUTRINO, 1),
    NU_R_MU("nuR_mu nuR_mu", Kind.RIGHT_NEUTRINO, 2),
    NU_R_TAU("nuR_tau nuR_tau", Kind.RIGHT_NEUTRINO, 3),
    ELECTRON("e+ e-", Kind.CHARGED_LEPTON, 1),
    MUON("mu+ mu-", Kind.CHARGED_LEPTON, 2),
    TAU("tau+ tau-", Kind.CHARGED_LEPTON, 3),
    UP("u ubar", Kind.UP_QUARK, 1),
    CHARM("c cbar", Kind.UP_QUARK, 2),
    TOP("t tbar", Kind.UP_QUARK, 3),
    DOWN("d dbar", Kind.DOWN_QUARK, 1),
    STRANGE("s sbar", Kind.DOWN_QUARK, 2),
    BOTTOM("b bbar", Kind.DOWN_QUARK, 3);

    /** What kind of fermion pair; decides charges, colour and visibility. */
    public enum Kind {
        NEUTRINO, RIGHT_NEUTRINO, CHARGED_LEPTON, UP_QUARK, DOWN_QUARK
    }

    private final String label;
    private final Kind kind;
    private final int generation;

    XDecayChannel(String label, Kind kind, int generation) {
        this.label = label;
        this.kind = kind;
        this.generation = generation;
    }

    /** Output name, e.g. {@code tau+ tau-}. */
    public String label() {
        return label;
    }

    public Kind kind() {
        return kind;
    }

    public int generation() {
        return generation;
    }

    /** Neutrino pairs escape every detector. */
    public boolean invisible() {
        return kind == Kind.NEUTRINO || kind == Kind.RIGHT_NEUTRINO;
    }

    public boolean quark() {
        return kind == Kind.UP_QUARK || kind == Kind.DOWN_QUARK;
    }

    public int colours() {
        return quark() ? 3 : 1;
    }

    /** Charge of the left-handed component (0 for a right-handed neutrino, which has none). */
    public BigFraction leftCharge(Model model) {
        return switch (kind) {
            case NEUTRINO, CHARGED_LEPTON -> model.charge(SmField.L, generation);
            case UP_QUARK, DOWN_QUARK -> model.charge(SmField.Q, generation);
            case RIGHT_NEUTRINO -> BigFraction.ZERO;
        };
    }

    /** Charge of the right-handed component (0 for a left-handed neutrino: its partner is counted separately). */
    public BigFraction rightCharge(Model model) {
        return switch (kind) {
            case NEUTRINO -> BigFraction.ZERO;
            case RIGHT_NEUTRINO -> model.charge(SmField.N, generation);
            case CHARGED_LEPTON -> model.charge(SmField.E, generation);
            case UP_QUARK -> model.charge(SmField.U, generation);
            case DOWN_QUARK -> model.charge(SmField.D, generation);
        };
    }

    /** Whether X couples to this pair in {@code model} at all. */
    public boolean coupled(Model model) {
        boolean present = kind != Kind.RIGHT_NEUTRINO || model.hasRightHandedNeutrino(generation);
        return present && (leftCharge(model).signum() != 0 || rightCharge(model).signum() != 0);
    }
}
