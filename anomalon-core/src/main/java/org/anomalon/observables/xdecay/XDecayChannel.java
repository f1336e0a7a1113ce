package org.anomalon.observables.xdecay;

import java.util.Optional;

/**
 * The final states of X that anomalon computes (docs/x-decays.md). The names are the keys of the
 * {@code x_decays.channels} object of {@code anomalon rates}.
 * <ul>
 *   <li>fermion pairs, one per SM flavour (a neutrino pair includes its right-handed partner when
 *       the model has a light one);</li>
 *   <li>γγγ through the electron loop below 2 m_e (X → γγ is forbidden, Landau–Yang);</li>
 *   <li>the exclusive hadronic channels of the data-driven vector-meson-dominance method of
 *       arXiv:1801.04847 below 2 GeV, and the axial-current hadrons of arXiv:2206.08563;</li>
 *   <li>the perturbative quark pairs, u, d, s from the matching window on (1.8 GeV), c, b above the
 *       open-flavour thresholds.</li>
 * </ul>
 * K⁺K⁻ and K⁰K̄⁰ are one channel: the data give their sum only (docs/x-decays.md).
 */
public enum XDecayChannel {
    NU_E("nu_e nubar_e", Kind.NEUTRINO, Flavour.NU_E),
    NU_MU("nu_mu nubar_mu", Kind.NEUTRINO, Flavour.NU_MU),
    NU_TAU("nu_tau nubar_tau", Kind.NEUTRINO, Flavour.NU_TAU),
    ELECTRON("e+ e-", Kind.CHARGED_LEPTON, Flavour.E),
    MUON("mu+ mu-", Kind.CHARGED_LEPTON, Flavour.MU),
    TAU("tau+ tau-", Kind.CHARGED_LEPTON, Flavour.TAU),
    THREE_PHOTONS("gamma gamma gamma", Kind.PHOTONS, null),
    PI_PI("pi+ pi-", Kind.HADRONS, null),
    PI_PI_PI0("pi+ pi- pi0", Kind.HADRONS, null),
    PI0_GAMMA("pi0 gamma", Kind.HADRONS, null),
    K_KBAR("K Kbar", Kind.HADRONS, null),
    K_KBAR_PI("K Kbar pi", Kind.HADRONS, null),
    FOUR_PI_CHARGED("pi+ pi- pi+ pi-", Kind.HADRONS, null),
    FOUR_PI_NEUTRAL("pi+ pi- pi0 pi0", Kind.HADRONS, null),
    OTHER_HADRONS("other hadrons", Kind.HADRONS, null),
    AXIAL_HADRONS("hadrons (axial current)", Kind.HADRONS, null),
    AXIAL_ISOSCALAR_HADRONS("hadrons (isoscalar axial current)", Kind.HADRONS, null),
    UP("u ubar", Kind.QUARK, Flavour.U),
    DOWN("d dbar", Kind.QUARK, Flavour.D),
    STRANGE("s sbar", Kind.QUARK, Flavour.S),
    CHARM("c cbar", Kind.QUARK, Flavour.C),
    BOTTOM("b bbar", Kind.QUARK, Flavour.B),
    TOP("t tbar", Kind.QUARK, Flavour.T);

    /** What kind of final state. */
    public enum Kind {
        NEUTRINO, CHARGED_LEPTON, PHOTONS, HADRONS, QUARK
    }

    private final String label;
    private final Kind kind;
    private final Flavour flavour;

    XDecayChannel(String label, Kind kind, Flavour flavour) {
        this.label = label;
        this.kind = kind;
        this.flavour = flavour;
    }

    /** Output name, e.g. {@code tau+ tau-}, {@code pi+ pi- pi0}. */
    public String label() {
        return label;
    }

    public Kind kind() {
        return kind;
    }

    /** The fermion of a fermion-pair channel; empty for photons and exclusive hadrons. */
    public Optional<Flavour> flavour() {
        return Optional.ofNullable(flavour);
    }

    /** Neutrino pairs escape every detector; everything else is visible. */
    public boolean invisible() {
        return kind == Kind.NEUTRINO;
    }

    /** Whether the final state is made of hadrons (exclusive, axial or quark level). */
    public boolean hadronic() {
        return kind == Kind.HADRONS || kind == Kind.QUARK;
    }
}
