package org.anomalon.limits;

import java.util.OptionalDouble;
import org.anomalon.InvalidInputException;

/**
 * A user's stated assumption for one measurement whose database entry has no sourced detector size
 * or parent momentum: the flight distance beyond which an X decay is not seen, and optionally the
 * parent's momentum in the experiment. Outputs label every limit that uses one as an assumption.
 *
 * @param entryId            the database entry it applies to
 * @param detectorLength_m   L &gt; 0, metres
 * @param parentMomentum_GeV p_P ≥ 0, GeV; empty to use the entry's sourced value
 */
public record DetectorAssumption(String entryId, double detectorLength_m, OptionalDouble parentMomentum_GeV) {
    public DetectorAssumption {
        if (!(detectorLength_m > 0) || Double.isInfinite(detectorLength_m)) {
            throw InvalidInputException.of("detector length of " + entryId, "L", detectorLength_m,
                    "a finite length > 0 in metres (the flight distance beyond which a decay of X is not seen)");
        }
        parentMomentum_GeV.ifPresent(momentum -> {
            if (!(momentum >= 0) || Double.isInfinite(momentum)) {
                throw InvalidInputException.of("parent momentum of " + entryId, "p", momentum,
                        "a finite momentum >= 0 in GeV");
            }
        });
    }
}
