package org.anomalon.fit;

import java.util.List;

/**
 * One iso-line of a {@link PlaneGrid}: points (x, y) in order; {@code closed} when the last point
 * joins the first, otherwise both ends lie on the grid boundary.
 */
public record Contour(List<double[]> points, boolean closed) {
    public Contour {
        points = List.copyOf(points);
    }
}
