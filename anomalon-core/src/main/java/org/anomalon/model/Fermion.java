package org.anomalon.model;

import java.util.Set;
import org.anomalon.InvalidInputException;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * A Weyl fermion multiplet of SU(3)_C × SU(2)_L × U(1)_Y × U(1)_X, possibly in several identical
 * copies. Hypercharge convention Q = T3 + Y.
 *
 * @param name            label, e.g. {@code l3} or {@code A_L}
 * @param chirality       L or R
 * @param colourDimension dimension of the SU(3) representation (1, 3, 6, 8, 10, 15)
 * @param su2Dimension    n, the dimension of the SU(2) representation (n ≥ 1)
 * @param hypercharge     Y
 * @param chargeX         the U(1)_X charge
 * @param copies          number of identical copies (≥ 1)
 */
public record Fermion(String name, Chirality chirality, int colourDimension, int su2Dimension,
                      BigFraction hypercharge, BigFraction chargeX, int copies) {

    /** SU(3) representations whose Dynkin index anomalon knows (see GroupTheory). */
    public static final Set<Integer> COLOUR_DIMENSIONS = Set.of(1, 3, 6, 8, 10, 15);

    /** Largest SU(2) dimension accepted: far beyond perturbativity (n ≤ 11), still exact. */
    public static final int MAX_SU2_DIMENSION = 1001;

    public Fermion {
        if (su2Dimension < 1 || su2Dimension > MAX_SU2_DIMENSION) {
            throw InvalidInputException.of("fermion " + name, "su2", su2Dimension,
                    "an SU(2) dimension n with 1 <= n <= " + MAX_SU2_DIMENSION);
        }
        if (!COLOUR_DIMENSIONS.contains(colourDimension)) {
            throw InvalidInputException.of("fermion " + name, "su3", colourDimension,
                    "an SU(3) dimension in " + COLOUR_DIMENSIONS.stream().sorted().toList());
        }
        if (copies < 1) {
            throw InvalidInputException.of("fermion " + name, "copies", copies, "a whole number >= 1");
        }
    }

    /** A colourless SU(2) multiplet in one copy, the usual anomalon. */
    public static Fermion colourless(String name, Chirality chirality, int su2Dimension,
                                     BigFraction hypercharge, BigFraction chargeX) {
        return new Fermion(name, chirality, 1, su2Dimension, hypercharge, chargeX, 1);
    }

    /** Number of Weyl components, N_c · n · copies. */
    public int multiplicity() {
        return colourDimension * su2Dimension * copies;
    }
}
