package org.anomalon.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** The source tree of the repository, as a fresh clone has it (build output and Git metadata left out). */
final class RepositoryTree {
    private static final Set<String> NOT_SOURCE = Set.of(".git", "target", "node_modules");

    private RepositoryTree() {
    }

    /** The repository root: the nearest ancestor of the working directory holding both modules. */
    static Path root() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("anomalon-core")) && Files.isDirectory(dir.resolve("anomalon-cli"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no anomalon repository above " + Path.of("").toAbsolutePath());
    }

    /** Every regular file under {@code dir}, skipping build output and Git metadata, sorted. */
    static List<Path> files(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(file -> dir.relativize(file).getNameCount() > 0)
                    .filter(file -> !isBuildOutput(dir.relativize(file)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The path relative to the root, with '/' separators, as docs and Git write it. */
    static String relative(Path file) {
        return root().relativize(file.toAbsolutePath()).toString().replace('\\', '/');
    }

    static String read(Path file) {
        try {
            return Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isBuildOutput(Path relative) {
        for (Path part : relative) {
            if (NOT_SOURCE.contains(part.toString())) {
                return true;
            }
        }
        return false;
    }
}
