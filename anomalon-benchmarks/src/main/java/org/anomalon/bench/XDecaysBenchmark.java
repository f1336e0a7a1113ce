package org.anomalon.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.anomalon.inputs.Inputs;
import org.anomalon.model.BuiltinModels;
import org.anomalon.model.Model;
import org.anomalon.observables.xdecay.ModelCouplings;
import org.anomalon.observables.xdecay.XDecays;
import org.anomalon.observables.xdecay.XWidths;
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
 * complex triangle weights) for one (model, m_X), in µs per call. {@code xDecays}: the one-shot
 * {@code XDecays.of(model, ...)} at m_X = 5 GeV (τ⁺τ⁻ and perturbative quarks open, α_s running).
 * {@code allWidthsAtOneMass}: every width at m_X = 0.78 GeV (all data-driven hadronic channels,
 * loop-induced mixing for L_μ − L_τ) with the model's couplings and the width calculator built
 * once, as a mass scan uses them (issue 11: &lt; 5 µs).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class XDecaysBenchmark {
    @Param({"tau-flavour", "b-minus-l", "lmu-minus-ltau"})
    public String modelName;

    private Model model;
    private Inputs inputs;
    private ModelCouplings couplings;
    private XWidths widths;

    @Setup
    public void load() {
        model = BuiltinModels.load(modelName);
        inputs = Inputs.defaults();
        couplings = ModelCouplings.of(model, inputs);
        widths = XWidths.of(inputs);
    }

    @Benchmark
    public double allWidthsAtOneMass() {
        return widths.decays(couplings.at(0.78), 0.78, 1e-4, List.of()).invisibleBranchingRatio();
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
