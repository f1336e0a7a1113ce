package org.anomalon.study;

import org.anomalon.anomaly.AnomalyAnalysis;
import org.anomalon.fit.ModelRay;
import org.anomalon.inputs.Electroweak;
import org.anomalon.inputs.Inputs;
import org.anomalon.model.Model;
import org.anomalon.triangle.SmithTait;
import org.anomalon.triangle.StContribution;
import org.hipparchus.complex.Complex;

/**
 * A model as the fit sees it at one m_X: the effective traces that reproduce every observable of
 * the fit with P0's quadratic forms, and the invisible fraction of X.
 *
 * <p>Every flavour-changing coupling is linear in A_XWW (P0 eqs. 3.6–3.7) and the Smith–Tait
 * contribution adds the same couplings with A_XWW → ΔA_XWW (ST eqs. 6–8), so the flavour
 * observables (g_S, g_P, every meson channel) are P0's at A_eff = A_XWW + ΔA_XWW. Z → γX depends on
 * |C_XZγ|² ∝ |c_W² A_XWW − s_W² A_XYY + M|², M the ST mass correction (complex above the b b̄, τ τ̄
 * thresholds of the Z leg); B_eff solves c_W² A_eff − s_W² B_eff = ±|c_W² A_XWW − s_W² A_XYY + M|
 * (the sign of the real part, so that B_eff = A_XYY when M = 0). Without ST, (A_eff, B_eff) =
 * (A_XWW, A_XYY). The measurements are missing-energy rates, so every prediction carries
 * B(X → invisible) = f; in the trace plane (P0 Fig. 2 left) the model lies on the ray
 * g_X √f (A_eff, B_eff).
 *
 * @param model             the model's name
 * @param massX_GeV         m_X
 * @param traceXWW          A_XWW of the SM fields
 * @param traceXYY          A_XYY of the SM fields
 * @param effectiveTraceXWW A_eff
 * @param effectiveTraceXYY B_eff
 * @param invisibleFraction f = B(X → invisible) at m_X
 * @param smithTait         whether the Smith–Tait contribution is included, and why
 */
public record FitSignal(String model, double massX_GeV, double traceXWW, double traceXYY, double effectiveTraceXWW,
                        double effectiveTraceXYY, double invisibleFraction, StContribution.Decision smithTait) {

    static FitSignal of(Model model, AnomalyAnalysis anomalies, StContribution.Decision smithTait, double massX_GeV,
                        Inputs inputs, double invisibleFraction) {
        double traceXWW = anomalies.traceXWW().doubleValue();
        double traceXYY = anomalies.traceXYY().doubleValue();
        if (!smithTait.included()) {
            return new FitSignal(model.name(), massX_GeV, traceXWW, traceXYY, traceXWW, traceXYY, invisibleFraction, smithTait);
        }
        SmithTait triangles = SmithTait.of(model, massX_GeV, inputs);
        double effectiveXWW = traceXWW + triangles.traceXWWLeftByTop().doubleValue();
        Electroweak ew = inputs.electroweak();
        Complex zPhoton = triangles.zPhotonMassCorrection().add(ew.cos2ThetaW() * traceXWW - ew.sin2ThetaW() * traceXYY);
        double sign = zPhoton.getReal() < 0 ? -1 : 1;
        double effectiveXYY = (ew.cos2ThetaW() * effectiveXWW - sign * zPhoton.norm()) / ew.sin2ThetaW();
        return new FitSignal(model.name(), massX_GeV, traceXWW, traceXYY, effectiveXWW, effectiveXYY, invisibleFraction,
                smithTait);
    }

    /** Whether the model gives B → K X (a non-zero b → s coupling). */
    public boolean producesBToKX() {
        return effectiveTraceXWW != 0;
    }

    /** The model's ray in the trace plane of a likelihood without the invisible fraction: g_X √f (A_eff, B_eff). */
    public ModelRay ray() {
        double scale = Math.sqrt(invisibleFraction);
        return new ModelRay(model, scale * effectiveTraceXWW, scale * effectiveTraceXYY);
    }
}
