package org.anomalon.recast;

import java.util.List;
import org.anomalon.limits.Exclusion;

/**
 * One limit recast into a model on a mass grid: per mass the excluded couplings, or null where the
 * limit says nothing (outside its masses, next to a "no limit" marker, not valid for the model's
 * couplings, or a cross-section below numerical resolution), with notes saying why.
 */
public record RecastCurve(RecastLimit limit, double[] masses, Exclusion[] exclusions, List<String> notes) {
    public RecastCurve {
        masses = masses.clone();
        exclusions = exclusions.clone();
        notes = List.copyOf(notes);
    }

    @Override
    public double[] masses() {
        return masses.clone();
    }

    @Override
    public Exclusion[] exclusions() {
        return exclusions.clone();
    }

    /** The exclusion at mass index i (null: no statement). */
    public Exclusion exclusion(int index) {
        return exclusions[index];
    }

    /** The lowest excluded coupling at mass index i, NaN where nothing is excluded or no statement is made. */
    public double lowest(int index) {
        return exclusions[index] == null ? Double.NaN : exclusions[index].lowest();
    }

    /** Whether the limit excludes something at some mass. */
    public boolean excludesAnything() {
        for (Exclusion exclusion : exclusions) {
            if (exclusion != null && !exclusion.isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
