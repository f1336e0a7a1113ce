package org.anomalon.fit;

import java.util.Arrays;
import java.util.List;

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
    public List<Contour> contours(double level) {
        return MarchingSquares.contours(this, level);
    }

    /**
     * The region Δχ² ≤ level as closed polygons (to be filled with the even-odd rule): the grid is
     * padded with a border of very large values, so every iso-line closes, running along the grid
     * edge where the region reaches it.
     */
    public List<List<double[]>> regions(double level) {
        int nx = xs.length;
        int ny = ys.length;
        double[] paddedX = new double[nx + 2];
        double[] paddedY = new double[ny + 2];
        System.arraycopy(xs, 0, paddedX, 1, nx);
        System.arraycopy(ys, 0, paddedY, 1, ny);
        paddedX[0] = xs[0] - (xs[1] - xs[0]);
        paddedX[nx + 1] = xs[nx - 1] + (xs[nx - 1] - xs[nx - 2]);
        paddedY[0] = ys[0] - (ys[1] - ys[0]);
        paddedY[ny + 1] = ys[ny - 1] + (ys[ny - 1] - ys[ny - 2]);
        double[] padded = new double[(nx + 2) * (ny + 2)];
        Arrays.fill(padded, OUTSIDE);
        for (int j = 0; j < ny; j++) {
            System.arraycopy(deltaChiSquared, j * nx, padded, (j + 1) * (nx + 2) + 1, nx);
        }
        PlaneGrid closedOff = new PlaneGrid(paddedX, paddedY, padded, chiSquaredMin, bestX, bestY);
        return MarchingSquares.contours(closedOff, level).stream().map(Contour::points).toList();
    }

    /** Border value of {@link #regions}: finite, so that edge interpolation lands on the grid edge. */
    private static final double OUTSIDE = 1e300;
}
