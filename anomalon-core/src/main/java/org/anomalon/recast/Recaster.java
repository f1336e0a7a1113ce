package org.anomalon.recast;

import org.anomalon.observables.xdecay.XCouplings;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.anomalon.limits.Exclusion;
import org.hipparchus.analysis.UnivariateFunction;
import org.hipparchus.analysis.solvers.BrentSolver;

/**
 * Recasts limits set in a limit model (the dark photon, DarkCast's B − L boson) into another model,
 * by the method of Ilten, Soreq, Williams and Xue (arXiv:1801.04847 Sec. 2, App. C; axial couplings
 * arXiv:2206.08563), as implemented in DarkCast 2.1. At each mass, with the limit's bound g₁ in the
 * limit model M₁, the model M₀ is excluded at coupling g where its signal exceeds the one M₁ had at
 * the bound (eq. 2.2):
 * <pre>
 *   F(g) = [BR₀(D)/BR₁(D)] · (g/g₁)² R(m) · ε(τ₀(g))/ε(τ₁(g₁)) − 1 &gt; 0,
 * </pre>
 * D the final states seen, R the production ratio ({@link Production}), ε the fraction of decays
 * in the search's proper-time window ({@link Window}), τ = ħ/(g² Γ_total). The excluded set is
 * solved for exactly rather than from one start value: with w = 1/τ₀ the equation reads
 * C · w ε(w) = 1, and ln(w ε(w)) is concave, so there is one interval — unbounded above for a
 * prompt window (t0 = 0), a band for a window starting at t0 &gt; 0 (a beam dump). Roots are found by
 * Brent's method to 10⁻¹² relative (DarkCast's Ridders solver stops at 10⁻²; the difference is
 * below 4 × 10⁻⁶ on the shipped limits).
 * <ul>
 *   <li>Beam dumps ({@link Window.Displaced}): t1 = (1 + L_dec/L_sh) t0, and t0 makes the limit
 *       model's yields equal at both ends of its band (eq. 2.24):
 *       g_u² ε(τ₁(g_u)) = g_l² ε(τ₁(g_l)).</li>
 *   <li>r-value grids (eq. C.4): at each grid coupling g₁ the model's coupling with the same
 *       lifetime has r₀ = r₁ BR₁/(BR₀ (g₀/g₁)² R); r₀ &lt; 1 is excluded. Runs of excluded grid
 *       points give the intervals; a run reaching the grid's longest (shortest) lifetime is
 *       extended with ε = 1 − exp(−τ_max/τ) (exp(−τ_min/τ)) beyond it, as DarkCast does.</li>
 *   <li>Neutrino scattering: the signal Σ_t |g² A_t + g⁴ B_t| ({@link NeutrinoScattering}) is
 *       piecewise quadratic in g², solved in closed form; masses where the cross-section is not
 *       resolved in double precision (estimated rounding error &gt; 10⁻⁴, i.e. true error up to ~10⁻³)
 *       get no statement unless both models have identical couplings.</li>
 * </ul>
 * A limit valid only for vector (axial) couplings is not recast into a model whose charged
 * fermions have axial (vector) couplings. Where the model does not produce the final state, or
 * the limit model's production vanishes, nothing is excluded.
 */
public final class Recaster {
    /** Largest rounding error of a neutrino-scattering cross-section that still gives a statement (its estimate is good to ×10). */
    static final double CROSS_SECTION_PRECISION = 1e-4;
    private static final BrentSolver SOLVER = new BrentSolver(1e-14, 1e-13);
    private static final int EVALUATIONS = 500;

    private final RecastModel model;
    private final Map<RecastLimit.LimitModel, RecastModel> limitModels;
    private final double hbar_GeVs;

    /**
     * @param model       the model to recast into
     * @param limitModels the limit models the limits were set in (DarkCast's dark photon, B − L boson)
     * @param hbar_GeVs   ħ, converting widths into lifetimes
     */
    public Recaster(RecastModel model, Map<RecastLimit.LimitModel, RecastModel> limitModels, double hbar_GeVs) {
        this.model = model;
        this.limitModels = new EnumMap<>(limitModels);
        this.hbar_GeVs = hbar_GeVs;
    }

    /** Every limit at every mass of the grid (each model's widths computed once per mass). */
    public List<RecastCurve> recast(List<RecastLimit> limits, double[] masses) {
        MassPoints points = new MassPoints(masses);
        List<RecastCurve> curves = new ArrayList<>(limits.size());
        for (RecastLimit limit : limits) {
            curves.add(recast(limit, masses, points));
        }
        return curves;
    }

