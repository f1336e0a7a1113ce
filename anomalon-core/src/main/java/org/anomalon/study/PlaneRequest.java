package org.anomalon.study;

import java.util.List;
import java.util.Optional;
import org.anomalon.InvalidInputException;
import org.anomalon.Parameter;
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
 * @param nodes     grid nodes per axis ({@link Parameter#PLANE_NODES}; cost ∝ nodes²)
 * @param regionDof degrees of freedom of the 1/2/3σ regions: 1 or 2
 */
public record PlaneRequest(double massX_GeV, List<Model> models, Optional<Interval> xRange, Optional<Interval> yRange,
                           int nodes, int regionDof) {

    public PlaneRequest {
        models = List.copyOf(models);
        Parameter.MASS_X.require(massX_GeV);
        Parameter.REGION_DOF.require(regionDof);
        Parameter.PLANE_NODES.require(nodes);
        xRange.ifPresent(range -> requireRange(Parameter.PLANE_X_RANGE, range));
        yRange.ifPresent(range -> requireRange(Parameter.PLANE_Y_RANGE, range));
    }

    private static void requireRange(Parameter parameter, Interval range) {
        if (!parameter.accepts(range.lower()) || !parameter.accepts(range.upper())) {
            throw InvalidInputException.of(parameter, range.lower() + ":" + range.upper());
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
