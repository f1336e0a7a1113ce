package org.anomalon.fit;

/**
 * A prediction at the best fit with the 1σ range propagated from the fit: every observable is
 * r g_X² (r = its value at g_X = 1 for the model's traces), monotonic in g_X, so the 1σ range of
 * g_X maps onto [r g_lo², r g_hi²] exactly (profile-likelihood propagation).
 *
 * @param observable       channel label, or {@code v_X} for the anomalon scale
 * @param value            the value at the best fit
 * @param interval1Sigma   the range over the 1σ interval of g_X
 * @param theoryUncertainty the 1σ hadronic (form-factor) uncertainty at the best fit, not included in the range
 */
public record Prediction(String observable, double value, Interval interval1Sigma, double theoryUncertainty) {

    /** A rate-like observable with quadratic response {@code response}, for traces (A_XWW, A_XYY). */
    public static Prediction of(String observable, QuadraticResponse response, double relativeTheoryUncertainty,
                                double traceXWW, double traceXYY, BestFit best) {
        double atUnitCoupling = response.value(traceXWW, traceXYY);
        Interval g = best.interval1Sigma();
        double value = atUnitCoupling * best.couplingX() * best.couplingX();
        return new Prediction(observable, value,
                new Interval(atUnitCoupling * g.lower() * g.lower(), atUnitCoupling * g.upper() * g.upper()),
                relativeTheoryUncertainty * value);
    }

    /** A channel that is kinematically closed at m_X: no value (NaN), so that reports can say so. */
    public static Prediction closed(String observable) {
        return new Prediction(observable, Double.NaN, new Interval(Double.NaN, Double.NaN), Double.NaN);
    }

    public boolean isClosed() {
        return Double.isNaN(value);
    }

    /**
     * The U(1)_X breaking scale v_X = m_X/(X_S g_X) (P0 eq. 4.2; P0 eq. 4.3 quotes 120 GeV/X_S at
     * the τ-flavour best fit). Its range is [m_X/(X_S g_hi), m_X/(X_S g_lo)] (∞ if g_lo = 0).
     */
    public static Prediction anomalonScale(double massX_GeV, double chargeS, BestFit best) {
        double scale = massX_GeV / Math.abs(chargeS);
        Interval g = best.interval1Sigma();
        return new Prediction("v_X", scale / best.couplingX(),
                new Interval(scale / g.upper(), g.lower() > 0 ? scale / g.lower() : Double.POSITIVE_INFINITY), 0);
    }
}
