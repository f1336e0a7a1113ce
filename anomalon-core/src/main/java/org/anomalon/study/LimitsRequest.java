package org.anomalon.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.anomalon.limits.DetectorAssumption;
import org.anomalon.limits.MassGrid;
import org.anomalon.limits.Quantity;
import org.anomalon.recast.RecastDatabase;

/**
 * What {@link ModelStudy#limits(LimitsRequest)} computes.
 *
 * @param grid            the masses
 * @param quantity        g_X (P0 Fig. 3) or g_X |A_XWW| (P0 Fig. 1)
 * @param projections     whether future projections are included
 * @param entryIds        only these entries (of any database); empty: all of them
 * @param databases       only the entries of these databases ({@code anomalon}, {@code darkcast}, a
 *                        user's); empty: every database
 * @param userDatabases   limits in the recast format added by the user (docs/recast.md)
 * @param detectors       the user's stated detector assumptions (anomalon entries without a sourced
 *                        detector size; docs/x-decays.md)
 */
public record LimitsRequest(MassGrid grid, Quantity quantity, boolean projections, Optional<List<String>> entryIds,
                            Optional<List<String>> databases, List<RecastDatabase> userDatabases,
                            List<DetectorAssumption> detectors) {
    /** The grid of P0 Fig. 3 ({@code anomalon limits} defaults): 400 log-spaced masses, 1 MeV to 5 GeV. */
    public static final MassGrid PAPER_GRID = MassGrid.logarithmic(1e-3, 5, 400);

    public LimitsRequest {
        entryIds = entryIds.map(List::copyOf);
        databases = databases.map(List::copyOf);
        userDatabases = List.copyOf(userDatabases);
        detectors = List.copyOf(detectors);
    }

    /** Current limits on g_X from every entry of every database on {@code grid}. */
    public static LimitsRequest on(MassGrid grid) {
        return new LimitsRequest(grid, Quantity.GX, false, Optional.empty(), Optional.empty(), List.of(), List.of());
    }

    public LimitsRequest withQuantity(Quantity bounded) {
        return new LimitsRequest(grid, bounded, projections, entryIds, databases, userDatabases, detectors);
    }

    /** Also the future projections. */
    public LimitsRequest withProjections() {
        return new LimitsRequest(grid, quantity, true, entryIds, databases, userDatabases, detectors);
    }

    public LimitsRequest withEntries(List<String> ids) {
        return new LimitsRequest(grid, quantity, projections, Optional.of(ids), databases, userDatabases, detectors);
    }

    /** Only the entries of these databases. */
    public LimitsRequest withDatabases(List<String> names) {
        return new LimitsRequest(grid, quantity, projections, entryIds, Optional.of(names), userDatabases, detectors);
    }

    /** Also the limits of a user's recast catalogue. */
    public LimitsRequest withUserDatabase(RecastDatabase database) {
        List<RecastDatabase> all = new ArrayList<>(userDatabases);
        all.add(database);
        return new LimitsRequest(grid, quantity, projections, entryIds, databases, all, detectors);
    }

    /** Also these stated detector assumptions (each labelled as an assumption in the output). */
    public LimitsRequest withDetectors(List<DetectorAssumption> assumptions) {
        return new LimitsRequest(grid, quantity, projections, entryIds, databases, userDatabases, assumptions);
    }
}
