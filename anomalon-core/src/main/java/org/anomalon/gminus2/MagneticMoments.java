package org.anomalon.gminus2;

import java.util.EnumMap;
import java.util.Map;
import org.anomalon.inputs.Inputs;
import org.anomalon.observables.xdecay.XCouplings;

/**
 * The X contributions Δa_e and Δa_μ at one (m_X, g_X) for X's couplings to the leptons
 * (vector v_ℓ and axial a_ℓ in units of g_X, kinetic mixing included): Δa_ℓ = g_X² (v_ℓ² F_V + a_ℓ² F_A)
 * ({@link MomentLoop}).
 *
 * @param massX_GeV m_X
 * @param gX        g_X
 * @param values    Δa per lepton
 */
public record MagneticMoments(double massX_GeV, double gX, Map<Lepton, Double> values) {
    public MagneticMoments {
        values = java.util.Collections.unmodifiableMap(new EnumMap<>(values));
    }

    /**
     * @param couplings X's couplings at m_X in units of g_X
     */
    public static MagneticMoments of(XCouplings couplings, double massX_GeV, double gX, Inputs inputs) {
        Map<Lepton, Double> values = new EnumMap<>(Lepton.class);
        for (Lepton lepton : Lepton.values()) {
            values.put(lepton, gX * gX * unitContribution(couplings, lepton, massX_GeV, inputs));
        }
        return new MagneticMoments(massX_GeV, gX, values);
    }

    /** Δa_ℓ at g_X = 1 (every contribution is ∝ g_X²). */
    public static double unitContribution(XCouplings couplings, Lepton lepton, double massX_GeV, Inputs inputs) {
        return MomentLoop.contribution(inputs.mass(lepton.particle()), massX_GeV, couplings.vector(lepton.flavour()),
                couplings.axial(lepton.flavour()));
    }

    public double of(Lepton lepton) {
        return values.get(lepton);
    }

    public double electron() {
        return of(Lepton.ELECTRON);
    }

    public double muon() {
        return of(Lepton.MUON);
    }
}
