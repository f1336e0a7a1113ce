package org.anomalon.bench;

import java.util.concurrent.TimeUnit;
import org.anomalon.inputs.Inputs;
import org.anomalon.model.BuiltinModels;
import org.anomalon.model.Model;
import org.anomalon.observables.xdecay.XDecays;
import org.anomalon.triangle.SmithTait;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * X decays (all channels, total width, BR(invisible)) and the Smith–Tait contribution (nine
 * complex triangle weights) for one (model, m_X), in µs per call. m_X = 5 GeV opens τ⁺τ⁻ and the
 * perturbative light quarks, so α_s running is included for B−L.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class XDecaysBenchmark {
    @Param({"tau-flavour", "b-minus-l"})
    public String modelName;

    private Model model;
    private Inputs inputs;

    @Setup
    public void load() {
        model = BuiltinModels.load(modelName);
        inputs = Inputs.defaults();
    }

    @Benchmark
    public double xDecays() {
        return XDecays.of(model, 5.0, 0.018, inputs).invisibleBranchingRatio();
    }

    @Benchmark
    public SmithTait smithTait() {
        return SmithTait.of(model, 5.0, inputs);
    }
}
