package org.anomalon.report;

import org.anomalon.anomaly.AnomalyAnalysis;
import org.anomalon.inputs.Inputs;
import org.anomalon.model.Model;

/**
 * What every section of one report shares: the model, its anomaly analysis (computed once) and
 * the physical inputs and the benchmark point.
 */
record ReportContext(Model model, AnomalyAnalysis anomalies, Inputs inputs, Benchmark benchmark) {

    static ReportContext of(Model model, Inputs inputs) {
        return new ReportContext(model, AnomalyAnalysis.of(model), inputs, Benchmark.p0());
    }
}