    private RecastCurve recast(RecastLimit limit, double[] masses, MassPoints points) {
        Bounds bounds = limit.readBounds();
        Exclusion[] exclusions = new Exclusion[masses.length];
        List<String> notes = new ArrayList<>();
        double imprecise = Double.NaN;
        double incomplete = Double.NaN;
        // a search that ignores the decay and counts every X needs no width (the (g - 2) and neutrino-scattering limits)
        boolean needsWidths = !limit.decay().contains(DecayState.NONE) || !(limit.production() instanceof NeutrinoScattering
                || limit.window() instanceof Window.Prompt prompt && prompt.everyDecay());
        boolean invalid = false;
        for (int i = 0; i < masses.length; i++) {
            double m = masses[i];
            if (m < bounds.minimumMass() || m > bounds.maximumMass()) {
                continue;
            }
            Point target = points.model(i);
            if ((!limit.validForAxial() && DarkCastNames.chargedFermionCouples(target.couplings, true))
                    || (!limit.validForVector() && DarkCastNames.chargedFermionCouples(target.couplings, false))) {
                invalid = true;
                continue;
            }
            Point reference = points.limitModel(limit.limitModel(), i);
            Widths widths0 = needsWidths ? target.widths() : Widths.UNUSED;
            Widths widths1 = needsWidths ? limit.limitModelWidths(reference.widths()) : Widths.UNUSED;
            if (!widths0.complete() || !widths1.complete()) {
                incomplete = Double.isNaN(incomplete) ? m : incomplete;
                continue;
            }
            Outcome outcome = at(limit, bounds, m, target.couplings, widths0, reference.couplings, widths1);
            if (outcome == Outcome.IMPRECISE) {
                imprecise = Double.isNaN(imprecise) ? m : imprecise;
            } else if (outcome != null) {
                exclusions[i] = outcome.exclusion;
            }
        }
        if (invalid) {
            notes.add("not recast where the model's charged fermions have " + (limit.validForAxial() ? "vector" : "axial")
                    + " couplings: the limit is valid for " + (limit.validForAxial() ? "axial" : "vector") + " couplings only");
        }
        if (!Double.isNaN(imprecise)) {
            notes.add(String.format(Locale.ROOT, "no statement at some masses from %.4g GeV on: the neutrino-scattering "
                    + "cross-section is below double-precision resolution there", imprecise));
        }
        if (!Double.isNaN(incomplete)) {
            notes.add(String.format(Locale.ROOT, "no statement at some masses from %.4g GeV on: a width of X there is "
                    + "not computed, so its branching ratios are unknown", incomplete));
        }
        return new RecastCurve(limit, masses, exclusions, notes);
    }

    /** The exclusion at one mass; null where the limit makes no statement (no bound there). */
    Outcome at(RecastLimit limit, Bounds bounds, double m, XCouplings x0, Widths widths0, XCouplings x1, Widths widths1) {
        double br0 = widths0.branchingRatio(limit.decay());
        double br1 = widths1.branchingRatio(limit.decay());
        if (bounds instanceof Bounds.RValues grid) {
            return rValues(grid, limit, m, br0, br1, x0, widths0, x1, widths1);
        }
        double lower = bounds instanceof Bounds.Lower single ? single.lower().boundAt(m, Bounds.NO_LIMIT)
                : ((Bounds.LowerUpper) bounds).lower().boundAt(m, Bounds.NO_LIMIT);
        if (Double.isNaN(lower)) {
            return null;
        }
        if (br0 == 0 || br1 == 0) {
            return Outcome.of(Exclusion.NONE);
        }
        if (limit.production() instanceof NeutrinoScattering scattering) {
            return neutrinoScattering(scattering, m, lower, br0 / br1, x0, x1);
        }
        double ratio = ((Production.Scaling) limit.production()).ratio(m, x0, x1);
        if (ratio == 0) {
            return Outcome.of(Exclusion.NONE);
        }
        double start;
        double end;
        if (limit.window() instanceof Window.Prompt prompt) {
            if (prompt.everyDecay()) {
                return Outcome.of(Exclusion.above(lower * Math.sqrt(br1 / (br0 * ratio))));
            }
            start = prompt.start_s().evaluate(m);
            end = prompt.end_s().evaluate(m);
            if (!(start >= 0) || !(end > start)) {
                throw new IllegalStateException(limit.source() + ": window [" + start + ", " + end + "] s at m = " + m);
            }
        } else {
            double upper = ((Bounds.LowerUpper) bounds).upper().boundAt(m, Bounds.NO_LIMIT);
            if (Double.isNaN(upper) || !(upper > lower)) {
                return null;
            }
            double lengthRatio = ((Window.Displaced) limit.window()).lengthRatio().evaluate(m);
            start = beamDumpStart(lower, upper, 1 + lengthRatio, widths1.total());
            if (Double.isNaN(start)) {
                return null;
            }
            end = (1 + lengthRatio) * start;
        }
        double efficiency1 = Window.efficiency(start, end, rate(lower, widths1.total()));
        if (efficiency1 == 0 || widths0.total() == 0) {
            return Outcome.of(Exclusion.NONE);
        }
        // F = C w eps(w) - 1 with w = g^2 Gamma0/hbar (the decay rate of X in the model)
        double logC = Math.log(br0 / br1 * ratio * hbar_GeVs / (widths0.total() * lower * lower * efficiency1));
        return Outcome.of(window(logC, start, end, widths0.total()));
    }

