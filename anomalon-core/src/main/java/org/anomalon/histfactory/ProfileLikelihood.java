package org.anomalon.histfactory;

import org.anomalon.PhysicsException;
import org.hipparchus.analysis.UnivariateFunction;
import org.hipparchus.analysis.solvers.BrentSolver;
import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.RealMatrix;

/**
 * The profile likelihood of a {@link HistFactoryModel}'s parameter of interest: −2 ln L minimised
 * over every other parameter, the test statistic q(μ₀) = −2 ln L(μ₀, θ̂̂) + 2 ln L(μ̂, θ̂) of the
 * asymptotic formulae (G. Cowan, K. Cranmer, E. Gross, O. Vitells, Eur. Phys. J. C 71 (2011) 1554),
 * intervals where q crosses a level, and the "statistics only" variant with every nuisance
 * parameter frozen.
 *
 * <p><b>One profiled evaluation</b> ({@link #profile(double)}) is the minimum of −2 ln L at a fixed
 * parameter of interest over all other parameters: the γ of every bin exactly in closed form (see
 * {@link HistFactoryModel}), the remaining ones by {@link NewtonMinimizer} started from the previous
 * solution of this object (a warm start), or — {@link #profile(double, Anchor)} — from a prepared
 * {@link Anchor}, which makes it a function of its argument alone. It is converged when the predicted remaining decrease of
 * −2 ln L is below 1e-9, so q is accurate to ~1e-9 absolute and a significance √q to ~1e-9/√q;
 * the nuisance parameters to ~3e-5 of their uncertainty.
 *
 * <p>Not thread-safe (warm start and work arrays); use one per thread, they are cheap.
 */
public final class ProfileLikelihood {
    private final HistFactoryModel model;
    private final NewtonMinimizer minimizer;
    private final boolean[] everyFree;
    private final boolean[] nuisanceFree;
    private final double[] fixedGammas;
    private final int poi;
    private final HistFactoryModel.Scratch scratch;
    private double[] warmStart;

    private ProfileLikelihood(HistFactoryModel model, boolean[] everyFree, double[] fixedGammas, double[] start) {
        this.model = model;
        this.minimizer = new NewtonMinimizer(model);
        this.poi = model.poiIndex();
        this.everyFree = everyFree;
        this.nuisanceFree = everyFree.clone();
        this.nuisanceFree[poi] = false;
        this.fixedGammas = fixedGammas;
        this.warmStart = start;
        this.scratch = new HistFactoryModel.Scratch(model);
    }

    /** Every parameter that the measurement does not fix is free. */
    public static ProfileLikelihood of(HistFactoryModel model) {
        boolean[] free = new boolean[model.parameterCount()];
        for (int p = 0; p < free.length; p++) {
            free[p] = !model.parameters().get(p).fixed();
        }
        return new ProfileLikelihood(model, free, null, model.initialValues());
    }

    public HistFactoryModel model() {
        return model;
    }

    /**
     * The same likelihood with every nuisance parameter and every γ frozen at their values in
     * {@code fit}: the parameter of interest is the only free parameter, so its interval is the
     * statistical uncertainty alone (the usual definition of the "stat" part of a split error).
     */
    public ProfileLikelihood frozenAt(LikelihoodFit fit) {
        return frozenAt(fit, parameter -> false, true);
    }

    /**
     * The same likelihood with the parameters that fail {@code stayFree} frozen at their values in
     * {@code fit} (the parameter of interest stays free), and the γ too if {@code freezeGammas}.
     */
    public ProfileLikelihood frozenAt(LikelihoodFit fit, java.util.function.Predicate<Parameter> stayFree,
                                      boolean freezeGammas) {
        boolean[] free = new boolean[model.parameterCount()];
        for (int p = 0; p < free.length; p++) {
            free[p] = everyFree[p] && (p == poi || stayFree.test(model.parameters().get(p)));
        }
        double[] gammas = fixedGammas != null ? fixedGammas
                : freezeGammas ? model.profiledGammas(fit.parameters()) : null;
        return new ProfileLikelihood(model, free, gammas, fit.parameters());
    }

