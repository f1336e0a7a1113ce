package org.anomalon.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Paints a {@link Figure} on any Graphics2D (PNG raster, SVG or PDF vector back end), in points.
 * Layout per panel: a frame with ticks on all four sides (inward, as in journal plots), 10ⁿ labels on
 * log axes, axis titles, then the layers clipped to the frame, region labels inside their regions
 * and, below the axes, a legend for labelled lines, bands and areas.
 */
public final class PlotRenderer {
    private static final double MARGIN_LEFT = 62;
    private static final double MARGIN_RIGHT = 14;
    private static final double MARGIN_TOP = 22;
    private static final double MARGIN_BOTTOM = 44;
    private static final float TICK_FONT = 11f;
    private static final float AXIS_FONT = 13f;
    private static final float LABEL_FONT = 10.5f;
    private static final double MAJOR_TICK = 6;
    private static final double MINOR_TICK = 3;
    /** Offset of a clipped curve beyond the frame, so strokes do not show at the edge. */
    private static final double OFF_FRAME = 50;
    /** Distance of a legend from the panel's sides and from the panels below. */
    private static final double LEGEND_INSET = 6;

    private PlotRenderer() {
    }

    /**
     * Where each panel's frame (the data area) and legend go, and the page size: a row of panels is
     * {@code panelHeight} plus its tallest legend, which sits below the x-axis title, centred under
     * the frame, never over the data.
     */
    record Layout(double width, double height, List<Rectangle2D> frames, List<Legend> legends, List<Rectangle2D> legendBoxes) {
    }

    static Layout layout(Figure figure) {
        int n = figure.panels().size();
        List<Legend> legends = new ArrayList<>(n);
        for (Panel panel : figure.panels()) {
            legends.add(Legend.of(panel, figure.panelWidth() - 2 * LEGEND_INSET));
        }
        List<Rectangle2D> frames = new ArrayList<>(n);
        List<Rectangle2D> boxes = new ArrayList<>(n);
        double top = 0;
        for (int row = 0; row < figure.rows(); row++) {
            double legendHeight = 0;
            for (int i = row * figure.columns(); i < Math.min(n, (row + 1) * figure.columns()); i++) {
                legendHeight = Math.max(legendHeight, legends.get(i).height());
            }
            for (int i = row * figure.columns(); i < Math.min(n, (row + 1) * figure.columns()); i++) {
                double left = (i % figure.columns()) * figure.panelWidth();
                Rectangle2D frame = new Rectangle2D.Double(left + MARGIN_LEFT, top + MARGIN_TOP,
                        figure.panelWidth() - MARGIN_LEFT - MARGIN_RIGHT,
                        figure.panelHeight() - MARGIN_TOP - MARGIN_BOTTOM);
                frames.add(frame);
                Legend legend = legends.get(i);
                double boxLeft = Math.max(left + LEGEND_INSET, Math.min(left + figure.panelWidth() - LEGEND_INSET - legend.width(),
                        frame.getCenterX() - legend.width() / 2));
                boxes.add(new Rectangle2D.Double(boxLeft, top + figure.panelHeight(), legend.width(), legend.height()));
            }
            top += figure.panelHeight() + (legendHeight > 0 ? legendHeight + LEGEND_INSET : 0);
        }
        return new Layout(figure.width(), top, frames, legends, boxes);
    }

    public static void paint(Figure figure, Graphics2D g) {
        paint(figure, layout(figure), g);
    }

    static void paint(Figure figure, Layout layout, Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setColor(Color.WHITE);
        g.fill(new Rectangle2D.Double(0, 0, layout.width(), layout.height()));
        for (int i = 0; i < figure.panels().size(); i++) {
            new PanelPainter(figure.panels().get(i), layout.frames().get(i), g).paint();
            drawLegend(layout.legends().get(i), layout.legendBoxes().get(i), g);
        }
    }

    /** Paints one panel into its frame. */
    private static final class PanelPainter {
        private final Panel panel;
        private final Rectangle2D frame;
        private final Graphics2D g;
        private final List<Rectangle2D> occupied = new ArrayList<>();
        /** The panel's layers with their curves thinned to what the frame can show. */
        private final List<Layer> layers;

