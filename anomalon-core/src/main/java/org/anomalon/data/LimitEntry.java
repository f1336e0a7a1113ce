package org.anomalon.data;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.anomalon.observables.Channel;

/**
 * One measurement (or projection) in the limits database: an upper limit on the branching ratio of
 * a two-body channel with an invisible X (missing energy), or with X decaying into a visible final
 * state in a window of lifetimes ({@link VisibleDecay}, ST Sec. IV), with its provenance.
 *
 * @param id          stable identifier, e.g. {@code NA62-2025-KpiX}
 * @param process     the decay that produces X, e.g. {@link Channel#K_PLUS_TO_PI_PLUS} ({@code K+->pi+X})
 * @param experiment  experiment (with "(recast)" when the limit is a reinterpretation)
 * @param label       short label for plots
 * @param reference   the paper the numbers come from (texkey)
 * @param otherReferences further papers to cite (the original measurement of a recast)
 * @param quotedCl    the confidence level as quoted; empty when the source does not state it
 * @param kind        observed, recast or projection
 * @param obtained    how the numbers were obtained (HEPData table, digitized figure, quoted number)
 * @param clSource    the quoted CL and the conversion applied to reach 90% CL
 * @param notes       caveats
 * @param curve       the 90% CL upper limit on BR versus m_X, with its mass windows
 * @param plotByDefault false for superseded or overlapping entries left out of the default figure
 * @param escape      for a missing-energy entry, what it records about an X that decays visibly
 *                    (lifetime-dependent limits, or the kinematics and detector size, each with its
 *                    source); null for a visible search
 * @param visible     for a search that sees X decay: its final state and lifetime window; empty for
 *                    a missing-energy entry
 * @param figureNote  LaTeX text the figure writes where this entry sets its label's limit (e.g. why a
 *                    window is filled by a different measurement), with its source in the catalogue
 */
public record LimitEntry(String id, Channel process, String experiment, String label, Reference reference,
                         List<Reference> otherReferences, OptionalDouble quotedCl, Kind kind, String obtained,
                         String clSource, String notes, LimitCurve curve, boolean plotByDefault, Escape escape,
                         Optional<VisibleDecay> visible, Optional<String> figureNote)
        implements LimitSource {
    /** The name of anomalon's own database of branching-ratio limits. */
    public static final String DATABASE = "anomalon";

    public LimitEntry {
        otherReferences = List.copyOf(otherReferences);
        if ((escape == null) == visible.isEmpty()) {
            throw new IllegalArgumentException(id + ": a missing-energy entry states its escape information, a visible search none");
        }
    }

    /** The 90% CL upper limit on BR(channel) at m_X (GeV); NaN outside the mass windows. */
    public double upperLimit90(double mass) {
        return curve.upperLimit90(mass);
    }

    /** The channel's name, e.g. {@code K+->pi+X}, with X's final state for a visible search ({@code B+->K+X, X->mu+mu-}). */
    @Override
    public String channel() {
        return process.label() + visible.map(decay -> ", X->" + decay.finalState().label()).orElse("");
    }

    @Override
    public String database() {
        return DATABASE;
    }

    /** All references to cite, the primary one first. */
    @Override
    public List<Reference> references() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(reference), otherReferences.stream()).toList();
    }
}
