package org.anomalon.observables.xdecay;

import org.anomalon.inputs.Inputs;

/**
 * Where anomalon trusts perturbative X → q q̄ (N_c × the lepton formula × (1 + α_s/π), docs/physics.md §5)
 * and where X → hadrons through quark flavour q is exactly zero. In between lies the resonance
 * region, which anomalon does not compute: no hadronic cross-section data (R ratio, vector-meson
 * couplings) is in the project's data, so the vector-meson-dominance width of arXiv:1801.04847 is
 * not reproduced — the channel is reported "not computed" with the range, never as 0.
 *
 * <ul>
 *   <li>u, d, s: closed below m_π⁰ (no lighter hadron; X → π⁰γ opens there), perturbative from
 *       {@value #LIGHT_QUARKS_PERTURBATIVE_FROM_GEV} GeV — a convention (the ρ, ω, φ and their
 *       excitations lie below), not a measured number.</li>
 *   <li>c: closed below 2 m̄_c (no charmonium below), perturbative from the open-charm threshold
 *       2 m_D⁰ (local duality: averages over the ψ resonances above).</li>
 *   <li>b: closed below 2 m̄_b, perturbative from the open-bottom threshold 2 m_B⁺.</li>
 *   <li>t: perturbative above 2 m_t (pole).</li>
 * </ul>
 *
 * @param closedBelow_GeV      X → hadrons through this flavour vanishes below this m_X
 * @param perturbativeFrom_GeV perturbative QCD is used from this m_X on
 * @param quarkMass_GeV        the mass in the phase-space factor (MS-bar for u…b, pole for t)
 */
record QuarkThresholds(double closedBelow_GeV, double perturbativeFrom_GeV, double quarkMass_GeV) {

    /** Light-quark hadronic region ends here by convention (see class Javadoc and docs/x-decays.md). */
    static final double LIGHT_QUARKS_PERTURBATIVE_FROM_GEV = 2.0;

    static QuarkThresholds of(XDecayChannel quark, Inputs inputs) {
        double lightestHadron = inputs.mass("pi0");
        return switch (quark) {
            case UP -> light(lightestHadron, inputs.value("mbar_u"));
            case DOWN -> light(lightestHadron, inputs.value("mbar_d"));
            case STRANGE -> light(lightestHadron, inputs.value("mbar_s"));
            case CHARM -> new QuarkThresholds(2 * inputs.value("mbar_c"), 2 * inputs.mass("D0"), inputs.value("mbar_c"));
            case BOTTOM -> new QuarkThresholds(2 * inputs.value("mbar_b"), 2 * inputs.mass("B+"), inputs.value("mbar_b"));
            case TOP -> new QuarkThresholds(2 * inputs.mass("t"), 2 * inputs.mass("t"), inputs.mass("t"));
            default -> throw new IllegalArgumentException("not a quark channel: " + quark);
        };
    }

    private static QuarkThresholds light(double lightestHadron, double quarkMass) {
        return new QuarkThresholds(lightestHadron, LIGHT_QUARKS_PERTURBATIVE_FROM_GEV, quarkMass);
    }
}