        PanelPainter(Panel panel, Rectangle2D frame, Graphics2D g) {
            this.panel = panel;
            this.frame = frame;
            this.g = g;
            this.layers = panel.layers().stream().map(this::thinned).toList();
        }

        private Layer thinned(Layer layer) {
            if (layer instanceof Layer.Region r) {
                int[] keep = keptSamples(r.x(), r.boundary());
                return new Layer.Region(CurveThinning.pick(r.x(), keep), CurveThinning.pick(r.boundary(), keep), r.side(),
                        r.colour(), r.alpha(), r.label(), r.labelAt());
            } else if (layer instanceof Layer.Line l) {
                int[] keep = keptSamples(l.x(), l.y());
                return new Layer.Line(CurveThinning.pick(l.x(), keep), CurveThinning.pick(l.y(), keep), l.colour(), l.dash(),
                        l.width(), l.label());
            } else if (layer instanceof Layer.Band b) {
                int[] keep = keptSamples(b.x(), b.lower(), b.upper());
                return new Layer.Band(CurveThinning.pick(b.x(), keep), CurveThinning.pick(b.lower(), keep),
                        CurveThinning.pick(b.upper(), keep), b.colour(), b.alpha(), b.label());
            }
            return layer;
        }

        private int[] keptSamples(double[] x, double[]... ys) {
            double[] screenX = Arrays.stream(x).map(this::px).toArray();
            double[][] screenYs = new double[ys.length][];
            for (int s = 0; s < ys.length; s++) {
                screenYs[s] = Arrays.stream(ys[s]).map(this::py).toArray();
            }
            return CurveThinning.kept(screenX, screenYs);
        }

        void paint() {
            Shape savedClip = g.getClip();
            g.clip(frame);
            for (Layer layer : layers) {
                if (layer instanceof Layer.Region region) {
                    fillRegion(region);
                } else if (layer instanceof Layer.Area area) {
                    fillArea(area);
                }
            }
            for (Layer layer : layers) {
                if (layer instanceof Layer.Band band) {
                    fillBand(band); // translucent, over the opaque region fills
                } else if (layer instanceof Layer.Hatch hatch) {
                    for (double[] span : hatch.spans()) {
                        double left = px(span[0]);
                        hatch(new Rectangle2D.Double(left, frame.getMinY(), Math.max(px(span[1]) - left, 0.8), frame.getHeight()),
                                hatch.colour(), g);
                    }
                }
            }
            for (Layer layer : layers) {
                if (layer instanceof Layer.Region region) {
                    stroke(region.x(), region.boundary(), region.colour(), Dash.SOLID, 1.3f);
                } else if (layer instanceof Layer.Line line) {
                    stroke(line.x(), line.y(), line.colour(), line.dash(), line.width());
                }
            }
            for (Layer layer : layers) {
                if (layer instanceof Layer.Marker marker && drawable(marker.x(), marker.y())) {
                    double r = marker.radius();
                    java.awt.geom.Ellipse2D dot = new java.awt.geom.Ellipse2D.Double(px(marker.x()) - r,
                            py(marker.y()) - r, 2 * r, 2 * r);
                    g.setColor(marker.colour());
                    g.fill(dot);
                    g.setColor(Color.BLACK);
                    g.setStroke(new BasicStroke(0.6f));
                    g.draw(dot);
                }
            }
            g.setClip(savedClip);
            drawAxes();
            for (Layer layer : layers) {
                if (layer instanceof Layer.Region region && region.label() != null) {
                    labelRegion(region);
                } else if (layer instanceof Layer.Text text) {
                    Rectangle2D box = LatexText.draw(g, text.latex(), px(text.x()), py(text.y()), text.size(),
                            text.colour(), text.anchor(), text.angle());
                    occupied.add(text.angle() == 0 ? box : turned(box, px(text.x()), py(text.y()), text.angle()));
                }
            }
        }

        /** The page box of a box drawn turned by {@code angle} about (x, y). */
        private static Rectangle2D turned(Rectangle2D box, double x, double y, double angle) {
            return java.awt.geom.AffineTransform.getRotateInstance(angle, x, y).createTransformedShape(box).getBounds2D();
        }

