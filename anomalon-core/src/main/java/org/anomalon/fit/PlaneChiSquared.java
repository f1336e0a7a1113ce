package org.anomalon.fit;

/** χ² as a function of the plane (x, y) = (g_X A_XWW, g_X A_XYY) of P0 Fig. 2 (left). */
@FunctionalInterface
public interface PlaneChiSquared {
    double chiSquared(double x, double y);
}
