package org.anomalon.plot;

import java.util.ArrayList;
import java.util.List;

/**
 * The legend of a panel: its labelled lines, bands, areas and hatchings, in as many columns as fit the width
 * (filled top to bottom, then left to right). It is drawn below the panel's axes, outside the data,
 * so that it never hides a curve, a contour or a region. A line or band that stays outside the axes
 * has no entry.
 */
final class Legend {
    static final float FONT = 10.5f;
    static final double ROW_HEIGHT = 14;
    static final double SWATCH = 22;
    /** Space between the swatch and its text, and between columns. */
    private static final double SWATCH_GAP = 6;
    private static final double COLUMN_GAP = 14;
    private static final double PADDING = 4;

    /** One legend line: the layer gives the swatch's style. */
    record Entry(Layer layer, String label, double textWidth) {
    }

    private final List<Entry> entries;
    private final int rows;
    private final double[] columnWidths;

    private Legend(List<Entry> entries, int rows, double[] columnWidths) {
        this.entries = entries;
        this.rows = rows;
        this.columnWidths = columnWidths;
    }

    /** The legend of {@code panel} in at most {@code maxWidth} points (one column if even that is wider). */
    static Legend of(Panel panel, double maxWidth) {
        List<Entry> entries = new ArrayList<>();
        for (Layer layer : panel.layers()) {
            String label = label(layer);
            if (label != null && shows(panel, layer)) {
                entries.add(new Entry(layer, label, LatexText.bounds(label, FONT).getWidth()));
            }
        }
        for (int columns = entries.size(); columns > 1; columns--) {
            int rows = (entries.size() + columns - 1) / columns;
            double[] widths = columnWidths(entries, rows);
            if (total(widths) <= maxWidth) {
                return new Legend(entries, rows, widths);
            }
        }
        return new Legend(entries, entries.size(), columnWidths(entries, entries.size()));
    }

    /** Whether a line or band reaches into the panel's axes: no legend entry for a curve drawn outside them. */
    private static boolean shows(Panel panel, Layer layer) {
        if (layer instanceof Layer.Line line) {
            return inside(panel, line.x(), line.y(), line.y());
        } else if (layer instanceof Layer.Band band) {
            return inside(panel, band.x(), band.lower(), band.upper());
        }
        return true;
    }

    /** Whether some piece between neighbouring samples (inside the x range) overlaps the y range. */
    private static boolean inside(Panel panel, double[] x, double[] lower, double[] upper) {
        for (int i = 0; i < x.length; i++) {
            int j = Math.min(i + 1, x.length - 1);
            boolean inX = panel.x().contains(x[i]) || panel.x().contains(x[j]);
            if (inX && Math.min(lower[i], lower[j]) <= panel.y().max() && Math.max(upper[i], upper[j]) >= panel.y().min()) {
                return true;
            }
        }
        return false;
    }

    private static String label(Layer layer) {
        return layer instanceof Layer.Line line ? line.label()
                : layer instanceof Layer.Band band ? band.label()
                : layer instanceof Layer.Area area ? area.label()
                : layer instanceof Layer.Hatch hatch ? hatch.label() : null;
    }

    private static double[] columnWidths(List<Entry> entries, int rows) {
        int columns = rows == 0 ? 0 : (entries.size() + rows - 1) / rows;
        double[] widths = new double[columns];
        for (int i = 0; i < entries.size(); i++) {
            widths[i / rows] = Math.max(widths[i / rows], SWATCH + SWATCH_GAP + entries.get(i).textWidth());
        }
        return widths;
    }

    private static double total(double[] columnWidths) {
        double sum = 2 * PADDING + COLUMN_GAP * Math.max(0, columnWidths.length - 1);
        for (double width : columnWidths) {
            sum += width;
        }
        return sum;
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    List<Entry> entries() {
        return entries;
    }

    /** Width of the box (0 when empty). */
    double width() {
        return isEmpty() ? 0 : total(columnWidths);
    }

    /** Height of the box (0 when empty). */
    double height() {
        return isEmpty() ? 0 : rows * ROW_HEIGHT + 2 * PADDING;
    }

    /** Left edge of entry {@code i}'s swatch, relative to the box. */
    double entryX(int i) {
        double x = PADDING;
        for (int column = 0; column < i / rows; column++) {
            x += columnWidths[column] + COLUMN_GAP;
        }
        return x;
    }

    /** Vertical centre of entry {@code i}'s line, relative to the box. */
    double entryY(int i) {
        return PADDING + ROW_HEIGHT * (i % rows + 0.5);
    }

    /** Left edge of entry {@code i}'s text, relative to the box. */
    double textX(int i) {
        return entryX(i) + SWATCH + SWATCH_GAP;
    }
}