        private double px(double x) {
            return frame.getX() + panel.x().fraction(x) * frame.getWidth();
        }

        private double py(double y) {
            return frame.getMaxY() - panel.y().fraction(y) * frame.getHeight();
        }

        private boolean drawable(double x, double y) {
            return Double.isFinite(px(x)) && Double.isFinite(py(y));
        }

        /** Screen y of a data value, limited to just beyond the frame (huge values stay finite). */
        private double clampedY(double y) {
            return Math.max(frame.getMinY() - OFF_FRAME, Math.min(frame.getMaxY() + OFF_FRAME, py(y)));
        }

        /** Contiguous runs [start, end) of drawable points. */
        private List<int[]> segments(double[] x, double[]... ys) {
            List<int[]> runs = new ArrayList<>();
            int start = -1;
            for (int i = 0; i <= x.length; i++) {
                boolean ok = i < x.length;
                for (double[] y : ys) {
                    ok = ok && drawable(x[i], y[i]);
                }
                if (ok && start < 0) {
                    start = i;
                } else if (!ok && start >= 0) {
                    runs.add(new int[] {start, i});
                    start = -1;
                }
            }
            return runs;
        }

        private void fillRegion(Layer.Region region) {
            double edge = region.side() == Layer.Side.ABOVE ? frame.getMinY() - OFF_FRAME : frame.getMaxY() + OFF_FRAME;
            g.setColor(Palette.tint(region.colour(), region.alpha()));
            for (int[] run : segments(region.x(), region.boundary())) {
                Path2D.Double path = new Path2D.Double();
                path.moveTo(px(region.x()[run[0]]), edge);
                for (int i = run[0]; i < run[1]; i++) {
                    path.lineTo(px(region.x()[i]), clampedY(region.boundary()[i]));
                }
                path.lineTo(px(region.x()[run[1] - 1]), edge);
                path.closePath();
                g.fill(path);
            }
        }

        private void fillBand(Layer.Band band) {
            g.setColor(Palette.withAlpha(band.colour(), band.alpha()));
            for (int[] run : segments(band.x(), band.lower(), band.upper())) {
                Path2D.Double path = new Path2D.Double();
                path.moveTo(px(band.x()[run[0]]), clampedY(band.lower()[run[0]]));
                for (int i = run[0] + 1; i < run[1]; i++) {
                    path.lineTo(px(band.x()[i]), clampedY(band.lower()[i]));
                }
                for (int i = run[1] - 1; i >= run[0]; i--) {
                    path.lineTo(px(band.x()[i]), clampedY(band.upper()[i]));
                }
                path.closePath();
                g.fill(path);
            }
        }

        private void fillArea(Layer.Area area) {
            Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
            for (List<double[]> polygon : area.polygons()) {
                for (int i = 0; i < polygon.size(); i++) {
                    double x = px(polygon.get(i)[0]);
                    double y = clampedY(polygon.get(i)[1]);
                    if (i == 0) {
                        path.moveTo(x, y);
                    } else {
                        path.lineTo(x, y);
                    }
                }
                path.closePath();
            }
            g.setColor(Palette.withAlpha(area.colour(), area.alpha()));
            g.fill(path);
        }

        private void stroke(double[] x, double[] y, Color colour, Dash dash, float width) {
            g.setColor(colour);
            g.setStroke(dash.stroke(width));
            for (int[] run : segments(x, y)) {
                Path2D.Double path = new Path2D.Double();
                path.moveTo(px(x[run[0]]), clampedY(y[run[0]]));
                for (int i = run[0] + 1; i < run[1]; i++) {
                    path.lineTo(px(x[i]), clampedY(y[i]));
                }
                g.draw(path);
            }
        }

