package org.anomalon.fit;

/**
 * A model in the plane of P0 Fig. 2 (left) with its best fit along its ray.
 *
 * @param ray  the model's traces
 * @param best the fit along the ray with the combined likelihood
 */
public record ModelLine(ModelRay ray, BestFit best) {
    public String model() {
        return ray.model();
    }

    public double traceXWW() {
        return ray.traceXWW();
    }

    public double traceXYY() {
        return ray.traceXYY();
    }

    /** g_X A_XWW at the best fit. */
    public double bestX() {
        return best.couplingX() * ray.traceXWW();
    }

    /** g_X A_XYY at the best fit. */
    public double bestY() {
        return best.couplingX() * ray.traceXYY();
    }
}
