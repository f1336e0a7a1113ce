package org.anomalon.study;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.anomalon.fit.FitTerm;
import org.anomalon.fit.MeasurementSet;
import org.anomalon.fit.Readings;

/**
 * Which likelihood the fit (and, through it, the report's benchmark and the limits' Belle II entry)
 * confronts the model with.
 *
 * @param measurementSet a built-in measurement set ({@link MeasurementSet#DEFAULT}: Belle II's
 *                       workspace; {@link MeasurementSet#P0_GAUSSIAN}: P0's Gaussian terms; …) or a YAML file
 * @param groups         optional measurement groups to include (e.g. {@code b-to-pi-rho})
 * @param readings       how printed numbers become χ² terms
 * @param terms          which of the Gaussian terms g_S, g_P, Z → γX to keep; empty: all the set has
 */
public record LikelihoodOptions(String measurementSet, Set<String> groups, Readings readings, Optional<Set<FitTerm>> terms) {
    /** Belle II's B⁺ → K⁺νν̄ likelihood and the L3 bound, default readings. */
    public static final LikelihoodOptions DEFAULT = new LikelihoodOptions(MeasurementSet.DEFAULT, Set.of(), Readings.DEFAULT,
            Optional.empty());
    /** P0's construction: Gaussian terms in g_S², g_P² and B(Z → γX) (P0 Sec. 3.2.5). */
    public static final LikelihoodOptions P0_GAUSSIAN = DEFAULT.withMeasurementSet(MeasurementSet.P0_GAUSSIAN);

    public LikelihoodOptions {
        groups = Collections.unmodifiableSet(new LinkedHashSet<>(groups)); // the caller's order, the same every run
        terms = terms.map(Set::copyOf);
    }

    public LikelihoodOptions withMeasurementSet(String nameOrFile) {
        return new LikelihoodOptions(nameOrFile, groups, readings, terms);
    }

    public LikelihoodOptions withGroups(Set<String> newGroups) {
        return new LikelihoodOptions(measurementSet, newGroups, readings, terms);
    }

    public LikelihoodOptions withReadings(Readings newReadings) {
        return new LikelihoodOptions(measurementSet, groups, newReadings, terms);
    }

    /** Only these Gaussian terms (e.g. g_S alone, to reproduce P0's printed fit). */
    public LikelihoodOptions withTerms(Set<FitTerm> kept) {
        return new LikelihoodOptions(measurementSet, groups, readings, Optional.of(kept));
    }
}
