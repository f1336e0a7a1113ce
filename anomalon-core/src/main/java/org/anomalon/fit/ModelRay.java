package org.anomalon.fit;

/**
 * A model as seen by the fit: its SM anomaly traces. For g_X ≥ 0 it is the ray
 * g_X (A_XWW, A_XYY) of the plane of P0 Fig. 2 (left).
 *
 * @param model    the model's name
 * @param traceXWW A_XWW of the SM fields
 * @param traceXYY A_XYY of the SM fields
 */
public record ModelRay(String model, double traceXWW, double traceXYY) {
}
