package org.anomalon.study;

import org.anomalon.Parameter;

/**
 * What {@link ModelStudy#fit(FitRequest)} fits.
 *
 * @param massX_GeV m_X, where the measurements must exist (P0's set: 2.1 GeV)
 * @param includeZ  whether the headline fit keeps the Z → γX term; the other fit is always given too
 */
public record FitRequest(double massX_GeV, boolean includeZ) {
    /** The mass at which Belle II's two-body fit is given (P0 eqs. 3.26-3.27). */
    public static final double EXCESS_MASS_GEV = 2.1;

    public FitRequest {
        Parameter.MASS_X.require(massX_GeV);
    }

    /** The fit of P0 Sec. 3.2.5: m_X = 2.1 GeV, with Z → γX. */
    public static FitRequest excess() {
        return at(EXCESS_MASS_GEV);
    }

    /** The fit at {@code massX_GeV}, with Z → γX. */
    public static FitRequest at(double massX_GeV) {
        return new FitRequest(massX_GeV, true);
    }

    /** The same fit with Z → γX left out of the headline (P0 Fig. 2 right, dashed). */
    public FitRequest withoutZ() {
        return new FitRequest(massX_GeV, false);
    }
}
