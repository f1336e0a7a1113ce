package org.anomalon.limits;

import org.anomalon.observables.xdecay.XDecays;
import org.hipparchus.analysis.integration.gauss.GaussIntegrator;
import org.hipparchus.analysis.integration.gauss.LegendreRuleFactory;

/**
 * The escape probability from two-body kinematics: the parent P (mass M, momentum p_P in the
 * experiment) decays isotropically into X (momentum p* = λ^½(M², m_d², m_X²)/(2M) in its rest frame)
 * and a daughter; an X flying with βγ = |p_lab|/m_X decays beyond the flight distance L with
 * probability exp(−L/(βγ c τ)). Averaged over the decay angle in the parent's rest frame,
 * <pre>  P(τ) = ½ ∫₋₁¹ d cosθ* exp(−L m_X/(|p_lab(θ*)| c τ)),
 *   p_lab,∥ = γ_P (p* cosθ* + β_P E*),  p_lab,⊥ = p* sinθ*,</pre>
 * by 24-point Gauss–Legendre quadrature (exact for a parent at rest). L is the distance the X must
 * travel to decay outside the instrumented volume, the same in every direction (a simplification;
 * docs/x-decays.md says so).
 */
final class GeometricEscape implements EscapeProbability {
    // the rule factory itself: GaussIntegratorFactory would also compute a 40-digit Dfp field on construction
    private static final GaussIntegrator NODES = new GaussIntegrator(new LegendreRuleFactory().getRule(24));

    /** L m_X/(|p_lab| c) per quadrature node, seconds. */
    private final double[] flightTimes;
    private final double[] weights;

    private GeometricEscape(double[] flightTimes, double[] weights) {
        this.flightTimes = flightTimes;
        this.weights = weights;
    }

    /**
     * @param length_m        L &gt; 0
     * @param massX           m_X, GeV
     * @param restMomentum    p*, GeV (X's momentum in the parent's rest frame)
     * @param parentMass      M, GeV
     * @param parentMomentum  p_P ≥ 0 in the experiment, GeV
     */
    static GeometricEscape of(double length_m, double massX, double restMomentum, double parentMass, double parentMomentum) {
        double scale = length_m * massX / XDecays.SPEED_OF_LIGHT_M_PER_S;
        if (parentMomentum == 0) {
            return new GeometricEscape(new double[] {scale / restMomentum}, new double[] {1});
        }
        double energy = Math.sqrt(restMomentum * restMomentum + massX * massX);
        double gamma = Math.hypot(parentMomentum, parentMass) / parentMass;
        double betaGamma = parentMomentum / parentMass;
        int nodes = NODES.getNumberOfPoints();
        double[] flightTimes = new double[nodes];
        double[] weights = new double[nodes];
        for (int i = 0; i < nodes; i++) {
            double cosine = NODES.getPoint(i);
            double parallel = gamma * restMomentum * cosine + betaGamma * energy;
            double perpendicular = restMomentum * Math.sqrt(1 - cosine * cosine);
            flightTimes[i] = scale / Math.hypot(parallel, perpendicular);
            weights[i] = NODES.getWeight(i) / 2;
        }
        return new GeometricEscape(flightTimes, weights);
    }

    /** ⟨1/t⟩ over the decay angle, t = L m_X/(|p_lab| c): with L m_X/c = 1 s this is ⟨|p_lab|⟩ in GeV. */
    double meanInverseFlightTime() {
        double mean = 0;
        for (int i = 0; i < flightTimes.length; i++) {
            mean += weights[i] / flightTimes[i];
        }
        return mean;
    }

    @Override
    public double at(double lifetime_s) {
        double probability = 0;
        for (int i = 0; i < flightTimes.length; i++) {
            probability += weights[i] * Math.exp(-flightTimes[i] / lifetime_s);
        }
        return probability;
    }
}
