package org.anomalon.spectra;

import org.anomalon.InvalidInputException;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * One heavy fermion as it enters the two-loop Higgs-mass correction of P0 eq. (2.9): a Majorana
 * (ML) or Dirac (DL pair) fermion in the representation (N_c, n, Y).
 *
 * @param kind             ML (C = 1) or DL pair (C = 2)
 * @param colourDimension  N_c, multiplies the number of components
 * @param su2Dimension     n
 * @param hypercharge      Y (for a DL pair, either member's; only Y² enters)
 */
public record NaturalnessMultiplet(AnomalonKind kind, int colourDimension, int su2Dimension,
                                   BigFraction hypercharge) {

    public NaturalnessMultiplet {
        if (su2Dimension < 1 || colourDimension < 1) {
            throw InvalidInputException.of("naturalness multiplet", "n", su2Dimension,
                    "SU(2) and colour dimensions >= 1");
        }
    }

    public static NaturalnessMultiplet colourless(AnomalonKind kind, int su2Dimension, BigFraction hypercharge) {
        return new NaturalnessMultiplet(kind, 1, su2Dimension, hypercharge);
    }

    /**
     * C N_c n [(n²−1)/4 g⁴ + Y² g'⁴], the group factor multiplying M²/(4π)⁴ (6 ln(M²/μ²) − 1) in
     * P0 eq. (2.9).
     */
    public double groupFactor(double g, double gPrime) {
        double n = su2Dimension;
        double y = hypercharge.doubleValue();
        return kind.naturalnessWeight() * colourDimension * n
                * ((n * n - 1) / 4 * Math.pow(g, 4) + y * y * Math.pow(gPrime, 4));
    }
}
