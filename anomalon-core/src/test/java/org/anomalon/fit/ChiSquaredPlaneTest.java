package org.anomalon.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChiSquaredPlaneTest {

    @Test
    void circularParaboloidGivesCircles() {
        // One term with response x² + y² and σ = s²: χ² = ((x² + y²)/s²)², rotationally symmetric.
        double s = 0.1;
        Likelihood paraboloid = new Likelihood(0, List.of(
                new LikelihoodTerm(Observable.BelleCoupling.SCALAR, new QuadraticResponse(1, 0, 1), GaussianTerm.symmetric(0, s * s), "test")));
        // Δχ² = L at radius s·L^{1/4}.
        PlaneGrid grid = ChiSquaredPlane.scan(paraboloid, new Interval(-0.3, 0.3), new Interval(-0.3, 0.3), 301, 301);
        assertThat(grid.chiSquaredMin()).isCloseTo(0, within(1e-12));
        for (int sigmas = 1; sigmas <= 3; sigmas++) {
            double level = Significance.deltaChiSquared(sigmas, 2);
            List<Contour> contours = grid.contours(level);
            assertThat(contours).hasSize(1);
            assertThat(contours.get(0).closed()).isTrue();
            double radius = s * Math.pow(level, 0.25);
            for (double[] point : contours.get(0).points()) {
                assertThat(Math.hypot(point[0], point[1])).isCloseTo(radius, within(2e-4));
            }
        }
    }

    @Test
    void bandsOfASingleLinearCombinationAreTwoOpenLines() {
        // Z → γX alone: χ² depends on c²x − s²y only, so each region is a band between two lines.
        double c2 = 0.77;
        double s2 = 0.23;
        Likelihood zOnly = new Likelihood(2.1, List.of(new LikelihoodTerm(Observable.parse("Z->gammaX", "test"),
                new QuadraticResponse(c2 * c2, -2 * c2 * s2, s2 * s2), GaussianTerm.symmetric(0, 1e-4), "test")));
        PlaneGrid grid = ChiSquaredPlane.scan(zOnly, new Interval(-0.05, 0.05), new Interval(-0.2, 0.2), 300, 300);
        assertThat(grid.chiSquaredMin()).isCloseTo(0, within(1e-12));
        double level = Significance.deltaChiSquared(1, 2);
        List<Contour> contours = grid.contours(level);
        assertThat(contours).hasSize(2).noneMatch(Contour::closed);
        double amplitude = Math.sqrt(1e-4 * Math.sqrt(level)); // (amp²/σ)² = level
        for (Contour contour : contours) {
            for (double[] p : contour.points()) {
                assertThat(Math.abs(c2 * p[0] - s2 * p[1])).isCloseTo(amplitude, within(amplitude * 2e-3));
            }
        }
    }

    @Test
    void combinedMinimumIsPolishedOffTheGrid() {
        // Signal fixes x² = 0.5/2; the Z term vanishes on y = (c²/s²) x: min χ² = 0 at an off-grid point.
        double c2 = 0.77;
        double s2 = 0.23;
        Likelihood combined = new Likelihood(2.1, List.of(
                new LikelihoodTerm(Observable.parse("g_S", "test"), new QuadraticResponse(2, 0, 0), GaussianTerm.symmetric(0.5, 0.05), "test"),
                new LikelihoodTerm(Observable.parse("Z->gammaX", "test"), new QuadraticResponse(c2 * c2, -2 * c2 * s2, s2 * s2),
                        GaussianTerm.symmetric(0, 1e-2), "test")));
        PlaneGrid grid = ChiSquaredPlane.scan(combined, new Interval(-1, 1), new Interval(-4, 4), 37, 41);
        assertThat(grid.chiSquaredMin()).isCloseTo(0, within(1e-9));
        assertThat(Math.abs(grid.bestX())).isCloseTo(0.5, within(1e-5));
        assertThat(grid.bestY()).isCloseTo(c2 / s2 * grid.bestX(), within(1e-4));
        for (double value : grid.deltaChiSquared()) {
            assertThat(value).isGreaterThanOrEqualTo(0);
        }
    }

    @Test
    void regionsTouchingTheEdgeCloseAlongIt() {
        // The Z-only band leaves the grid at left and right: its region is one closed polygon whose
        // area equals the band's area inside the frame.
        double c2 = 0.77;
        double s2 = 0.23;
        Likelihood zOnly = new Likelihood(2.1, List.of(new LikelihoodTerm(Observable.parse("Z->gammaX", "test"),
                new QuadraticResponse(c2 * c2, -2 * c2 * s2, s2 * s2), GaussianTerm.symmetric(0, 1e-4), "test")));
        PlaneGrid grid = ChiSquaredPlane.scan(zOnly, new Interval(-0.05, 0.05), new Interval(-0.3, 0.3), 200, 200);
        double level = Significance.deltaChiSquared(2, 2);
        List<List<double[]>> regions = grid.regions(level);
        assertThat(regions).hasSize(1);
        double amplitude = Math.sqrt(1e-4 * Math.sqrt(level));
        // Band |c2 x − s2 y| ≤ a for x in [−0.05, 0.05]: vertical width 2a/s2 at every x (it stays inside in y).
        double expectedArea = 0.1 * 2 * amplitude / s2;
        assertThat(Math.abs(shoelace(regions.get(0)))).isCloseTo(expectedArea, within(expectedArea * 0.01));
    }

    private static double shoelace(List<double[]> polygon) {
        double area = 0;
        for (int i = 0; i < polygon.size(); i++) {
            double[] a = polygon.get(i);
            double[] b = polygon.get((i + 1) % polygon.size());
            area += a[0] * b[1] - b[0] * a[1];
        }
        return area / 2;
    }
}
