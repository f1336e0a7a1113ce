package org.anomalon.eft;

import org.anomalon.inputs.InputName;
import org.anomalon.inputs.Inputs;
import org.hipparchus.complex.Complex;

/**
 * The scalar and pseudoscalar b → s couplings of the Belle II analyses (P0 eq. 3.25, P2 eq. 15):
 * g_S = −(m_b − m_s)/2 · g_{ξsb}/m_X,  g_P = (m_b + m_s)/2 · g_{ξsb}/m_X, with MS-bar m_b(m_b),
 * m_s(2 GeV) (inputs {@code mbar_b}, {@code mbar_s}). The fit of Refs. [24, 59] of P0 gives
 * |g_S| = (1.6 ± 0.2)e-8 and |g_P| &lt; 2.5e-8 (90% CL) at m_X = 2.1 GeV (P0 eqs. 3.26–3.27).
 *
 * @param gS scalar coupling g_S
 * @param gP pseudoscalar coupling g_P
 */
public record BelleTwoCouplings(Complex gS, Complex gP) {

    /** P0 eq. (3.25) from the b → s coupling g_{ξbs}. */
    public static BelleTwoCouplings of(EffectiveCouplings couplings, Inputs inputs, double massX) {
        double mb = inputs.value(InputName.MBAR_B);
        double ms = inputs.value(InputName.MBAR_S);
        Complex perMass = couplings.gBs().divide(massX);
        return new BelleTwoCouplings(perMass.multiply(-(mb - ms) / 2), perMass.multiply((mb + ms) / 2));
    }
}
