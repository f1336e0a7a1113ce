package org.anomalon.limits;

import java.util.ArrayList;
import java.util.List;
import org.anomalon.fit.PlaneGrid;

/**
 * The region of the (m_X, g_X) plane that exclusions cover, as closed polygons for a figure (fill
 * with the even-odd rule): the bands of beam dumps and the regions above prompt limits become one
 * outline. At each grid mass the signed distance in log g to the nearest edge of an excluded
 * interval is sampled on a log grid of couplings, and the zero line is traced by marching squares
 * ({@link PlaneGrid#regions}); between grid masses the edges are linear in log m.
 */
public final class ExclusionRegion {
    private static final int COUPLINGS = 240;

    private ExclusionRegion() {
    }

    /**
     * @param masses     the grid masses (increasing)
     * @param exclusions per mass (null: nothing said there)
     * @param gMin       lowest coupling of the figure (&gt; 0)
     * @param gMax       highest coupling; unbounded exclusions are cut there
     * @return polygons of (m, g) points in data coordinates; empty when nothing is excluded
     */
    public static List<List<double[]>> polygons(double[] masses, Exclusion[] exclusions, double gMin, double gMax) {
        double[] logM = new double[masses.length];
        for (int i = 0; i < masses.length; i++) {
            logM[i] = Math.log10(masses[i]);
        }
        double[] logG = new double[COUPLINGS];
        for (int j = 0; j < COUPLINGS; j++) {
            logG[j] = Math.log10(gMin) + (Math.log10(gMax) - Math.log10(gMin)) * j / (COUPLINGS - 1);
        }
        double[] distance = new double[masses.length * COUPLINGS];
        boolean any = false;
        for (int i = 0; i < masses.length; i++) {
            for (int j = 0; j < COUPLINGS; j++) {
                double d = distance(exclusions[i], logG[j]);
                distance[j * masses.length + i] = d;
                any |= d <= 0;
            }
        }
        if (!any) {
            return List.of();
        }
        List<List<double[]>> polygons = new ArrayList<>();
        for (List<double[]> polygon : new PlaneGrid(logM, logG, distance, 0, 0, 0).regions(0)) {
            List<double[]> points = new ArrayList<>(polygon.size());
            polygon.forEach(p -> points.add(new double[] {Math.pow(10, p[0]), Math.pow(10, p[1])}));
            polygons.add(points);
        }
        return polygons;
    }

    /** Negative inside an excluded interval (minus the distance to its nearer edge), positive outside, in decades. */
    private static double distance(Exclusion exclusion, double logCoupling) {
        if (exclusion == null || exclusion.isEmpty()) {
            return 1;
        }
        double best = Double.POSITIVE_INFINITY;
        for (int k = 0; k < exclusion.size(); k++) {
            double low = Math.log10(exclusion.low(k));
            double high = Double.isInfinite(exclusion.high(k)) ? Double.POSITIVE_INFINITY : Math.log10(exclusion.high(k));
            double d = logCoupling < low ? low - logCoupling : logCoupling > high ? logCoupling - high
                    : -Math.min(logCoupling - low, high - logCoupling);
            best = Math.min(best, d);
        }
        return Math.min(best, 1);
    }
}
