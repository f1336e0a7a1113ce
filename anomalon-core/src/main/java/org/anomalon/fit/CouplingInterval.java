package org.anomalon.fit;

import java.util.function.DoubleUnaryOperator;
import org.anomalon.PhysicsException;
import org.hipparchus.analysis.UnivariateFunction;
import org.hipparchus.analysis.solvers.BrentSolver;

/**
 * The g_X interval where χ²(g_X) − χ²_min ≤ Δ around a best fit, by Hipparchus' Brent root finder:
 * the lower end is 0 when χ²(0) is within Δ, the upper end is bracketed by stepping out from the
 * best fit with doubling steps.
 */
final class CouplingInterval {
    private static final double RELATIVE_TOLERANCE = 1e-12;
    private static final int MAX_EVALUATIONS = 500;

    private CouplingInterval() {
    }

    /**
     * @param chiSquared     χ² as a function of g_X
     * @param bestCoupling   ĝ_X
     * @param chiSquaredMin  χ²(ĝ_X)
     * @param deltaChiSquared Δ (1 for 1σ in one parameter)
     * @param step           the first step beyond ĝ_X (a scale of the interval; > 0)
     * @throws PhysicsException when χ² does not rise by Δ at any g_X
     */
    static Interval of(DoubleUnaryOperator chiSquared, double bestCoupling, double chiSquaredMin, double deltaChiSquared,
                       double step) {
        BrentSolver solver = new BrentSolver(RELATIVE_TOLERANCE, Math.max(bestCoupling, 1e-300) * 1e-13);
        UnivariateFunction excess = g -> chiSquared.applyAsDouble(g) - chiSquaredMin - deltaChiSquared;
        double lower = 0;
        if (bestCoupling > 0 && excess.value(0) > 0) {
            lower = solver.solve(MAX_EVALUATIONS, excess, 0, bestCoupling);
        }
        if (!(step > 0)) {
            return new Interval(0, Double.POSITIVE_INFINITY);
        }
        double high = bestCoupling + step;
        for (int doubling = 0; excess.value(high) < 0; doubling++) {
            if (doubling > 60) {
                throw new PhysicsException("the chi^2 does not rise by " + deltaChiSquared
                        + " above the best fit at any g_X: the data do not bound this model");
            }
            high += step;
            step *= 2;
        }
        return new Interval(lower, solver.solve(MAX_EVALUATIONS, excess, bestCoupling, high));
    }
}
