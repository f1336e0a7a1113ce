package org.anomalon.recast;

/**
 * Which decays of X a search sees, as a window in X's proper decay time (arXiv:1801.04847
 * Sec. 2.4): a decay between proper times t0 and t1 counts, so the fraction seen is
 * <pre>  ε(τ) = exp(−t0/τ) − exp(−t1/τ),</pre>
 * and a recast compares ε at the model's lifetime with ε at the limit model's (eq. 2.23). A
 * prompt search has t0 = 0 and t1 = the largest flight distance over (γ c); t0 = 0, t1 = ∞ counts
 * every decay (ratio 1). A beam dump sees decays between the end of its shield and the end of its
 * decay volume: with only the length ratio L_decay/L_shield known, t1 = (1 + L_decay/L_shield) t0
 * and t0 follows from the two ends of the excluded band (eqs. 2.22, 2.24; {@link Displaced}).
 * LHCb's r-value grids carry their own efficiency ({@link RValues}).
 */
public sealed interface Window permits Window.Prompt, Window.Displaced, Window.RValues {

    /** [t0(m), t1(m)] in seconds (expressions in m). */
    record Prompt(Expression start_s, Expression end_s) implements Window {
        /** Whether every decay counts at every mass (t0 = 0, t1 = ∞): the efficiency ratio is 1. */
        public boolean everyDecay() {
            return start_s.isConstant() && start_s.evaluate(0) == 0 && end_s.isConstant() && end_s.evaluate(0) == Double.POSITIVE_INFINITY;
        }
    }

    /** A beam dump: t1 = (1 + lengthRatio(m)) t0, t0 solved per mass from the limit's band. */
    record Displaced(Expression lengthRatio) implements Window {
    }

    /** The efficiency is in the r-value grid; outside it, ε = 1 − exp(−τ_max/τ) or exp(−τ_min/τ) (arXiv:1801.04847 eq. C.4). */
    record RValues() implements Window {
    }

    /**
     * ε at decay rate w = 1/τ (s⁻¹) for the window [t0, t1]: exp(−t0 w) − exp(−t1 w), with the
     * limits w = 0 (stable X: nothing decays, unless the window is [0, ∞) where ε = 1) and t1 = ∞.
     */
    static double efficiency(double start, double end, double rate) {
        if (start == 0 && end == Double.POSITIVE_INFINITY) {
            return 1;
        }
        if (rate == 0) {
            return 0;
        }
        double late = end == Double.POSITIVE_INFINITY ? 0 : Math.exp(-end * rate);
        return start == 0 ? -Math.expm1(-end * rate) : Math.exp(-start * rate) - late;
    }

    /**
     * ln(w ε(w)), computed without cancellation: ln w − t0 w + ln(1 − exp(−(t1 − t0) w)). It is
     * concave in w (each term is), so w ε(w) has a single maximum: a decay-window search excludes
     * one band of couplings.
     */
    static double logRateTimesEfficiency(double start, double end, double rate) {
        double log = Math.log(rate) - start * rate;
        return end == Double.POSITIVE_INFINITY ? log : log + Math.log(-Math.expm1(-(end - start) * rate));
    }
}