    /** The global minimum (parameter of interest free), started from the model's initial values. */
    public LikelihoodFit bestFit() {
        return bestFit(model.initialValues());
    }

    /** The global minimum started from {@code start}. */
    public LikelihoodFit bestFit(double[] start) {
        return fit(start, everyFree);
    }

    /** One profiled evaluation: the minimum over the other parameters at parameter of interest {@code value}. */
    public LikelihoodFit profile(double value) {
        requireInBounds(value);
        double[] start = warmStart.clone();
        start[poi] = value;
        return fit(start, nuisanceFree);
    }

    private void requireInBounds(double value) {
        Parameter parameter = model.parameters().get(poi);
        if (!(value >= parameter.lower() && value <= parameter.upper())) {
            throw new IllegalArgumentException(parameter.name() + " = " + value + " is outside its bounds ["
                    + parameter.lower() + ", " + parameter.upper() + "]");
        }
    }

    /** The same, started from {@code start}'s parameters instead of the previous solution. */
    public LikelihoodFit profile(double value, LikelihoodFit start) {
        warmStart = start.parameters();
        return profile(value);
    }

    /**
     * A minimum over the nuisance parameters — the best fit, or a profiled point — prepared for
     * profiled evaluations that depend on nothing but their argument ({@link #profile(double, Anchor)}):
     * the Hessian in the nuisance parameters there, factorised once, and the tangent
     * dθ̂̂/dμ = −H_θθ⁻¹ H_θμ of the profiled minimum. Immutable; one anchor serves every thread and
     * every ProfileLikelihood of the same model.
     */
    public static final class Anchor {
        private final LikelihoodFit point;
        private final NewtonMinimizer.Start start;

        private Anchor(LikelihoodFit point, NewtonMinimizer.Start start) {
            this.point = point;
            this.start = start;
        }

        /** The minimum it starts from. */
        public LikelihoodFit point() {
            return point;
        }
    }

    /** {@code point} (the best fit or a profiled point of this likelihood) as an {@link Anchor}. */
    public Anchor anchor(LikelihoodFit point) {
        return new Anchor(point, minimizer.prepare(point.parameters(), nuisanceFree, fixedGammas, poi).orElse(null));
    }

    /**
     * One profiled evaluation, a function of {@code value} and the anchor alone (the same bits
     * whatever this object computed before): Newton started from the better (lower −2 ln L) of the
     * anchor's nuisance parameters and their first-order prediction θ + (dθ̂̂/dμ)(value − μ_anchor),
     * with the anchor's factorised Hessian. Converged as {@link #profile(double)}.
     */
    public LikelihoodFit profile(double value, Anchor anchor) {
        requireInBounds(value);
        double[] plain = anchor.point.parameters();
        plain[poi] = value;
        double[] start = plain;
        if (anchor.start != null) {
            double[] predicted = plain.clone();
            double shift = value - anchor.point.poi();
            for (int p = 0; p < predicted.length; p++) {
                Parameter parameter = model.parameters().get(p);
                predicted[p] = Math.min(parameter.upper(), Math.max(parameter.lower(), predicted[p] + anchor.start.tangent()[p] * shift));
            }
            if (model.value(predicted, fixedGammas, null, null, scratch) < model.value(plain, fixedGammas, null, null, scratch)) {
                start = predicted;
            }
        }
        NewtonMinimizer.Outcome outcome = minimizer.minimize(start, nuisanceFree, fixedGammas, anchor.start);
        return new LikelihoodFit(outcome.point()[poi], outcome.value(), outcome.point(), outcome.iterations());
    }

    /**
     * ∂(−2 ln L)/∂μ at {@code fit}'s parameters: at a profiled minimum, the slope of the profile
     * d(−2 ln L(μ, θ̂̂(μ)))/dμ (envelope theorem; the γ are at their minimum too).
     */
    public double slope(LikelihoodFit fit) {
        double[] gradient = new double[model.parameterCount()];
        model.value(fit.parameters(), fixedGammas, gradient, null, scratch);
        return gradient[poi];
    }

    /** q(value) = −2 ln L(value, θ̂̂) − (−2 ln L at {@code best}). */
    public double testStatistic(double value, LikelihoodFit best) {
        return profile(value).minusTwoLogLikelihood() - best.minusTwoLogLikelihood();
    }

