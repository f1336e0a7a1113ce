package org.anomalon.spectra;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.anomalon.InvalidInputException;
import org.anomalon.Parameter;
import org.anomalon.anomaly.GroupTheory;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * Exact search for anomalon spectra solving the mixed anomaly conditions with masses from one
 * scalar S (P0 criterion (i)), for left-handed multiplets Ψ_a ~ (N_a, n_a, Y_a, X_a):
 * <pre>
 *   Σ N_a T(n_a) X_a = −(3/2) a        (P0 eq. 2.4 / A.18)
 *   Σ N_a n_a Y_a² X_a = (3/2) a       (P0 eq. 2.5 / A.19)
 *   Σ N_a n_a Y_a X_a² = 0             (P0 eq. 2.6 / A.20)
 *   Σ n_a T(N_a) X_a = 0               (P0 eq. A.21, coloured anomalons only)
 * </pre>
 * with T(n) = n(n²−1)/12, a = a_{B+L}, and the Witten condition (even number of Weyl multiplets with
 * n = 4l + 2). The ML/DL structure reduces the conditions to closed forms (derivations in
 * docs/spectra.md):
 * <ul>
 *   <li>one DL pair (N_D, m, ±Y, x) plus ML fields (N_i, n_i, 0, s_i x), s_i = ±1 (N_Ψ = 2, 3 and
 *   1DL+2ML): eq. 2.6 forces equal charges in the pair, then
 *   Y² = −(Σ s_i N_i T(n_i) + 2 N_D T(m)) / (2 N_D m), x = 3a/(4 N_D m Y²), and eq. A.21 reads
 *   Σ s_i n_i T(N_i) + 2 m T(N_D) = 0 (P0 eqs. A.3, A.14, A.16);</li>
 *   <li>two DL pairs A (N_A, n, ±Y_A), B (N_B, m, ±Y_B): X_1 + X_2 = −(X_3 + X_4) = σ with
 *   σ = −3a / (2 (N_A T(n) − N_B T(m))), the conic N_A n Y_A² − N_B m Y_B² = N_B T(m) − N_A T(n),
 *   and N_A n Y_A δ_A = N_B m Y_B δ_B for the charge differences δ inside each pair (P0 eqs.
 *   A.8–A.10); one difference is free (X').</li>
 * </ul>
 * Every hypercharge is tested exactly for being a rational square root. The search returns every
 * anomaly-free spectrum within {@link SearchBounds}; the selection criteria are applied by
 * {@link SpectrumAssessment}.
 */
public final class AnomalonSearch {
    private final BigFraction alpha;
    private final SearchBounds bounds;
    private final List<Rep> majoranaReps;
    private final List<Rep> diracReps;

    /** A colour × SU(2) representation with the integers the inner loops need. */
    private record Rep(int colour, int n, long twelveT, long twiceColourIndex) {
        static Rep of(int colour, int n) {
            long twiceIndex = GroupTheory.dynkinSu3(colour).multiply(2).getNumerator().longValueExact();
            return new Rep(colour, n, (long) n * ((long) n * n - 1), twiceIndex);
        }

        boolean wittenOdd() {
            return GroupTheory.isWittenOdd(n) && colour % 2 == 1;
        }
    }

    private AnomalonSearch(BigFraction alpha, SearchBounds bounds) {
        if (alpha.signum() == 0) {
            throw InvalidInputException.of(Parameter.ALPHA_BL, "0");
        }
        this.alpha = alpha;
        this.bounds = bounds;
        this.majoranaReps = new ArrayList<>();
        this.diracReps = new ArrayList<>();
        for (int colour : bounds.colours()) {
            for (int n = 1; n <= bounds.maxDimension(); n++) {
                diracReps.add(Rep.of(colour, n));
                boolean real = n % 2 == 1 && n > 1;
                boolean pseudoreal = n % 2 == 0 && bounds.pseudorealMajorana();
                if (SearchBounds.REAL_COLOURS.contains(colour) && (real || pseudoreal)) {
                    majoranaReps.add(Rep.of(colour, n));
                }
            }
        }
    }

    /** Every anomaly-free spectrum of {@code topology} within {@code bounds}, ordered by size. */
    public static List<AnomalonSpectrum> search(BigFraction alphaBL, Topology topology, SearchBounds bounds) {
        AnomalonSearch search = new AnomalonSearch(alphaBL, bounds);
        List<AnomalonSpectrum> found = switch (topology) {
            case ONE_DL -> search.onePairWithMajorana(0);
            case ONE_ML_ONE_DL -> search.onePairWithMajorana(1);
            case ONE_DL_TWO_ML -> search.onePairWithMajorana(2);
            case TWO_DL -> search.twoPairs();
        };
        found.sort(Comparator.comparingInt(AnomalonSearch::totalComponents));
        return found;
    }

    /** Every anomaly-free spectrum with N_Ψ = {@code npsi} fields (all its topologies). */
    public static List<AnomalonSpectrum> search(BigFraction alphaBL, int npsi, SearchBounds bounds) {
        List<AnomalonSpectrum> all = new ArrayList<>();
        for (Topology topology : Topology.withFieldCount(npsi)) {
            all.addAll(search(alphaBL, topology, bounds));
        }
        return all;
    }

    private static int totalComponents(AnomalonSpectrum spectrum) {
        return spectrum.fields().stream().mapToInt(f -> f.colourDimension() * f.su2Dimension()).sum();
    }

    // ---- one DL pair and k ML fields (P0 eqs. A.1–A.6, A.12–A.17) ----

    private List<AnomalonSpectrum> onePairWithMajorana(int majoranaCount) {
        List<AnomalonSpectrum> found = new ArrayList<>();
        List<Rep[]> majoranaSets = majoranaSets(majoranaCount);
        for (Rep pair : diracReps) {
            for (Rep[] majorana : majoranaSets) {
                for (int signs = 0; signs < (1 << majoranaCount); signs++) {
                    int[] sign = new int[majoranaCount];
                    for (int i = 0; i < majoranaCount; i++) {
                        sign[i] = ((signs >> i) & 1) == 0 ? -1 : 1;
                    }
                    if (majoranaCount == 2 && majorana[0].equals(majorana[1]) && sign[0] > sign[1]) {
                        continue; // the same two fields listed the other way round
                    }
                    AnomalonSpectrum spectrum = solveOnePair(pair, majorana, sign);
                    if (spectrum != null) {
                        found.add(spectrum);
                    }
                }
            }
        }
        return found;
    }

    private List<Rep[]> majoranaSets(int count) {
        List<Rep[]> sets = new ArrayList<>();
        if (count == 0) {
            sets.add(new Rep[0]);
        } else if (count == 1) {
            majoranaReps.forEach(rep -> sets.add(new Rep[] {rep}));
        } else {
            for (int i = 0; i < majoranaReps.size(); i++) {
                for (int j = i; j < majoranaReps.size(); j++) {
                    sets.add(new Rep[] {majoranaReps.get(i), majoranaReps.get(j)});
                }
            }
        }
        return sets;
    }

    private AnomalonSpectrum solveOnePair(Rep pair, Rep[] majorana, int[] sign) {
        // P0 eq. A.21: Σ s_i n_i T(N_i) + 2 m T(N_D) = 0 (in units of 1/2)
        long colourAnomaly = 2L * pair.n * pair.twiceColourIndex;
        // 12 × (Σ s_i N_i T(n_i) + 2 N_D T(m))
        long weakSum = 2L * pair.colour * pair.twelveT;
        long witten = pair.wittenOdd() ? 2 : 0;
        for (int i = 0; i < majorana.length; i++) {
            colourAnomaly += sign[i] * majorana[i].n * majorana[i].twiceColourIndex;
            weakSum += sign[i] * majorana[i].colour * majorana[i].twelveT;
            witten += majorana[i].wittenOdd() ? 1 : 0;
        }
        if (colourAnomaly != 0 || witten % 2 != 0) {
            return null;
        }
        // Y² = −(weakSum/12) / (2 N_D m)   (P0 eqs. A.3, A.14, A.16)
        BigFraction y = RationalSquares.positiveRoot(-weakSum, 24L * pair.colour * pair.n);
        if (y == null) {
            return null;
        }
        // x = 3a / (4 N_D m Y²), from P0 eq. (2.5)
        BigFraction x = alpha.multiply(3).divide(y.pow(2).multiply(4L * pair.colour * pair.n));
        List<AnomalonField> fields = new ArrayList<>();
        for (int i = 0; i < majorana.length; i++) {
            fields.add(field(fields.size(), AnomalonKind.ML, majorana[i], BigFraction.ZERO,
                    x.multiply(sign[i]), BigFraction.ZERO));
        }
        fields.add(field(fields.size(), AnomalonKind.DL, pair, y, x, BigFraction.ZERO));
        fields.add(field(fields.size(), AnomalonKind.DL, pair, y.negate(), x, BigFraction.ZERO));
        Topology topology = switch (majorana.length) {
            case 0 -> Topology.ONE_DL;
            case 1 -> Topology.ONE_ML_ONE_DL;
            default -> Topology.ONE_DL_TWO_ML;
        };
        return new AnomalonSpectrum(topology, Families.onePair(pair.n, majorana, sign, isColoured(pair, majorana)),
                alpha, fields, x.multiply(2).abs());
    }

    private static boolean isColoured(Rep pair, Rep... others) {
        boolean coloured = pair.colour > 1;
        for (Rep other : others) {
            coloured |= other.colour > 1;
        }
        return coloured;
    }

    // ---- two DL pairs (P0 eqs. A.7–A.11) ----

    private List<AnomalonSpectrum> twoPairs() {
        List<AnomalonSpectrum> found = new ArrayList<>();
        for (int i = 0; i < diracReps.size(); i++) {
            for (int j = i + 1; j < diracReps.size(); j++) {
                Rep a = diracReps.get(i);
                Rep b = diracReps.get(j);
                // P0 eq. A.21 with X_3 + X_4 = −(X_1 + X_2): n T(N_A) = m T(N_B)
                if (a.n * a.twiceColourIndex != b.n * b.twiceColourIndex) {
                    continue;
                }
                long twelveD = a.colour * a.twelveT - b.colour * b.twelveT;
                if (twelveD == 0) {
                    continue;
                }
                for (BigFraction[] hypercharges : conicPoints(a, b, twelveD)) {
                    found.add(twoPairSpectrum(a, b, twelveD, hypercharges[0], hypercharges[1]));
                }
            }
        }
        return found;
    }

    /**
     * Rational points (Y_A, Y_B), both > 0, of 12 N_A n Y_A² − 12 N_B m Y_B² = −12 D with Y_A or Y_B
     * = p/q inside the bounds.
     */
    private List<BigFraction[]> conicPoints(Rep a, Rep b, long twelveD) {
        Set<List<BigFraction>> seen = new HashSet<>();
        List<BigFraction[]> points = new ArrayList<>();
        long aWeight = 12L * a.colour * a.n;
        long bWeight = 12L * b.colour * b.n;
        for (int q = 1; q <= bounds.maxDenominator(); q++) {
            long pMax = (long) q * bounds.twiceMaxHypercharge() / 2;
            for (long p = 1; p <= pMax; p++) {
                if (RationalSquares.gcd(p, q) != 1) {
                    continue;
                }
                long qq = (long) q * q;
                // Y_B = p/q → Y_A² = (12 N_B m p² − 12 D q²) / (12 N_A n q²)
                long numeratorA = bWeight * p * p - twelveD * qq;
                if (RationalSquares.isPositiveSquare(numeratorA, aWeight * qq)) {
                    add(points, seen, RationalSquares.positiveRoot(numeratorA, aWeight * qq), BigFraction.of(p, q));
                }
                // Y_A = p/q → Y_B² = (12 N_A n p² + 12 D q²) / (12 N_B m q²)
                long numeratorB = aWeight * p * p + twelveD * qq;
                if (RationalSquares.isPositiveSquare(numeratorB, bWeight * qq)) {
                    add(points, seen, BigFraction.of(p, q), RationalSquares.positiveRoot(numeratorB, bWeight * qq));
                }
            }
        }
        return points;
    }

    private static void add(List<BigFraction[]> points, Set<List<BigFraction>> seen, BigFraction yA, BigFraction yB) {
        if (seen.add(List.of(yA, yB))) {
            points.add(new BigFraction[] {yA, yB});
        }
    }

    private AnomalonSpectrum twoPairSpectrum(Rep a, Rep b, long twelveD, BigFraction yA, BigFraction yB) {
        // σ_A = X_1 + X_2 = −3a / (2 D) = −18 a / (12 D)   (P0 eq. A.10)
        BigFraction sigmaA = alpha.multiply(-18).divide(twelveD);
        // δ_B / δ_A = N_A n Y_A / (N_B m Y_B)   (P0 eq. 2.6)
        BigFraction ratio = yA.multiply((long) a.colour * a.n).divide(yB.multiply((long) b.colour * b.n));
        // print first the pair whose charges add up to +X_S sign(a): the m-plet of P0 Table 3
        boolean aFirst = sigmaA.multiply(alpha).signum() > 0;
        Rep first = aFirst ? a : b;
        Rep second = aFirst ? b : a;
        BigFraction sigmaFirst = aFirst ? sigmaA : sigmaA.negate();
        BigFraction yFirst = aFirst ? yA : yB;
        BigFraction ySecond = aFirst ? yB : yA;
        BigFraction shiftSecond = aFirst ? ratio : ratio.reciprocal();
        BigFraction half = BigFraction.of(1, 2);
        List<AnomalonField> fields = new ArrayList<>();
        fields.add(field(0, AnomalonKind.DL, first, yFirst, sigmaFirst.multiply(half), BigFraction.ONE));
        fields.add(field(1, AnomalonKind.DL, first, yFirst.negate(), sigmaFirst.multiply(half), BigFraction.ONE.negate()));
        fields.add(field(2, AnomalonKind.DL, second, ySecond, sigmaFirst.negate().multiply(half), shiftSecond));
        fields.add(field(3, AnomalonKind.DL, second, ySecond.negate(), sigmaFirst.negate().multiply(half),
                shiftSecond.negate()));
        String family = Families.twoPairs(a.n, b.n, ratio, isColoured(a, b));
        return new AnomalonSpectrum(Topology.TWO_DL, family, alpha, fields, sigmaA.abs());
    }

    private static AnomalonField field(int index, AnomalonKind kind, Rep rep, BigFraction hypercharge,
                                       BigFraction chargeX, BigFraction shiftCoefficient) {
        return new AnomalonField("Psi" + (index + 1), kind, rep.colour, rep.n, hypercharge, chargeX,
                shiftCoefficient);
    }

    /** Labels a solution with the P0 equation whose family it belongs to. */
    private static final class Families {
        private Families() {
        }

        static String onePair(int m, Rep[] majorana, int[] sign, boolean coloured) {
            if (coloured) {
                return "coloured";
            }
            if (majorana.length == 1) {
                int n = majorana[0].n;
                return n == 2 * m + 1 ? "A.4" : n == 2 * m ? "A.5" : n == 2 * m - 1 ? "A.6" : "A.3";
            }
            if (majorana.length == 2) {
                int n1 = majorana[0].n;
                int n2 = majorana[1].n;
                if (sign[0] < 0 && sign[1] < 0) {
                    return n1 + n2 == 2 * m ? "A.15" : "A.14";
                }
                int plus = sign[0] > 0 ? n1 : n2;
                int minus = sign[0] > 0 ? n2 : n1;
                return minus == plus + 2 * m ? "A.17" : "A.16";
            }
            return "1DL";
        }

        static String twoPairs(int n, int m, BigFraction ratio, boolean coloured) {
            if (coloured) {
                return "coloured";
            }
            return Math.abs(n - m) == 1 && ratio.equals(BigFraction.ONE) ? "A.11" : "A.8";
        }
    }
}
