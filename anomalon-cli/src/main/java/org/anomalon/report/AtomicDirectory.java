package org.anomalon.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.anomalon.InvalidInputException;
import org.anomalon.IoErrors;

/**
 * Replaces a directory that anomalon wrote, as a whole, and never one it did not write.
 *
 * <p>The new content is built in a temporary sibling directory and moved into place only when
 * complete, so a failed or interrupted run leaves the previous directory intact. The directory
 * carries a marker file, {@value #MARKER}, listing every file anomalon wrote there; an existing
 * directory is replaced only if it is empty or carries the marker and holds nothing else. The
 * current directory, its ancestors, the home directory and the file-system root are always
 * refused. A SIGTERM during the run removes the temporary directory (shutdown hook); the
 * temporaries of a run that was killed outright are removed by the next run for the same target.
 */
public final class AtomicDirectory {
    /** The marker file: its presence says anomalon wrote the directory, its lines which files. */
    public static final String MARKER = ".anomalon-report";
    private static final String MARKER_HEADER = "# Written by anomalon; 'anomalon report' replaces this directory whole "
            + "on its next run, and refuses to if it holds any file not listed below.\n";
    private static final String STAGING = ".anomalon-tmp-";
    private static final String SET_ASIDE = ".anomalon-old-";

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
        Path absolute = checkTarget(target, option);
        Path parent = absolute.getParent();
        removeStaleTemporaries(absolute);
        Swap swap = new Swap(absolute, createStaging(parent, absolute, target, option));
        Thread hook = new Thread(swap::abort, "anomalon-report-cleanup");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            builder.build(swap.staging);
            writeMarker(swap.staging);
            swap.commit();
        } catch (IOException e) {
            swap.abort();
            throw new UncheckedIOException(option + ": cannot write the report in " + target + ": " + IoErrors.reason(e), e);
        } catch (RuntimeException | Error e) {
            swap.abort();
            throw e;
        } finally {
            removeHook(hook);
        }
    }

    /** The absolute target, after refusing every directory that anomalon must not replace. */
    private static Path checkTarget(Path target, String option) {
        if (target.toString().isBlank()) {
            throw InvalidInputException.of(option, "output directory", target.toString(),
                    "the name of a new directory, or of a previous anomalon report");
        }
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        if (parent == null) {
            throw refusal(option, target, "the file-system root");
        }
        if (!Files.isDirectory(parent)) {
            throw InvalidInputException.of(option, "output directory", target.toString(),
                    "a path whose parent directory exists");
        }
        if (!Files.isWritable(parent)) {
            throw InvalidInputException.of(option, "output directory", target.toString(),
                    "a path whose parent directory is writable");
        }
        Path real = realPath(parent).resolve(absolute.getFileName());
        if (Files.isSymbolicLink(absolute)) {
            throw InvalidInputException.of(option, "output directory", target.toString(),
                    "a directory, not a symbolic link (give the directory the link points to)");
        }
        Path workingDirectory = realPath(Path.of("").toAbsolutePath());
        if (workingDirectory.startsWith(real)) {
            throw refusal(option, target, real.equals(workingDirectory) ? "the current directory"
                    : "an ancestor of the current directory");
        }
        String home = System.getProperty("user.home");
        if (home != null && !home.isBlank() && Files.isDirectory(Path.of(home)) && realPath(Path.of(home)).equals(real)) {
            throw refusal(option, target, "the home directory");
        }
        if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(absolute, LinkOption.NOFOLLOW_LINKS)) {
            throw InvalidInputException.of(option, "output directory", target.toString(),
                    "a directory path (this is an existing file)");
        }
        if (Files.isDirectory(absolute, LinkOption.NOFOLLOW_LINKS)) {
            List<String> foreign = filesNotWrittenByAnomalon(absolute);
            if (!foreign.isEmpty()) {
                throw InvalidInputException.because(option, "output directory '" + target + "' holds files anomalon did not "
                        + "write (" + summary(foreign) + "); they are kept: choose a new or empty directory for " + option
                        + ", or a previous anomalon report");
            }
        }
        return absolute;
    }

    /** The path with symbolic links resolved (the path itself if it cannot be resolved). */
    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }

    private static InvalidInputException refusal(String option, Path target, String what) {
        return InvalidInputException.of(option, "output directory", target.toString(),
                "a new directory or a previous anomalon report (this is " + what + ", which anomalon never replaces)");
    }

    /**
     * Files in {@code directory} that its marker does not list (all of them when there is no
     * marker); an empty directory, or an anomalon report left as anomalon wrote it, gives none.
     */
    private static List<String> filesNotWrittenByAnomalon(Path directory) {
        Set<String> present = relativeFiles(directory);
        Path marker = directory.resolve(MARKER);
        Set<String> written = new TreeSet<>();
        if (Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS)) {
            try (Stream<String> lines = Files.lines(marker)) {
                lines.filter(line -> !line.startsWith("#") && !line.isBlank()).forEach(written::add);
            } catch (IOException | UncheckedIOException e) {
                written.clear();
            }
            written.add(MARKER);
        }
        return present.stream().filter(file -> !written.contains(file)).toList();
    }

    /** Regular files and links (relative, '/'-separated, sorted); directories count through their files. */
    private static Set<String> relativeFiles(Path directory) {
        Set<String> files = new TreeSet<>();
        try {
            Files.walkFileTree(directory, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    files.add(relative(directory, file));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exception) throws IOException {
                    if (!dir.equals(directory) && isEmpty(dir)) {
                        files.add(relative(directory, dir) + "/");
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            files.add("(unreadable: " + e.getMessage() + ")");
        }
        return files;
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }

    private static boolean isEmpty(Path directory) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
            return !entries.iterator().hasNext();
        }
    }

    private static boolean isEmptyQuietly(Path directory) {
        try {
            return isEmpty(directory);
        } catch (IOException e) {
            return false;
        }
    }

    private static String summary(List<String> files) {
        String shown = files.stream().limit(3).collect(Collectors.joining(", "));
        return files.size() > 3 ? shown + " and " + (files.size() - 3) + " more" : shown;
    }

    private static void writeMarker(Path directory) throws IOException {
        Set<String> files = relativeFiles(directory);
        files.add(MARKER);
        Files.writeString(directory.resolve(MARKER), MARKER_HEADER + String.join("\n", files) + "\n");
    }

    private static Path createStaging(Path parent, Path absolute, Path target, String option) {
        try {
            Path staging = Files.createTempDirectory(parent, prefix(absolute, STAGING) + ProcessHandle.current().pid() + "-");
            if (staging.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                // Temporary directories are created owner-only; a report is an ordinary directory.
                Files.setPosixFilePermissions(staging, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
            Files.writeString(staging.resolve(MARKER), MARKER_HEADER);
            return staging;
        } catch (IOException e) {
            throw InvalidInputException.because(option, "cannot create a directory next to " + target + ": " + IoErrors.reason(e), e);
        }
    }

    private static String prefix(Path target, String kind) {
        return "." + target.getFileName() + kind;
    }

    /**
     * Removes the temporaries that a killed run for {@code target} left beside it (those of a
     * process that is no longer alive): a half-built directory is deleted; a previous report set
     * aside just before the swap is put back if the target is missing, else deleted.
     */
    private static void removeStaleTemporaries(Path target) {
        List<Path> stale = new ArrayList<>();
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(target.getParent(),
                entry -> isStale(target, entry))) {
            siblings.forEach(stale::add);
        } catch (IOException e) {
            return; // an unreadable parent fails later, with a clear message, when the staging directory is created
        }
        for (Path leftover : stale) {
            if (leftover.getFileName().toString().startsWith(prefix(target, SET_ASIDE)) && !Files.exists(target)) {
                try {
                    Files.move(leftover, target, StandardCopyOption.ATOMIC_MOVE);
                    continue;
                } catch (IOException e) {
                    // could not restore: leave it for the user rather than delete the only copy
                    continue;
                }
            }
            deleteQuietly(leftover);
        }
    }

    private static boolean isStale(Path target, Path entry) {
        String name = entry.getFileName().toString();
        for (String kind : List.of(STAGING, SET_ASIDE)) {
            String prefix = prefix(target, kind);
            if (name.startsWith(prefix) && Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)
                    && (Files.exists(entry.resolve(MARKER), LinkOption.NOFOLLOW_LINKS) || isEmptyQuietly(entry))) {
                String rest = name.substring(prefix.length());
                int dash = rest.indexOf('-');
                try {
                    long pid = Long.parseLong(dash < 0 ? rest : rest.substring(0, dash));
                    return ProcessHandle.of(pid).map(process -> !process.isAlive()).orElse(true);
                } catch (NumberFormatException e) {
                    return false;
                }
            }
        }
        return false;
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the JVM is exiting: the hook runs (or ran) and cleans up
        }
    }

    /**
     * The replacement's state, shared by the building thread and the shutdown hook: whichever
     * comes second sees what the first left and finishes or undoes it, never both at once.
     */
    private static final class Swap {
        private final Path target;
        private final Path staging;
        private Path setAside;
        private boolean finished;

        Swap(Path target, Path staging) {
            this.target = target;
            this.staging = staging;
        }

        /** Moves the staging directory to the target; an old target is set aside first and removed last. */
        synchronized void commit() throws IOException {
            if (finished) {
                throw new IOException("interrupted");
            }
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                setAside = target.resolveSibling(prefix(target, SET_ASIDE) + ProcessHandle.current().pid() + "-"
                        + System.nanoTime());
                Files.move(target, setAside, StandardCopyOption.ATOMIC_MOVE);
            }
            try {
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                restore();
                throw e;
            }
            finished = true;
            if (setAside != null) {
                deleteQuietly(setAside);
            }
        }

        /** Undoes an unfinished replacement: the staging directory goes, the old target comes back. */
        synchronized void abort() {
            if (finished) {
                return;
            }
            finished = true;
            deleteQuietly(staging);
            try {
                restore();
            } catch (IOException e) {
                // the set-aside copy stays beside the target, and the next run puts it back
            }
        }

        private void restore() throws IOException {
            if (setAside != null && Files.exists(setAside) && !Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                Files.move(setAside, target, StandardCopyOption.ATOMIC_MOVE);
                setAside = null;
            }
        }
    }

    /** Deletes a directory tree anomalon wrote; a few tries, because a writer may still be adding files. */
    static void deleteQuietly(Path directory) {
        for (int attempt = 0; attempt < 5 && Files.exists(directory, LinkOption.NOFOLLOW_LINKS); attempt++) {
            try {
                Files.walkFileTree(directory, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                        Files.deleteIfExists(file);
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                        Files.deleteIfExists(dir);
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException retry) {
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
