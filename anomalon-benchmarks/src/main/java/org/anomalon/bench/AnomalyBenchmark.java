package org.anomalon.bench;

import java.util.concurrent.TimeUnit;
import org.anomalon.anomaly.AnomalyAnalysis;
import org.anomalon.model.BuiltinModels;
import org.anomalon.model.Model;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Exact anomaly algebra of one model (six coefficients, traces, Witten count), in µs per model. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AnomalyBenchmark {
    @Param({"tau-flavour", "p2-l-minus-4r"})
    public String modelName;

    private Model model;

    @Setup
    public void load() {
        model = BuiltinModels.load(modelName);
    }

    @Benchmark
    public AnomalyAnalysis analyse() {
        // Returning the result lets JMH consume it, so the work cannot be optimised away.
        return AnomalyAnalysis.of(model);
    }
}
