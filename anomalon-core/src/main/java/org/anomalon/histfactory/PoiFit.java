package org.anomalon.histfactory;

import java.util.OptionalDouble;

/**
 * The fit of a workspace's parameter of interest with every other parameter profiled: the best
 * fit, its 68.3% profile-likelihood interval (q = 1, MINOS-style) and the asymptotic
 * significances √q(0) against no signal and √q(1) against the nominal signal (Cowan, Cranmer,
 * Gross, Vitells, Eur. Phys. J. C 71 (2011) 1554, one parameter, m fixed).
 *
 * @param source          the workspace the fit was made on
 * @param measurement     the workspace's measurement (its POI and parameter settings)
 * @param poi             the parameter of interest's name
 * @param parameterCount  how many parameters the likelihood has besides the per-bin γ (the POI included)
 * @param gammaCount      how many per-bin γ (staterror) it profiles in closed form
 * @param best            the global best fit
 * @param interval        where the profile crosses q = 1 (a bound of the POI where it does not)
 * @param significance    √q(0), empty when 0 lies outside the POI's bounds
 * @param significanceVsNominal √q(1), empty when 1 lies outside them
 */
public record PoiFit(String source, String measurement, String poi, int parameterCount, int gammaCount,
                     LikelihoodFit best,
                     PoiInterval interval, OptionalDouble significance, OptionalDouble significanceVsNominal) {

    /**
     * Fits the parameter of interest of {@code profile}.
     *
     * @param measurement the name of the measurement {@code profile}'s model was built from
     */
    public static PoiFit of(ProfileLikelihood profile, String measurement) {
        HistFactoryModel model = profile.model();
        Parameter poi = model.parameters().get(model.poiIndex());
        LikelihoodFit best = profile.bestFit();
        PoiInterval interval = profile.interval(best, 1);
        return new PoiFit(model.source(), measurement, poi.name(), model.parameterCount(), model.gammaCount(), best, interval,
                significanceAgainst(profile, poi, best, 0), significanceAgainst(profile, poi, best, 1));
    }

    /** μ̂. */
    public double value() {
        return best.poi();
    }

    /** Upper end of the interval minus μ̂. */
    public double errorAbove() {
        return interval.upper() - best.poi();
    }

    /** μ̂ minus the lower end of the interval. */
    public double errorBelow() {
        return best.poi() - interval.lower();
    }

    /** √q(value) for one parameter; 0 when the best fit is at the value. */
    private static OptionalDouble significanceAgainst(ProfileLikelihood profile, Parameter poi, LikelihoodFit best,
                                                      double value) {
        if (!(value >= poi.lower() && value <= poi.upper())) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Math.sqrt(Math.max(0, profile.testStatistic(value, best))));
    }
}
