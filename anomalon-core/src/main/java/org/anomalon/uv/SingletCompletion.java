package org.anomalon.uv;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.anomalon.InvalidInputException;
import org.anomalon.Parameter;
import org.anomalon.PhysicsException;
import org.anomalon.anomaly.AnomalyCoefficients;
import org.anomalon.model.Chirality;
import org.anomalon.model.Fermion;
import org.anomalon.model.Model;
import org.anomalon.model.Rationals;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * Completes a model with right-handed SM-singlet fermions N_R (P0 Table 1, P2 Table I) so that the two
 * anomalies singlets can touch vanish: Σ X_N = −grav and Σ X_N³ = −X³ of everything else
 * (P0 eqs. 2.2–2.3, P2 eq. 28). The four mixed anomalies must already vanish; singlets cannot change them.
 *
 * <p>Search, exact in rationals: one singlet needs S1³ = S3; two singlets with sum s and cube sum c have
 * product p = (s³ − c)/(3s), so they are the roots of t² − s t + p, rational iff s² − 4p is a rational square;
 * three (four) singlets fix one (two) charges on a grid of small rationals and solve the two-singlet problem
 * for the rest (sets containing a self-cancelling pair x, −x are skipped). The grid holds p/q with q dividing the common denominator of the model's charges and
 * |p/q| ≤ 2 max(1, |X|max). Sets are ranked by size, then largest denominator, then largest |X|.
 * Each returned set is proven anomaly free with {@link AnomalyCoefficients}.
 */
public final class SingletCompletion {
    /** Largest number of singlets searched. */
    public static final int MAX_SINGLETS = 4;

    /**
     * A singlet set that completes the model.
     *
     * @param charges     X of each N_R, sorted
     * @param anomalies   the six anomaly coefficients of the completed model (all zero: the proof)
     */
    public record Solution(List<BigFraction> charges, AnomalyCoefficients anomalies) {
        public Solution {
            charges = List.copyOf(charges);
        }
    }

    /**
     * @param residualGrav   grav·X of all fermions except the SM singlets
     * @param residualCubic  X³ of all fermions except the SM singlets
     * @param ownSinglets    the singlet charges the model already has (ν_R, N_R), one entry per Weyl field
     * @param ownSingletsCancel whether those cancel the residual
     * @param solutions      singlet sets found, best first
     */
    public record Result(BigFraction residualGrav, BigFraction residualCubic, List<BigFraction> ownSinglets,
                         boolean ownSingletsCancel, List<Solution> solutions) {
        public Result {
            ownSinglets = List.copyOf(ownSinglets);
            solutions = List.copyOf(solutions);
        }
    }

    private SingletCompletion() {
    }

    /**
     * @param maxSinglets largest set size, 1..{@link #MAX_SINGLETS}
     * @param maxResults  how many sets to return (≥ 1)
     * @throws PhysicsException if a mixed anomaly does not vanish
     */
    public static Result complete(Model model, int maxSinglets, int maxResults) {
        if (maxSinglets < 1 || maxSinglets > MAX_SINGLETS) {
            throw InvalidInputException.of(Parameter.MAX_SINGLETS, maxSinglets, "1 to " + MAX_SINGLETS);
        }
        if (maxResults < 1) {
            throw InvalidInputException.of(Parameter.MAX_RESULTS, maxResults);
        }
        List<Fermion> charged = new ArrayList<>();
        List<BigFraction> own = new ArrayList<>();
        for (Fermion f : model.allFermions()) {
            if (isSmSinglet(f)) {
                BigFraction rightHanded = f.chirality() == Chirality.R ? f.chargeX() : f.chargeX().negate();
                for (int copy = 0; copy < f.copies(); copy++) {
                    if (rightHanded.signum() != 0) {
                        own.add(rightHanded);
                    }
                }
            } else {
                charged.add(f);
            }
        }
        AnomalyCoefficients residual = AnomalyCoefficients.of(charged);
        requireMixedAnomaliesVanish(model, residual);
        BigFraction sum = residual.grav().negate();
        BigFraction cubeSum = residual.cubic().negate();
        List<List<BigFraction>> sets = search(sum, cubeSum, grid(model, sum), maxSinglets, maxResults);
        sets.sort(Comparator.<List<BigFraction>>comparingInt(List::size)
                .thenComparing(SingletCompletion::largestDenominator)
                .thenComparing(SingletCompletion::largestMagnitude)
                .thenComparing(List::toString));
        List<Solution> solutions = new ArrayList<>();
        for (List<BigFraction> set : sets.subList(0, Math.min(maxResults, sets.size()))) {
            solutions.add(new Solution(set, AnomalyCoefficients.of(withSinglets(charged, set))));
        }
        boolean ownCancel = own.stream().reduce(BigFraction.ZERO, BigFraction::add).equals(sum)
                && own.stream().map(x -> x.pow(3)).reduce(BigFraction.ZERO, BigFraction::add).equals(cubeSum);
        return new Result(residual.grav(), residual.cubic(), own.stream().sorted().toList(), ownCancel, solutions);
    }

    /** The fermions plus right-handed singlets of the given charges. */
    public static List<Fermion> withSinglets(List<Fermion> fermions, List<BigFraction> singletCharges) {
        List<Fermion> all = new ArrayList<>(fermions);
        for (int i = 0; i < singletCharges.size(); i++) {
            all.add(Fermion.colourless("N" + (i + 1) + "_R", Chirality.R, 1, BigFraction.ZERO, singletCharges.get(i)));
        }
        return all;
    }

    private static boolean isSmSinglet(Fermion f) {
        return f.colourDimension() == 1 && f.su2Dimension() == 1 && f.hypercharge().signum() == 0;
    }

