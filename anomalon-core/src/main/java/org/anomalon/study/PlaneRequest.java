package org.anomalon.study;

import java.util.List;
import java.util.Optional;
import org.anomalon.InvalidInputException;
import org.anomalon.fit.ExcessPlane;
import org.anomalon.fit.Interval;
import org.anomalon.model.Model;

/**
 * What {@link ModelStudy#plane(StudyOptions, PlaneRequest)} scans: the Δχ² plane
 * (g_X A_XWW, g_X A_XYY) of P0 Fig. 2 (left) with model lines.
 *
 * @param massX_GeV m_X of the likelihood
 * @param models    the models drawn as lines, each fitted along its ray
 * @param xRange    range of g_X A_XWW; empty: ±2|x*| (see {@link ExcessPlane#defaultRanges})
 * @param yRange    range of g_X A_XYY; empty: ±12|x*|
 * @param nodes     grid nodes per axis, {@value #MIN_NODES}..{@value #MAX_NODES} (cost ∝ nodes²)
 * @param regionDof degrees of freedom of the 1/2/3σ regions: 1 or 2
 */
public record PlaneRequest(double massX_GeV, List<Model> models, Optional<Interval> xRange, Optional<Interval> yRange,
                           int nodes, int regionDof) {
    public static final int MIN_NODES = 10;
    public static final int MAX_NODES = 2000;

    public PlaneRequest {
        models = List.copyOf(models);
        if (!(massX_GeV > 0) || Double.isInfinite(massX_GeV)) {
            throw InvalidInputException.of("m_X", "m_X", massX_GeV, "a finite mass > 0 in GeV");
        }
        if (regionDof != 1 && regionDof != 2) {
            throw InvalidInputException.of("region dof", "degrees of freedom", regionDof, "1 or 2");
        }
        if (nodes < MIN_NODES || nodes > MAX_NODES) {
            throw InvalidInputException.of("grid", "N", nodes, "an integer in [" + MIN_NODES + ", " + MAX_NODES + "]");
        }
    }

    /** P0 Fig. 2 (left) at m_X for {@code models}: default ranges, {@value ExcessPlane#DEFAULT_NODES}² nodes, 2 d.o.f. */
    public static PlaneRequest of(double massX_GeV, List<Model> models) {
        return new PlaneRequest(massX_GeV, models, Optional.empty(), Optional.empty(), ExcessPlane.DEFAULT_NODES, 2);
    }

    public PlaneRequest withRanges(Optional<Interval> x, Optional<Interval> y) {
        return new PlaneRequest(massX_GeV, models, x, y, nodes, regionDof);
    }

    public PlaneRequest withNodes(int perAxis) {
        return new PlaneRequest(massX_GeV, models, xRange, yRange, perAxis, regionDof);
    }

    public PlaneRequest withRegionDof(int dof) {
        return new PlaneRequest(massX_GeV, models, xRange, yRange, nodes, dof);
    }
}
