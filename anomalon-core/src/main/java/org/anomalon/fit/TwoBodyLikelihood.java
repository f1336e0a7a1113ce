package org.anomalon.fit;

import java.util.HashMap;
import java.util.Map;
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
 * <p>Every answer is a function of its arguments alone, never of the calls before it: each profiled
 * evaluation starts from the column's anchor nearest to its B_X ({@link ProfileLikelihood#profile(double,
 * ProfileLikelihood.Anchor)}), so the same question gives the same bits in a long-running server as
 * in a fresh process. What does not depend on the model — the two-body likelihood of a column, its
 * best fit B̂_X, 1σ interval and the anchors of its profile — is computed once per column and shared
 * ({@link Column}); this object adds its own minimiser, so it is cheap. Thread-safe: the methods are
 * synchronized (the minimiser has work arrays; for parallel work, one per thread).
 */
public final class TwoBodyLikelihood {
    /** The parameter of interest: B(B⁺ → K⁺X) × P_unseen. */
    public static final String PARAMETER = "B_X";
    /** Upper bound of B_X in the fits: a branching ratio (the crossings only go as far as the data require). */
    static final double MAX_BRANCHING_RATIO = 1;
    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(0, 1);

    /**
     * The part shared by every m_X of one generated-q² column and every model: the likelihood, the
     * start of its fits (the B_X = 0 fit), and — computed once, on first use — the best fit with its
     * 68.3% interval and the anchors of the profiled evaluations. Thread-safe.
     *
     * <p>The anchors sit at B_j = B̂_X + δ_j: δ_j = j h for |j| ≤ {@value #EVENLY_SPACED}, h a quarter
     * of the 1σ interval (about σ/2), then further out at distances growing by √2 per anchor
     * (|δ_j| = {@value #EVENLY_SPACED} h 2^((|j| − {@value #EVENLY_SPACED})/2)), up to the bounds of
     * B_X. Each is the profiled minimum at B_j, started from its neighbour towards B̂_X, prepared as
     * a {@link ProfileLikelihood.Anchor}; an evaluation starts from the anchor nearest to its B_X (at
     * most σ/4 away near B̂_X, 20% of the distance to B̂_X far from it), so it needs a Newton step or
     * two (a few far out). An anchor keeps a factorised Hessian (≈ 22 kB); a column has at most ≈ 65
     * anchors (≈ 1.4 MB) when B_X is asked for all the way from 0 to 1. Every anchor is a function of
     * the column alone (built in a fixed order from the best fit, whenever it is first needed), so the
     * evaluations stay functions of their argument.
     */
    static final class Column {
        /** Evenly spaced anchors on each side of B̂_X: they reach 8σ, beyond the fits' profiles and intervals. */
        static final int EVENLY_SPACED = 16;
        /** Anchors beyond those per doubling of the distance to B̂_X. */
        static final int PER_DOUBLING = 2;

        private final int index;
        private final HistFactoryModel model;
        private final double eventsPerBranchingRatio;
        private final double[] start;
        private final double minusTwoLogLikelihoodSM;
        private Solved solved;
        private ProfileLikelihood anchorProfile;
        private final Map<Integer, ProfileLikelihood.Anchor> anchors = new HashMap<>();

        /** The best fit, its 68.3% interval (q = 1) and the anchor spacing h. */
        private record Solved(LikelihoodFit best, PoiInterval interval, double spacing) {
        }

        /**
         * @param start                   where the fits start (the B_X = 0 fit)
         * @param minusTwoLogLikelihoodSM −2 ln L of the B_X = 0 fit
         */
        Column(int index, HistFactoryModel model, double eventsPerBranchingRatio, double[] start, double minusTwoLogLikelihoodSM) {
            this.index = index;
            this.model = model;
            this.eventsPerBranchingRatio = eventsPerBranchingRatio;
            this.start = start.clone();
            this.minusTwoLogLikelihoodSM = minusTwoLogLikelihoodSM;
        }

        private synchronized Solved solved() {
            if (solved == null) {
                anchorProfile = ProfileLikelihood.of(model);
                LikelihoodFit best = anchorProfile.bestFit(start);
                PoiInterval interval = anchorProfile.interval(best, 1);
                double spacing = (interval.upper() - interval.lower()) / 4;
                solved = new Solved(best, interval, Double.isFinite(spacing) && spacing > 0 ? spacing : 0);
                anchors.put(0, anchorProfile.anchor(best));
            }
            return solved;
        }

        /** The anchor nearest to B_X. */
        private synchronized ProfileLikelihood.Anchor anchorNear(double branchingRatio) {
            Solved solved = solved();
            if (solved.spacing() == 0) {
                return anchors.get(0);
            }
            double distance = (branchingRatio - solved.best().poi()) / solved.spacing();
            int j = Math.abs(distance) <= EVENLY_SPACED + 0.5 ? (int) Math.rint(distance)
                    : (int) Math.signum(distance) * (EVENLY_SPACED
                    + (int) Math.rint(PER_DOUBLING * Math.log(Math.abs(distance) / EVENLY_SPACED) / Math.log(2)));
            while (j > 0 && unclamped(j - 1) >= MAX_BRANCHING_RATIO) {
                j--;
            }
            while (j < 0 && unclamped(j + 1) <= 0) {
                j++;
            }
            return anchor(j);
        }

