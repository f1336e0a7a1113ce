package org.anomalon.limits;

import java.util.ArrayList;
import java.util.List;

/**
 * The couplings a missing-energy limit excludes at one mass once X may decay visibly. With y = g_X²,
 * the signal is
 * <pre>  S(y) = y BR₁ P_unseen(y),  P_unseen = b + (1 − b) P_esc(τ = ħ/(y Γ₁)),</pre>
 * BR₁ the production BR at g_X = 1, b = BR(X → invisible), Γ₁ X's width at g_X = 1. Excluded is
 * {y : S(y) ≥ BR_UL}. Since b ≤ P_unseen ≤ 1, every root lies in [y_a, y_b] with y_a = BR_UL/BR₁ and
 * y_b = BR_UL/(b BR₁): nothing is excluded below y_a, everything above y_b. In between the solver
 * samples S on 32 log-spaced points (up to where escaping X no longer matter when b = 0), brackets
 * every sign change and refines it in ln y (Illinois regula falsi) to 1e-8; a band narrower than the
 * sampling (a ratio of (y_b/y_a)^(1/32) in y) could be missed. Long-lived X escape at small g_X and decay inside at large
 * g_X, so for b = 0 the result is a band, for 0 &lt; b &lt; 1 possibly a band plus an unbounded region.
 */
final class ExclusionSolver {
    private static final int SAMPLES = 32;
    private static final double TOLERANCE = 1e-8;
    /** Escape probabilities below this do not change the answer at double precision. */
    private static final double NEGLIGIBLE = 1e-17;

    private ExclusionSolver() {
    }

    /**
     * @param unitBranchingRatio BR₁ &gt; 0
     * @param upperLimit         BR_UL &gt; 0
     * @return the excluded couplings g_X (not y)
     */
    static Exclusion solve(double unitBranchingRatio, double upperLimit, XFate fate, EscapeProbability escape) {
        double low = upperLimit / unitBranchingRatio;
        double invisible = fate.invisibleFraction();
        if (fate.unitWidth_GeV() == 0 || invisible >= 1) {
            return Exclusion.above(Math.sqrt(low));
        }
        double high = invisible > 0 ? upperLimit / (invisible * unitBranchingRatio) : Double.POSITIVE_INFINITY;
        if (escape.at(fate.lifetime_s(Math.sqrt(low))) < NEGLIGIBLE) {
            // X decays inside already at the smallest coupling that could be excluded
            return invisible > 0 ? Exclusion.above(Math.sqrt(high)) : Exclusion.NONE;
        }
        if (invisible == 0) {
            high = escapeEnd(unitBranchingRatio, upperLimit, fate, escape, low);
        }
        double logLow = Math.log(low);
        double step = (Math.log(high) - logLow) / (SAMPLES - 1);
        List<double[]> intervals = new ArrayList<>();
        double previous = excess(low, unitBranchingRatio, upperLimit, fate, escape);
        double start = previous >= 0 ? low : Double.NaN;
        for (int k = 1; k < SAMPLES; k++) {
            double logY = logLow + k * step;
            double current = excess(Math.exp(logY), unitBranchingRatio, upperLimit, fate, escape);
            if ((previous < 0) != (current < 0)) {
                double root = Math.exp(bisect(logY - step, logY, unitBranchingRatio, upperLimit, fate, escape));
                if (current >= 0) {
                    start = root;
                } else {
                    intervals.add(new double[] {Math.sqrt(start), Math.sqrt(root)});
                    start = Double.NaN;
                }
            }
            previous = current;
        }
        if (!Double.isNaN(start)) {
            intervals.add(new double[] {Math.sqrt(start), invisible > 0 ? Double.POSITIVE_INFINITY : Math.sqrt(high)});
        } else if (invisible > 0) {
            // S(y_b) = BR_UL exactly where X no longer escapes: rounding must not lose everything above y_b
            intervals.add(new double[] {Math.sqrt(high), Double.POSITIVE_INFINITY});
        }
        return Exclusion.of(intervals);
    }

    /** For b = 0: a y beyond which escaping X are too few to reach the limit (S &lt; 1e-3 BR_UL). */
    private static double escapeEnd(double unitBranchingRatio, double upperLimit, XFate fate, EscapeProbability escape,
                                    double low) {
        double y = low;
        for (int doubling = 0; doubling < 2000; doubling++) {
            y *= 2;
            if (y * unitBranchingRatio * escape.at(fate.lifetime_s(Math.sqrt(y))) < 1e-3 * upperLimit) {
                return y;
            }
        }
        return y;
    }

    private static double excess(double y, double unitBranchingRatio, double upperLimit, XFate fate,
                                 EscapeProbability escape) {
        return y * unitBranchingRatio * fate.unseenProbability(Math.sqrt(y), escape) - upperLimit;
    }

    /**
     * A root of the excess between ln y = a and b, where its sign changes: regula falsi with the
     * Illinois modification (superlinear, keeps the bracket), to 1e-8 in ln y.
     */
    private static double bisect(double a, double b, double unitBranchingRatio, double upperLimit, XFate fate,
                                 EscapeProbability escape) {
        double fa = excess(Math.exp(a), unitBranchingRatio, upperLimit, fate, escape);
        double fb = excess(Math.exp(b), unitBranchingRatio, upperLimit, fate, escape);
        int side = 0;
        double previous = Double.NaN;
        for (int iteration = 0; iteration < 200 && b - a > TOLERANCE; iteration++) {
            double c = (a * fb - b * fa) / (fb - fa);
            if (!(c > a && c < b)) {
                c = (a + b) / 2;
            }
            if (Math.abs(c - previous) < TOLERANCE / 4) {
                return c;
            }
            previous = c;
            double fc = excess(Math.exp(c), unitBranchingRatio, upperLimit, fate, escape);
            if (fc == 0) {
                return c;
            }
            if ((fc < 0) == (fa < 0)) {
                a = c;
                fa = fc;
                if (side == -1) {
                    fb /= 2;
                }
                side = -1;
            } else {
                b = c;
                fb = fc;
                if (side == 1) {
                    fa /= 2;
                }
                side = 1;
            }
        }
        return (a + b) / 2;
    }
}
