package org.anomalon.spectra;

import org.anomalon.InvalidInputException;
import org.anomalon.Parameter;

/**
 * P0 Sec. 2.2 criteria (ii)–(iii) plus the naturalness cut of P0 Tables 2–3.
 *
 * @param naturalness      parameters of the finite-naturalness bound (P0 eq. 2.9)
 * @param splitting        radiative splitting for criterion (ii) (P0 eq. 2.10)
 * @param su2Coupling      g in the perturbativity bound (P0 eq. 2.11)
 * @param minimumMass      smallest acceptable naturalness bound in GeV (P0 Tables 2–3: 1 TeV)
 */
public record SelectionCriteria(NaturalnessParameters naturalness, RadiativeSplitting splitting, double su2Coupling,
                                double minimumMass) {

    public SelectionCriteria {
        if (!(minimumMass >= 0) || Double.isInfinite(minimumMass)) {
            throw InvalidInputException.of(Parameter.MIN_NATURALNESS_MASS, minimumMass / 1000);
        }
    }

    /** P0's choices: preset {@code paper}, Δ0 = 166 MeV, g = 0.65, naturalness bound ≥ 1 TeV. */
    public static SelectionCriteria paper() {
        return new SelectionCriteria(NaturalnessParameters.paper(), RadiativeSplitting.standard(),
                Perturbativity.SU2_COUPLING, 1000);
    }

    public SelectionCriteria withNaturalness(NaturalnessParameters parameters) {
        return new SelectionCriteria(parameters, splitting, su2Coupling, minimumMass);
    }

    public SelectionCriteria withSu2Coupling(double g) {
        return new SelectionCriteria(naturalness, splitting, g, minimumMass);
    }

    public SelectionCriteria withMinimumMass(double mass) {
        return new SelectionCriteria(naturalness, splitting, su2Coupling, mass);
    }
}
