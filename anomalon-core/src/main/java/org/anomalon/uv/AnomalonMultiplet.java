package org.anomalon.uv;

import java.util.List;
import org.anomalon.model.Scalar;
import org.anomalon.spectra.AnomalonKind;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * One massive anomalon multiplet: a Dirac-like pair or a Majorana-like field, colourless, with its
 * mass from the breaking scalar {@code scalar}: m = y V_S/√2 (P0 Sec. 4.1, P2 eq. 36).
 *
 * <p>Quantum numbers are those of the left-handed Weyl field of the multiplet (a right-handed field is
 * written as its conjugate, Y → −Y, X → −X), so a Dirac-like pair has charges X and X_partner with
 * X + X_partner = ±X_S.
 *
 * @param name         the multiplet label, e.g. {@code A} for the fields A_L, A_R
 * @param kind         Dirac-like (DL) pair or Majorana-like (ML) field
 * @param su2Dimension n
 * @param hypercharge  Y of the left-handed field (Q = T3 + Y)
 * @param chargeX      X of the left-handed field
 * @param scalar       the scalar whose VEV gives the mass
 * @param fields       names of the Weyl fields in the model file
 */
public record AnomalonMultiplet(String name, AnomalonKind kind, int su2Dimension, BigFraction hypercharge,
                                BigFraction chargeX, Scalar scalar, List<String> fields) {

    public AnomalonMultiplet {
        fields = List.copyOf(fields);
    }

    /** Perturbative-unitarity limit on the Yukawa coupling (see {@link PerturbativeUnitarity}). */
    public double maxYukawa() {
        return PerturbativeUnitarity.maxYukawa(kind, su2Dimension);
    }

    /** m = y V_S/√2 (P0 Sec. 4.1, P2 eqs. 36, 59). */
    public static double mass(double yukawa, double scalarVev) {
        return yukawa * scalarVev / Math.sqrt(2.0);
    }
}
