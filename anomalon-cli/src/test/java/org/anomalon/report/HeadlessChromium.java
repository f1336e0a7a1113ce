package org.anomalon.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs Debian's headless Chromium on a local file (no network), as CI installs it. */
final class HeadlessChromium {
    static final Path BINARY = Path.of("/usr/bin/chromium");

    private HeadlessChromium() {
    }

    static boolean available() {
        return Files.isExecutable(BINARY);
    }

    /** The DOM after scripts ran. */
    static String dumpDom(Path page, Path profile) throws IOException, InterruptedException {
        return run(profile, "--dump-dom", page.toUri().toString());
    }

    /** A full-page screenshot of {@code page} into {@code png}. */
    static void screenshot(Path page, Path png, Path profile) throws IOException, InterruptedException {
        run(profile, "--screenshot=" + png.toAbsolutePath(), "--window-size=1200,3000", page.toUri().toString());
    }

    private static String run(Path profile, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--virtual-time-budget=5000", "--user-data-dir=" + profile.toAbsolutePath()));
        command.addAll(List.of(arguments));
        Path log = Files.createTempFile("chromium", ".log");
        Process process = new ProcessBuilder(command).redirectError(log.toFile()).start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("chromium did not finish within 120 s");
        }
        Files.deleteIfExists(log);
        return new String(out, StandardCharsets.UTF_8);
    }
}
