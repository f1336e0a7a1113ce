package org.anomalon.spectra;

/**
 * How an anomalon gets its mass from the U(1)_X-breaking scalar S (P0 Sec. 2.2, criterion (i)).
 *
 * <p>A Majorana-like (ML) field Ψ Ψ^c ⟨S⟩ has Y = 0, n odd and X = ±X_S/2; a Dirac-like (DL) pair
 * Ψ_1 Ψ_2 ⟨S⟩ has equal n, opposite Y ≠ 0 and X_1 + X_2 = ±X_S.
 */
public enum AnomalonKind {
    /** Majorana-like field: C = 1 in the finite-naturalness formula (P0 eq. 2.9). */
    ML(1),
    /** Dirac-like pair: C = 2 in the finite-naturalness formula (P0 eq. 2.9). */
    DL(2);

    private final int naturalnessWeight;

    AnomalonKind(int naturalnessWeight) {
        this.naturalnessWeight = naturalnessWeight;
    }

    /** C of P0 eq. (2.9): 1 for a Majorana fermion, 2 for a Dirac fermion. */
    public int naturalnessWeight() {
        return naturalnessWeight;
    }
}
