package org.anomalon.limits;

import java.util.List;
import java.util.function.Predicate;
import org.anomalon.data.LimitEntry;

/**
 * Upper limits at 90% CL on {@link Quantity} versus m_X for one model: one array per database
 * entry (NaN = no limit there: outside the entry's windows, channel closed, or no signal), the
 * envelope of the current (non-projection) limits with the entry that sets it, and notes.
 */
public record CouplingLimits(String model, Quantity quantity, double cl, double[] masses, List<EntryLimit> limits,
                             Envelope envelope, List<String> notes) {
    public CouplingLimits {
        masses = masses.clone();
        limits = List.copyOf(limits);
        notes = List.copyOf(notes);
    }

    @Override
    public double[] masses() {
        return masses.clone();
    }

    /** The same limits with only the entries that pass {@code keep} (the envelope and notes unchanged). */
    public CouplingLimits only(Predicate<LimitEntry> keep) {
        return new CouplingLimits(model, quantity, cl, masses, limits.stream().filter(l -> keep.test(l.entry())).toList(),
                envelope, notes);
    }

    /** One entry's limits on the grid. */
    public record EntryLimit(LimitEntry entry, double[] values) {
        public EntryLimit {
            values = values.clone();
        }

        @Override
        public double[] values() {
            return values.clone();
        }

        public double value(int index) {
            return values[index];
        }

        public boolean hasAnyLimit() {
            for (double value : values) {
                if (!Double.isNaN(value)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The strongest current limit per mass (NaN where none) and the id of the entry setting it (null where none). */
    public record Envelope(double[] values, String[] setBy) {
        public Envelope {
            values = values.clone();
            setBy = setBy.clone();
        }

        @Override
        public double[] values() {
            return values.clone();
        }

        @Override
        public String[] setBy() {
            return setBy.clone();
        }
    }
}
