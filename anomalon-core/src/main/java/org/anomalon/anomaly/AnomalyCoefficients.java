package org.anomalon.anomaly;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.anomalon.model.Fermion;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * The six gauge-anomaly coefficients of U(1)_X with the SM gauge group and gravity, summed over
 * Weyl multiplets with sign s = +1 (R), −1 (L) and d = N_c · n · copies (docs/physics.md §1; P0 eqs.
 * 2.2–2.6, P2 eqs. 23–27):
 * grav = Σ s d X, X³ = Σ s d X³, SU(2)²X = Σ s N_c T(n) X, Y²X = Σ s d Y² X, YX² = Σ s d Y X²,
 * SU(3)²X = Σ s n T(c) X (each times copies).
 *
 * @param grav    [grav]²·U(1)_X
 * @param cubic   [U(1)_X]³
 * @param su2su2X [SU(2)_L]²·U(1)_X
 * @param yyX     [U(1)_Y]²·U(1)_X
 * @param yXX     U(1)_Y·[U(1)_X]²
 * @param su3su3X [SU(3)_C]²·U(1)_X
 */
public record AnomalyCoefficients(BigFraction grav, BigFraction cubic, BigFraction su2su2X,
                                  BigFraction yyX, BigFraction yXX, BigFraction su3su3X) {

    /** Condition names, as in the JSON output. */
    public static final List<String> NAMES = List.of("grav", "X3", "SU2SU2X", "YYX", "YXX", "SU3SU3X");

    /** Sums the six coefficients over {@code fermions}. */
    public static AnomalyCoefficients of(List<Fermion> fermions) {
        BigFraction grav = BigFraction.ZERO;
        BigFraction cubic = BigFraction.ZERO;
        BigFraction su2 = BigFraction.ZERO;
        BigFraction yy = BigFraction.ZERO;
        BigFraction yx = BigFraction.ZERO;
        BigFraction su3 = BigFraction.ZERO;
        for (Fermion f : fermions) {
            BigFraction x = f.chargeX();
            BigFraction y = f.hypercharge();
            int s = f.chirality().anomalySign();
            int signedMultiplicity = s * f.multiplicity();
            grav = grav.add(x.multiply(signedMultiplicity));
            cubic = cubic.add(x.pow(3).multiply(signedMultiplicity));
            yy = yy.add(y.pow(2).multiply(x).multiply(signedMultiplicity));
            yx = yx.add(y.multiply(x.pow(2)).multiply(signedMultiplicity));
            su2 = su2.add(GroupTheory.dynkinSu2(f.su2Dimension()).multiply(x)
                    .multiply(s * f.colourDimension() * f.copies()));
            su3 = su3.add(GroupTheory.dynkinSu3(f.colourDimension()).multiply(x)
                    .multiply(s * f.su2Dimension() * f.copies()));
        }
        return new AnomalyCoefficients(grav, cubic, su2, yy, yx, su3);
    }

    /** The coefficients keyed by {@link #NAMES}. */
    public Map<String, BigFraction> asMap() {
        Map<String, BigFraction> map = new LinkedHashMap<>();
        List<BigFraction> values = List.of(grav, cubic, su2su2X, yyX, yXX, su3su3X);
        for (int i = 0; i < NAMES.size(); i++) {
            map.put(NAMES.get(i), values.get(i));
        }
        return map;
    }

    /** True when all six coefficients vanish. */
    public boolean allVanish() {
        return asMap().values().stream().allMatch(v -> v.signum() == 0);
    }
}
