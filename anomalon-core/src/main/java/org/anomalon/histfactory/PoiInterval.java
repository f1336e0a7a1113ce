package org.anomalon.histfactory;

/**
 * Where the profile −2Δln L of the parameter of interest crosses a level on either side of the
 * best fit (MINOS-style); an end is the parameter's bound when the profile stays below the level
 * up to it.
 *
 * @param lower lower crossing
 * @param upper upper crossing
 * @param level the Δ(−2 ln L) level (1 for a 68.3% interval in one parameter)
 */
public record PoiInterval(double lower, double upper, double level) {
}
