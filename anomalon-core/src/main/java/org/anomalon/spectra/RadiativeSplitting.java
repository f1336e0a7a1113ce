package org.anomalon.spectra;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.anomalon.InvalidInputException;
import org.anomalon.inputs.InputName;
import org.anomalon.inputs.Inputs;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * Electroweak radiative mass splitting inside an SU(2) multiplet of hypercharge Y, and the
 * neutral-lightest-particle test of P0 criterion (ii).
 *
 * <p>P0 eq. (2.10), P2 eq. (38): m_{Q+1} − m_Q = Δ0 (1 + 2Q + 2Y/c_W) with Δ0 = 166 MeV; summed,
 * M_Q − M_0 = Δ0 Q (Q + 2Y/c_W) (docs/physics.md §2). The states of an n-plet have Q = T3 + Y with
 * T3 = −(n−1)/2 … (n−1)/2. The lightest state is neutral iff the multiplet has a Q = 0 state and
 * every other state is heavier: Y = 0 with n odd, or |Y| = (n−1)/2.
 *
 * @param deltaZero  Δ0 in GeV
 * @param cosWeak    c_W, the cosine of the weak mixing angle
 */
public record RadiativeSplitting(double deltaZero, double cosWeak) {
    /** Δ0 = 166 MeV (P0 eq. 2.10, P2 eq. 38). */
    public static final double DELTA_ZERO = 0.166;
    private static final RadiativeSplitting STANDARD = of(Inputs.defaults());

    public RadiativeSplitting {
        if (!(deltaZero > 0) || !(cosWeak > 0 && cosWeak <= 1)) {
            throw InvalidInputException.of("radiative splitting", "Delta0, c_W", deltaZero + ", " + cosWeak,
                    "Delta0 > 0 and 0 < c_W <= 1");
        }
    }

    /** Δ0 = 166 MeV and c_W from the default inputs' s_W² (docs/physics.md §4). */
    public static RadiativeSplitting standard() {
        return STANDARD;
    }

    /** Δ0 = 166 MeV and c_W² = 1 − s_W² of {@code inputs} (input {@code sin2_theta_w}). */
    public static RadiativeSplitting of(Inputs inputs) {
        return new RadiativeSplitting(DELTA_ZERO, Math.sqrt(1 - inputs.value(InputName.SIN2_THETA_W)));
    }

    /** The electric charges Q = T3 + Y of the n-plet, lowest first. */
    public static List<BigFraction> charges(int su2Dimension, BigFraction hypercharge) {
        requireDimension(su2Dimension);
        List<BigFraction> charges = new ArrayList<>(su2Dimension);
        for (int twiceT3 = -(su2Dimension - 1); twiceT3 <= su2Dimension - 1; twiceT3 += 2) {
            charges.add(hypercharge.add(BigFraction.of(twiceT3, 2)));
        }
        return charges;
    }

    /** M_Q − M_0 in GeV, Δ0 Q (Q + 2Y/c_W) (P0 eq. 2.10 summed from 0 to Q). */
    public double massAboveNeutral(BigFraction charge, BigFraction hypercharge) {
        double q = charge.doubleValue();
        return deltaZero * q * (q + 2 * hypercharge.doubleValue() / cosWeak);
    }

    /** The charge of the lightest state of the n-plet (P0 eq. 2.10). */
    public BigFraction lightestCharge(int su2Dimension, BigFraction hypercharge) {
        BigFraction lightest = null;
        double lightestMass = Double.POSITIVE_INFINITY;
        for (BigFraction charge : charges(su2Dimension, hypercharge)) {
            double mass = massAboveNeutral(charge, hypercharge);
            if (mass < lightestMass) {
                lightestMass = mass;
                lightest = charge;
            }
        }
        return lightest;
    }

    /** True iff the lightest state of the n-plet is electrically neutral (P0 criterion (ii)). */
    public boolean lightestIsNeutral(int su2Dimension, BigFraction hypercharge) {
        return lightestCharge(su2Dimension, hypercharge).signum() == 0;
    }

    /** The mass of the lightest charged state above the neutral one in GeV, empty without a Q = 0 state. */
    public Optional<Double> chargedGap(int su2Dimension, BigFraction hypercharge) {
        List<BigFraction> charges = charges(su2Dimension, hypercharge);
        if (charges.stream().noneMatch(q -> q.signum() == 0)) {
            return Optional.empty();
        }
        return charges.stream().filter(q -> q.signum() != 0)
                .map(q -> massAboveNeutral(q, hypercharge)).min(Double::compare);
    }

    private static void requireDimension(int su2Dimension) {
        if (su2Dimension < 1) {
            throw InvalidInputException.of("radiative splitting", "n", su2Dimension, "an SU(2) dimension >= 1");
        }
    }
}
