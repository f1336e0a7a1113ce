package org.anomalon.fit;

/**
 * A model in the plane of P0 Fig. 2 (left): the ray (g_X A_XWW, g_X A_XYY), g_X ≥ 0, and its best fit.
 *
 * @param model    the model's name
 * @param traceXWW A_XWW of the SM fields
 * @param traceXYY A_XYY of the SM fields
 * @param best     the fit along the ray with the combined likelihood
 */
public record ModelLine(String model, double traceXWW, double traceXYY, BestFit best) {
    public double bestX() {
        return best.couplingX() * traceXWW;
    }

    public double bestY() {
        return best.couplingX() * traceXYY;
    }
}
