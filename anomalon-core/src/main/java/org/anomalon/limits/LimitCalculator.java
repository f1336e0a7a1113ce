package org.anomalon.limits;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntToDoubleFunction;
import org.anomalon.data.ConfidenceLevels;
import org.anomalon.data.LimitEntry;
import org.anomalon.data.VisibleDecay;
import org.anomalon.observables.Channel;

/**
 * Turns branching-ratio limits into excluded couplings. Every rate is ∝ g_X² (docs/physics.md §7)
 * and a missing-energy search sees X when it leaves no visible trace, with probability
 * <pre>  P_unseen = BR(X → inv) + BR(X → visible) · P(decay beyond the detector),</pre>
 * the escape probability from the entry's {@link EscapeModel}; it depends on g_X through X's
 * lifetime, so the excluded region is solved for ({@link ExclusionSolver}): everything above
 * √(BR_UL/(BR(g_X = 1) BR(inv))) for a prompt X, a band for a long-lived one that escapes at small
 * g_X. A search that sees X decay ({@link LimitEntry#visible()}, ST Sec. IV) has the signal
 * BR(g_X = 1) g_X² BR(X → final state) inside its window of proper lifetimes
 * ({@link ExclusionSolver#solveVisible}). For {@link Quantity#GX_AXWW} the couplings are scaled by |A_XWW| (P0 Fig. 1). No statement
 * (null) outside an entry's mass windows, where the channel is closed, where the model gives no signal
 * (BR = 0) or where X's width is not fully computed.
 */
public final class LimitCalculator {
    private LimitCalculator() {
    }

    /**
     * @param modelName  for the output
     * @param signals    the model's rates at g_X = 1 and X's fate
     * @param entries    database entries to confront
     * @param escapes    how each entry sees a visibly decaying X
     * @param grid       masses
     * @param quantity   g_X or g_X |A_XWW|
     * @param traceXWW   A_XWW of the model (used only for {@link Quantity#GX_AXWW})
     */
    public static CouplingLimits compute(String modelName, SignalModel signals, List<LimitEntry> entries,
                                         Function<LimitEntry, EscapeModel> escapes, MassGrid grid, Quantity quantity,
                                         double traceXWW) {
        int n = grid.size();
        List<String> notes = new ArrayList<>(signals.notes());
        double scale = 1;
        if (quantity == Quantity.GX_AXWW) {
            scale = Math.abs(traceXWW);
            if (scale == 0) {
                notes.add("A_XWW = 0 for this model: limits on g_X |A_XWW| are undefined (all null); the limits on g_X itself are not.");
            }
        }
        XFate[] fates = fates(signals, entries, grid);
        // Rates are evaluated only where an entry of their channel has a limit (lazily, once per mass and channel).
        Map<Channel, OnDemand> signalByChannel = new EnumMap<>(Channel.class);
        Map<EscapeModel.Method, List<String>> methods = new EnumMap<>(EscapeModel.Method.class);
        List<CouplingLimits.EntryLimit> limits = new ArrayList<>(entries.size());
        List<String> visible = new ArrayList<>();
        for (LimitEntry entry : entries) {
            OnDemand unitRate = signalByChannel.computeIfAbsent(entry.process(),
                    channel -> new OnDemand(n, i -> signals.unitCouplingBranchingRatio(channel, grid.mass(i))));
            PerMass solver;
            if (entry.visible().isPresent()) {
                VisibleDecay seen = entry.visible().get();
                // signal = production x BR(X -> final state) inside the lifetime window; none where X never decays so
                solver = (mass, production, upper, fate) -> fate.fraction(seen.finalState()) > 0
                        ? ExclusionSolver.solveVisible(production * fate.fraction(seen.finalState()), upper, fate, seen) : null;
                visible.add(entry.id());
            } else {
                EscapeModel escape = escapes.apply(entry);
                solver = (mass, production, upper, fate) -> ExclusionSolver.solve(production, upper, fate, escape.at(mass));
                methods.computeIfAbsent(escape.method(), method -> new ArrayList<>()).add(escape.entry().id()
                        + (escape.method() == EscapeModel.Method.GEOMETRY ? " (" + escape.description() + ")" : ""));
            }
            Exclusion[] exclusions = new Exclusion[n];
            for (int i = 0; i < n; i++) {
                double mass = grid.mass(i);
                double upper = entry.upperLimit90(mass);
                if (Double.isNaN(upper) || scale == 0 || Double.isNaN(fates[i].invisibleFraction())) {
                    continue;
                }
                double production = unitRate.at(i);
                Exclusion excluded = production > 0 ? solver.excluded(mass, production, upper, fates[i]) : null;
                if (excluded != null) {
                    exclusions[i] = excluded.scaled(scale);
                }
            }
            limits.add(new CouplingLimits.EntryLimit(entry, exclusions));
        }
        if (!visible.isEmpty()) {
            notes.add("Searches that see X decay (" + String.join(", ", visible) + "): signal = BR(production) BR(X -> final state) "
                    + "if X's proper lifetime is in the search's window (ST Sec. IV); prompt = tau_X < 1 ps (ST print no prompt "
                    + "requirement; 1 ps is where their LHCb displaced window 1-100 ps begins).");
        }
        if (methods.size() > 0) {
            List<String> parts = new ArrayList<>();
            methods.forEach((method, ids) -> {
                if (method != EscapeModel.Method.NONE) {
                    parts.add(method.description() + " for " + String.join(", ", ids));
                }
            });
            if (methods.containsKey(EscapeModel.Method.NONE)) {
                parts.add((parts.isEmpty() ? "" : "for the other entries ")
                        + "the database has no detector size: a visibly decaying X counts as seen");
            }
            notes.add("X decaying visibly is still missing energy if it decays beyond the detector (P_unseen = BR(inv) + "
                    + "BR(visible) P(escape); excluded couplings solved per mass, bands where X is long-lived). P(escape): "
                    + String.join("; ", parts) + ".");
        }
        return CouplingLimits.of(modelName, quantity, ConfidenceLevels.TARGET, grid.masses(), limits, notes);
    }

    /**
     * The couplings one entry excludes at one mass, given the production BR at g_X = 1, its limit and
     * X's fate; null for no statement (X never reaches the final state the search selects).
     */
    @FunctionalInterface
    private interface PerMass {
        Exclusion excluded(double mass, double production, double upper, XFate fate);
    }

    /**
     * X's fate at every mass where some entry has a limit (null elsewhere). It is the costliest
     * signal (all X decay widths per mass), yet computed in one thread: a parallel stream saved
     * 5 ms of a warm 1000-mass run but cost more CPU than that in every fresh process (the fork-join
     * pool's start and a second thread running uncompiled code).
     */
    private static XFate[] fates(SignalModel signals, List<LimitEntry> entries, MassGrid grid) {
        XFate[] fates = new XFate[grid.size()];
        XFate unknown = new XFate(Double.NaN, Double.NaN, Double.NaN);
        for (int i = 0; i < grid.size(); i++) {
            double mass = grid.mass(i);
            boolean needed = entries.stream().anyMatch(entry -> !Double.isNaN(entry.upperLimit90(mass)));
            fates[i] = needed ? signals.fate(mass) : unknown;
        }
        return fates;
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
