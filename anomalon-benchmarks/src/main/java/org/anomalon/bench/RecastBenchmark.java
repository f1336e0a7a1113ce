package org.anomalon.bench;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.anomalon.inputs.Inputs;
import org.anomalon.limits.MassGrid;
import org.anomalon.model.BuiltinModels;
import org.anomalon.recast.RecastCurve;
import org.anomalon.recast.RecastDatabase;
import org.anomalon.recast.RecastLimit;
import org.anomalon.recast.RecastModel;
import org.anomalon.recast.RecastModels;
import org.anomalon.recast.Recaster;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Every shipped DarkCast limit (51, the LHCb r-value grids included) recast into one model on 1000
 * log-spaced masses from 1 MeV to 200 GeV (the span of the limits), in ms: the model's and the
 * limit models' widths at every mass, production ratios and every exclusion. Target (issue 13):
 * under 50 ms warm. The bounds files are read once, in setup.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RecastBenchmark {
    @Param({"b-minus-l", "lmu-minus-ltau"})
    public String modelName;

    private RecastModel model;
    private Map<RecastLimit.LimitModel, RecastModel> limitModels;
    private List<RecastLimit> limits;
    private double[] masses;
    private double hbar;

    @Setup
    public void load() {
        Inputs inputs = Inputs.defaults();
        model = RecastModels.of(BuiltinModels.load(modelName), inputs);
        limitModels = RecastModels.limitModels(inputs);
        limits = RecastDatabase.darkCast().limits();
        limits.forEach(RecastLimit::readBounds);
        masses = MassGrid.logarithmic(1e-3, 200, 1000).masses();
        hbar = inputs.value("hbar");
    }

    @Benchmark
    public List<RecastCurve> everyDarkCastLimitOn1000Masses() {
        return new Recaster(model, limitModels, hbar).recast(limits, masses);
    }
}
