package org.anomalon.anomaly;

import org.anomalon.model.Rationals;
import org.apache.commons.numbers.fraction.BigFraction;

/** Dynkin indices of the representations anomalon handles (docs/physics.md §1). */
public final class GroupTheory {
    private GroupTheory() {
    }

    /** SU(2) Dynkin index of the n-plet, T(n) = n(n²−1)/12 (T(2) = 1/2). */
    public static BigFraction dynkinSu2(int n) {
        return Rationals.of((long) n * ((long) n * n - 1), 12);
    }

    /** SU(3) Dynkin index: T(1) = 0, T(3) = 1/2, T(6) = 5/2, T(8) = 3, T(10) = 15/2, T(15) = 10. */
    public static BigFraction dynkinSu3(int dimension) {
        return switch (dimension) {
            case 1 -> BigFraction.ZERO;
            case 3 -> Rationals.of(1, 2);
            case 6 -> Rationals.of(5, 2);
            case 8 -> Rationals.of(3);
            case 10 -> Rationals.of(15, 2);
            case 15 -> Rationals.of(10);
            default -> throw new IllegalArgumentException("no SU(3) Dynkin index for dimension " + dimension);
        };
    }

    /** True for SU(2) representations that count towards the Witten anomaly: n = 4l + 2. */
    public static boolean isWittenOdd(int n) {
        return n % 4 == 2;
    }
}
