package org.anomalon.limits;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.anomalon.data.ConfidenceLevels;
import org.anomalon.data.LimitEntry;

/**
 * Turns branching-ratio limits into coupling limits. Since every rate is ∝ g_X² (FORMULAS.md §7),
 * <pre>  g_X^max(m_X) = √( BR_UL^90%(m_X) / (BR(g_X = 1, m_X) · BR(X → inv, m_X)) ),</pre>
 * and for {@link Quantity#GX_AXWW} the limit is g_X^max · |A_XWW| (P0 Fig. 1). No limit (NaN)
 * outside an entry's mass windows, where the channel is closed, or where the model gives no
 * signal (BR = 0).
 */
public final class LimitCalculator {
    private LimitCalculator() {
    }

    /**
     * @param modelName  for the output
     * @param signals    the model's rates at g_X = 1 and its invisible fraction
     * @param entries    database entries to confront
     * @param grid       masses
     * @param quantity   g_X or g_X |A_XWW|
     * @param traceXWW   A_XWW of the model (used only for {@link Quantity#GX_AXWW})
     */
    public static CouplingLimits compute(String modelName, SignalModel signals, List<LimitEntry> entries, MassGrid grid,
                                         Quantity quantity, double traceXWW) {
        int n = grid.size();
        List<String> notes = new ArrayList<>(signals.notes());
        double scale = 1;
        if (quantity == Quantity.GX_AXWW) {
            scale = Math.abs(traceXWW);
            if (scale == 0) {
                notes.add("A_XWW = 0 for this model: limits on g_X |A_XWW| are undefined (all null); use --quantity gx.");
            }
        }
        double[] invisible = new double[n];
        for (int i = 0; i < n; i++) {
            invisible[i] = signals.invisibleFraction(grid.mass(i));
        }
        Map<String, double[]> signalByChannel = new HashMap<>();
        List<CouplingLimits.EntryLimit> limits = new ArrayList<>(entries.size());
        for (LimitEntry entry : entries) {
            double[] signal = signalByChannel.computeIfAbsent(entry.channel(), channel -> {
                double[] values = new double[n];
                for (int i = 0; i < n; i++) {
                    values[i] = signals.unitCouplingBranchingRatio(channel, grid.mass(i)) * invisible[i];
                }
                return values;
            });
            double[] values = new double[n];
            for (int i = 0; i < n; i++) {
                double upper = entry.upperLimit90(grid.mass(i));
                double limit = Math.sqrt(upper / signal[i]) * scale;
                values[i] = signal[i] > 0 && scale > 0 && Double.isFinite(limit) ? limit : Double.NaN;
            }
            limits.add(new CouplingLimits.EntryLimit(entry, values));
        }
        return new CouplingLimits(modelName, quantity, ConfidenceLevels.TARGET, grid.masses(), limits,
                envelope(limits, n), notes);
    }

    /** Strongest non-projection limit per mass. */
    static CouplingLimits.Envelope envelope(List<CouplingLimits.EntryLimit> limits, int n) {
        double[] values = new double[n];
        String[] setBy = new String[n];
        for (int i = 0; i < n; i++) {
            values[i] = Double.NaN;
            for (CouplingLimits.EntryLimit limit : limits) {
                double value = limit.value(i);
                if (!limit.entry().isProjection() && !Double.isNaN(value) && !(value >= values[i])) {
                    values[i] = value;
                    setBy[i] = limit.entry().id();
                }
            }
        }
        return new CouplingLimits.Envelope(values, setBy);
    }
}
