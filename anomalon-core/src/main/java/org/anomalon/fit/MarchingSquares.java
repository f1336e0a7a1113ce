package org.anomalon.fit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Iso-lines of a gridded function by marching squares: in each cell the level crosses the edges
 * whose end values straddle it, at the linearly interpolated point; crossings are then chained
 * through shared edges into polylines. Saddle cells (four crossings) are resolved by the cell's
 * mean value (the "asymptotic decider" simplified to the centre).
 */
final class MarchingSquares {
    private MarchingSquares() {
    }

    static List<Contour> contours(PlaneGrid grid, double level) {
        int nx = grid.xs().length;
        int ny = grid.ys().length;
        Map<Long, double[]> crossing = new HashMap<>();
        Map<Long, List<long[]>> segmentsAtEdge = new HashMap<>();
        List<long[]> segments = new ArrayList<>();
        for (int j = 0; j + 1 < ny; j++) {
            for (int i = 0; i + 1 < nx; i++) {
                double a = grid.at(i, j) - level;          // bottom-left
                double b = grid.at(i + 1, j) - level;      // bottom-right
                double c = grid.at(i + 1, j + 1) - level;  // top-right
                double d = grid.at(i, j + 1) - level;      // top-left
                long bottom = horizontalEdge(i, j, nx);
                long top = horizontalEdge(i, j + 1, nx);
                long left = verticalEdge(i, j, nx);
                long right = verticalEdge(i + 1, j, nx);
                List<Long> crossed = new ArrayList<>(4);
                if (straddles(a, b)) {
                    crossed.add(bottom);
                    crossing.putIfAbsent(bottom, interpolate(grid.xs()[i], grid.xs()[i + 1], a, b, grid.ys()[j]));
                }
                if (straddles(b, c)) {
                    crossed.add(right);
                    crossing.putIfAbsent(right, flip(interpolate(grid.ys()[j], grid.ys()[j + 1], b, c, grid.xs()[i + 1])));
                }
                if (straddles(d, c)) {
                    crossed.add(top);
                    crossing.putIfAbsent(top, interpolate(grid.xs()[i], grid.xs()[i + 1], d, c, grid.ys()[j + 1]));
                }
                if (straddles(a, d)) {
                    crossed.add(left);
                    crossing.putIfAbsent(left, flip(interpolate(grid.ys()[j], grid.ys()[j + 1], a, d, grid.xs()[i])));
                }
                if (crossed.size() == 2) {
                    segments.add(new long[] {crossed.get(0), crossed.get(1)});
                } else if (crossed.size() == 4) {
                    boolean centreBelow = (a + b + c + d) / 4 < 0;
                    if (centreBelow == (a < 0)) {
                        segments.add(new long[] {bottom, right});
                        segments.add(new long[] {top, left});
                    } else {
                        segments.add(new long[] {left, bottom});
                        segments.add(new long[] {right, top});
                    }
                }
            }
        }
        for (long[] segment : segments) {
            segmentsAtEdge.computeIfAbsent(segment[0], k -> new ArrayList<>(2)).add(segment);
            segmentsAtEdge.computeIfAbsent(segment[1], k -> new ArrayList<>(2)).add(segment);
        }
        return chain(segments, segmentsAtEdge, crossing);
    }

    private static List<Contour> chain(List<long[]> segments, Map<Long, List<long[]>> segmentsAtEdge,
                                       Map<Long, double[]> crossing) {
        List<Contour> contours = new ArrayList<>();
        Set<long[]> used = Collections.newSetFromMap(new IdentityHashMap<>());
        // Open lines first (they start at an edge with a single segment), then closed loops.
        List<long[]> starts = new ArrayList<>();
        for (long[] segment : segments) {
            if (segmentsAtEdge.get(segment[0]).size() == 1 || segmentsAtEdge.get(segment[1]).size() == 1) {
                starts.add(segment);
            }
        }
        starts.addAll(segments);
        for (long[] start : starts) {
            if (used.contains(start)) {
                continue;
            }
            long first = segmentsAtEdge.get(start[0]).size() == 1 ? start[0] : start[1];
            if (segmentsAtEdge.get(first).size() != 1) {
                first = start[0];
            }
            Deque<Long> edges = new ArrayDeque<>();
            edges.add(first);
            long[] current = start;
            long edge = first;
            while (current != null && used.add(current)) {
                edge = current[0] == edge ? current[1] : current[0];
                edges.add(edge);
                long[] next = null;
                for (long[] candidate : segmentsAtEdge.get(edge)) {
                    if (!used.contains(candidate)) {
                        next = candidate;
                    }
                }
                current = next;
            }
            boolean closed = edges.size() > 2 && edges.peekFirst().equals(edges.peekLast());
            List<double[]> points = new ArrayList<>(edges.size());
            for (long e : edges) {
                points.add(crossing.get(e));
            }
            if (closed) {
                points.remove(points.size() - 1);
            }
            contours.add(new Contour(points, closed));
        }
        return contours;
    }

    private static boolean straddles(double v0, double v1) {
        return (v0 < 0) != (v1 < 0);
    }

    /** The crossing on an edge from s0 to s1 (other coordinate fixed), as (s, fixed). */
    private static double[] interpolate(double s0, double s1, double v0, double v1, double fixed) {
        double t = v0 / (v0 - v1);
        return new double[] {s0 + t * (s1 - s0), fixed};
    }

    private static double[] flip(double[] point) {
        return new double[] {point[1], point[0]};
    }

    private static long horizontalEdge(int i, int j, int nx) {
        return 2L * ((long) j * nx + i);
    }

    private static long verticalEdge(int i, int j, int nx) {
        return 2L * ((long) j * nx + i) + 1;
    }
}
