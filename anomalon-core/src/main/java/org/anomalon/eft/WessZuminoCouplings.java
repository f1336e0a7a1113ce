package org.anomalon.eft;

import org.anomalon.anomaly.AnomalyAnalysis;
import org.anomalon.inputs.Ckm;
import org.anomalon.inputs.Electroweak;
import org.anomalon.inputs.InputName;
import org.anomalon.inputs.Inputs;
import org.hipparchus.complex.Complex;

/**
 * The couplings that the Wess–Zumino terms of heavy anomalons induce for a light X
 * (P0 Sec. 3.1), for one set of {@link Inputs}:
 * <ul>
 *   <li>g_{ξ d_i d_j} = −3 g_X g⁴/(4π)⁴ · A_XWW · Σ_{α=u,c,t} V_{αi} V*_{αj} F(m_α²/m_W²) (P0 eq. 3.6),</li>
 *   <li>g_{ξ u_i u_j} = −3 g_X g⁴/(4π)⁴ · A_XWW · Σ_{β=d,s,b} V_{iβ} V*_{jβ} F(m_β²/m_W²) (P0 eq. 3.7),</li>
 *   <li>C_XZγ = g_X g g' (c_W² A_XWW − s_W² A_XYY) / (8π²) (P0 eq. 3.13).</li>
 * </ul>
 * g is the SU(2) coupling of the chosen EW scheme (the "g'⁴" of P2 eq. 13 is an OCR/print slip
 * for g⁴, docs/physics.md §4). Quark masses in F: the top mass of the inputs' {@link org.anomalon.inputs.TopMassScheme}
 * (PDG m_t by default, or MS-bar m_t(m_t)), MS-bar masses for u, d, s, c, b
 * (F(x) ≈ x for the light quarks, so only GIM-breaking differences matter).
 *
 * <p>The CKM-and-loop sums do not depend on the model, m_X or g_X: they are computed once here, so
 * that couplings for a new (A_XWW, A_XYY, g_X) cost a few multiplications.
 */
public final class WessZuminoCouplings {
    /** Label of the couplings this class produces. */
    public static final String ORIGIN = "P0 Wess-Zumino";
    private static final double LOOP_FACTOR = Math.pow(4 * Math.PI, 4);

    private final Inputs inputs;
    private final Complex[] loopSums = new Complex[FlavourTransition.values().length];
    private final double g4OverLoop;
    private final double zPhotonFactor;
    private final double cos2W;
    private final double sin2W;

    private WessZuminoCouplings(Inputs inputs) {
        this.inputs = inputs;
        Ckm v = inputs.ckm();
        double mW2 = square(inputs.mass("W+"));
        double[] upLoop = {
            LoopFunction.value(square(inputs.value(InputName.MBAR_U)) / mW2),
            LoopFunction.value(square(inputs.value(InputName.MBAR_C)) / mW2),
            LoopFunction.value(square(inputs.loopTopMass().value_GeV()) / mW2)};
        double[] downLoop = {
            LoopFunction.value(square(inputs.value(InputName.MBAR_D)) / mW2),
            LoopFunction.value(square(inputs.value(InputName.MBAR_S)) / mW2),
            LoopFunction.value(square(inputs.value(InputName.MBAR_B)) / mW2)};
        for (FlavourTransition transition : FlavourTransition.values()) {
            Complex sum = Complex.ZERO;
            for (int k = 0; k < 3; k++) {
                sum = sum.add(transition.downType()
                        // P0 eq. (3.6): Σ_α V_{αi} V*_{αj} F(x_α)
                        ? v.element(k, transition.from()).multiply(v.element(k, transition.to()).conjugate())
                                .multiply(upLoop[k])
                        // P0 eq. (3.7): Σ_β V_{iβ} V*_{jβ} F(x_β)
                        : v.element(transition.from(), k).multiply(v.element(transition.to(), k).conjugate())
                                .multiply(downLoop[k]));
            }
            loopSums[transition.ordinal()] = sum;
        }
        Electroweak ew = inputs.electroweak();
        this.g4OverLoop = Math.pow(ew.g(), 4) / LOOP_FACTOR;
        this.zPhotonFactor = ew.g() * ew.gPrime() / (8 * Math.PI * Math.PI);
        this.cos2W = ew.cos2ThetaW();
        this.sin2W = ew.sin2ThetaW();
    }

    public static WessZuminoCouplings forInputs(Inputs inputs) {
        return new WessZuminoCouplings(inputs);
    }

    public Inputs inputs() {
        return inputs;
    }

    /** Σ V V* F(x) of P0 eqs. (3.6)–(3.7) for one transition (model independent). */
    public Complex loopSum(FlavourTransition transition) {
        return loopSums[transition.ordinal()];
    }

    /** The couplings of a model with the SM anomaly traces of {@code analysis}. */
    public EffectiveCouplings of(AnomalyAnalysis analysis, double gX) {
        return of(analysis.traceXWW().doubleValue(), analysis.traceXYY().doubleValue(), gX);
    }

    /**
     * @param traceXWW A_XWW of the SM fields (P0 eq. 3.2)
     * @param traceXYY A_XYY of the SM fields
     * @param gX       the U(1)_X gauge coupling
     */
    public EffectiveCouplings of(double traceXWW, double traceXYY, double gX) {
        double prefactor = -3 * gX * g4OverLoop * traceXWW; // P0 eqs. (3.6)–(3.7)
        return new EffectiveCouplings(ORIGIN,
                loopSums[FlavourTransition.S_TO_D.ordinal()].multiply(prefactor),
                loopSums[FlavourTransition.B_TO_D.ordinal()].multiply(prefactor),
                loopSums[FlavourTransition.B_TO_S.ordinal()].multiply(prefactor),
                loopSums[FlavourTransition.C_TO_U.ordinal()].multiply(prefactor),
                new Complex(zPhotonCoefficient(traceXWW, traceXYY, gX)));
    }

    /** C_XZγ = g_X g g' (c_W² A_XWW − s_W² A_XYY)/(8π²), P0 eq. (3.13); also valid for chiral currents. */
    public double zPhotonCoefficient(double traceXWW, double traceXYY, double gX) {
        return gX * zPhotonFactor * (cos2W * traceXWW - sin2W * traceXYY);
    }

    private static double square(double x) {
        return x * x;
    }
}
