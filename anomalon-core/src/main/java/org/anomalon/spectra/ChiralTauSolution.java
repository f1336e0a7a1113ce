package org.anomalon.spectra;

import java.util.Optional;
import org.anomalon.model.Rationals;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * One row of P2 Table II: a vector-like-in-SU(2) anomalon pair L_L, L_R ~ (1, n, Y_L) cancelling
 * the mixed anomalies of the chiral τ current ℓ_L^3 → α_L, e_R^3 → α_R = −α_L/m. Charges in units
 * of α_L.
 *
 * @param m                  the ratio of P2 eq. (39), empty for m → ∞ (the L-only current)
 * @param su2Dimension       n
 * @param hypercharge        Y_L, with the sign that makes X_LL + X_LR positive (as printed)
 * @param chargeLeft         X_{L_L}/α_L
 * @param chargeRight        X_{L_R}/α_L
 * @param verification       the anomaly algebra's check of SM + L_L + L_R
 */
public record ChiralTauSolution(Optional<BigFraction> m, int su2Dimension, BigFraction hypercharge,
                                BigFraction chargeLeft, BigFraction chargeRight, AnomalyVerification verification) {

    /** X_{L_L} + X_{L_R} in units of α_L (P2 eq. 33). */
    public BigFraction chargeSum() {
        return chargeLeft.add(chargeRight);
    }

    /** X_S/α_L = (X_{L_R} − X_{L_L})/α_L (P2 eqs. 30–31). */
    public BigFraction scalarChargeOverAlphaL() {
        return chargeRight.subtract(chargeLeft);
    }

    /** m as printed: an integer or fraction, or {@code inf}. */
    public String mText() {
        return m.map(Rationals::format).orElse("inf");
    }

    /** True when m is an integer or infinite (the rows P2 Table II prints). */
    public boolean hasIntegerM() {
        return m.map(value -> value.getDenominator().abs().equals(java.math.BigInteger.ONE)).orElse(true);
    }
}
