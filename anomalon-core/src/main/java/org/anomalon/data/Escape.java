package org.anomalon.data;

import java.util.List;
import java.util.OptionalDouble;

/**
 * What a missing-energy measurement's database entry records about an X that decays into visible
 * states: the information needed for the probability that it decays beyond the detector, and so
 * still looks like missing energy (docs/x-decays.md, "What a detector sees").
 */
public sealed interface Escape permits Escape.LifetimeCurves, Escape.Geometry {

    /** Where the information comes from (or why it is missing), for the output. */
    String source();

    /**
     * Limits the experiment publishes for an X of finite proper lifetime τ that decays visibly (the
     * NA62 and E949 grids), besides the stable-X curve of the entry; the escape probability at τ is
     * the ratio of the stable-X limit to the τ limit.
     *
     * @param lifetimes_s the finite lifetimes, increasing
     * @param curves      the 90% CL limit curve at each lifetime, same order
     */
    record LifetimeCurves(List<Double> lifetimes_s, List<LimitCurve> curves, String source) implements Escape {
        public LifetimeCurves {
            lifetimes_s = List.copyOf(lifetimes_s);
            curves = List.copyOf(curves);
            if (lifetimes_s.size() != curves.size() || lifetimes_s.isEmpty()) {
                throw new IllegalArgumentException("one curve per lifetime, at least one: " + lifetimes_s);
            }
        }
    }

    /**
     * Two-body kinematics in the parent's rest frame, the parent's momentum in the experiment and
     * the detector's size (the flight distance beyond which a decay is not seen), each with its
     * source; empty where the database has no sourced number (then only a user's stated
     * assumption can supply it).
     */
    record Geometry(OptionalDouble parentMomentum_GeV, String parentMomentumSource, OptionalDouble detectorLength_m,
                    String detectorLengthSource) implements Escape {
        public Geometry {
            parentMomentum_GeV.ifPresent(p -> {
                if (!(p >= 0) || Double.isInfinite(p)) {
                    throw new IllegalArgumentException("parent momentum must be finite and >= 0, got " + p);
                }
            });
            detectorLength_m.ifPresent(length -> {
                if (!(length > 0) || Double.isInfinite(length)) {
                    throw new IllegalArgumentException("detector length must be finite and > 0, got " + length);
                }
            });
        }

        @Override
        public String source() {
            return "parent momentum: " + parentMomentumSource + "; detector length: " + detectorLengthSource;
        }
    }
}
