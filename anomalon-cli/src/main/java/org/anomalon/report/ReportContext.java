package org.anomalon.report;

import org.anomalon.anomaly.AnomalyAnalysis;
import org.anomalon.inputs.Inputs;
import org.anomalon.model.Model;

/**
 * What every section of one report shares: the model, its anomaly analysis (computed once) and
 * the physical inputs, the fit to the B → K E_miss excess (computed once) and the benchmark point
 * that follows from it.
 */
record ReportContext(Model model, AnomalyAnalysis anomalies, Inputs inputs, ExcessFitResult excessFit,
                     Benchmark benchmark) {

    static ReportContext of(Model model, Inputs inputs) {
        AnomalyAnalysis anomalies = AnomalyAnalysis.of(model);
        ExcessFitResult excessFit = ExcessFitResult.of(model, anomalies, inputs);
        return new ReportContext(model, anomalies, inputs, excessFit, excessFit.benchmark());
    }
}
