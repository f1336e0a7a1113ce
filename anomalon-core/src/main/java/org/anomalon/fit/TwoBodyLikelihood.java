package org.anomalon.fit;

import org.anomalon.PhysicsException;
import org.anomalon.histfactory.HistFactoryModel;
import org.anomalon.histfactory.LikelihoodFit;
import org.anomalon.histfactory.PoiInterval;
import org.anomalon.histfactory.ProfileLikelihood;
import org.hipparchus.distribution.continuous.NormalDistribution;

/**
 * Belle II's B⁺ → K⁺νν̄ likelihood for the SM signal (μ fixed at 1) plus a two-body B⁺ → K⁺X with
 * an invisible (or unseen) X of mass m_X, as a function of B_X = B(B⁺ → K⁺X) × P_unseen — the
 * "SM + X" hypothesis of Gärtner et al., arXiv:2602.09666, built with the method of arXiv:2402.08417
 * (see {@link BelleTwoWorkspace#twoBody}).
 *
 * <p>The X is narrow: its events all sit in the generated-q² column that contains m_X², so the
 * likelihood is a step function of m_X with steps of 0.229 GeV² in q² (0.055 GeV in m_X at
 * 2.1 GeV). Every modifier of the signal samples also acts on the X events, as in redist: the
 * per-bin MC-statistics γ, the detector systematics and the signal form-factor shapes (the last two
 * were built for the SM q² spectrum, a known approximation of the method). −2 Δln L is the
 * profile over all 231 nuisance parameters ({@link ProfileLikelihood}).
 *
 * <p>Thread-safe: the methods are synchronized, since the profile keeps a warm start (for parallel
 * work, one per thread). Every answer is independent of the calls before it: each profiled
 * evaluation starts from the best fit, never from the previous call's solution, so the same
 * question gives the same bits in a long-running server as in a fresh process.
 */
public final class TwoBodyLikelihood {
    /** The parameter of interest: B(B⁺ → K⁺X) × P_unseen. */
    public static final String PARAMETER = "B_X";
    /** Upper bound of B_X in the fits: a branching ratio (the crossings only go as far as the data require). */
    static final double MAX_BRANCHING_RATIO = 1;
    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(0, 1);

    private final double massX_GeV;
    private final int column;
    private final ProfileLikelihood profile;
    private final double eventsPerBranchingRatio;
    private final double[] start;
    private final double minusTwoLogLikelihoodSM;
    private LikelihoodFit best;

    /**
     * @param start                   where the fits start (the B_X = 0 fit)
     * @param minusTwoLogLikelihoodSM −2 ln L of the B_X = 0 fit
     */
    TwoBodyLikelihood(double massX_GeV, int column, HistFactoryModel model, double eventsPerBranchingRatio,
                      double[] start, double minusTwoLogLikelihoodSM) {
        this.massX_GeV = massX_GeV;
        this.column = column;
        this.profile = ProfileLikelihood.of(model);
        this.eventsPerBranchingRatio = eventsPerBranchingRatio;
        this.start = start.clone();
        this.minusTwoLogLikelihoodSM = minusTwoLogLikelihoodSM;
    }

    public double massX_GeV() {
        return massX_GeV;
    }

    /** The generated-q² range of the column that holds the X signal. */
    public Interval q2Column_GeV2() {
        return new Interval((column - 1) * BelleTwoWorkspace.COLUMN_WIDTH_GEV2, column * BelleTwoWorkspace.COLUMN_WIDTH_GEV2);
    }

    /** Reconstructed X events in all analysis bins per unit B_X, at nominal nuisance parameters. */
    public double eventsPerBranchingRatio() {
        return eventsPerBranchingRatio;
    }

    /**
     * The best fit B̂_X ≥ 0 with its 68.3% interval (q = 1) and the significance √q(0) of SM + X over
     * the SM alone (1 d.o.f., m_X fixed).
     */
    public synchronized TwoBodyFit bestFit() {
        LikelihoodFit fit = best();
        PoiInterval interval = profile.interval(fit, 1);
        double q0 = Math.max(0, minusTwoLogLikelihoodSM - fit.minusTwoLogLikelihood());
        return new TwoBodyFit(massX_GeV, fit.poi(), new Interval(interval.lower(), interval.upper()),
                Significance.sigma(q0, 1), fit.minusTwoLogLikelihood());
    }

