package org.anomalon.spectra;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.anomalon.anomaly.AnomalyCoefficients;
import org.anomalon.anomaly.GroupTheory;
import org.anomalon.model.ChargeAssignment;
import org.anomalon.model.Fermion;
import org.anomalon.model.Model;
import org.anomalon.model.Rationals;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * Independent check of a spectrum with the anomaly algebra of {@code org.anomalon.anomaly}: the
 * SM fermions of a current plus the anomalons, summed by {@link AnomalyCoefficients}.
 *
 * <p>Verified exactly: the mixed conditions [SU(2)_L]²U(1)_X, [U(1)_Y]²U(1)_X, U(1)_Y[U(1)_X]²
 * (P0 eqs. 2.4–2.6), [SU(3)_C]²U(1)_X (P0 eq. A.21) and the Witten condition. Not required: the
 * [grav]²U(1)_X and [U(1)_X]³ sums (P0 eqs. 2.2–2.3), which P0 criterion (iv) leaves to SM-singlet
 * fermions; their residuals are reported. A free charge X' enters the mixed sums at most
 * quadratically, so checking X' = −1, 0, 1 proves them for every X'.
 *
 * @param mixedConditionsVanish the four mixed sums vanish (for every X')
 * @param wittenCount           Weyl SU(2) multiplets with n = 4l + 2 (SM + anomalons, times colour)
 * @param coefficients          the six sums at X' = 0
 */
public record AnomalyVerification(boolean mixedConditionsVanish, long wittenCount, AnomalyCoefficients coefficients) {

    /** Names of the conditions verified, as printed. */
    public static final List<String> VERIFIED = List.of("SU2SU2X", "YYX", "YXX", "SU3SU3X", "Witten");

    /** The vector current X = a B (quarks a/3, leptons 0), which has a_{B+L} = a (P0 eq. 2.7). */
    public static Model baryonCurrent(BigFraction alphaBL) {
        Map<String, BigFraction> charges = ChargeAssignment.expand(Map.of("B", alphaBL), false, "a_{B+L}");
        return Model.of("a_B = " + Rationals.format(alphaBL), "vector current a_B B with a_B = a_{B+L}", "P0 eq. (1.1)", charges,
                List.of(), List.of());
    }

    /** Sums SM fermions of {@code current} and the anomalons of {@code spectrum}. */
    public static AnomalyVerification of(Model current, AnomalonSpectrum spectrum) {
        return of(FixedFermions.of(current.smFermions()), spectrum.fields());
    }

    /**
     * The fermions whose charges do not depend on the solution (the SM, or the SM plus fixed anomalons),
     * summed once so that many spectra can be checked against them.
     *
     * @param coefficients their six anomaly sums
     * @param wittenCount  their Weyl SU(2) multiplets with n = 4l + 2
     */
    public record FixedFermions(AnomalyCoefficients coefficients, long wittenCount) {
        public static FixedFermions of(List<Fermion> fermions) {
            long witten = 0;
            for (Fermion fermion : fermions) {
                witten += wittenWeight(fermion.su2Dimension(), fermion.colourDimension() * fermion.copies());
            }
            return new FixedFermions(AnomalyCoefficients.of(fermions), witten);
        }
    }

    /** Sums the {@code fixed} fermions and the left-handed anomalon {@code fields}. */
    public static AnomalyVerification of(FixedFermions fixed, List<AnomalonField> fields) {
        boolean vanish = true;
        AnomalyCoefficients atZero = null;
        for (long shift : new long[] {-1, 0, 1}) {
            List<Fermion> anomalons = new ArrayList<>();
            for (AnomalonField field : fields) {
                anomalons.add(field.toFermion(BigFraction.of(shift)));
            }
            AnomalyCoefficients coefficients = sum(fixed.coefficients(), AnomalyCoefficients.of(anomalons));
            vanish &= coefficients.su2su2X().signum() == 0 && coefficients.yyX().signum() == 0
                    && coefficients.yXX().signum() == 0 && coefficients.su3su3X().signum() == 0;
            if (shift == 0) {
                atZero = coefficients;
            }
        }
        long witten = fixed.wittenCount();
        for (AnomalonField field : fields) {
            witten += wittenWeight(field.su2Dimension(), field.colourDimension());
        }
        return new AnomalyVerification(vanish, witten, atZero);
    }

    /** The anomaly sums are additive over fermions. */
    private static AnomalyCoefficients sum(AnomalyCoefficients a, AnomalyCoefficients b) {
        return new AnomalyCoefficients(a.grav().add(b.grav()), a.cubic().add(b.cubic()), a.su2su2X().add(b.su2su2X()),
                a.yyX().add(b.yyX()), a.yXX().add(b.yXX()), a.su3su3X().add(b.su3su3X()));
    }

    private static long wittenWeight(int su2Dimension, int multiplicity) {
        return GroupTheory.isWittenOdd(su2Dimension) ? multiplicity : 0;
    }

    /** Mixed conditions vanish and the Witten count is even. */
    public boolean passed() {
        return mixedConditionsVanish && wittenCount % 2 == 0;
    }

    /** Σ X over all Weyl components, to be cancelled by SM singlets (P0 eq. 2.2). */
    public BigFraction gravityResidual() {
        return coefficients.grav();
    }

    /** Σ X³, to be cancelled by SM singlets (P0 eq. 2.3). */
    public BigFraction cubicResidual() {
        return coefficients.cubic();
    }
}