    /** Solves C w ε(w) = 1 (see the class Javadoc) in ln w and converts w into couplings. */
    private Exclusion window(double logC, double start, double end, double width0) {
        UnivariateFunction f = logRate -> logC + Window.logRateTimesEfficiency(start, end, Math.exp(logRate));
        if (start == 0) {
            // w eps(w) <= w, so F <= 0 at w = 1/C, and F increases: excluded above one root
            double low = -logC;
            double high = low + 1;
            while (f.value(high) <= 0) {
                high += 2 * (high - low);
            }
            return Exclusion.above(coupling(SOLVER.solve(EVALUATIONS, f, low, high), width0));
        }
        // d ln(w eps)/d ln w = 1 - t0 w + a w/(exp(a w) - 1), a = t1 - t0: decreasing, positive at w = 1/t0
        double a = end - start;
        UnivariateFunction slope = logRate -> {
            double w = Math.exp(logRate);
            return 1 - start * w + (a == Double.POSITIVE_INFINITY ? 0 : a * w / Math.expm1(a * w));
        };
        double from = -Math.log(start);
        double to = from + 1;
        while (slope.value(to) > 0) {
            to += 1;
        }
        double peak = SOLVER.solve(EVALUATIONS, slope, from, to);
        if (!(f.value(peak) > 0)) {
            return Exclusion.NONE;
        }
        double low = peak - 1;
        while (f.value(low) > 0) {
            low -= 2 * (peak - low);
        }
        double high = peak + 1;
        while (f.value(high) > 0) {
            high += 2 * (high - peak);
        }
        return Exclusion.between(coupling(SOLVER.solve(EVALUATIONS, f, low, peak), width0),
                coupling(SOLVER.solve(EVALUATIONS, f, peak, high), width0));
    }

    /**
     * t0 of a beam dump (eq. 2.24): g_u² ε(τ_u) = g_l² ε(τ_l) with t1 = Lr t0, solved in ln t0;
     * NaN when the band is degenerate.
     */
    private double beamDumpStart(double lower, double upper, double lengthRatioPlusOne, double width1) {
        double rateLow = rate(lower, width1);
        double rateHigh = rate(upper, width1);
        if (!(rateHigh > rateLow) || !(lengthRatioPlusOne > 1)) {
            return Double.NaN;
        }
        UnivariateFunction difference = logT -> {
            double t = Math.exp(logT);
            return 2 * Math.log(upper) + Window.logRateTimesEfficiency(t, lengthRatioPlusOne * t, rateHigh) - Math.log(rateHigh)
                    - 2 * Math.log(lower) - Window.logRateTimesEfficiency(t, lengthRatioPlusOne * t, rateLow) + Math.log(rateLow);
        };
        double centre = -0.5 * (Math.log(rateLow) + Math.log(rateHigh));
        double low = centre - 1;
        while (difference.value(low) <= 0 && low > centre - 200) {
            low -= 2;
        }
        double high = centre + 1;
        while (difference.value(high) >= 0 && high < centre + 200) {
            high += 2;
        }
        if (!(difference.value(low) > 0) || !(difference.value(high) < 0)) {
            return Double.NaN;
        }
        return Math.exp(SOLVER.solve(EVALUATIONS, difference, low, high));
    }

