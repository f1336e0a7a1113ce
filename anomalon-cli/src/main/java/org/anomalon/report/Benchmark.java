package org.anomalon.report;

import java.util.Locale;

/**
 * The (m_X, g_X) point at which the report evaluates rates, X decays and the UV scale.
 *
 * @param massX_GeV m_X
 * @param couplingX g_X
 * @param source    where the point comes from (the model's own best fit, or P0's benchmark)
 */
record Benchmark(double massX_GeV, double couplingX, String source) {

    /** P0 Sec. 3.2.5: the τ-flavour best fit to the Belle II excess, m_X = 2.1 GeV, g_X ≈ 0.018. */
    static Benchmark p0() {
        return new Benchmark(2.1, 0.018, "P0 Sec. 3.2.5 benchmark (τ-flavour best fit to Belle II B → K E_miss)");
    }

    String massLabel() {
        return String.format(Locale.ROOT, "%.3g", massX_GeV);
    }

    String couplingLabel() {
        return String.format(Locale.ROOT, "%.3g", couplingX);
    }
}
