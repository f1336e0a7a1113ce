package org.anomalon.fit;

/** A closed interval [lower, upper]. */
public record Interval(double lower, double upper) {
    public boolean contains(double value) {
        return value >= lower && value <= upper;
    }
}
