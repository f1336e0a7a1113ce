package org.anomalon.spectra;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anomalon.InvalidInputException;
import org.anomalon.Parameter;
import org.anomalon.model.ChargeAssignment;
import org.anomalon.model.Chirality;
import org.anomalon.model.Fermion;
import org.anomalon.model.Model;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * P2 Sec. III C: anomalons L_L, L_R ~ (1, n, Y_L) for the chiral τ current with α_R/α_L = −1/m
 * (P2 eq. 39), whose lightest state is neutral.
 *
 * <p>With α_L = 1, P2 eqs. (25)–(27) and (30) give X_S = 6/(n(n²−1)) (eq. 31),
 * Y_L² = (n²−1)(1 − 2α_R)/12 (eq. 32) and, from eq. (27) with X_{L_L} − X_{L_R} = −X_S,
 * X_{L_L} + X_{L_R} = (α_R² − 1)/(n Y_L X_S), the rational form of eq. (33). A neutral lightest
 * state needs |Y_L| = (n−1)/2 (P2 eq. 38; Y_L = 0 would need α_R = 1/2 and then eq. 27 fails), so
 * eq. (32) fixes α_R, hence m = (n+1)/(n−2), for every n: the classification is exact for all
 * rational m, not a bounded scan. P2 Table II prints the solutions with integer m (or m = ∞).
 */
public final class ChiralTauClassification {
    private ChiralTauClassification() {
    }

    /** Every solution with 2 ≤ n ≤ maxDimension; only integer (or infinite) m unless {@code rationalM}. */
    public static List<ChiralTauSolution> classify(int maxDimension, boolean rationalM) {
        if (maxDimension < 2 || maxDimension > SearchBounds.MAX_DIMENSION_CAP) {
            throw InvalidInputException.of(Parameter.MAX_DIMENSION, maxDimension,
                    "a whole number 2 <= n <= " + SearchBounds.MAX_DIMENSION_CAP);
        }
        List<ChiralTauSolution> solutions = new ArrayList<>();
        for (int n = 2; n <= maxDimension; n++) {
            ChiralTauSolution solution = solveNeutral(n);
            if (rationalM || solution.hasIntegerM()) {
                solutions.add(solution);
            }
        }
        solutions.sort(Comparator.comparing((ChiralTauSolution s) -> s.m().isEmpty())
                .thenComparing(s -> s.m().orElse(BigFraction.ZERO)));
        return solutions;
    }

    /** The solution for an n-plet with |Y_L| = (n−1)/2. */
    static ChiralTauSolution solveNeutral(int n) {
        BigFraction hypercharge = BigFraction.of(-(n - 1), 2);
        BigFraction casimir = BigFraction.of((long) n * n - 1);
        // P2 eq. (32) solved for α_R: 1 − 2α_R = 12 Y² / (n² − 1)
        BigFraction alphaRight = BigFraction.ONE.subtract(hypercharge.pow(2).multiply(12).divide(casimir))
                .divide(2);
        Optional<BigFraction> m = alphaRight.signum() == 0 ? Optional.empty()
                : Optional.of(alphaRight.reciprocal().negate());
        // P2 eq. (31)
        BigFraction scalarCharge = BigFraction.of(6).divide(casimir.multiply(n));
        // P2 eq. (27): n Y (X_LL² − X_LR²) = α_L² − α_R² with X_LL − X_LR = −X_S
        BigFraction chargeSum = alphaRight.pow(2).subtract(1).divide(hypercharge.multiply(n).multiply(scalarCharge));
        BigFraction chargeLeft = chargeSum.subtract(scalarCharge).divide(2);
        BigFraction chargeRight = chargeSum.add(scalarCharge).divide(2);
        Map<String, BigFraction> current = Map.of("l3", BigFraction.ONE, "e3", alphaRight);
        List<Fermion> fermions = new ArrayList<>(
                Model.of("chiral tau", "", "P2", ChargeAssignment.expand(current, false, "P2"), List.of(), List.of())
                        .smFermions());
        fermions.add(new Fermion("L_R", Chirality.R, 1, n, hypercharge, chargeRight, 1));
        AnomalyVerification verification = AnomalyVerification.of(AnomalyVerification.FixedFermions.of(fermions),
                List.of(new AnomalonField("L_L", AnomalonKind.DL, 1, n, hypercharge, chargeLeft, BigFraction.ZERO)));
        if (!verification.passed()) {
            throw new IllegalStateException("internal error: chiral-tau solution n = " + n + " fails " + verification);
        }
        return new ChiralTauSolution(m, n, hypercharge, chargeLeft, chargeRight, verification);
    }
}
