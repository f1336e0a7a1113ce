package org.anomalon.fit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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
     * @param models     the models to draw, each fitted along its ray
     */
    public static ExcessPlane scan(Likelihood likelihood, List<ModelRay> models, Interval xRange, Interval yRange,
                                   int nx, int ny) {
        return scan(likelihood, likelihood, ray -> ModelFit.along(likelihood, ray.traceXWW(), ray.traceXYY()).best(),
                models, xRange, yRange, nx, ny);
    }

    /**
     * The plane of Belle II's likelihood plus the Gaussian terms of {@code likelihood}:
     * χ²(x, y) = −2 ln L(B_X = r x²) + Σ Gaussian terms, r = {@code rateAtUnitX} the B⁺ → K⁺X rate at
     * x = g_X A_XWW = 1 (it depends on x only, P0 eq. 3.6). The profile of the workspace depends on x²
     * only, so it is computed once per grid column.
     */
    public static ExcessPlane scanWorkspace(TwoBodyLikelihood workspace, double rateAtUnitX, Likelihood likelihood,
                                            List<ModelRay> models, Interval xRange, Interval yRange, int nx, int ny) {
        Map<Double, Double> byXSquared = new HashMap<>();
        PlaneChiSquared combined = (x, y) -> byXSquared.computeIfAbsent(x * x,
                square -> workspace.minusTwoLogLikelihood(rateAtUnitX * square)) + likelihood.chiSquared(x, y);
        return scan(combined, likelihood, ray -> WorkspaceFit.along(workspace, rateAtUnitX * ray.traceXWW() * ray.traceXWW(),
                likelihood, ray.traceXWW(), ray.traceXYY()).best(), models, xRange, yRange, nx, ny);
    }

    private static ExcessPlane scan(PlaneChiSquared combined, Likelihood gaussian, Function<ModelRay, BestFit> fitAlong,
                                    List<ModelRay> models, Interval xRange, Interval yRange, int nx, int ny) {
        PlaneGrid grid = ChiSquaredPlane.scan(combined, xRange, yRange, nx, ny);
        Likelihood z = gaussian.only(ExcessFit.Z_PHOTON);
        Optional<PlaneGrid> zOnly = z.terms().isEmpty() ? Optional.empty()
                : Optional.of(ChiSquaredPlane.scan(z, xRange, yRange, nx, ny));
        List<ModelLine> fitted = models.stream().map(ray -> new ModelLine(ray, fitAlong.apply(ray))).toList();
        return new ExcessPlane(grid, zOnly, fitted);
    }

    /** The same plane with these model lines (e.g. each with the best fit of its model's own fit). */
    public ExcessPlane withModels(List<ModelLine> lines) {
        return new ExcessPlane(combined, zOnly, lines);
    }

    /**
     * Default ranges, scaled to the data: |x*| is the best |g_X A_XWW| of the B-decay terms alone
     * (they depend on x only), x ∈ ±2|x*| and y ∈ ±12|x*|, which holds the 3σ Z → γX band of
     * the L3 bound at 2.1 GeV (P0 Fig. 2 left).
     */
    public static Interval[] defaultRanges(Likelihood likelihood) {
        return rangesAround(ModelFit.along(likelihood.without(ExcessFit.Z_PHOTON), 1, 0).best().couplingX());
    }

    /** The same ranges for Belle II's likelihood: x* = √(B̂_X/r) (see {@link #scanWorkspace}). */
    public static Interval[] defaultRanges(TwoBodyLikelihood workspace, double rateAtUnitX) {
        return rangesAround(Math.sqrt(workspace.bestFit().branchingRatio() / rateAtUnitX));
    }

    private static Interval[] rangesAround(double xStar) {
        if (!(xStar > 0)) {
            throw new PhysicsException("the B-decay terms prefer x = g_X A_XWW = 0: give the ranges of the plane explicitly");
        }
        return new Interval[] {new Interval(-2 * xStar, 2 * xStar), new Interval(-12 * xStar, 12 * xStar)};
    }
}
