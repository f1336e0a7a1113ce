package org.anomalon.histfactory;

import java.util.Arrays;
import java.util.Optional;
import org.anomalon.PhysicsException;
import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.DecompositionSolver;
import org.hipparchus.linear.RealVector;

/**
 * Minimises −2 ln L of a {@link HistFactoryModel} over its free parameters (γ already profiled in
 * closed form) by Newton's method with the model's exact gradient and Hessian: Levenberg–Marquardt
 * damping (H + λ diag|H|) where the Hessian is not positive definite or a step does not lower the
 * function, an active set for the box bounds (a parameter at a bound whose gradient points out is
 * held there), Hipparchus' Cholesky decomposition for each step.
 *
 * <p>The factorised Hessian is kept while it works (a chord iteration, J. M. Ortega and W. C.
 * Rheinboldt, <i>Iterative Solution of Nonlinear Equations</i>, Sec. 7.1): from one call to the
 * next, since neighbouring points of a profile have nearly the same Hessian, and from one step to
 * the next; a fresh Hessian is computed when the active set changes, a step fails, or the decrement
 * does not fall at least fourfold per step. So a warm-started profile point costs a few gradient
 * evaluations and no Hessian. A prepared {@link Start} replaces the kept factor by a fixed one, so
 * that the outcome no longer depends on the previous call.
 *
 * <p>Converged when the Newton decrement gᵀ(H + λD)⁻¹g, the predicted decrease of −2 ln L, falls
 * below {@value #DECREMENT_TOLERANCE}: near a minimum the remaining error of −2 ln L is half the
 * decrement, that of each parameter at most √decrement of its standard deviation before the last
 * step, which is taken too (so in practice far less). Not thread-safe
 * (it reuses its work arrays and its factorisation); one per thread.
 */
final class NewtonMinimizer {
    static final double DECREMENT_TOLERANCE = 1e-9;
    private static final int MAX_ITERATIONS = 300;
    private static final double MAX_DAMPING = 1e12;
    private static final double SLOW = 0.25;

    /** The minimum found. */
    record Outcome(double[] point, double value, int iterations) {
    }

    /**
     * A minimum prepared as the start of later minimisations with one parameter moved: the
     * factorised Hessian there (on its active set, with the damping it needed) and the tangent
     * dx/dx_along = −H⁻¹ ∂(∇f)/∂x_along of the minimum as the fixed parameter x_along moves. A
     * minimisation started from it ({@link #minimize(double[], boolean[], double[], Start)}) does
     * not depend on any earlier call. Immutable; Hipparchus' Cholesky solver only reads its factor,
     * so one Start serves every thread.
     */
    record Start(DecompositionSolver factor, int[] active, double damping, double[] tangent) {
    }

    private final HistFactoryModel model;
    private final HistFactoryModel.Scratch scratch;
    private final int size;
    private final double[] gradient;
    private final double[] trialGradient;
    private final double[] hessian;
    private final double[] lower;
    private final double[] upper;
    private final int[] active;
    private int activeCount;
    private DecompositionSolver factor;
    private int[] factorActive = new int[0];
    private double[] factorGammas;
    private double damping;

    NewtonMinimizer(HistFactoryModel model) {
        this.model = model;
        this.scratch = new HistFactoryModel.Scratch(model);
        this.size = model.parameterCount();
        this.gradient = new double[size];
        this.trialGradient = new double[size];
        this.hessian = new double[size * size];
        this.lower = model.parameters().stream().mapToDouble(Parameter::lower).toArray();
        this.upper = model.parameters().stream().mapToDouble(Parameter::upper).toArray();
        this.active = new int[size];
    }

    /**
     * @param start       starting point (parameters not {@code free} stay at their value here)
     * @param free        which parameters to vary
     * @param fixedGammas the γ to hold fixed, or null to profile them
     */
    Outcome minimize(double[] start, boolean[] free, double[] fixedGammas) {
        return iterate(start, free, fixedGammas);
    }

    /**
     * The same, from the factorised Hessian of {@code prepared} (null: a fresh one at {@code start})
     * instead of the one this minimiser kept from its previous call: the outcome is a function of
     * the arguments alone.
     */
    Outcome minimize(double[] start, boolean[] free, double[] fixedGammas, Start prepared) {
        factor = prepared == null ? null : prepared.factor();
        factorActive = prepared == null ? new int[0] : prepared.active();
        factorGammas = fixedGammas;
        damping = prepared == null ? 0 : prepared.damping();
        return iterate(start, free, fixedGammas);
    }

    /**
     * Prepares the minimum {@code x} (over {@code free}) as a {@link Start} for minimisations with
     * parameter {@code along} (not free) moved; empty when the Hessian there cannot be made
     * positive definite.
     */
    Optional<Start> prepare(double[] x, boolean[] free, double[] fixedGammas, int along) {
        damping = 0;
        model.value(x, fixedGammas, gradient, hessian, scratch);
        findActive(x, free);
        if (activeCount == 0 || !factorise()) {
            factor = null;
            return Optional.empty();
        }
        double[] mixed = new double[activeCount];
        for (int i = 0; i < activeCount; i++) {
            mixed[i] = hessian[active[i] * size + along];
        }
        RealVector shift = factor.solve(new ArrayRealVector(mixed, false));
        double[] tangent = new double[size];
        for (int i = 0; i < activeCount; i++) {
            tangent[active[i]] = -shift.getEntry(i);
        }
        Start start = new Start(factor, factorActive, damping, tangent);
        factor = null;
        return Optional.of(start);
    }

