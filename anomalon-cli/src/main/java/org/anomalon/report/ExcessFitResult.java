package org.anomalon.report;

import java.util.Optional;
import java.util.Set;
import org.anomalon.InvalidInputException;
import org.anomalon.anomaly.AnomalyAnalysis;
import org.anomalon.cli.FitRun;
import org.anomalon.fit.AnomalyObservables;
import org.anomalon.fit.Likelihood;
import org.anomalon.fit.MeasurementSet;
import org.anomalon.fit.Readings;
import org.anomalon.inputs.Inputs;
import org.anomalon.model.Model;

/**
 * The model's fit to the Belle II B → K E_miss excess with the default measurement set and
 * readings (P0 Sec. 3.2.5), or why the model cannot be fitted. Computed once per report: the best
 * fit is also the report's benchmark point.
 *
 * @param likelihood the default likelihood at the measurement's m_X
 * @param run        the fit, when the model produces B → K X with an invisible X
 * @param reason     why there is no fit, otherwise empty
 */
record ExcessFitResult(double massX_GeV, Likelihood likelihood, AnomalyObservables theory, Optional<FitRun> run,
                       String reason) {
    /** The mass at which Belle II's two-body fit is given (P0 eqs. 3.26-3.27). */
    static final double MASS_GEV = 2.1;

    static ExcessFitResult of(Model model, AnomalyAnalysis anomalies, Inputs inputs) {
        AnomalyObservables theory = AnomalyObservables.forInputs(inputs);
        Likelihood likelihood = MeasurementSet.load(MeasurementSet.DEFAULT).likelihood(MASS_GEV, Set.of(), Readings.DEFAULT, theory);
        if (anomalies.traceXWW().signum() == 0) {
            return new ExcessFitResult(MASS_GEV, likelihood, theory, Optional.empty(), model.name()
                    + " has A_XWW = 0, so P0's Wess-Zumino couplings give no B -> K X (the Smith-Tait contribution of "
                    + "conserved currents is not part of the fit); it cannot explain the excess.");
        }
        try {
            return new ExcessFitResult(MASS_GEV, likelihood, theory,
                    Optional.of(FitRun.of(model, likelihood, MASS_GEV, true, theory, inputs, Optional.empty())), "");
        } catch (InvalidInputException e) {
            return new ExcessFitResult(MASS_GEV, likelihood, theory, Optional.empty(), e.getMessage());
        }
    }

    /** The best fit as benchmark, else P0's benchmark. */
    Benchmark benchmark() {
        return run.map(r -> new Benchmark(MASS_GEV, r.report().best().couplingX(),
                "this model's best fit to Belle II B -> K E_miss (Fit section)")).orElse(Benchmark.p0());
    }
}
