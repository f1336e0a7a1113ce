package org.anomalon.limits;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.anomalon.data.LimitSource;

/**
 * Limits on {@link Quantity} versus m_X for one model: per database entry and mass the excluded
 * couplings (an {@link Exclusion}: everything above one value for most searches, bands for
 * displaced-decay searches; null where the entry says nothing), the envelope of the current
 * (non-projection) limits with the entry that sets it, and notes. The CL is {@link #cl} for
 * anomalon's database; recast entries keep the CL of their search (stated per entry).
 */
public record CouplingLimits(String model, Quantity quantity, double cl, double[] masses, List<EntryLimit> limits,
                             Envelope envelope, List<String> notes) {
    public CouplingLimits {
        masses = masses.clone();
        limits = List.copyOf(limits);
        notes = List.copyOf(notes);
    }

    /** The limits with their envelope computed from them. */
    public static CouplingLimits of(String model, Quantity quantity, double cl, double[] masses, List<EntryLimit> limits,
                                    List<String> notes) {
        return new CouplingLimits(model, quantity, cl, masses, limits, Envelope.of(limits, masses.length), notes);
    }

    @Override
    public double[] masses() {
        return masses.clone();
    }

    /** The same limits with only the entries that pass {@code keep} (the envelope and notes unchanged). */
    public CouplingLimits only(Predicate<LimitSource> keep) {
        return new CouplingLimits(model, quantity, cl, masses, limits.stream().filter(l -> keep.test(l.entry())).toList(),
                envelope, notes);
    }

    /** One entry's exclusions on the grid (null at a mass where the entry says nothing). */
    public record EntryLimit(LimitSource entry, Exclusion[] exclusions) {
        public EntryLimit {
            exclusions = exclusions.clone();
        }

        /** A single-sided limit per mass: everything above values[i] excluded; NaN = no limit there. */
        public EntryLimit(LimitSource entry, double[] values) {
            this(entry, aboveEach(values));
        }

        private static Exclusion[] aboveEach(double[] values) {
            Exclusion[] exclusions = new Exclusion[values.length];
            for (int i = 0; i < values.length; i++) {
                exclusions[i] = Double.isNaN(values[i]) ? null : Exclusion.above(values[i]);
            }
            return exclusions;
        }

        @Override
        public Exclusion[] exclusions() {
            return exclusions.clone();
        }

        /** The exclusion at mass index i, null where the entry says nothing. */
        public Exclusion exclusion(int index) {
            return exclusions[index];
        }

        /** The lowest excluded coupling per mass (NaN where nothing is excluded): the "g_X &lt; value" reading. */
        public double[] values() {
            double[] values = new double[exclusions.length];
            for (int i = 0; i < values.length; i++) {
                values[i] = value(i);
            }
            return values;
        }

        public double value(int index) {
            return exclusions[index] == null ? Double.NaN : exclusions[index].lowest();
        }

        public boolean hasAnyLimit() {
            for (Exclusion exclusion : exclusions) {
                if (exclusion != null && !exclusion.isEmpty()) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * The current limits together, per mass: the union of every exclusion (not projections, not the
     * edges of preferred bands),
     * its unbounded part as one number (every g_X above {@code values[i]} is excluded: the classic
     * upper limit; NaN where nothing is excluded up to arbitrarily large couplings) and the entry
     * whose exclusion starts there.
     */
    public record Envelope(double[] values, String[] setBy, Exclusion[] excluded) {
        public Envelope {
            values = values.clone();
            setBy = setBy.clone();
            excluded = excluded.clone();
        }

        /** The envelope of {@code limits} on a grid of {@code size} masses. */
        public static Envelope of(List<EntryLimit> limits, int size) {
            double[] values = new double[size];
            String[] setBy = new String[size];
            Exclusion[] excluded = new Exclusion[size];
            List<EntryLimit> current = limits.stream().filter(limit -> limit.entry().isExclusion()).toList();
            List<double[]> intervals = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                intervals.clear();
                for (EntryLimit limit : current) {
                    Exclusion exclusion = limit.exclusion(i);
                    for (int k = 0; exclusion != null && k < exclusion.size(); k++) {
                        intervals.add(new double[] {exclusion.low(k), exclusion.high(k)});
                    }
                }
                excluded[i] = Exclusion.of(intervals);
                values[i] = Double.NaN;
                int last = excluded[i].size() - 1;
                if (last >= 0 && excluded[i].high(last) == Double.POSITIVE_INFINITY) {
                    values[i] = excluded[i].low(last);
                    setBy[i] = startingAt(current, i, values[i]);
                }
            }
            return new Envelope(values, setBy, excluded);
        }

        /** The first entry with an excluded interval starting at {@code low} at mass index i. */
        private static String startingAt(List<EntryLimit> limits, int index, double low) {
            for (EntryLimit limit : limits) {
                Exclusion exclusion = limit.exclusion(index);
                for (int k = 0; exclusion != null && k < exclusion.size(); k++) {
                    if (exclusion.low(k) == low) {
                        return limit.entry().id();
                    }
                }
            }
            return null;
        }

        @Override
        public double[] values() {
            return values.clone();
        }

        @Override
        public String[] setBy() {
            return setBy.clone();
        }

        @Override
        public Exclusion[] excluded() {
            return excluded.clone();
        }
    }
}
