package org.anomalon.limits;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The couplings excluded at one mass: disjoint intervals [low, high], increasing, high = +∞ when
 * the exclusion is unbounded above. A prompt search excludes everything above one coupling; a
 * search for displaced decays excludes a band (long-lived X escapes at small g, decays too early
 * at large g); some searches exclude several bands.
 */
public final class Exclusion {
    /** Nothing excluded. */
    public static final Exclusion NONE = new Exclusion(new double[0]);

    /** low₁, high₁, low₂, high₂, … */
    private final double[] edges;

    private Exclusion(double[] edges) {
        this.edges = edges;
    }

    /** Everything above {@code low}. */
    public static Exclusion above(double low) {
        return of(List.of(new double[] {low, Double.POSITIVE_INFINITY}));
    }

    /** The band [low, high]. */
    public static Exclusion between(double low, double high) {
        return of(List.of(new double[] {low, high}));
    }

    /**
     * From intervals {low, high} in any order; overlapping or touching intervals are merged.
     *
     * @throws IllegalArgumentException for an interval with low &gt; high, a NaN, or low ≤ 0
     */
    public static Exclusion of(List<double[]> intervals) {
        List<double[]> sorted = new ArrayList<>(intervals);
        for (double[] interval : sorted) {
            if (!(interval[0] > 0) || !(interval[1] >= interval[0])) {
                throw new IllegalArgumentException("not an interval of couplings: " + Arrays.toString(interval));
            }
        }
        sorted.sort((a, b) -> Double.compare(a[0], b[0]));
        List<double[]> merged = new ArrayList<>();
        for (double[] interval : sorted) {
            double[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && interval[0] <= last[1]) {
                last[1] = Math.max(last[1], interval[1]);
            } else {
                merged.add(interval.clone());
            }
        }
        double[] edges = new double[2 * merged.size()];
        for (int i = 0; i < merged.size(); i++) {
            edges[2 * i] = merged.get(i)[0];
            edges[2 * i + 1] = merged.get(i)[1];
        }
        return edges.length == 0 ? NONE : new Exclusion(edges);
    }

    public boolean isEmpty() {
        return edges.length == 0;
    }

    /** Number of intervals. */
    public int size() {
        return edges.length / 2;
    }

    public double low(int interval) {
        return edges[2 * interval];
    }

    /** +∞ when unbounded. */
    public double high(int interval) {
        return edges[2 * interval + 1];
    }

    /** The lowest excluded coupling (NaN when nothing is excluded): the classic "g_X &lt; limit" reading. */
    public double lowest() {
        return edges.length == 0 ? Double.NaN : edges[0];
    }

    /** Every edge multiplied by {@code factor} &gt; 0 (a limit on g_X |A_XWW| from one on g_X). */
    public Exclusion scaled(double factor) {
        double[] scaled = edges.clone();
        for (int i = 0; i < scaled.length; i++) {
            scaled[i] *= factor;
        }
        return new Exclusion(scaled);
    }

    /** Whether g lies in an excluded interval. */
    public boolean excludes(double coupling) {
        for (int i = 0; i < edges.length; i += 2) {
            if (coupling >= edges[i] && coupling <= edges[i + 1]) {
                return true;
            }
        }
        return false;
    }

    /** The intervals as {low, high} pairs (copies). */
    public List<double[]> intervals() {
        List<double[]> intervals = new ArrayList<>();
        for (int i = 0; i < edges.length; i += 2) {
            intervals.add(new double[] {edges[i], edges[i + 1]});
        }
        return intervals;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Exclusion exclusion && Arrays.equals(edges, exclusion.edges);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(edges);
    }

    @Override
    public String toString() {
        if (edges.length == 0) {
            return "none";
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < edges.length; i += 2) {
            parts.add(String.format(Locale.ROOT, "[%.6g, %s]", edges[i],
                    edges[i + 1] == Double.POSITIVE_INFINITY ? "inf" : String.format(Locale.ROOT, "%.6g", edges[i + 1])));
        }
        return String.join(" ", parts);
    }
}
