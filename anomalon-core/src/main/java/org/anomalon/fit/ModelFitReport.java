package org.anomalon.fit;

import java.util.List;

/**
 * The three answers for one model (issue 6): is it preferred over the SM, at which g_X, and what
 * must the next measurements see.
 *
 * @param model            the model's name
 * @param massX_GeV        m_X
 * @param traceXWW         the ray's A_XWW: the SM trace, or the effective one that carries the Smith–Tait part
 * @param traceXYY         the ray's A_XYY (likewise)
 * @param best             the fit with the likelihood as requested
 * @param alternative      the same fit with Z → γX toggled (without it if {@code best} has it, and vice versa)
 * @param includesZ        whether {@code best} includes the Z → γX term
 * @param predictions      channel predictions at the best fit with their 1σ ranges
 * @param chargeS          |X_S| of the breaking scalar used for v_X (1 when unknown; see {@code chargeSKnown})
 * @param chargeSKnown     whether X_S came from the model or the user
 * @param anomalonScale    v_X = m_X/(X_S g_X) with its 1σ range
 */
public record ModelFitReport(String model, double massX_GeV, double traceXWW, double traceXYY, BestFit best,
                             BestFit alternative, boolean includesZ, List<Prediction> predictions, double chargeS,
                             boolean chargeSKnown, Prediction anomalonScale) {
    public ModelFitReport {
        predictions = List.copyOf(predictions);
    }
}
