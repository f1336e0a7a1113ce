package org.anomalon.report;

import java.util.Locale;
import org.anomalon.anomaly.AnomalyAnalysis;
import org.anomalon.inputs.Inputs;
import org.anomalon.model.Model;
import org.anomalon.study.Benchmark;
import org.anomalon.study.FitOutcome;
import org.anomalon.study.FitRequest;
import org.anomalon.study.ModelStudy;

/**
 * What every section of one report shares: the study of the model, the fit to the B → K E_miss
 * excess (computed once) and the benchmark point that follows from it.
 */
record ReportContext(ModelStudy study, FitOutcome excessFit, Benchmark benchmark) {

    static ReportContext of(ModelStudy study) {
        FitOutcome excess = study.tryFit(FitRequest.excess());
        return new ReportContext(study, excess, study.benchmark(excess));
    }

    Model model() {
        return study.model();
    }

    AnomalyAnalysis anomalies() {
        return study.anomalies();
    }

    Inputs inputs() {
        return study.inputs();
    }

    String massLabel() {
        return String.format(Locale.ROOT, "%.3g", benchmark.massX_GeV());
    }

    String couplingLabel() {
        return String.format(Locale.ROOT, "%.3g", benchmark.couplingX());
    }
}
