package org.anomalon.limits;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntToDoubleFunction;
import java.util.stream.IntStream;
import org.anomalon.data.ConfidenceLevels;
import org.anomalon.data.LimitEntry;
import org.anomalon.observables.Channel;

/**
 * Turns branching-ratio limits into coupling limits. Since every rate is ∝ g_X² (docs/physics.md §7),
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
                notes.add("A_XWW = 0 for this model: limits on g_X |A_XWW| are undefined (all null); the limits on g_X itself are not.");
            }
        }
        double[] invisible = invisibleFractions(signals, entries, grid);
        // Rates are evaluated only where an entry of their channel has a limit (lazily, once per mass and channel).
        Map<Channel, OnDemand> signalByChannel = new EnumMap<>(Channel.class);
        List<CouplingLimits.EntryLimit> limits = new ArrayList<>(entries.size());
        for (LimitEntry entry : entries) {
            OnDemand unitRate = signalByChannel.computeIfAbsent(entry.process(),
                    channel -> new OnDemand(n, i -> signals.unitCouplingBranchingRatio(channel, grid.mass(i))));
            double[] values = new double[n];
            for (int i = 0; i < n; i++) {
                double upper = entry.upperLimit90(grid.mass(i));
                values[i] = Double.NaN;
                if (Double.isNaN(upper) || scale == 0) {
                    continue;
                }
                double signal = unitRate.at(i);
                if (signal > 0) {
                    signal *= invisible[i];
                }
                double limit = Math.sqrt(upper / signal) * scale;
                if (signal > 0 && Double.isFinite(limit)) {
                    values[i] = limit;
                }
            }
            limits.add(new CouplingLimits.EntryLimit(entry, values));
        }
        return CouplingLimits.of(modelName, quantity, ConfidenceLevels.TARGET, grid.masses(), limits, notes);
    }

    /**
     * BR(X → invisible) at every mass where some entry has a limit (NaN elsewhere). It is the
     * costliest signal (all X decay widths per mass), so the masses are spread over the cores;
     * {@link SignalModel#invisibleFraction} is a pure function of the mass.
     */
    private static double[] invisibleFractions(SignalModel signals, List<LimitEntry> entries, MassGrid grid) {
        double[] invisible = new double[grid.size()];
        IntStream.range(0, grid.size()).parallel().forEach(i -> {
            double mass = grid.mass(i);
            boolean needed = entries.stream().anyMatch(entry -> !Double.isNaN(entry.upperLimit90(mass)));
            invisible[i] = needed ? signals.invisibleFraction(mass) : Double.NaN;
        });
        return invisible;
    }

    /** A per-mass quantity computed the first time it is asked for. */
    private static final class OnDemand {
        private final double[] values;
        private final boolean[] known;
        private final IntToDoubleFunction compute;

        OnDemand(int size, IntToDoubleFunction compute) {
            this.values = new double[size];
            this.known = new boolean[size];
            this.compute = compute;
        }

        double at(int index) {
            if (!known[index]) {
                values[index] = compute.applyAsDouble(index);
                known[index] = true;
            }
            return values[index];
        }
    }
}
