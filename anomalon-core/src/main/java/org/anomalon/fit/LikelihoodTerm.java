package org.anomalon.fit;

/**
 * One measurement confronted with its prediction.
 *
 * @param observable the observable's name ({@code g_S}, {@code g_P} or a channel such as
 *                   {@code Z->gammaX})
 * @param response   the prediction in the plane (x, y) = (g_X A_XWW, g_X A_XYY)
 * @param term       the χ² term in the rate-like quantity
 * @param citation   where the measured number comes from
 */
public record LikelihoodTerm(String observable, QuadraticResponse response, GaussianTerm term, String citation) {

    public double chiSquared(double x, double y) {
        return term.chiSquared(response.value(x, y));
    }

    /** A measured signal (non-zero central value) rather than a limit. */
    public boolean isSignal() {
        return term.central() > 0;
    }
}
