package org.anomalon.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import org.anomalon.InvalidInputException;

/**
 * Replaces a directory as a whole: the new content is built in a temporary sibling directory and
 * moved into place only when complete, so an interrupted or failed run leaves the previous
 * directory intact.
 */
public final class AtomicDirectory {
    private AtomicDirectory() {
    }

    /** Builds the content of a directory; any exception aborts the replacement. */
    @FunctionalInterface
    public interface Builder {
        void build(Path directory) throws IOException;
    }

    /**
     * @param target the directory to create or replace
     * @param option the flag that named it, for error messages
     * @param builder fills the temporary directory
     */
    public static void replace(Path target, String option, Builder builder) {
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
            throw InvalidInputException.of(option, "output directory", target.toString(),
                    "a directory path (this is an existing file)");
        }
        Path parent = absolute.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw InvalidInputException.of(option, "output directory", target.toString(),
                    "a path whose parent directory exists");
        }
        if (!Files.isWritable(parent)) {
            throw InvalidInputException.of(option, "output directory", target.toString(),
                    "a path whose parent directory is writable");
        }
        Path staging;
        try {
            staging = Files.createTempDirectory(parent, "." + absolute.getFileName() + ".tmp-");
        } catch (IOException e) {
            throw InvalidInputException.because(option, "cannot create a directory next to " + target + ": " + e.getMessage(), e);
        }
        try {
            builder.build(staging);
            swapInto(staging, absolute);
        } catch (IOException e) {
            deleteQuietly(staging);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            deleteQuietly(staging);
            throw e;
        }
    }

    /** Moves {@code staging} to {@code target}; an old target is set aside first and removed last. */
    private static void swapInto(Path staging, Path target) throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = target.resolveSibling("." + target.getFileName() + ".old-" + System.nanoTime());
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        }
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (old != null) {
                Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
            }
            throw e;
        }
        if (old != null) {
            deleteQuietly(old);
        }
    }

    static void deleteQuietly(Path directory) {
        try {
            Files.walkFileTree(directory, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException ignored) {
            // Best effort: a left-over temporary directory is harmless and named as such.
        }
    }
}
