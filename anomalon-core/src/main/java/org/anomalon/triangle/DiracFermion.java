package org.anomalon.triangle;

import java.util.ArrayList;
import java.util.List;
import org.anomalon.inputs.InputName;
import org.anomalon.inputs.Inputs;
import org.anomalon.model.Model;
import org.anomalon.model.Rationals;
import org.anomalon.model.SmField;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * A massive SM fermion in the mass basis, as it runs in the triangles of Smith–Tait (ST Sec. II–III):
 * electric charge Q, weak isospin T3 of its left-handed component, colours, the U(1)_X charges of
 * both chiralities and its mass. Neutrinos are massless and have Q = 0: they never enter Z → γX.
 *
 * <p>Masses: PDG e, μ, τ; MS-bar u, d, s (2 GeV), c, b (at m̄) as in P0's loop functions; top pole.
 *
 * @param name        e.g. {@code t}
 * @param charge      Q
 * @param isospin     T3 of the left-handed component
 * @param colours     N_c
 * @param leftChargeX X of the left-handed component (the doublet's charge)
 * @param rightChargeX X of the right-handed component
 * @param mass_GeV    m_f
 */
record DiracFermion(String name, BigFraction charge, BigFraction isospin, int colours, BigFraction leftChargeX,
                    BigFraction rightChargeX, double mass_GeV) {

    private static final String[] UP = {"u", "c", "t"};
    private static final String[] DOWN = {"d", "s", "b"};
    private static final String[] LEPTON = {"e", "mu", "tau"};

    /** The nine charged SM fermions of {@code model}, generation by generation. */
    static List<DiracFermion> chargedFermions(Model model, Inputs inputs) {
        List<DiracFermion> fermions = new ArrayList<>();
        BigFraction half = Rationals.of(1, 2);
        for (int generation = 1; generation <= SmField.GENERATIONS; generation++) {
            int g = generation - 1;
            BigFraction quarkDoublet = model.charge(SmField.Q, generation);
            fermions.add(new DiracFermion(UP[g], Rationals.of(2, 3), half, 3, quarkDoublet,
                    model.charge(SmField.U, generation), generation == 3 ? inputs.mass("t") : inputs.value(InputName.msBarMass(UP[g]))));
            fermions.add(new DiracFermion(DOWN[g], Rationals.of(-1, 3), half.negate(), 3, quarkDoublet,
                    model.charge(SmField.D, generation), inputs.value(InputName.msBarMass(DOWN[g]))));
            fermions.add(new DiracFermion(LEPTON[g], Rationals.of(-1), half.negate(), 1, model.charge(SmField.L, generation),
                    model.charge(SmField.E, generation), inputs.mass(LEPTON[g] + "-")));
        }
        return fermions;
    }

    /** X couples to both chiralities alike (vector-like), the case ST treat. */
    boolean vectorLike() {
        return leftChargeX.equals(rightChargeX);
    }

    /**
     * This fermion's share of c_W² A_XWW − s_W² A_XYY for a vector-like X (massless limit): the X–γ–Z
     * triangle needs the axial Z coupling, ∝ T3, so the share is −2 N_c X Q T3 (docs/physics.md §6).
     * Summed over a complete vector-like generation it gives A_XWW (= −A_XYY), so that
     * P0 eq. (3.13) is recovered when every fermion is massless.
     */
    BigFraction zPhotonShare() {
        return leftChargeX.multiply(charge).multiply(isospin).multiply(-2 * colours);
    }
}
