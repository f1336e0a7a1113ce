package org.anomalon.report;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Progress of the report's steps on stderr ("[3/7] Limits ... 1.2 s"), shown only when stderr is
 * a terminal and the user did not ask for {@code --quiet}.
 */
public final class Progress {
    private final PrintStream err;
    private final boolean enabled;
    private final int totalSteps;
    private int step;
    private long stepStart;

    private Progress(PrintStream err, boolean enabled, int totalSteps) {
        this.err = err;
        this.enabled = enabled;
        this.totalSteps = totalSteps;
    }

    /** Enabled when a console is attached and {@code quiet} is false. */
    public static Progress onTerminal(boolean quiet, int totalSteps) {
        return new Progress(System.err, !quiet && System.console() != null, totalSteps);
    }

    public static Progress silent() {
        return new Progress(System.err, false, 0);
    }

    public void start(String name) {
        step++;
        stepStart = System.nanoTime();
        if (enabled) {
            err.printf(Locale.ROOT, "\r\033[K[%d/%d] %s ...", step, totalSteps, name);
            err.flush();
        }
    }

    public void done() {
        if (enabled) {
            err.printf(Locale.ROOT, " %.1f s%n", (System.nanoTime() - stepStart) / 1e9);
            err.flush();
        }
    }
}
