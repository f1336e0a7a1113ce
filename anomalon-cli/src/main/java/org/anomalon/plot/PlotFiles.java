package org.anomalon.plot;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.anomalon.InvalidInputException;
import org.anomalon.IoErrors;
import org.jfree.pdf.PDFDocument;
import org.jfree.pdf.PDFGraphics2D;
import org.jfree.pdf.PDFHints;
import org.jfree.pdf.Page;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;

/**
 * Writes figures as vector PDF (orsonpdf), vector SVG (jfreesvg) or PNG (3× oversampled raster,
 * 216 dpi). Text is converted to outlines in the vector formats, so no font needs to be installed
 * to view them. The file is written to a temporary file in the target directory and moved into
 * place, so a failed run never leaves a half-written plot.
 */
public final class PlotFiles {
    /** PNG pixels per point. */
    private static final int PNG_SCALE = 3;

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private PlotFiles() {
    }

    /**
     * Checks that {@code file} has a known extension and lies in an existing, writable directory;
     * call it before long computations so that bad paths fail fast (exit 2).
     */
    public static PlotFormat check(Path file, String option) {
        PlotFormat format = PlotFormat.of(file, option);
        Path directory = directoryOf(file);
        if (!Files.isDirectory(directory)) {
            throw InvalidInputException.of(option, "directory", directory.toString(), "an existing directory");
        }
        if (!Files.isWritable(directory)) {
            throw InvalidInputException.of(option, "directory", directory.toString(), "a directory you can write to");
        }
        if (Files.isDirectory(file)) {
            throw InvalidInputException.of(option, "file", file.toString(), "a file name, not a directory");
        }
        return format;
    }

    /** Renders {@code figure} into {@code file} (format from the extension), atomically. */
    public static void write(Figure figure, Path file, String option) {
        PlotFormat format = check(file, option);
        byte[] bytes = switch (format) {
            case PDF -> pdf(figure);
            case SVG -> svg(figure).getBytes(StandardCharsets.UTF_8);
            case PNG -> png(figure);
        };
        Path directory = directoryOf(file);
        Path temporary = null;
        try {
            temporary = Files.createTempFile(directory, "." + file.getFileName(), ".part");
            temporary.toFile().deleteOnExit(); // a SIGTERM while writing leaves no .part file
            try (OutputStream out = Files.newOutputStream(temporary)) {
                out.write(bytes);
            }
            makeReadable(temporary);
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(option + ": cannot write " + file + ": " + IoErrors.reason(e), e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // the move succeeded or the directory vanished; nothing left to clean
                }
            }
        }
    }

    static byte[] pdf(Figure figure) {
        PDFDocument document = new PDFDocument();
        document.setTitle("anomalon figure");
        PlotRenderer.Layout layout = PlotRenderer.layout(figure);
        Page page = document.createPage(new Rectangle2D.Double(0, 0, layout.width(), layout.height()));
        PDFGraphics2D g = page.getGraphics2D();
        g.setRenderingHint(PDFHints.KEY_DRAW_STRING_TYPE, PDFHints.VALUE_DRAW_STRING_TYPE_VECTOR);
        PlotRenderer.paint(figure, layout, g);
        return withFixedDates(document.getPDFBytes(), DocumentDate.get());
    }

    private static final Pattern PDF_DATE = Pattern.compile("/(CreationDate|ModDate) \\((D:[^)]*)\\)");

    /**
     * The PDF with its creation and modification dates replaced by {@code date}, so that two runs
     * write identical files (orsonpdf stamps the current time and has no setter). The new date
     * string has the length of the old one, so the cross-reference offsets stay valid.
     */
    static byte[] withFixedDates(byte[] pdf, Instant date) {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        String fixed = "D:" + DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT).withZone(ZoneOffset.UTC).format(date)
                + "Z00'00'";
        Matcher dates = PDF_DATE.matcher(text);
        StringBuilder patched = new StringBuilder(text.length());
        while (dates.find()) {
            int length = dates.group(2).length();
            if (length < "D:yyyyMMddHHmmss".length() || length > fixed.length()) {
                throw new IllegalStateException("unexpected PDF date " + dates.group(2));
            }
            dates.appendReplacement(patched, Matcher.quoteReplacement("/" + dates.group(1) + " (" + fixed.substring(0, length) + ")"));
        }
        dates.appendTail(patched);
        return patched.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    static String svg(Figure figure) {
        PlotRenderer.Layout layout = PlotRenderer.layout(figure);
        SVGGraphics2D g = new SVGGraphics2D(layout.width(), layout.height());
        g.setDefsKeyPrefix("anomalon-"); // jfreesvg's default prefix is the current time: ids must not change between runs
        g.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_VECTOR);
        PlotRenderer.paint(figure, layout, g);
        return g.getSVGDocument();
    }

    static byte[] png(Figure figure) {
        PlotRenderer.Layout layout = PlotRenderer.layout(figure);
        int width = (int) Math.ceil(layout.width() * PNG_SCALE);
        int height = (int) Math.ceil(layout.height() * PNG_SCALE);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.scale(PNG_SCALE, PNG_SCALE);
        PlotRenderer.paint(figure, layout, g);
        g.dispose();
        try (var bytes = new java.io.ByteArrayOutputStream()) {
            ImageIO.write(image, "png", bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Temporary files are created owner-only; a plot is an ordinary, world-readable file. */
    private static void makeReadable(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    private static Path directoryOf(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        return parent == null ? Path.of(".").toAbsolutePath() : parent;
    }
}
