package org.anomalon.study;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import org.anomalon.fit.MeasurementSet;
import org.anomalon.fit.Readings;

/**
 * Which likelihood the fit (and, through it, the report's benchmark) confronts the model with.
 *
 * @param measurementSet a built-in measurement set ({@link MeasurementSet#DEFAULT}, …) or a YAML file
 * @param groups         optional measurement groups to include (e.g. {@code b-to-pi-rho})
 * @param readings       how printed numbers become χ² terms
 */
public record LikelihoodOptions(String measurementSet, Set<String> groups, Readings readings) {
    /** P0's construction: the Belle II two-body fit and the L3 bound, default readings. */
    public static final LikelihoodOptions DEFAULT = new LikelihoodOptions(MeasurementSet.DEFAULT, Set.of(), Readings.DEFAULT);

    public LikelihoodOptions {
        groups = Collections.unmodifiableSet(new LinkedHashSet<>(groups)); // the caller's order, the same every run
    }

    public LikelihoodOptions withMeasurementSet(String nameOrFile) {
        return new LikelihoodOptions(nameOrFile, groups, readings);
    }

    public LikelihoodOptions withGroups(Set<String> newGroups) {
        return new LikelihoodOptions(measurementSet, newGroups, readings);
    }

    public LikelihoodOptions withReadings(Readings newReadings) {
        return new LikelihoodOptions(measurementSet, groups, newReadings);
    }
}
