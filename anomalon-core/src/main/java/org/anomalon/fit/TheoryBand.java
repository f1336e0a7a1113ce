package org.anomalon.fit;

import java.util.List;

/**
 * How the best-fit g_X moves with the theory inputs that P0 does not fix: the top mass in the loop
 * function (pole or MS-bar), the electroweak scheme (α(0) or α(M_Z)) and the hadronic form factor
 * of B⁺ → K⁺X (±1σ). Each alternative is one refit; the band adds the upward and the downward
 * shifts separately in quadrature, treating each scheme alternative as a one-sided 1σ.
 *
 * @param couplingX  the headline best fit
 * @param interval   [ĝ − √Σ(downward shifts)², ĝ + √Σ(upward shifts)²]
 * @param variations every alternative with its refitted ĝ_X
 */
public record TheoryBand(double couplingX, Interval interval, List<Variation> variations) {
    public TheoryBand {
        variations = List.copyOf(variations);
    }

    /**
     * One alternative choice of the theory inputs.
     *
     * @param name        short key, e.g. {@code mt-scheme}
     * @param description what was changed, with the values used
     * @param couplingX   the best fit with it
     */
    public record Variation(String name, String description, double couplingX) {
    }

    /** The band of {@code variations} around {@code couplingX}. */
    public static TheoryBand of(double couplingX, List<Variation> variations) {
        double up = 0;
        double down = 0;
        for (Variation variation : variations) {
            double shift = variation.couplingX() - couplingX;
            if (shift > 0) {
                up += shift * shift;
            } else {
                down += shift * shift;
            }
        }
        return new TheoryBand(couplingX, new Interval(couplingX - Math.sqrt(down), couplingX + Math.sqrt(up)), variations);
    }
}
