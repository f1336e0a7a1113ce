package org.anomalon.plot;

import java.util.List;

/**
 * A figure: panels laid out left to right in {@code columns} columns, each panel
 * {@code panelWidth} × {@code panelHeight} points (1 pt = 1/72 inch, the PDF unit) including its
 * margins for tick labels and axis titles; each row of panels grows by the height of its legends,
 * which go below the axes ({@link PlotRenderer#layout}).
 */
public record Figure(List<Panel> panels, int columns, double panelWidth, double panelHeight) {
    /** Default panel size: a single-column journal figure. */
    public static final double DEFAULT_WIDTH = 400;
    public static final double DEFAULT_HEIGHT = 300;

    public Figure {
        panels = List.copyOf(panels);
        if (panels.isEmpty() || columns < 1) {
            throw new IllegalArgumentException("a figure needs at least one panel and one column");
        }
    }

    public static Figure of(Panel... panels) {
        return new Figure(List.of(panels), panels.length, DEFAULT_WIDTH, DEFAULT_HEIGHT);
    }

    public int rows() {
        return (panels.size() + columns - 1) / columns;
    }

    public double width() {
        return Math.min(columns, panels.size()) * panelWidth;
    }
}
