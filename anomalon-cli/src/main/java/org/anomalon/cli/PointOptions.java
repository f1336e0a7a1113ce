package org.anomalon.cli;

import org.anomalon.InvalidInputException;
import org.anomalon.study.Point;
import picocli.CommandLine.Option;

/** The shared {@code --mx GeV --gx G} options of the commands that evaluate one (m_X, g_X) point. */
public final class PointOptions {
    @Option(names = "--mx", paramLabel = "GeV", description = "Mass of X in GeV (> 0).")
    Double massX;

    @Option(names = "--gx", paramLabel = "G", description = "U(1)_X gauge coupling g_X (> 0).")
    Double couplingX;

    /** (m_X, g_X), both required, finite and positive. */
    public Point point() {
        return Point.of(massX_GeV(), couplingX());
    }

    /** m_X, required (its domain is checked where the core builds its request). */
    public double massX_GeV() {
        return require(massX, "--mx", "a finite mass > 0 in GeV, e.g. --mx 2.1");
    }

    /** g_X, required. */
    public double couplingX() {
        return require(couplingX, "--gx", "a finite coupling > 0, e.g. --gx 0.018");
    }

    private static double require(Double value, String option, String allowed) {
        if (value == null) {
            throw InvalidInputException.because(option, "missing: give " + option + " (" + allowed + ")");
        }
        return value;
    }
}