    private Outcome iterate(double[] start, boolean[] free, double[] fixedGammas) {
        double[] x = start.clone();
        for (int p = 0; p < size; p++) {
            if (free[p]) {
                x[p] = Math.min(upper[p], Math.max(lower[p], x[p]));
            }
        }
        double value = model.value(x, fixedGammas, gradient, null, scratch);
        if (!Double.isFinite(value)) {
            throw new PhysicsException(model.source() + ": the likelihood is not defined at the starting point of the fit "
                    + "(a negative expected count)");
        }
        if (factorGammas != fixedGammas) {
            factor = null;
            factorGammas = fixedGammas;
        }
        boolean fresh = false;
        double previousDecrement = Double.POSITIVE_INFINITY;
        double[] trial = new double[size];
        for (int iteration = 1; iteration <= MAX_ITERATIONS; iteration++) {
            findActive(x, free);
            if (activeCount == 0) {
                return new Outcome(x, value, iteration);
            }
            if (factor == null || !Arrays.equals(active, 0, activeCount, factorActive, 0, factorActive.length)) {
                model.value(x, fixedGammas, gradient, hessian, scratch);
                if (!factorise()) {
                    break;
                }
                fresh = true;
                previousDecrement = Double.POSITIVE_INFINITY;
            }
            RealVector step = factor.solve(new ArrayRealVector(activeGradient(), false));
            double decrement = 0;
            for (int i = 0; i < activeCount; i++) {
                decrement += gradient[active[i]] * step.getEntry(i);
            }
            if (decrement < DECREMENT_TOLERANCE) {
                return finalStep(x, value, step, fixedGammas, iteration);
            }
            if (!fresh && decrement > SLOW * previousDecrement) {
                factor = null; // the kept Hessian no longer describes the function here
                continue;
            }
            System.arraycopy(x, 0, trial, 0, size);
            for (int i = 0; i < activeCount; i++) {
                int p = active[i];
                trial[p] = Math.min(upper[p], Math.max(lower[p], x[p] - step.getEntry(i)));
            }
            double trialValue = model.value(trial, fixedGammas, trialGradient, null, scratch);
            if (trialValue < value) {
                System.arraycopy(trial, 0, x, 0, size);
                System.arraycopy(trialGradient, 0, gradient, 0, size);
                value = trialValue;
                previousDecrement = decrement;
                fresh = false;
                damping = damping < 1e-5 ? 0 : damping / 10;
            } else if (!fresh) {
                factor = null;
            } else {
                damping = damping == 0 ? 1e-6 : 10 * damping;
                if (damping > MAX_DAMPING || !factorise()) {
                    break;
                }
                previousDecrement = Double.POSITIVE_INFINITY;
            }
        }
        factor = null;
        throw new PhysicsException(model.source() + ": the profile-likelihood fit did not converge (−2 ln L = " + value + ")");
    }

    /** Takes the last, tiny Newton step too when it does not raise −2 ln L: the parameters gain its digits. */
    private Outcome finalStep(double[] x, double value, RealVector step, double[] fixedGammas, int iteration) {
        double[] last = x.clone();
        for (int i = 0; i < activeCount; i++) {
            int p = active[i];
            last[p] = Math.min(upper[p], Math.max(lower[p], x[p] - step.getEntry(i)));
        }
        double lastValue = model.value(last, fixedGammas, null, null, scratch);
        return lastValue <= value ? new Outcome(last, lastValue, iteration) : new Outcome(x, value, iteration);
    }

    private void findActive(double[] x, boolean[] free) {
        activeCount = 0;
        for (int p = 0; p < size; p++) {
            boolean heldLow = x[p] <= lower[p] && gradient[p] > 0;
            boolean heldHigh = x[p] >= upper[p] && gradient[p] < 0;
            if (free[p] && !heldLow && !heldHigh) {
                active[activeCount++] = p;
            }
        }
    }

    private double[] activeGradient() {
        double[] g = new double[activeCount];
        for (int i = 0; i < activeCount; i++) {
            g[i] = gradient[active[i]];
        }
        return g;
    }

    /**
     * Factorises H + λ diag|H| on the active parameters, raising λ until it is positive definite;
     * false when no damping up to {@value #MAX_DAMPING} makes it so.
     */
    private boolean factorise() {
        double[][] matrix = new double[activeCount][activeCount];
        while (damping <= MAX_DAMPING) {
            for (int i = 0; i < activeCount; i++) {
                int p = active[i];
                for (int j = 0; j < activeCount; j++) {
                    matrix[i][j] = hessian[p * size + active[j]];
                }
                matrix[i][i] += damping * Math.max(Math.abs(matrix[i][i]), 1e-12);
            }
            try {
                factor = new CholeskyDecomposition(new Array2DRowRealMatrix(matrix, false), 1e-9, 1e-14).getSolver();
                factorActive = Arrays.copyOf(active, activeCount);
                return true;
            } catch (MathIllegalArgumentException notPositiveDefinite) {
                damping = damping == 0 ? 1e-6 : 10 * damping;
            }
        }
        factor = null;
        return false;
    }
}