        private void drawAxes() {
            g.setColor(Color.BLACK);
            g.setStroke(new BasicStroke(0.9f));
            g.draw(frame);
            drawTicks(panel.x(), true);
            drawTicks(panel.y(), false);
            LatexText.draw(g, panel.x().label(), frame.getCenterX(), frame.getMaxY() + 38, AXIS_FONT, Color.BLACK,
                    Anchor.BOTTOM, 0);
            LatexText.draw(g, panel.y().label(), frame.getMinX() - 56, frame.getCenterY(), AXIS_FONT, Color.BLACK,
                    Anchor.TOP, -Math.PI / 2);
            if (panel.title() != null) {
                LatexText.draw(g, panel.title(), frame.getCenterX(), frame.getMinY() - 4, AXIS_FONT, Color.BLACK,
                        Anchor.BOTTOM, 0);
            }
        }

        private void drawTicks(Axis axis, boolean horizontal) {
            for (Tick tick : Tick.of(axis)) {
                double f = axis.fraction(tick.value());
                double length = tick.label() == null ? MINOR_TICK : MAJOR_TICK;
                g.setStroke(new BasicStroke(0.8f));
                if (horizontal) {
                    double x = frame.getX() + f * frame.getWidth();
                    g.draw(new Line2D.Double(x, frame.getMaxY(), x, frame.getMaxY() - length));
                    g.draw(new Line2D.Double(x, frame.getMinY(), x, frame.getMinY() + length));
                    if (tick.label() != null) {
                        LatexText.draw(g, tick.label(), x, frame.getMaxY() + 4, TICK_FONT, Color.BLACK, Anchor.TOP, 0);
                    }
                } else {
                    double y = frame.getMaxY() - f * frame.getHeight();
                    g.draw(new Line2D.Double(frame.getMinX(), y, frame.getMinX() + length, y));
                    g.draw(new Line2D.Double(frame.getMaxX(), y, frame.getMaxX() - length, y));
                    if (tick.label() != null) {
                        LatexText.draw(g, tick.label(), frame.getMinX() - 4, y, TICK_FONT, Color.BLACK, Anchor.RIGHT, 0);
                    }
                }
            }
        }

        /**
         * Writes a region's label inside it: at the requested position, or just inside the region
         * where its boundary reaches furthest into the panel, moved away from labels already placed.
         */
        private void labelRegion(Layer.Region region) {
            Rectangle2D size = LatexText.bounds(region.label(), LABEL_FONT);
            double x;
            double y;
            if (region.labelAt().isPresent()) {
                x = px(region.labelAt().get()[0]);
                y = py(region.labelAt().get()[1]);
            } else {
                double[] spot = autoLabelSpot(region, size);
                if (spot == null) {
                    return;
                }
                x = spot[0];
                y = spot[1];
            }
            double step = region.side() == Layer.Side.ABOVE ? -size.getHeight() : size.getHeight();
            Rectangle2D box = new Rectangle2D.Double(x - size.getWidth() / 2, y - size.getHeight() / 2,
                    size.getWidth(), size.getHeight());
            for (int attempt = 0; attempt < 8 && overlaps(box); attempt++) {
                box.setRect(box.getX(), box.getY() + step, box.getWidth(), box.getHeight());
            }
            if (region.labelAt().isEmpty() && overlaps(box)) {
                return; // no free spot: better no label than one over another
            }
            occupied.add(box);
            Color ink = region.colour().darker();
            LatexText.draw(g, region.label(), box.getCenterX(), box.getCenterY(), LABEL_FONT, ink, Anchor.CENTER, 0);
        }

        private boolean overlaps(Rectangle2D box) {
            return occupied.stream().anyMatch(other -> other.intersects(box));
        }

        /**
         * Centre of the label: just inside the region where it is not covered by regions drawn
         * later, in the middle of the longest such stretch of the curve; for a region covered
         * everywhere (a weaker limit), just above its boundary line.
         */
        private double[] autoLabelSpot(Layer.Region region, Rectangle2D size) {
            double[] spot = autoLabelSpot(region, size, regionsDrawnAfter(region));
            return spot != null ? spot : autoLabelSpot(region, size, List.of());
        }

