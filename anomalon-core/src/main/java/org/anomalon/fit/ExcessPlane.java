package org.anomalon.fit;

import java.util.List;
import java.util.Optional;
import org.anomalon.PhysicsException;

/**
 * P0 Fig. 2 (left), P2 Fig. 1 (left): Δχ² in the plane (g_X A_XWW, g_X A_XYY) for the combined
 * likelihood and for Z → γX alone, with the rays of chosen models and their best fits.
 *
 * @param combined the combined Δχ² (all terms)
 * @param zOnly    the Δχ² of the Z → γX term alone, when the likelihood has one
 * @param models   the model rays with their best fits
 */
public record ExcessPlane(PlaneGrid combined, Optional<PlaneGrid> zOnly, List<ModelLine> models) {
    /** Default grid: 300 × 300, the size of the speed requirement of issue 6. */
    public static final int DEFAULT_NODES = 300;

    public ExcessPlane {
        models = List.copyOf(models);
    }

    /**
     * Scans both likelihoods on the same grid.
     *
     * @param likelihood the combined likelihood
     * @param models     the models to draw, each fitted along its ray with {@code likelihood}
     */
    public static ExcessPlane scan(Likelihood likelihood, List<ModelRay> models, Interval xRange, Interval yRange,
                                   int nx, int ny) {
        return scan(likelihood, xRange, yRange, nx, ny).withModels(models.stream()
                .map(ray -> new ModelLine(ray, ModelFit.along(likelihood, ray.traceXWW(), ray.traceXYY()).best()))
                .toList());
    }

    /** Both likelihoods on the same grid, no model lines yet. */
    public static ExcessPlane scan(Likelihood likelihood, Interval xRange, Interval yRange, int nx, int ny) {
        PlaneGrid combined = ChiSquaredPlane.scan(likelihood, xRange, yRange, nx, ny);
        Likelihood z = likelihood.only(ExcessFit.Z_PHOTON);
        Optional<PlaneGrid> zOnly = z.terms().isEmpty() ? Optional.empty()
                : Optional.of(ChiSquaredPlane.scan(z, xRange, yRange, nx, ny));
        return new ExcessPlane(combined, zOnly, List.of());
    }

    /** The same plane with these model lines (each with the best fit its model's own fit gives). */
    public ExcessPlane withModels(List<ModelLine> lines) {
        return new ExcessPlane(combined, zOnly, lines);
    }

    /**
     * Default ranges, scaled to the data: |x*| is the best |g_X A_XWW| of the B-decay terms alone
     * (they depend on x only), x ∈ ±2|x*| and y ∈ ±12|x*|, which holds the 3σ Z → γX band of
     * the L3 bound at 2.1 GeV (P0 Fig. 2 left).
     */
    public static Interval[] defaultRanges(Likelihood likelihood) {
        double xStar = ModelFit.along(likelihood.without(ExcessFit.Z_PHOTON), 1, 0).best().couplingX();
        if (!(xStar > 0)) {
            throw new PhysicsException("the B-decay terms prefer x = g_X A_XWW = 0: give the ranges of the plane explicitly");
        }
        return new Interval[] {new Interval(-2 * xStar, 2 * xStar), new Interval(-12 * xStar, 12 * xStar)};
    }
}
