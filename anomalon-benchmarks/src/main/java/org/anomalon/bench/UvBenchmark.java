package org.anomalon.bench;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.anomalon.inputs.Inputs;
import org.anomalon.model.BuiltinModels;
import org.anomalon.model.Model;
import org.anomalon.spectra.NaturalnessParameters;
import org.anomalon.uv.SingletCompletion;
import org.anomalon.uv.UvAnalysis;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The UV analysis of one model at the Belle II benchmark (masses, splittings, lifetimes, naturalness root,
 * FN τ sector) and the exact singlet completion with up to four singlets, in µs per call.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class UvBenchmark {
    @Param({"p0-1dl1ml-m3", "p2-l-minus-4r"})
    public String modelName;

    private Model model;
    private UvAnalysis.Request request;
    private Inputs inputs;

    @Setup
    public void load() {
        model = BuiltinModels.load(modelName);
        inputs = Inputs.defaults();
        double couplingX = modelName.startsWith("p2") ? 0.0042 : 0.018;
        Map<String, Double> vevs = modelName.startsWith("p2") ? Map.of("S5", 60.0) : Map.of();
        request = new UvAnalysis.Request(2.1, couplingX, 1.0, vevs, NaturalnessParameters.paper(), 1.0, 2.0,
                Optional.empty());
    }

    @Benchmark
    public UvAnalysis analyse() {
        return UvAnalysis.of(model, request, inputs);
    }

    @Benchmark
    public SingletCompletion.Result completeWithFourSinglets() {
        return SingletCompletion.complete(model, 4, 5);
    }
}
