package org.anomalon.spectra;

import org.anomalon.InvalidInputException;

/**
 * Perturbativity of a large SU(2) multiplet, P0 eq. (2.11): g² T3²/(4π) ≤ 1 for every component;
 * the strongest bound comes from |T3|max = (n−1)/2. With g = 0.65 it gives n ≤ 11 (docs/physics.md §2:
 * the OCR's "n ≤ 10" is inconsistent with P0 Table 2, which lists n = 11).
 */
public final class Perturbativity {
    /** g ≈ 0.65 (P0 text below eq. 2.11). */
    public static final double SU2_COUPLING = 0.65;

    private Perturbativity() {
    }

    /** g² T3max²/(4π) with T3max = (n−1)/2, the left side of P0 eq. (2.11). */
    public static double strength(int su2Dimension, double su2Coupling) {
        requireInputs(su2Dimension, su2Coupling);
        double t3Max = (su2Dimension - 1) / 2.0;
        return su2Coupling * su2Coupling * t3Max * t3Max / (4 * Math.PI);
    }

    /** True iff the n-plet satisfies P0 eq. (2.11). */
    public static boolean isPerturbative(int su2Dimension, double su2Coupling) {
        return strength(su2Dimension, su2Coupling) <= 1;
    }

    /** The largest n allowed by P0 eq. (2.11): n ≤ 1 + 2 √(4π)/g. */
    public static int largestDimension(double su2Coupling) {
        requireInputs(1, su2Coupling);
        int n = 1 + (int) Math.floor(2 * Math.sqrt(4 * Math.PI) / su2Coupling);
        // guard the floor against rounding at an exact boundary
        while (!isPerturbative(n, su2Coupling)) {
            n--;
        }
        return n;
    }

    private static void requireInputs(int su2Dimension, double su2Coupling) {
        if (su2Dimension < 1) {
            throw InvalidInputException.of("perturbativity", "n", su2Dimension, "an SU(2) dimension >= 1");
        }
        if (!(su2Coupling > 0) || Double.isInfinite(su2Coupling)) {
            throw InvalidInputException.of("perturbativity", "g", su2Coupling, "a finite coupling > 0");
        }
    }
}