    /**
     * The 1σ (or other) error of the parameter of interest from the curvature at the best fit:
     * √(2 (H⁻¹)_μμ) with H the Hessian of −2 ln L in the free parameters (γ profiled).
     */
    public double parabolicError(LikelihoodFit best) {
        int size = model.parameterCount();
        double[] gradient = new double[size];
        double[] hessian = new double[size * size];
        model.value(best.parameters(), fixedGammas, gradient, hessian, new HistFactoryModel.Scratch(model));
        int count = 0;
        int[] index = new int[size];
        int poiRow = -1;
        for (int p = 0; p < size; p++) {
            if (everyFree[p]) {
                if (p == poi) {
                    poiRow = count;
                }
                index[count++] = p;
            }
        }
        RealMatrix matrix = new Array2DRowRealMatrix(count, count);
        for (int i = 0; i < count; i++) {
            for (int j = 0; j < count; j++) {
                matrix.setEntry(i, j, (hessian[index[i] * size + index[j]] + hessian[index[j] * size + index[i]]) / 2);
            }
        }
        try {
            RealMatrix inverse = new CholeskyDecomposition(matrix, 1e-9, 1e-14).getSolver().getInverse();
            return Math.sqrt(2 * inverse.getEntry(poiRow, poiRow));
        } catch (MathIllegalArgumentException singular) {
            throw new PhysicsException(model.source() + ": the Hessian at the best fit is not positive definite "
                    + "(the data do not constrain every free parameter)", singular);
        }
    }

    /** {@link #parabolicError}, or where the Hessian is singular the width of the parameter of interest alone. */
    private double stepScale(LikelihoodFit best) {
        try {
            return parabolicError(best);
        } catch (PhysicsException singular) {
            int size = model.parameterCount();
            double[] gradient = new double[size];
            double[] hessian = new double[size * size];
            model.value(best.parameters(), fixedGammas, gradient, hessian, new HistFactoryModel.Scratch(model));
            double curvature = hessian[poi * size + poi];
            Parameter parameter = model.parameters().get(poi);
            return curvature > 0 ? Math.sqrt(2 / curvature) : 1e-3 * (parameter.upper() - parameter.lower());
        }
    }

    /**
     * Where q crosses {@code level} below and above the best fit (Hipparchus' Brent solver on the
     * profile, to 1e-6 of the parabolic error); a bound of the parameter of interest when q stays
     * below the level up to it.
     */
    public PoiInterval interval(LikelihoodFit best, double level) {
        return new PoiInterval(crossing(best, level, -1), crossing(best, level, +1), level);
    }

    /** The upper crossing alone, e.g. an upper limit at q = 2.71 or 1.64 (see {@link #interval}). */
    public double upperCrossing(LikelihoodFit best, double level) {
        return crossing(best, level, +1);
    }

    private double crossing(LikelihoodFit best, double level, int direction) {
        Parameter parameter = model.parameters().get(poi);
        double bound = direction > 0 ? parameter.upper() : parameter.lower();
        if (best.poi() == bound) {
            return bound;
        }
        double scale = stepScale(best);
        warmStart = best.parameters();
        UnivariateFunction excess = value -> testStatistic(value, best) - level;
        double inside = best.poi();
        double distance = scale * Math.sqrt(level);
        while (true) {
            double outside = best.poi() + direction * distance;
            if (direction > 0 ? outside >= bound : outside <= bound) {
                if (excess.value(bound) < 0) {
                    return bound;
                }
                outside = bound;
            }
            if (excess.value(outside) >= 0) {
                warmStart = best.parameters();
                BrentSolver solver = new BrentSolver(1e-6 * scale);
                return solver.solve(100, excess, Math.min(inside, outside), Math.max(inside, outside));
            }
            inside = outside;
            distance *= 2;
        }
    }

    private LikelihoodFit fit(double[] start, boolean[] free) {
        NewtonMinimizer.Outcome outcome = minimizer.minimize(start, free, fixedGammas);
        warmStart = outcome.point();
        return new LikelihoodFit(outcome.point()[poi], outcome.value(), outcome.point(), outcome.iterations());
    }
}