    /**
     * The best fit of a model whose B_X = g_X² {@code unseenRateAtUnitCoupling} (B(B⁺ → K⁺X) × P_unseen
     * at g_X = 1; the model fixes everything but g_X): B_X is monotonic in g_X ≥ 0, so ĝ_X and its
     * interval are B̂_X and its interval mapped through g_X = √(B_X/rate) (profile-likelihood
     * invariance), χ² = −2 ln L.
     */
    public synchronized BestFit bestFitInCoupling(double unseenRateAtUnitCoupling) {
        if (!(unseenRateAtUnitCoupling > 0)) {
            throw new IllegalArgumentException("the model's B(B+ -> K+ X) x P_unseen at g_X = 1 must be positive, got "
                    + unseenRateAtUnitCoupling);
        }
        TwoBodyFit fit = bestFit();
        double chiSquaredMin = fit.minusTwoLogLikelihood();
        return new BestFit(Math.sqrt(fit.branchingRatio() / unseenRateAtUnitCoupling),
                new Interval(Math.sqrt(fit.interval1Sigma().lower() / unseenRateAtUnitCoupling),
                        Math.sqrt(fit.interval1Sigma().upper() / unseenRateAtUnitCoupling)),
                chiSquaredMin, minusTwoLogLikelihoodSM, minusTwoLogLikelihoodSM - chiSquaredMin, fit.significanceSigma());
    }

    /** −2 ln L at the best fit B̂_X. */
    public synchronized double minimumMinusTwoLogLikelihood() {
        return best().minusTwoLogLikelihood();
    }

    /** −2 ln L profiled at B_X (clamped to the largest B_X the fit considers, {@value #MAX_BRANCHING_RATIO}). */
    public synchronized double minusTwoLogLikelihood(double branchingRatio) {
        return profile.profile(Math.min(branchingRatio, MAX_BRANCHING_RATIO), best()).minusTwoLogLikelihood();
    }

    /** −2 Δln L(B_X) = q(B_X), relative to the best fit B̂_X ≥ 0. */
    public synchronized double deltaMinusTwoLogLikelihood(double branchingRatio) {
        LikelihoodFit best = best();
        return profile.profile(branchingRatio, best).minusTwoLogLikelihood() - best.minusTwoLogLikelihood();
    }

    /**
     * The one-sided upper limit on B_X at confidence level {@code cl}: the B_X above B̂_X where
     * q = [Φ⁻¹(cl)]² (1.642 at 90% CL), the asymptotic limit of the one-sided profile-likelihood
     * test (Cowan et al., Eur. Phys. J. C 71 (2011) 1554, Sec. 3.6), without CLs; NaN when even
     * B_X = 1 is allowed.
     *
     * @throws PhysicsException where the number densities have no signal (m_X ≳ 4.66 GeV)
     */
    public synchronized double upperLimit(double cl) {
        if (!(cl > 0.5 && cl < 1)) {
            throw new IllegalArgumentException("a one-sided confidence level in (0.5, 1), got " + cl);
        }
        double z = STANDARD_NORMAL.inverseCumulativeProbability(cl);
        double limit = profile.upperCrossing(best(), z * z);
        return limit < MAX_BRANCHING_RATIO ? limit : Double.NaN;
    }

    private LikelihoodFit best() {
        if (!(eventsPerBranchingRatio > 0)) {
            throw new PhysicsException(String.format(java.util.Locale.ROOT, "Belle II's number densities have no reconstructed "
                    + "signal with generated q^2 in [%.4f, %.4f) GeV^2, i.e. at m_X = %s GeV: the measurement says nothing "
                    + "about B+ -> K+ X there", q2Column_GeV2().lower(), q2Column_GeV2().upper(), massX_GeV));
        }
        if (best == null) {
            best = profile.bestFit(start);
        }
        return best;
    }
}
