package org.anomalon.fit;

/**
 * One measurement confronted with its prediction.
 *
 * @param observable what is measured: g_S, g_P or a channel's branching ratio
 * @param response   the prediction in the plane (x, y) = (g_X A_XWW, g_X A_XYY)
 * @param term       the χ² term in the rate-like quantity
 * @param citation   where the measured number comes from
 */
public record LikelihoodTerm(Observable observable, QuadraticResponse response, GaussianTerm term, String citation) {

    public double chiSquared(double x, double y) {
        return term.chiSquared(response.value(x, y));
    }

    /** A measured signal (non-zero central value) rather than a limit. */
    public boolean isSignal() {
        return term.central() > 0;
    }
}
