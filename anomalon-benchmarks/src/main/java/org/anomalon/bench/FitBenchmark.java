package org.anomalon.bench;

import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.anomalon.fit.AnomalyObservables;
import org.anomalon.fit.BestFit;
import org.anomalon.fit.ExcessFit;
import org.anomalon.fit.ExcessPlane;
import org.anomalon.fit.Interval;
import org.anomalon.fit.Likelihood;
import org.anomalon.fit.MeasurementSet;
import org.anomalon.fit.ModelFit;
import org.anomalon.fit.ModelFitReport;
import org.anomalon.fit.ModelRay;
import org.anomalon.fit.Readings;
import org.anomalon.inputs.Inputs;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The Belle II excess fit (issue 6 targets: one best fit under 1 ms; the 300 × 300 Δχ² plane under
 * 100 ms warm), in µs per operation, τ-flavour model at m_X = 2.1 GeV with the default data.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class FitBenchmark {
    private static final List<ModelRay> PAPER_MODELS = List.of(new ModelRay("chiral-tau-l-only", -1, -1),
            new ModelRay("chiral-tau-l-minus-4r", -4, -6), new ModelRay("tau-flavour", -1, 1));

    private AnomalyObservables theory;
    private MeasurementSet data;
    private Likelihood likelihood;
    private Interval[] ranges;

    @Setup
    public void prepare() {
        theory = AnomalyObservables.forInputs(Inputs.defaults());
        data = MeasurementSet.load(MeasurementSet.P0_GAUSSIAN);
        likelihood = data.likelihood(2.1, Set.of(), Readings.DEFAULT, theory);
        ranges = ExcessPlane.defaultRanges(likelihood);
    }

    /** Brent minimisation in g_X² plus the two Brent root searches of the 1σ interval. */
    @Benchmark
    public BestFit bestFit() {
        return ModelFit.along(likelihood, -1, 1).best();
    }

    /** Everything 'anomalon fit' computes for a model: likelihood from the rates, fits with and without Z, predictions. */
    @Benchmark
    public ModelFitReport fullModelFit() {
        Likelihood fresh = data.likelihood(2.1, Set.of(), Readings.DEFAULT, theory);
        return ExcessFit.fit("tau-flavour", -1, 1, fresh, true, theory, OptionalDouble.empty());
    }

    /** The 300 × 300 Δχ² plane of P0 Fig. 2 left: combined and Z-only grids, polished minima, three model fits. */
    @Benchmark
    public ExcessPlane plane300() {
        return ExcessPlane.scan(likelihood, PAPER_MODELS, ranges[0], ranges[1], ExcessPlane.DEFAULT_NODES,
                ExcessPlane.DEFAULT_NODES);
    }
}
