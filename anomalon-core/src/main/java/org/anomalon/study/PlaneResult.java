package org.anomalon.study;

import org.anomalon.fit.ExcessPlane;
import org.anomalon.fit.Likelihood;
import org.anomalon.fit.Significance;

/**
 * The Δχ² plane of P0 Fig. 2 (left) with its model lines.
 *
 * @param likelihood         the combined likelihood at m_X
 * @param likelihoodOptions  which measurements and readings it was built from
 * @param measurementSetName the measurement set's own name
 * @param scan               the scanned grids and the model lines
 * @param regionDof          degrees of freedom of the regions
 */
public record PlaneResult(Likelihood likelihood, LikelihoodOptions likelihoodOptions, String measurementSetName,
                          ExcessPlane scan, int regionDof) {

    /** Δχ² of the nσ boundary for {@link #regionDof()} (n = 1, 2, 3). */
    public double threshold(int sigmas) {
        return Significance.deltaChiSquared(sigmas, regionDof);
    }
}
