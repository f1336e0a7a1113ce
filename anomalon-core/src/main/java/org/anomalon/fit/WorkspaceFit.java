package org.anomalon.fit;

import org.hipparchus.analysis.solvers.BrentSolver;

/**
 * The fit of one model along its line with Belle II's B⁺ → K⁺νν̄ likelihood: B_X = g_X² r, r the
 * model's B(B⁺ → K⁺X) × P_unseen at g_X = 1, so χ²(g_X) = −2 ln L(B_X = g_X² r) profiled over the
 * workspace's 231 nuisance parameters ({@link TwoBodyLikelihood}), plus optional Gaussian terms of
 * other observables along the same line (the L3 bound on Z → γX of P0 eq. 3.15), each r_i g_X².
 *
 * <p>Without extra terms ĝ_X and its interval are the workspace's B̂_X mapped through
 * g_X = √(B_X/r) ({@link TwoBodyLikelihood#bestFitInCoupling}). With them, the minimum in
 * t = g_X² is the root of dχ²/dt on [0, t̂_ws] by Hipparchus' Brent solver (limits at zero only
 * pull t below the workspace's own best fit t̂_ws = B̂_X/r; the workspace's slope is exact by the
 * envelope theorem, so the root costs far fewer profiled evaluations than minimising χ² itself, and
 * locates t̂ better than χ² values, flat at the minimum, could), and the interval is found by
 * {@link CouplingInterval}. The likelihood has work arrays, so the methods are synchronized.
 */
public final class WorkspaceFit implements CouplingProfile {
    private final TwoBodyLikelihood workspace;
    private final double unseenRateAtUnitCoupling;
    private final GaussianTerm[] extraTerms;
    private final double[] extraRatesAtUnitCoupling;
    private BestFit best;

    private WorkspaceFit(TwoBodyLikelihood workspace, double unseenRateAtUnitCoupling, Likelihood extra,
                         double traceXWW, double traceXYY) {
        if (!(unseenRateAtUnitCoupling > 0)) {
            throw new IllegalArgumentException("the model's B(B+ -> K+ X) x P_unseen at g_X = 1 must be positive, got "
                    + unseenRateAtUnitCoupling);
        }
        this.workspace = workspace;
        this.unseenRateAtUnitCoupling = unseenRateAtUnitCoupling;
        int n = extra.terms().size();
        this.extraTerms = new GaussianTerm[n];
        this.extraRatesAtUnitCoupling = new double[n];
        for (int i = 0; i < n; i++) {
            extraTerms[i] = extra.terms().get(i).term();
            extraRatesAtUnitCoupling[i] = extra.terms().get(i).response().value(traceXWW, traceXYY);
        }
    }

    /**
     * @param workspace                the two-body likelihood at the model's m_X
     * @param unseenRateAtUnitCoupling B(B⁺ → K⁺X) × P_unseen at g_X = 1
     * @param extra                    further Gaussian terms (predictions already times P_unseen), possibly none
     * @param traceXWW                 the model's (effective) A_XWW for the extra terms' responses
     * @param traceXYY                 the model's (effective) A_XYY
     */
    public static WorkspaceFit along(TwoBodyLikelihood workspace, double unseenRateAtUnitCoupling, Likelihood extra,
                                     double traceXWW, double traceXYY) {
        return new WorkspaceFit(workspace, unseenRateAtUnitCoupling, extra, traceXWW, traceXYY);
    }

    /** The model's B(B⁺ → K⁺X) × P_unseen at g_X = 1. */
    public double unseenRateAtUnitCoupling() {
        return unseenRateAtUnitCoupling;
    }

    public TwoBodyLikelihood workspace() {
        return workspace;
    }

    @Override
    public synchronized double chiSquared(double couplingX) {
        return chiSquaredOfSquare(couplingX * couplingX);
    }

    private double chiSquaredOfSquare(double couplingSquared) {
        double sum = workspace.minusTwoLogLikelihood(couplingSquared * unseenRateAtUnitCoupling);
        for (int i = 0; i < extraTerms.length; i++) {
            sum += extraTerms[i].chiSquared(couplingSquared * extraRatesAtUnitCoupling[i]);
        }
        return sum;
    }

    /** dχ²/d(g_X²): the workspace's profile slope ({@link TwoBodyLikelihood#slope}) and the extra terms', by the chain rule. */
    private double slopeOfSquare(double couplingSquared) {
        double sum = unseenRateAtUnitCoupling * workspace.slope(couplingSquared * unseenRateAtUnitCoupling);
        for (int i = 0; i < extraTerms.length; i++) {
            sum += extraRatesAtUnitCoupling[i] * extraTerms[i].chiSquaredSlope(couplingSquared * extraRatesAtUnitCoupling[i]);
        }
        return sum;
    }

    @Override
    public synchronized BestFit best() {
        if (best == null) {
            best = extraTerms.length == 0 ? workspace.bestFitInCoupling(unseenRateAtUnitCoupling) : withExtraTerms();
        }
        return best;
    }

    @Override
    public synchronized double bestCoupling() {
        if (best != null) {
            return best.couplingX();
        }
        if (extraTerms.length == 0) {
            return best().couplingX();
        }
        double couplingSquared = minimumInSquare();
        return couplingSquared > 0 && chiSquaredOfSquare(couplingSquared) < chiSquaredOfSquare(0) ? Math.sqrt(couplingSquared) : 0;
    }

    /** Where dχ²/dt vanishes in t = g_X² ∈ [0, t̂_ws] (0 when χ² rises from t = 0). */
    private double minimumInSquare() {
        double upper = workspace.bestFit().branchingRatio() / unseenRateAtUnitCoupling;
        if (!(upper > 0) || slopeOfSquare(0) >= 0) {
            return 0;
        }
        return slopeOfSquare(upper) <= 0 ? upper : new BrentSolver(1e-10, upper * 1e-12).solve(200, this::slopeOfSquare, 0, upper);
    }

    private BestFit withExtraTerms() {
        TwoBodyFit alone = workspace.bestFit();
        double couplingSquared = minimumInSquare();
        double chiSquaredSM = chiSquaredOfSquare(0);
        double chiSquaredMin = Math.min(chiSquaredOfSquare(couplingSquared), chiSquaredSM);
        if (chiSquaredMin == chiSquaredSM) {
            couplingSquared = 0;
        }
        double couplingX = Math.sqrt(couplingSquared);
        double step = Math.sqrt(alone.interval1Sigma().upper() / unseenRateAtUnitCoupling) - couplingX;
        Interval interval = CouplingInterval.of(this::chiSquared, couplingX, chiSquaredMin, 1, step);
        double delta = chiSquaredSM - chiSquaredMin;
        return new BestFit(couplingX, interval, chiSquaredMin, chiSquaredSM, delta, Significance.sigma(delta, 1));
    }
}
