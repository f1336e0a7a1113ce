package org.anomalon.fit;

import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.univariate.BrentOptimizer;
import org.hipparchus.optim.univariate.SearchInterval;
import org.hipparchus.optim.univariate.UnivariateObjectiveFunction;
import org.hipparchus.optim.univariate.UnivariatePointValuePair;

/**
 * The fit of one model: fixed anomaly traces, so the point (g_X A_XWW, g_X A_XYY) moves on a ray
 * of the plane and g_X is the only free parameter (P0 Sec. 3.2.5, Fig. 2 right).
 *
 * <p>Every prediction is r_i g_X² with r_i the observable at g_X = 1, so χ² is a function of
 * t = g_X². It is convex in t (see {@link GaussianTerm}), so Hipparchus' Brent minimiser on a
 * bracket that contains every term's centre finds the global minimum. The 1σ interval of g_X
 * solves χ² − χ²_min = 1 (Hipparchus Brent root finder); its lower end is 0 when the SM itself
 * is within 1σ.
 */
public final class ModelFit implements CouplingProfile {
    private static final double RELATIVE_TOLERANCE = 1e-12;
    private static final int MAX_EVALUATIONS = 500;

    private final double traceXWW;
    private final double traceXYY;
    private final GaussianTerm[] terms;
    private final double[] ratesAtUnitCoupling;

    private ModelFit(Likelihood likelihood, double traceXWW, double traceXYY) {
        this.traceXWW = traceXWW;
        this.traceXYY = traceXYY;
        int n = likelihood.terms().size();
        this.terms = new GaussianTerm[n];
        this.ratesAtUnitCoupling = new double[n];
        for (int i = 0; i < n; i++) {
            LikelihoodTerm term = likelihood.terms().get(i);
            terms[i] = term.term();
            ratesAtUnitCoupling[i] = term.response().value(traceXWW, traceXYY);
        }
    }

    /** The fit along the ray of a model with traces A_XWW, A_XYY. */
    public static ModelFit along(Likelihood likelihood, double traceXWW, double traceXYY) {
        return new ModelFit(likelihood, traceXWW, traceXYY);
    }

    public double traceXWW() {
        return traceXWW;
    }

    public double traceXYY() {
        return traceXYY;
    }

    /** χ² at coupling g_X. */
    @Override
    public double chiSquared(double couplingX) {
        return chiSquaredOfSquare(couplingX * couplingX);
    }

    private double chiSquaredOfSquare(double couplingSquared) {
        double sum = 0;
        for (int i = 0; i < terms.length; i++) {
            sum += terms[i].chiSquared(couplingSquared * ratesAtUnitCoupling[i]);
        }
        return sum;
    }

    /** True when no measured signal (non-zero central value) responds to g_X: the SM is the best fit. */
    public boolean cannotProduceSignal() {
        for (int i = 0; i < terms.length; i++) {
            if (terms[i].central() > 0 && ratesAtUnitCoupling[i] != 0) {
                return false;
            }
        }
        return true;
    }

    /** Minimises χ² over g_X ≥ 0. */
    @Override
    public BestFit best() {
        double upper = squareBeyondEveryCentre();
        double couplingSquared = 0;
        if (upper > 0) {
            BrentOptimizer optimizer = new BrentOptimizer(RELATIVE_TOLERANCE, upper * 1e-15);
            UnivariatePointValuePair minimum = optimizer.optimize(new MaxEval(MAX_EVALUATIONS),
                    new UnivariateObjectiveFunction(this::chiSquaredOfSquare), GoalType.MINIMIZE,
                    new SearchInterval(0, upper));
            couplingSquared = minimum.getPoint();
        }
        double chiSquaredSM = chiSquaredOfSquare(0);
        double chiSquaredMin = Math.min(chiSquaredOfSquare(couplingSquared), chiSquaredSM);
        if (chiSquaredMin == chiSquaredSM) {
            couplingSquared = 0;
        }
        double couplingX = Math.sqrt(couplingSquared);
        double delta = chiSquaredSM - chiSquaredMin;
        return new BestFit(couplingX, intervalAt(couplingX, chiSquaredMin, 1.0), chiSquaredMin, chiSquaredSM,
                delta, Significance.sigma(delta, 1));
    }

    /** The g_X interval where χ² − χ²_min ≤ {@code deltaChiSquared}. */
    public Interval intervalAt(double bestCoupling, double chiSquaredMin, double deltaChiSquared) {
        return CouplingInterval.of(this::chiSquared, bestCoupling, chiSquaredMin, deltaChiSquared,
                bestCoupling > 0 ? bestCoupling : Math.sqrt(squareBeyondEveryCentre()));
    }

    /**
     * A g_X² beyond which every term only grows: 4× the largest g_X² at which a prediction reaches
     * its term's centre plus three upper σ (the χ² is convex in g_X², so the minimum lies below).
     */
    private double squareBeyondEveryCentre() {
        double largest = 0;
        for (int i = 0; i < terms.length; i++) {
            if (ratesAtUnitCoupling[i] > 0) {
                double reach = (terms[i].central() + 3 * terms[i].sigmaAbove()) / ratesAtUnitCoupling[i];
                largest = Math.max(largest, reach);
            }
        }
        return 4 * largest;
    }
}