        /** B̂_X + δ_j, before clamping to the bounds of B_X. */
        private double unclamped(int j) {
            int steps = Math.abs(j);
            double offset = steps <= EVENLY_SPACED ? steps : EVENLY_SPACED * Math.pow(2, (steps - EVENLY_SPACED) / (double) PER_DOUBLING);
            return solved.best().poi() + Math.signum(j) * offset * solved.spacing();
        }

        private ProfileLikelihood.Anchor anchor(int j) {
            ProfileLikelihood.Anchor known = anchors.get(j);
            if (known == null) {
                ProfileLikelihood.Anchor neighbour = anchor(j - Integer.signum(j));
                // within the bounds of B_X (a column that hardly constrains B_X has a 1σ interval reaching B_X = 1)
                double at = Math.min(MAX_BRANCHING_RATIO, Math.max(0, unclamped(j)));
                known = anchorProfile.anchor(anchorProfile.profile(at, neighbour));
                anchors.put(j, known);
            }
            return known;
        }
    }

    private final double massX_GeV;
    private final Column column;
    private ProfileLikelihood profile;

    TwoBodyLikelihood(double massX_GeV, Column column) {
        this.massX_GeV = massX_GeV;
        this.column = column;
    }

    public double massX_GeV() {
        return massX_GeV;
    }

    /** The generated-q² range of the column that holds the X signal. */
    public Interval q2Column_GeV2() {
        return new Interval((column.index - 1) * BelleTwoWorkspace.COLUMN_WIDTH_GEV2, column.index * BelleTwoWorkspace.COLUMN_WIDTH_GEV2);
    }

    /** Reconstructed X events in all analysis bins per unit B_X, at nominal nuisance parameters. */
    public double eventsPerBranchingRatio() {
        return column.eventsPerBranchingRatio;
    }

    /**
     * The best fit B̂_X ≥ 0 with its 68.3% interval (q = 1) and the significance √q(0) of SM + X over
     * the SM alone (1 d.o.f., m_X fixed).
     */
    public synchronized TwoBodyFit bestFit() {
        Column.Solved solved = solved();
        LikelihoodFit fit = solved.best();
        double q0 = Math.max(0, column.minusTwoLogLikelihoodSM - fit.minusTwoLogLikelihood());
        return new TwoBodyFit(massX_GeV, fit.poi(), new Interval(solved.interval().lower(), solved.interval().upper()),
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
                chiSquaredMin, column.minusTwoLogLikelihoodSM, column.minusTwoLogLikelihoodSM - chiSquaredMin,
                fit.significanceSigma());
    }

    /** −2 ln L at the best fit B̂_X. */
    public synchronized double minimumMinusTwoLogLikelihood() {
        return solved().best().minusTwoLogLikelihood();
    }

    /** −2 ln L profiled at B_X (clamped to the largest B_X the fit considers, {@value #MAX_BRANCHING_RATIO}). */
    public synchronized double minusTwoLogLikelihood(double branchingRatio) {
        return profiled(Math.min(branchingRatio, MAX_BRANCHING_RATIO)).minusTwoLogLikelihood();
    }

    /**
     * The slope d(−2 ln L)/dB_X of the profile at B_X (clamped as {@link #minusTwoLogLikelihood}):
     * ∂(−2 ln L)/∂B_X at the profiled nuisance parameters (envelope theorem), one gradient more
     * than the profiled evaluation.
     */
    public synchronized double slope(double branchingRatio) {
        LikelihoodFit fit = profiled(Math.min(branchingRatio, MAX_BRANCHING_RATIO));
        return profile.slope(fit);
    }

    /** −2 Δln L(B_X) = q(B_X), relative to the best fit B̂_X ≥ 0. */
    public synchronized double deltaMinusTwoLogLikelihood(double branchingRatio) {
        return profiled(branchingRatio).minusTwoLogLikelihood() - solved().best().minusTwoLogLikelihood();
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
        // a fresh profile: its warm-started crossing then depends on nothing before it
        double limit = ProfileLikelihood.of(column.model).upperCrossing(solved().best(), z * z);
        return limit < MAX_BRANCHING_RATIO ? limit : Double.NaN;
    }

    /** The profiled evaluation at B_X, by this object's own minimiser (created on first use) from the column's nearest anchor. */
    private LikelihoodFit profiled(double branchingRatio) {
        solved();
        ProfileLikelihood.Anchor anchor = column.anchorNear(branchingRatio);
        if (profile == null) {
            profile = ProfileLikelihood.of(column.model);
        }
        return profile.profile(branchingRatio, anchor);
    }

    private Column.Solved solved() {
        if (!(column.eventsPerBranchingRatio > 0)) {
            throw new PhysicsException(String.format(java.util.Locale.ROOT, "Belle II's number densities have no reconstructed "
                    + "signal with generated q^2 in [%.4f, %.4f) GeV^2, i.e. at m_X = %s GeV: the measurement says nothing "
                    + "about B+ -> K+ X there", q2Column_GeV2().lower(), q2Column_GeV2().upper(), massX_GeV));
        }
        return column.solved();
    }
}
