package org.anomalon;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reading the files a user names (model, inputs, measurement set, workspace, limits database) in
 * bounded time and memory: only regular files (a FIFO, a device such as {@code /dev/zero} or a
 * directory is refused, never waited on or read forever), at most {@link #MAX_BYTES}, and parsers
 * whose number length, string length and nesting depth are bounded.
 */
public final class UserFiles {
    /** Largest file read: 16 MiB, five times the largest data file anomalon ships (3 MB of DarkCast limits). */
    public static final long MAX_BYTES = 16L << 20;
    /** Deepest nesting of a YAML or JSON document (anomalon's formats nest at most about 8 levels). */
    public static final int MAX_NESTING = 64;
    /** Longest number in a YAML or JSON document, in characters. */
    public static final int MAX_NUMBER_LENGTH = 100;

    private static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
            .maxNestingDepth(MAX_NESTING).maxNumberLength(MAX_NUMBER_LENGTH).maxStringLength((int) MAX_BYTES).build();

    private UserFiles() {
    }

    /**
     * The bytes of {@code file}.
     *
     * @param what what the file is, for the message (e.g. {@code model file})
     * @throws InvalidInputException naming the file when it is missing, not a regular file, larger
     *                               than {@link #MAX_BYTES} or unreadable
     */
    public static byte[] read(Path file, String what) {
        String source = file.toString();
        if (!Files.exists(file)) {
            throw InvalidInputException.because(source, what + " not found");
        }
        if (!Files.isRegularFile(file)) {
            throw InvalidInputException.because(source, "not a regular file (anomalon reads no directory, FIFO or device); "
                    + "give the " + what + " as a regular file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            if (Files.size(file) > MAX_BYTES) {
                throw tooLarge(source, what);
            }
            return bounded(in, source, what);
        } catch (IOException e) {
            throw InvalidInputException.because(source, "cannot read the " + what + " (" + IoErrors.reason(e) + ")", e);
        }
    }

    /** The text of {@code file} (UTF-8), with the checks of {@link #read}. */
    public static String readText(Path file, String what) {
        return new String(read(file, what), StandardCharsets.UTF_8);
    }

    /**
     * At most {@link #MAX_BYTES} of {@code in} (a file whose size the file system misreports, an
     * upload); more is an error.
     */
    public static byte[] bounded(InputStream in, String source, String what) throws IOException {
        byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw tooLarge(source, what);
        }
        return bytes;
    }

    private static InvalidInputException tooLarge(String source, String what) {
        return InvalidInputException.because(source, String.format(Locale.ROOT, "the %s is larger than %d MiB; "
                + "anomalon reads files up to that size", what, MAX_BYTES >> 20));
    }

    /** A YAML factory with anomalon's bounds (number length, nesting depth, document size). */
    public static YAMLFactory yamlFactory() {
        LoaderOptions loader = new LoaderOptions();
        loader.setCodePointLimit((int) MAX_BYTES);
        loader.setNestingDepthLimit(MAX_NESTING);
        return YAMLFactory.builder().loaderOptions(loader).streamReadConstraints(CONSTRAINTS).build();
    }

    /** A JSON factory with anomalon's bounds. */
    public static JsonFactory jsonFactory() {
        return JsonFactory.builder().streamReadConstraints(CONSTRAINTS).build();
    }
}
