package org.anomalon.plot;

/** Which point of a text box sits at the requested position. */
public enum Anchor {
    CENTER(0.5, 0.5), LEFT(0, 0.5), RIGHT(1, 0.5), TOP(0.5, 0), BOTTOM(0.5, 1),
    TOP_LEFT(0, 0), TOP_RIGHT(1, 0), BOTTOM_LEFT(0, 1), BOTTOM_RIGHT(1, 1);

    /** Horizontal and vertical offsets as fractions of the box size (0 = left/top, 1 = right/bottom). */
    final double fx;
    final double fy;

    Anchor(double fx, double fy) {
        this.fx = fx;
        this.fy = fy;
    }
}