    private Outcome rValues(Bounds.RValues grid, RecastLimit limit, double m, double br0, double br1, XCouplings x0,
                            Widths widths0, XCouplings x1, Widths widths1) {
        if (Double.isNaN(grid.at(m, 0))) {
            return null;
        }
        if (br0 == 0 || br1 == 0 || widths0.total() == 0) {
            return Outcome.of(Exclusion.NONE);
        }
        double ratio = ((Production.Scaling) limit.production()).ratio(m, x0, x1);
        if (ratio == 0) {
            return Outcome.of(Exclusion.NONE);
        }
        // same lifetime: g0 = g1 sqrt(Gamma1/Gamma0), so (g0/g1)^2 R = R Gamma1/Gamma0 at every grid coupling
        double lifetimeScale = Math.sqrt(widths1.total() / widths0.total());
        double threshold = br0 * ratio * widths1.total() / (br1 * widths0.total());
        List<double[]> intervals = new ArrayList<>();
        int n = grid.couplingCount();
        int j = 0;
        while (j < n) {
            if (!(grid.at(m, j) < threshold)) {
                j++;
                continue;
            }
            int first = j;
            while (j + 1 < n && grid.at(m, j + 1) < threshold) {
                j++;
            }
            double low = grid.coupling(first) * lifetimeScale;
            double high = grid.coupling(j) * lifetimeScale;
            if (first == 0) {
                // beyond the longest lifetime: y(1 - e^-y) = (1 - e^-1) r, y = (g/g_l)^2 < 1
                double r = grid.at(m, 0) / threshold;
                low *= Math.sqrt(solveIncreasing(y -> y * -Math.expm1(-y) - -Math.expm1(-1) * r, 1e-300, 1));
            }
            if (j == n - 1) {
                // beyond the shortest lifetime: y e^(1-y) = r, y = (g/g_u)^2 > 1
                double r = grid.at(m, n - 1) / threshold;
                high *= Math.sqrt(solveIncreasing(y -> r - y * Math.exp(1 - y), 1, 1e300));
            }
            intervals.add(new double[] {low, high});
            j++;
        }
        return Outcome.of(Exclusion.of(intervals));
    }

    private static double solveIncreasing(UnivariateFunction f, double low, double high) {
        if (f.value(low) >= 0) {
            return low;
        }
        double top = low == 1 ? 2 : high;
        while (f.value(top) < 0 && top < high) {
            top = Math.min(high, top * 2);
        }
        return SOLVER.solve(EVALUATIONS, f, low, top);
    }

    /**
     * Neutrino scattering: the model is excluded above the coupling where its signal
     * Σ_t |g² A_t + g⁴ B_t| equals the limit model's at the bound (times BR₁/BR₀). Where the
     * interference with the SM makes the signal non-monotonic, the equation has several roots; the
     * bound g₁ is the k-th root of the limit model's own equation, and the model's k-th root is
     * taken when it has as many (the same branch of the cross-section: the recast of a limit into
     * its own model is then the limit), else its largest (conservative). DarkCast takes the root
     * its bracket happens to find (METHOD of arXiv:1801.04847 App. C; it misses the input bound by
     * up to 43% for TEXONO at 1.5 MeV).
     */
    private static Outcome neutrinoScattering(NeutrinoScattering scattering, double m, double lower, double brRatio,
                                              XCouplings x0, XCouplings x1) {
        double[] model = scattering.coefficients(m, x0);
        double[] reference = scattering.coefficients(m, x1);
        double s1 = lower * lower;
        double signal1 = NeutrinoScattering.crossSection(reference, s1);
        boolean exact = x0.equals(x1);
        if (exact && brRatio == 1) {
            return Outcome.of(Exclusion.above(lower)); // the limit's own model: the limit itself, whatever the rounding
        }
        if (!exact && NeutrinoScattering.crossSectionError(reference, s1) > CROSS_SECTION_PRECISION * signal1) {
            return Outcome.IMPRECISE;
        }
        List<Double> referenceRoots = crossSectionRoots(reference, signal1);
        int branch = 0;
        for (int k = 1; k < referenceRoots.size(); k++) {
            if (Math.abs(referenceRoots.get(k) - s1) < Math.abs(referenceRoots.get(branch) - s1)) {
                branch = k;
            }
        }
        List<Double> roots = crossSectionRoots(model, signal1 / brRatio);
        if (roots.isEmpty()) {
            return Outcome.of(Exclusion.NONE);
        }
        double root = roots.size() == referenceRoots.size() ? roots.get(branch) : roots.get(roots.size() - 1);
        if (!exact && NeutrinoScattering.crossSectionError(model, root) > CROSS_SECTION_PRECISION * signal1 / brRatio) {
            return Outcome.IMPRECISE;
        }
        return Outcome.of(Exclusion.above(Math.sqrt(root)));
    }

