package org.anomalon.report;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A figure of the report: written as PDF, SVG and PNG under {@code figures/}, shown inline (PNG)
 * in the HTML page.
 *
 * @param id      file stem, e.g. {@code limits}
 * @param caption what the figure shows and where its curves come from
 * @param writer  writes one format to a path (the format is the path's extension)
 */
public record ReportFigure(String id, String caption, Writer writer) {

    /** Writes the figure to a file whose extension (pdf, svg, png) selects the format. */
    @FunctionalInterface
    public interface Writer {
        void write(Path file) throws IOException;
    }
}
