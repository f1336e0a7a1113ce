package org.anomalon.study;

import java.util.List;
import org.anomalon.fit.ExcessPlane;
import org.anomalon.fit.Likelihood;
import org.anomalon.fit.Significance;

/**
 * The Δχ² plane of P0 Fig. 2 (left) with its model lines.
 *
 * @param likelihood         the Gaussian terms at m_X (all of P0's construction, or the L3 bound next to the workspace)
 * @param likelihoodOptions  which measurements and readings it was built from
 * @param measurementSetName the measurement set's own name
 * @param workspace          whether the combined χ² includes Belle II's B⁺ → K⁺νν̄ likelihood
 * @param scan               the scanned grids and the model lines; a line is the ray g_X √f (A_eff, B_eff)
 *                           of its {@link FitSignal}, so its best fit is the model's own
 * @param signals            each model line's signal (SM and effective traces, B(X → invisible)), in order
 * @param regionDof          degrees of freedom of the regions
 */
public record PlaneResult(Likelihood likelihood, LikelihoodOptions likelihoodOptions, String measurementSetName,
                          boolean workspace, ExcessPlane scan, List<FitSignal> signals, int regionDof) {
    public PlaneResult {
        signals = List.copyOf(signals);
    }

    /** Δχ² of the nσ boundary for {@link #regionDof()} (n = 1, 2, 3). */
    public double threshold(int sigmas) {
        return Significance.deltaChiSquared(sigmas, regionDof);
    }
}