    /**
     * The s = g² &gt; 0 where Σ_t |s A_t + s² B_t| = target, increasing: on each interval between the
     * zeros of the terms the sum is one quadratic, solved in closed form.
     */
    private static List<Double> crossSectionRoots(double[] coefficients, double target) {
        List<Double> breaks = new ArrayList<>();
        breaks.add(0.0);
        for (int t = 0; t < coefficients.length / 2; t += 2) {
            double zero = -coefficients[t] / coefficients[t + 1];
            if (zero > 0 && Double.isFinite(zero)) {
                breaks.add(zero);
            }
        }
        breaks.add(Double.POSITIVE_INFINITY);
        breaks.sort(Double::compare);
        List<Double> roots = new ArrayList<>();
        for (int k = 0; k + 1 < breaks.size(); k++) {
            double from = breaks.get(k);
            double to = breaks.get(k + 1);
            double linear = 0;
            double quadratic = 0;
            for (int t = 0; t < coefficients.length / 2; t += 2) {
                double a = coefficients[t];
                double b = coefficients[t + 1];
                // the sign of a + s b inside (from, to): at the midpoint, or as s -> infinity on the last interval
                double sign = Double.isInfinite(to) ? (b != 0 ? Math.signum(b) : Math.signum(a)) : Math.signum(a + 0.5 * (from + to) * b);
                linear += sign * a;
                quadratic += sign * b;
            }
            for (double s : quadraticRoots(quadratic, linear, -target)) {
                if (s > from && s < to) {
                    roots.add(s);
                }
            }
        }
        roots.sort(Double::compare);
        return roots;
    }

    /** The positive real roots of a s² + b s + c = 0 (numerically stable form). */
    private static double[] quadraticRoots(double a, double b, double c) {
        if (a == 0) {
            return b == 0 ? new double[0] : new double[] {-c / b};
        }
        double discriminant = b * b - 4 * a * c;
        if (discriminant < 0) {
            return new double[0];
        }
        double q = -0.5 * (b + Math.copySign(Math.sqrt(discriminant), b));
        return q == 0 ? new double[] {0} : new double[] {q / a, c / q};
    }

    /** X's decay rate 1/τ = g² Γ(g = 1)/ħ, s⁻¹. */
    private double rate(double coupling, double width) {
        return coupling * coupling * width / hbar_GeVs;
    }

    /** g from ln w = ln(g² Γ₀/ħ). */
    private double coupling(double logRate, double width0) {
        return Math.sqrt(Math.exp(logRate) * hbar_GeVs / width0);
    }

    /** What a limit says at one mass: an exclusion, or that the model's cross-section cannot be resolved there. */
    static final class Outcome {
        static final Outcome IMPRECISE = new Outcome(null);
        final Exclusion exclusion;

        private Outcome(Exclusion exclusion) {
            this.exclusion = exclusion;
        }

        static Outcome of(Exclusion exclusion) {
            return new Outcome(exclusion);
        }
    }

    /** A model's couplings and widths at one mass. */
    private static final class Point {
        final XCouplings couplings;
        private final RecastModel model;
        private final double mass;
        private Widths widths;

        Point(RecastModel model, double mass) {
            this.model = model;
            this.mass = mass;
            this.couplings = model.couplings(mass);
        }

        Widths widths() {
            if (widths == null) {
                widths = model.widths(mass);
            }
            return widths;
        }
    }

    /** XCouplings and widths of the model and the limit models at the grid masses, each computed once. */
    private final class MassPoints {
        private final double[] masses;
        private final Point[] model;
        private final Map<RecastLimit.LimitModel, Point[]> limitModel = new EnumMap<>(RecastLimit.LimitModel.class);

        MassPoints(double[] masses) {
            this.masses = masses;
            this.model = new Point[masses.length];
        }

        Point model(int index) {
            if (model[index] == null) {
                model[index] = new Point(Recaster.this.model, masses[index]);
            }
            return model[index];
        }

        Point limitModel(RecastLimit.LimitModel kind, int index) {
            Point[] points = limitModel.computeIfAbsent(kind, k -> new Point[masses.length]);
            if (points[index] == null) {
                RecastModel reference = limitModels.get(kind);
                if (reference == null) {
                    throw new IllegalStateException("no limit model " + kind.key());
                }
                points[index] = new Point(reference, masses[index]);
            }
            return points[index];
        }
    }
}
