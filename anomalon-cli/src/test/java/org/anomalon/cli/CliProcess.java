package org.anomalon.cli;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code anomalon} in a separate JVM (the test class path, {@link AnomalonCommand#main}), for
 * what an in-process run cannot show: the working directory, signals, real standard output
 * (e.g. {@code /dev/full}), and a fresh JVM's hash order.
 */
public final class CliProcess {
    private final ProcessBuilder builder;
    private final Path stdout;
    private final Path stderr;

    private CliProcess(Path directory, List<String> jvmOptions, List<String> args, Path scratch) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), AnomalonCommand.class.getName()));
        command.addAll(args);
        try {
            stdout = Files.createTempFile(scratch, "stdout", ".txt");
            stderr = Files.createTempFile(scratch, "stderr", ".txt");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        builder = new ProcessBuilder(command).directory(directory.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
    }

    /**
     * @param directory working directory of the process
     * @param scratch   where the captured standard output and error go
     */
    public static CliProcess in(Path directory, Path scratch, String... args) {
        return new CliProcess(directory, List.of(), List.of(args), scratch);
    }

    /** Like {@link #in}, with JVM options such as {@code -Duser.home=...}. */
    public static CliProcess withJvmOptions(Path directory, Path scratch, List<String> jvmOptions, String... args) {
        return new CliProcess(directory, jvmOptions, List.of(args), scratch);
    }

    /** Sends standard output to {@code file} instead of capturing it (e.g. {@code /dev/full}). */
    public CliProcess stdoutTo(File file) {
        builder.redirectOutput(file);
        return this;
    }

    public Process start() {
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs to completion (at most two minutes) and returns what it printed. */
    public CliTestSupport run() {
        Process process = start();
        try {
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("anomalon did not finish within two minutes: " + builder.command());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        return result(process.exitValue());
    }

    /** What the finished process printed, with its exit code. */
    public CliTestSupport result(int exitCode) {
        try {
            String out = builder.redirectOutput().file() != null && builder.redirectOutput().file().toPath().equals(stdout)
                    ? Files.readString(stdout, StandardCharsets.UTF_8) : "";
            return new CliTestSupport(exitCode, out, Files.readString(stderr, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
