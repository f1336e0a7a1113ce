package org.anomalon.plot;

import java.util.BitSet;

/**
 * Which samples of a curve a drawing needs, so that a plot costs the same at 400 or 100000
 * masses and looks the same. The page is cut into columns of {@code 1/COLUMNS_PER_POINT} point;
 * within a column only the first and the last sample and, for every series, the lowest and the
 * highest are kept (min-max decimation). A narrow spike or dip, a step and the ends of every
 * window therefore survive, which keeping every n-th sample would not guarantee. A sample that
 * cannot be drawn (NaN, or non-positive on a log axis) is a gap; the first of each run of gaps
 * is kept so that the curve still breaks there.
 */
final class CurveThinning {
    /** Columns per point: four, finer than any screen or printer resolves. */
    static final double COLUMNS_PER_POINT = 4;

    private CurveThinning() {
    }

    /**
     * @param screenX  the samples' horizontal page positions (points), ascending
     * @param screenYs the samples' vertical page positions of each series drawn over {@code screenX}
     * @return the indices to keep, ascending; at most {@code 2 + 2 * screenYs.length} per column
     *     plus one per gap
     */
    static int[] kept(double[] screenX, double[]... screenYs) {
        BitSet kept = new BitSet(screenX.length);
        int columnStart = -1;
        for (int i = 0; i <= screenX.length; i++) {
            boolean drawable = i < screenX.length && drawable(i, screenX, screenYs);
            if (columnStart >= 0 && (!drawable || column(screenX[i]) != column(screenX[columnStart]))) {
                keepExtremes(kept, columnStart, i, screenYs);
                columnStart = -1;
            }
            if (drawable && columnStart < 0) {
                columnStart = i;
            } else if (!drawable && i < screenX.length && (i == 0 || drawable(i - 1, screenX, screenYs))) {
                kept.set(i);
            }
        }
        return kept.stream().toArray();
    }

    private static boolean drawable(int i, double[] screenX, double[]... screenYs) {
        boolean drawable = Double.isFinite(screenX[i]);
        for (double[] y : screenYs) {
            drawable = drawable && Double.isFinite(y[i]);
        }
        return drawable;
    }

    private static long column(double screenX) {
        return (long) Math.floor(screenX * COLUMNS_PER_POINT);
    }

    private static void keepExtremes(BitSet kept, int from, int to, double[]... screenYs) {
        kept.set(from);
        kept.set(to - 1);
        for (double[] y : screenYs) {
            int lowest = from;
            int highest = from;
            for (int i = from + 1; i < to; i++) {
                lowest = y[i] < y[lowest] ? i : lowest;
                highest = y[i] > y[highest] ? i : highest;
            }
            kept.set(lowest);
            kept.set(highest);
        }
    }

    /** The samples of {@code values} at {@code indices}. */
    static double[] pick(double[] values, int[] indices) {
        double[] picked = new double[indices.length];
        for (int k = 0; k < indices.length; k++) {
            picked[k] = values[indices[k]];
        }
        return picked;
    }
}
