package org.anomalon.plot;

import java.nio.file.Path;
import java.util.Locale;
import org.anomalon.InvalidInputException;

/** Output formats of plots, inferred from the file name. */
public enum PlotFormat {
    PDF, SVG, PNG;

    /** The format of {@code file} from its extension; {@code option} names the flag in error messages. */
    public static PlotFormat of(Path file, String option) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1);
        return switch (extension) {
            case "pdf" -> PDF;
            case "svg" -> SVG;
            case "png" -> PNG;
            default -> throw InvalidInputException.of(option, "file extension", file.toString(),
                    "a file name ending in .pdf, .svg or .png (the format is taken from the extension)");
        };
    }
}
