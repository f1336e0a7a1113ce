package org.anomalon.study;

import java.util.List;
import java.util.Optional;
import org.anomalon.limits.MassGrid;
import org.anomalon.limits.Quantity;

/**
 * What {@link ModelStudy#limits(LimitsRequest)} computes.
 *
 * @param grid        the masses
 * @param quantity    g_X (P0 Fig. 3) or g_X |A_XWW| (P0 Fig. 1)
 * @param projections whether future projections are included
 * @param entryIds    only these database entries; empty: all of them
 */
public record LimitsRequest(MassGrid grid, Quantity quantity, boolean projections, Optional<List<String>> entryIds) {
    /** The grid of P0 Fig. 3 ({@code anomalon limits} defaults): 400 log-spaced masses, 1 MeV to 5 GeV. */
    public static final MassGrid PAPER_GRID = MassGrid.logarithmic(1e-3, 5, 400);

    public LimitsRequest {
        entryIds = entryIds.map(List::copyOf);
    }

    /** Current limits on g_X from every database entry on {@code grid}. */
    public static LimitsRequest on(MassGrid grid) {
        return new LimitsRequest(grid, Quantity.GX, false, Optional.empty());
    }

    public LimitsRequest withQuantity(Quantity bounded) {
        return new LimitsRequest(grid, bounded, projections, entryIds);
    }

    /** Also the future projections. */
    public LimitsRequest withProjections() {
        return new LimitsRequest(grid, quantity, true, entryIds);
    }

    public LimitsRequest withEntries(List<String> ids) {
        return new LimitsRequest(grid, quantity, projections, Optional.of(ids));
    }
}
