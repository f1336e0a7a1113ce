package org.anomalon.data;

import java.util.List;
import java.util.Optional;

/**
 * One entry of a limits database, whatever its kind: a branching-ratio limit of anomalon's own
 * database ({@link LimitEntry}) or a coupling limit recast from another model
 * ({@code org.anomalon.recast.RecastLimit}). What the output, the report and the figures need.
 */
public interface LimitSource {
    /** Stable identifier, unique across databases, e.g. {@code NA62-2025-KpiX}, {@code LHCb_Aaij2017rft_prompt}. */
    String id();

    /** The database the entry belongs to, e.g. {@code anomalon}, {@code darkcast}. */
    String database();

    /** What is observed, e.g. {@code K+->pi+X} or {@code e_brem, X->e_e}. */
    String channel();

    String experiment();

    /** Short label for figures (entries with one label are drawn as one region). */
    String label();

    Kind kind();

    default boolean isProjection() {
        return kind() == Kind.PROJECTION;
    }

    /** Whether the entry excludes what it bounds: false for projections and for the edges of a preferred band. */
    default boolean isExclusion() {
        return !isProjection();
    }

    /**
     * Whether the limit comes from X's direct (tree-level) couplings to SM fermions — the recast
     * searches, (g − 2) — rather than from production through an anomaly or a Smith–Tait triangle
     * (anomalon's meson and Z channels). Figures separate the two.
     */
    default boolean treeLevel() {
        return false;
    }

    /** False for superseded or overlapping entries left out of the default figure. */
    boolean plotByDefault();

    /** The paper the numbers come from. */
    Reference reference();

    /** All papers to cite, the primary one first. */
    List<Reference> references();

    /** The CL and how the entry reaches the CL of the output. */
    String clSource();

    /** Caveats and how the numbers were obtained. */
    String notes();

    /** LaTeX text for figures, written where this entry sets the limit of its label; usually none. */
    default Optional<String> figureNote() {
        return Optional.empty();
    }
}
