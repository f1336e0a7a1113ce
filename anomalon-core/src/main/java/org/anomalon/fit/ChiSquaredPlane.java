package org.anomalon.fit;

import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.PointValuePair;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.hipparchus.optim.nonlinear.scalar.noderiv.SimplexOptimizer;

/**
 * Scans a χ² ({@link Likelihood}, or Belle II's likelihood plus Gaussian terms) over the plane (x, y) = (g_X A_XWW, g_X A_XYY) of P0 Fig. 2 (left)
 * (P2 Fig. 1 left). χ²_min is the grid minimum polished by Hipparchus' Nelder–Mead simplex, so
 * the Δχ² regions do not depend on the grid spacing.
 *
 * <p>Every rate is even in g_X, so χ²(x, y) = χ²(−x, −y) and the minimum comes as a mirror pair;
 * which node of the pair is lower is decided by rounding, so the reported minimum is always the
 * one with x ≥ 0 (the sign convention g_X A_XWW ≥ 0).
 */
public final class ChiSquaredPlane {
    private ChiSquaredPlane() {
    }

    /**
     * @param likelihood the χ² to scan
     * @param xRange     range of g_X A_XWW
     * @param yRange     range of g_X A_XYY
     * @param nx         nodes along x (≥ 2)
     * @param ny         nodes along y (≥ 2)
     */
    public static PlaneGrid scan(PlaneChiSquared likelihood, Interval xRange, Interval yRange, int nx, int ny) {
        if (nx < 2 || ny < 2) {
            throw new IllegalArgumentException("a grid needs at least 2 × 2 nodes, got " + nx + " × " + ny);
        }
        double[] xs = nodes(xRange, nx);
        double[] ys = nodes(yRange, ny);
        double[] values = new double[nx * ny];
        int best = 0;
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                int index = j * nx + i;
                values[index] = likelihood.chiSquared(xs[i], ys[j]);
                if (values[index] < values[best]) {
                    best = index;
                }
            }
        }
        double[] start = {xs[best % nx], ys[best / nx]};
        double[] minimum = polish(likelihood, start, xs[1] - xs[0], ys[1] - ys[0]);
        double chiSquaredMin = Math.min(likelihood.chiSquared(minimum[0], minimum[1]), values[best]);
        if (chiSquaredMin == values[best]) {
            minimum = start;
        }
        if (minimum[0] < 0 || (minimum[0] == 0 && minimum[1] < 0)) {
            minimum = new double[] {-minimum[0], -minimum[1]};
        }
        for (int k = 0; k < values.length; k++) {
            values[k] -= chiSquaredMin;
        }
        return new PlaneGrid(xs, ys, values, chiSquaredMin, minimum[0], minimum[1]);
    }

    /** The grid's best node refined by Nelder–Mead; the node itself when the simplex does not converge in 2000 steps. */
    private static double[] polish(PlaneChiSquared likelihood, double[] start, double stepX, double stepY) {
        SimplexOptimizer optimizer = new SimplexOptimizer(1e-12, 1e-14);
        try {
            PointValuePair result = optimizer.optimize(new MaxEval(2000),
                    new ObjectiveFunction(p -> likelihood.chiSquared(p[0], p[1])), GoalType.MINIMIZE,
                    new InitialGuess(start), new NelderMeadSimplex(new double[] {stepX, stepY}));
            return result.getPoint();
        } catch (org.hipparchus.exception.MathIllegalStateException e) {
            return start;
        }
    }

    private static double[] nodes(Interval range, int n) {
        double[] nodes = new double[n];
        for (int i = 0; i < n; i++) {
            nodes[i] = range.lower() + (range.upper() - range.lower()) * i / (n - 1);
        }
        return nodes;
    }
}
