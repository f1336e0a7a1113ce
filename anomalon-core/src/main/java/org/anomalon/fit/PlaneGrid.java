package org.anomalon.fit;

/**
 * Δχ² = χ² − χ²_min on a rectangular grid of the plane (x, y) = (g_X A_XWW, g_X A_XYY)
 * (P0 Fig. 2 left).
 *
 * @param xs              the x nodes, increasing
 * @param ys              the y nodes, increasing
 * @param deltaChiSquared values, row-major: index {@code j * xs.length + i} holds (xs[i], ys[j])
 * @param chiSquaredMin   the minimum of χ² over the plane (Hipparchus-polished, not just the grid's)
 * @param bestX           x at the minimum
 * @param bestY           y at the minimum
 */
public record PlaneGrid(double[] xs, double[] ys, double[] deltaChiSquared, double chiSquaredMin,
                        double bestX, double bestY) {

    public double at(int i, int j) {
        return deltaChiSquared[j * xs.length + i];
    }

    /** The iso-lines Δχ² = level (e.g. {@link Significance#deltaChiSquared(double, int)} with 2 d.o.f.). */
    public java.util.List<Contour> contours(double level) {
        return MarchingSquares.contours(this, level);
    }
}
