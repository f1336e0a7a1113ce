package org.anomalon.uv;

/**
 * How an anomalon multiplet gets its mass from a U(1)_X-breaking scalar S (P0 Sec. 2.2, criterion i).
 *
 * <p>The perturbative-unitarity limit on the Yukawa coupling depends on the type and on the SU(2)
 * dimension n. Every limit printed in the seeds is one of two rules:
 * Dirac-like y ≤ √(8π/n): P0 eq. (4.5) √(4π) for n = 2, eq. (4.7) √(8π/3) for n = 3, eq. (4.10) √(8π)
 * for n = 1 and √(4π) for n = 2, P2 after eq. (43) √(4π) for n = 2 and after eq. (59) √(8π/3) for n = 3;
 * Majorana-like y ≤ √(16π/n): P0 eq. (4.5) for n = 3, eq. (4.7) √(16π/5) for n = 5.
 * The common origin is the partial-wave bound of P0 ref. [66] on the SU(2)-singlet channel, whose
 * multiplicity grows with n (the Majorana normalisation ½ y B B S doubles the allowed y²).
 */
public enum MassTerm {
    /** Dirac-like pair Ψ̄_L Ψ_R S: equal n, opposite hypercharge, X_1 + X_2 = ±X_S (left-handed notation). */
    DIRAC_LIKE("DL", 8.0),
    /** Majorana-like field ½ y Ψ Ψ S: Y = 0, n odd, 2X = ±X_S. */
    MAJORANA_LIKE("ML", 16.0);

    private final String label;
    private final double unitarityNumerator;

    MassTerm(String label, double unitarityNumerator) {
        this.label = label;
        this.unitarityNumerator = unitarityNumerator;
    }

    /** "DL" or "ML", as in the papers. */
    public String label() {
        return label;
    }

    /** Largest Yukawa coupling allowed by perturbative unitarity, √(8π/n) or √(16π/n) (see class doc). */
    public double maxYukawa(int su2Dimension) {
        return Math.sqrt(unitarityNumerator * Math.PI / su2Dimension);
    }
}