        private double[] autoLabelSpot(Layer.Region region, Rectangle2D size, List<Layer.Region> later) {
            double[] x = region.x();
            double[] b = region.boundary();
            double halfWidth = size.getWidth() / 2 + 6;
            double gap = 3 + size.getHeight() / 2;
            int bestStart = -1;
            int bestLength = 0;
            int runStart = -1;
            for (int i = 0; i <= x.length; i++) {
                boolean ok = i < x.length && labelFits(region, i, halfWidth, gap, size.getHeight(), later);
                if (ok && runStart < 0) {
                    runStart = i;
                } else if (!ok && runStart >= 0) {
                    double length = px(x[i - 1]) - px(x[runStart]);
                    if (length > bestLength) {
                        bestLength = (int) length;
                        bestStart = runStart;
                    }
                    if (bestStart < 0) {
                        bestStart = runStart;
                    }
                    runStart = -1;
                }
            }
            if (bestStart < 0) {
                return null;
            }
            double startX = px(x[bestStart]);
            double targetX = startX + bestLength / 2.0;
            int chosen = bestStart;
            while (chosen + 1 < x.length && px(x[chosen + 1]) <= targetX) {
                chosen++;
            }
            double y = labelY(region, chosen, gap, size.getHeight());
            return new double[] {px(x[chosen]), y};
        }

        private double labelY(Layer.Region region, int i, double gap, double height) {
            double boundaryY = clampedY(region.boundary()[i]);
            double y = region.side() == Layer.Side.ABOVE ? boundaryY - gap : boundaryY + gap;
            return Math.max(frame.getMinY() + height / 2 + 2, Math.min(frame.getMaxY() - height / 2 - 2, y));
        }

        private boolean labelFits(Layer.Region region, int i, double halfWidth, double gap, double height,
                                  List<Layer.Region> later) {
            double[] x = region.x();
            if (!drawable(x[i], region.boundary()[i]) || px(x[i]) - halfWidth < frame.getMinX()
                    || px(x[i]) + halfWidth > frame.getMaxX()) {
                return false;
            }
            double y = labelY(region, i, gap, height);
            double boundaryY = clampedY(region.boundary()[i]);
            if (region.side() == Layer.Side.ABOVE ? y > boundaryY : y < boundaryY) {
                return false; // squeezed against the frame: the label would sit outside the region
            }
            for (Layer.Region other : later) {
                for (double dx : new double[] {-halfWidth, 0, halfWidth}) {
                    int j = indexNear(other.x(), px(x[i]) + dx);
                    double otherBoundary = other.boundary()[j];
                    if (drawable(other.x()[j], otherBoundary)) {
                        double otherY = clampedY(otherBoundary);
                        boolean covered = other.side() == Layer.Side.ABOVE ? y - height / 2 < otherY : y + height / 2 > otherY;
                        if (covered) {
                            return false;
                        }
                    }
                }
            }
            return true;
        }

        /** The sample of a region's ascending {@code x} drawn nearest to {@code screenX} (binary search). */
        private int indexNear(double[] x, double screenX) {
            int low = 0;
            int high = x.length - 1;
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (px(x[mid]) < screenX) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            return low > 0 && Math.abs(px(x[low - 1]) - screenX) < Math.abs(px(x[low]) - screenX) ? low - 1 : low;
        }

        private List<Layer.Region> regionsDrawnAfter(Layer.Region region) {
            List<Layer.Region> after = new ArrayList<>();
            boolean seen = false;
            for (Layer layer : layers) {
                if (layer == region) {
                    seen = true;
                } else if (seen && layer instanceof Layer.Region other) {
                    after.add(other);
                }
            }
            return after;
        }
    }