    private static void requireMixedAnomaliesVanish(Model model, AnomalyCoefficients residual) {
        List<String> failing = new ArrayList<>();
        residual.asMap().forEach((name, value) -> {
            if (!name.equals("grav") && !name.equals("X3") && value.signum() != 0) {
                failing.add(name + " = " + Rationals.format(value));
            }
        });
        if (!failing.isEmpty()) {
            throw new PhysicsException("model " + model.name() + ": mixed anomalies " + failing + " do not vanish; "
                    + "SM-singlet fermions cannot cancel them (P0 eqs. 2.4-2.6), add anomalons first");
        }
    }

    /** All sets of the smallest sizes, growing the size until {@code maxResults} sets are found. */
    private static List<List<BigFraction>> search(BigFraction sum, BigFraction cubeSum, List<BigFraction> grid,
                                                  int maxSinglets, int maxResults) {
        TreeSet<String> seen = new TreeSet<>();
        List<List<BigFraction>> sets = new ArrayList<>();
        if (sum.signum() == 0 && cubeSum.signum() == 0) {
            return sets;
        }
        for (int size = 1; size <= maxSinglets && sets.size() < maxResults; size++) {
            collect(new ArrayList<>(), size, sum, cubeSum, grid, seen, sets);
        }
        return sets;
    }

    /** Fixes (size − 2) charges from the grid (non-decreasing) and solves the rest exactly. */
    private static void collect(List<BigFraction> fixed, int size, BigFraction sum, BigFraction cubeSum,
                                List<BigFraction> grid, TreeSet<String> seen, List<List<BigFraction>> sets) {
        if (size == 1) {
            if (sum.signum() != 0 && sum.pow(3).equals(cubeSum)) {
                record(fixed, List.of(sum), seen, sets);
            }
            return;
        }
        if (size == 2) {
            twoSinglets(sum, cubeSum).ifPresent(pair -> record(fixed, pair, seen, sets));
            return;
        }
        for (BigFraction x : grid) {
            if (!fixed.isEmpty() && x.compareTo(fixed.get(fixed.size() - 1)) < 0) {
                continue;
            }
            fixed.add(x);
            collect(fixed, size - 1, sum.subtract(x), cubeSum.subtract(x.pow(3)), grid, seen, sets);
            fixed.remove(fixed.size() - 1);
        }
    }

    /** x + y = s, x³ + y³ = c ⇒ xy = (s³ − c)/(3s); rational roots iff s² − 4xy is a rational square. */
    static Optional<List<BigFraction>> twoSinglets(BigFraction s, BigFraction c) {
        if (s.signum() == 0) {
            return Optional.empty();   // x = −y: a vector-like pair, never needed
        }
        BigFraction product = s.pow(3).subtract(c).divide(s.multiply(3));
        Optional<BigFraction> root = rationalSqrt(s.pow(2).subtract(product.multiply(4)));
        if (root.isEmpty()) {
            return Optional.empty();
        }
        BigFraction x = s.subtract(root.get()).divide(2);
        BigFraction y = s.add(root.get()).divide(2);
        return Optional.of(List.of(x, y));
    }

    static Optional<BigFraction> rationalSqrt(BigFraction value) {
        if (value.signum() < 0) {
            return Optional.empty();
        }
        BigInteger num = value.getNumerator().abs();
        BigInteger den = value.getDenominator().abs();
        BigInteger rootNum = num.sqrt();
        BigInteger rootDen = den.sqrt();
        if (!rootNum.multiply(rootNum).equals(num) || !rootDen.multiply(rootDen).equals(den)) {
            return Optional.empty();
        }
        return Optional.of(BigFraction.of(rootNum, rootDen));
    }

    private static void record(List<BigFraction> fixed, List<BigFraction> rest, TreeSet<String> seen,
                               List<List<BigFraction>> sets) {
        List<BigFraction> set = new ArrayList<>(fixed);
        set.addAll(rest);
        if (set.stream().anyMatch(x -> x.signum() == 0 || set.contains(x.negate()))) {
            return;   // a neutral singlet, or a pair x, −x that cancels itself: a smaller set does the job
        }
        set.sort(Comparator.naturalOrder());
        if (seen.add(set.toString())) {
            sets.add(set);
        }
    }

    /** Small rationals p/q, q | common denominator of the model's charges, |p/q| ≤ 2 max(1, |X|max, |sum|). */
    private static List<BigFraction> grid(Model model, BigFraction sum) {
        BigInteger denominator = BigInteger.ONE;
        BigFraction largest = max(BigFraction.ONE, sum.abs());
        for (Fermion f : model.allFermions()) {
            BigInteger d = f.chargeX().getDenominator().abs();
            denominator = denominator.divide(denominator.gcd(d)).multiply(d);
            largest = max(largest, f.chargeX().abs());
        }
        int common = denominator.intValueExact();
        BigFraction bound = largest.multiply(2);
        TreeSet<BigFraction> values = new TreeSet<>();
        for (int q = 1; q <= common; q++) {
            if (common % q != 0) {
                continue;
            }
            long maxP = bound.multiply(q).bigDecimalValue(0, java.math.RoundingMode.FLOOR).longValueExact();
            for (long p = -maxP; p <= maxP; p++) {
                if (p != 0) {
                    values.add(BigFraction.of(p, q));
                }
            }
        }
        return new ArrayList<>(values);
    }

    private static BigFraction max(BigFraction a, BigFraction b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static BigInteger largestDenominator(List<BigFraction> set) {
        return set.stream().map(x -> x.getDenominator().abs()).max(Comparator.naturalOrder()).orElse(BigInteger.ONE);
    }

    private static BigFraction largestMagnitude(List<BigFraction> set) {
        return set.stream().map(BigFraction::abs).max(Comparator.naturalOrder()).orElse(BigFraction.ZERO);
    }
}
