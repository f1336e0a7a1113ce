package org.anomalon.study;

/**
 * The (m_X, g_X) point at which a study evaluates rates, X decays and the UV scale when the user
 * does not give one.
 *
 * @param point  (m_X, g_X)
 * @param source where the point comes from (the model's own best fit, or P0's benchmark)
 */
public record Benchmark(Point point, String source) {

    /** P0 Sec. 3.2.5: the τ-flavour best fit to the Belle II excess, m_X = 2.1 GeV, g_X ≈ 0.018. */
    public static Benchmark p0() {
        return new Benchmark(Point.of(2.1, 0.018), "P0 Sec. 3.2.5 benchmark (τ-flavour best fit to Belle II B → K E_miss)");
    }

    /** The best fit of {@code fit} at its mass. */
    public static Benchmark bestFit(FitResult fit) {
        return new Benchmark(Point.of(fit.report().massX_GeV(), fit.report().best().couplingX()),
                "this model's best fit to Belle II B -> K E_miss");
    }

    public double massX_GeV() {
        return point.massX_GeV();
    }

    public double couplingX() {
        return point.couplingX();
    }
}