    private static void drawLegend(Legend legend, Rectangle2D box, Graphics2D g) {
        if (legend.isEmpty()) {
            return;
        }
        g.setColor(Color.WHITE);
        g.fill(box);
        g.setColor(Palette.LIGHT_GREY);
        g.setStroke(new BasicStroke(0.6f));
        g.draw(box);
        for (int i = 0; i < legend.entries().size(); i++) {
            double left = box.getX() + legend.entryX(i);
            double y = box.getY() + legend.entryY(i);
            Layer layer = legend.entries().get(i).layer();
            if (layer instanceof Layer.Line line) {
                g.setColor(line.colour());
                g.setStroke(line.dash().stroke(line.width()));
                g.draw(new Line2D.Double(left, y, left + Legend.SWATCH, y));
            } else if (layer instanceof Layer.Band band) {
                g.setColor(Palette.withAlpha(band.colour(), band.alpha()));
                g.fill(new Rectangle2D.Double(left, y - 4, Legend.SWATCH, 8));
            } else if (layer instanceof Layer.Area area) {
                g.setColor(Palette.withAlpha(area.colour(), Math.max(area.alpha(), 0.35)));
                g.fill(new Rectangle2D.Double(left, y - 4, Legend.SWATCH, 8));
            } else if (layer instanceof Layer.Hatch hatch) {
                Rectangle2D swatch = new Rectangle2D.Double(left, y - 4, Legend.SWATCH, 8);
                hatch(swatch, hatch.colour(), g);
                g.setColor(hatch.colour());
                g.setStroke(new BasicStroke(0.5f));
                g.draw(swatch);
            }
            LatexText.draw(g, legend.entries().get(i).label(), box.getX() + legend.textX(i), y, Legend.FONT, Color.BLACK,
                    Anchor.LEFT, 0);
        }
    }

    /** Thin diagonal lines, 4 pt apart, filling {@code box}. */
    private static void hatch(Rectangle2D box, Color colour, Graphics2D g) {
        Shape saved = g.getClip();
        g.clip(box);
        g.setColor(colour);
        g.setStroke(new BasicStroke(0.6f));
        for (double offset = -box.getHeight(); offset < box.getWidth(); offset += 4) {
            g.draw(new Line2D.Double(box.getX() + offset, box.getMaxY(), box.getX() + offset + box.getHeight(), box.getY()));
        }
        g.setClip(saved);
    }

    /** A tick: major ticks carry a LaTeX label, minor ticks none. */
    record Tick(double value, String label) {
        static List<Tick> of(Axis axis) {
            return axis.log() ? logTicks(axis) : linearTicks(axis);
        }

        private static List<Tick> logTicks(Axis axis) {
            List<Tick> ticks = new ArrayList<>();
            int lowest = (int) Math.floor(Math.log10(axis.min()) + 1e-9);
            int highest = (int) Math.ceil(Math.log10(axis.max()) - 1e-9);
            int decades = highest - lowest;
            int labelEvery = decades > 10 ? 2 : 1;
            // an axis spanning less than a decade shows at most one power of ten: label 2, 3 and 5 × 10ⁿ too
            boolean labelMinor = Math.log10(axis.max() / axis.min()) < 1;
            for (int n = lowest; n <= highest; n++) {
                double major = Math.pow(10, n);
                if (axis.contains(major * (1 + 1e-12)) || axis.contains(major * (1 - 1e-12))) {
                    ticks.add(new Tick(major, n % labelEvery == 0 ? "10^{" + n + "}" : null));
                }
                if (decades <= 12) {
                    for (int k = 2; k <= 9; k++) {
                        if (axis.contains(k * major)) {
                            ticks.add(new Tick(k * major, labelMinor && (k == 2 || k == 3 || k == 5) ? k + "\\times10^{" + n + "}" : null));
                        }
                    }
                }
            }
            return ticks;
        }

        private static List<Tick> linearTicks(Axis axis) {
            double span = axis.max() - axis.min();
            double raw = span / 6;
            double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
            double step = magnitude * (raw / magnitude < 1.5 ? 1 : raw / magnitude < 3.5 ? 2 : raw / magnitude < 7.5 ? 5 : 10);
            List<Tick> ticks = new ArrayList<>();
            int decimals = Math.max(0, (int) -Math.floor(Math.log10(step) + 1e-9));
            for (double v = Math.ceil(axis.min() / step - 1e-9) * step; v <= axis.max() + 1e-9 * span; v += step) {
                ticks.add(new Tick(v, String.format(Locale.ROOT, "%." + decimals + "f", Math.abs(v) < 1e-12 * span ? 0.0 : v)));
                double minor = v + step / 2;
                if (axis.contains(minor)) {
                    ticks.add(new Tick(minor, null));
                }
            }
            return ticks;
        }
    }
}
