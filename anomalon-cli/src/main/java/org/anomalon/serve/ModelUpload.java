package org.anomalon.serve;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * A model file sent as a request body. It is written under its own name into a fresh temporary
 * directory for the length of one request and read by the command as {@code --model FILE}, so it
 * is parsed by the same code and gets the same messages as a file on the command line; the
 * messages name the file as the user named it, without the temporary directory.
 */
final class ModelUpload implements AutoCloseable {
    /** Largest model file accepted, in bytes (the built-in models are under 2 KiB). */
    static final int MAX_BYTES = 64 * 1024;
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9._-]{1,100}\\.(yaml|yml)");

    private final Path directory;
    private final Path file;

    private ModelUpload(Path directory, Path file) {
        this.directory = directory;
        this.file = file;
    }

    /**
     * @param scratch  the server's temporary directory
     * @param fileName the name the user gave the file (the query's {@code model}), e.g. {@code my-model.yaml}
     * @param body     the request body, read up to {@link #MAX_BYTES}
     */
    static ModelUpload write(Path scratch, String fileName, InputStream body) throws IOException {
        if (!FILE_NAME.matcher(fileName).matches()) {
            throw ApiException.badRequest("model = '" + fileName + "': an uploaded model needs a file name like my-model.yaml "
                    + "(letters, digits, '.', '_', '-', ending in .yaml or .yml)");
        }
        byte[] content = body.readNBytes(MAX_BYTES + 1);
        if (content.length > MAX_BYTES) {
            throw new ApiException(413, "anomalon serve: " + fileName + ": model file larger than " + MAX_BYTES + " bytes");
        }
        Path directory = Files.createTempDirectory(scratch, "upload-");
        Path file = Files.write(directory.resolve(fileName), content);
        return new ModelUpload(directory, file);
    }

    /** The option that makes the command read the upload. */
    String option() {
        return "--model=" + file;
    }

    /** {@code text} with the temporary directory taken out of the file's path. */
    String asUserNamedIt(String text) {
        return text.replace(directory + File.separator, "");
    }

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(directory);
    }
}
