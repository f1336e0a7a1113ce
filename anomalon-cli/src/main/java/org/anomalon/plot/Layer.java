package org.anomalon.plot;

import java.awt.Color;
import java.util.Optional;

/**
 * What a panel draws, in data coordinates. Curves are sampled on x; NaN (or, on log axes, a
 * non-positive value) is a gap: the curve stops there and restarts after it, so a limit that
 * exists only in windows is drawn only in those windows.
 */
public sealed interface Layer permits Layer.Region, Layer.Line, Layer.Band, Layer.Text, Layer.Area, Layer.Marker, Layer.Hatch {

    /** Which side of the boundary a region covers. */
    enum Side { ABOVE, BELOW }

    /**
     * A filled region bounded by a curve and the panel edge ({@code ABOVE}: up to the top, the
     * usual "excluded above an upper limit"), filled with an opaque pastel tint of strength
     * {@code alpha} (regions drawn later cover earlier ones: add the weakest limit first), with the
     * boundary drawn solid on top of all fills; the label is written inside the visible part of the
     * region, at {@code labelAt} if given, else placed automatically.
     */
    record Region(double[] x, double[] boundary, Side side, Color colour, double alpha, String label,
                  Optional<double[]> labelAt) implements Layer {
        public static Region excludedAbove(double[] x, double[] upperLimit, Color colour, String label) {
            return new Region(x, upperLimit, Side.ABOVE, colour, 0.3, label, Optional.empty());
        }

        public Region labelAt(double xData, double yData) {
            return new Region(x, boundary, side, colour, alpha, label, Optional.of(new double[] {xData, yData}));
        }
    }

    /** A curve (solid, dashed for projections, dotted …); a non-null label goes into the legend. */
    record Line(double[] x, double[] y, Color colour, Dash dash, float width, String label) implements Layer {
        public static Line of(double[] x, double[] y, Color colour, Dash dash, String label) {
            return new Line(x, y, colour, dash, 1.4f, label);
        }
    }

    /** A translucent band between two curves; a non-null label goes into the legend. */
    record Band(double[] x, double[] lower, double[] upper, Color colour, double alpha, String label)
            implements Layer {
    }

    /** LaTeX text at a data position, turned by {@code angle} radians (−π/2: reading upwards). */
    record Text(String latex, double x, double y, Color colour, float size, Anchor anchor, double angle) implements Layer {
        public Text(String latex, double x, double y, Color colour, float size, Anchor anchor) {
            this(latex, x, y, colour, size, anchor, 0);
        }
    }

    /**
     * Diagonal hatching over the whole height of the panel between each pair {from, to} of x values:
     * where nothing is known (no limit at any coupling); a non-null label goes into the legend.
     */
    record Hatch(java.util.List<double[]> spans, Color colour, String label) implements Layer {
        public Hatch {
            spans = java.util.List.copyOf(spans);
        }
    }

    /**
     * A filled area bounded by closed polygons (each a list of (x, y) points), filled with the
     * even-odd rule so that nested polygons make holes: the natural shape of a confidence region
     * from a contour finder. A non-null label goes into the legend.
     */
    record Area(java.util.List<java.util.List<double[]>> polygons, Color colour, double alpha, String label)
            implements Layer {
        public Area {
            polygons = java.util.List.copyOf(polygons);
        }
    }

    /** A filled dot of {@code radius} points at a data position (e.g. a best-fit point). */
    record Marker(double x, double y, Color colour, double radius) implements Layer {
    }
}
