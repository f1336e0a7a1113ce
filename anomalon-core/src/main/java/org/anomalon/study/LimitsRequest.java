package org.anomalon.study;

import java.util.List;
import java.util.Optional;
import org.anomalon.limits.DetectorAssumption;
import org.anomalon.limits.MassGrid;
import org.anomalon.limits.Quantity;

/**
 * What {@link ModelStudy#limits(LimitsRequest)} computes.
 *
 * @param grid        the masses
 * @param quantity    g_X (P0 Fig. 3) or g_X |A_XWW| (P0 Fig. 1)
 * @param projections whether future projections are included
 * @param entryIds    only these database entries; empty: all of them
 * @param detectors   the user's stated detector assumptions (entries without a sourced detector size)
 */
public record LimitsRequest(MassGrid grid, Quantity quantity, boolean projections, Optional<List<String>> entryIds,
                            List<DetectorAssumption> detectors) {
    /** The grid of P0 Fig. 3 ({@code anomalon limits} defaults): 400 log-spaced masses, 1 MeV to 5 GeV. */
    public static final MassGrid PAPER_GRID = MassGrid.logarithmic(1e-3, 5, 400);

    public LimitsRequest {
        entryIds = entryIds.map(List::copyOf);
        detectors = List.copyOf(detectors);
    }

    /** Current limits on g_X from every database entry on {@code grid}. */
    public static LimitsRequest on(MassGrid grid) {
        return new LimitsRequest(grid, Quantity.GX, false, Optional.empty(), List.of());
    }

    public LimitsRequest withQuantity(Quantity bounded) {
        return new LimitsRequest(grid, bounded, projections, entryIds, detectors);
    }

    /** Also the future projections. */
    public LimitsRequest withProjections() {
        return new LimitsRequest(grid, quantity, true, entryIds, detectors);
    }

    public LimitsRequest withEntries(List<String> ids) {
        return new LimitsRequest(grid, quantity, projections, Optional.of(ids), detectors);
    }

    /** Also these stated detector assumptions (each labelled as an assumption in the output). */
    public LimitsRequest withDetectors(List<DetectorAssumption> assumptions) {
        return new LimitsRequest(grid, quantity, projections, entryIds, assumptions);
    }
}
