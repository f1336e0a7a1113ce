package org.anomalon.spectra;

import org.anomalon.model.Chirality;
import org.anomalon.model.Fermion;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * One left-handed Weyl anomalon multiplet (N_c, n, Y, X) as in P0 eqs. (2.12)–(2.13). Where the
 * solution has a free U(1)_X charge X' (the 2DL families, P0 eqs. A.8–A.11) the charge is
 * X = chargeX + shiftCoefficient · X'.
 *
 * @param name             Ψ1, Ψ2, … in the order printed
 * @param kind             ML field or member of a DL pair
 * @param colourDimension  N_c (1 for colourless anomalons)
 * @param su2Dimension     n
 * @param hypercharge      Y
 * @param chargeX          X at X' = 0
 * @param shiftCoefficient coefficient of the free charge X' (0 when there is none)
 */
public record AnomalonField(String name, AnomalonKind kind, int colourDimension, int su2Dimension,
                            BigFraction hypercharge, BigFraction chargeX, BigFraction shiftCoefficient) {

    /** X at a given value of the free charge X'. */
    public BigFraction chargeAt(BigFraction shift) {
        return chargeX.add(shiftCoefficient.multiply(shift));
    }

    /** The field as a left-handed fermion for the anomaly algebra, at X = X(X'). */
    public Fermion toFermion(BigFraction shift) {
        return new Fermion(name, Chirality.L, colourDimension, su2Dimension, hypercharge, chargeAt(shift), 1);
    }

    /** True when every state has an integer electric charge Q = T3 + Y. */
    public boolean hasIntegerCharges() {
        return hypercharge.add(BigFraction.of(su2Dimension - 1, 2)).getDenominator().equals(java.math.BigInteger.ONE);
    }
}
