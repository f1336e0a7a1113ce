package org.anomalon.uv;

import org.anomalon.spectra.AnomalonKind;

/**
 * Perturbative-unitarity limit on an anomalon Yukawa coupling (P0 ref. [66]).
 *
 * <p>Every limit printed in the seeds follows one of two rules in the SU(2) dimension n:
 * Dirac-like y ≤ √(8π/n): P0 eq. (4.5) √(4π) for n = 2, eq. (4.7) √(8π/3) for n = 3, eq. (4.10) √(8π) for
 * n = 1 and √(4π) for n = 2, P2 after eq. (43) √(4π) for n = 2 and after eq. (59) √(8π/3) for n = 3;
 * Majorana-like y ≤ √(16π/n): P0 eq. (4.5) √(16π/3) for n = 3, eq. (4.7) √(16π/5) for n = 5.
 * The partial-wave bound on the SU(2)-singlet channel scales as 1/n; the Majorana normalisation ½ y Ψ Ψ S
 * doubles the allowed y².
 */
public final class PerturbativeUnitarity {
    private PerturbativeUnitarity() {
    }

    /** Largest Yukawa coupling allowed: √(8π/n) for a DL pair, √(16π/n) for an ML field. */
    public static double maxYukawa(AnomalonKind kind, int su2Dimension) {
        double numerator = kind == AnomalonKind.ML ? 16.0 : 8.0;
        return Math.sqrt(numerator * Math.PI / su2Dimension);
    }
}
