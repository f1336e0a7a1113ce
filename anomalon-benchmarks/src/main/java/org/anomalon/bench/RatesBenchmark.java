package org.anomalon.bench;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.anomalon.anomaly.AnomalyAnalysis;
import org.anomalon.eft.WessZuminoCouplings;
import org.anomalon.inputs.Inputs;
import org.anomalon.model.BuiltinModels;
import org.anomalon.model.Model;
import org.anomalon.observables.Channel;
import org.anomalon.observables.ChannelPrediction;
import org.anomalon.observables.DecayRates;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * All twelve branching ratios (with form-factor errors and validity flags) for one (model, m_X, g_X),
 * in µs. Inputs, CKM loop sums and form-factor tables are built once ({@link Setup}), as in a scan.
 * {@code twelveBranchingRatios} starts from the model's anomaly traces (what a g_X or m_X scan
 * repeats); {@code twelveBranchingRatiosFromModel} also redoes the exact anomaly algebra.
 * At m_X = 0.1 GeV every channel is open (worst case); at 2.1 GeV three are closed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RatesBenchmark {
    @Param({"0.1", "2.1"})
    public double massX;

    @Param({"0.018"})
    public double gX;

    private Model model;
    private double traceXWW;
    private double traceXYY;
    private WessZuminoCouplings wessZumino;
    private DecayRates rates;

    @Setup
    public void prepare() {
        Inputs inputs = Inputs.defaults();
        model = BuiltinModels.load("tau-flavour");
        AnomalyAnalysis analysis = AnomalyAnalysis.of(model);
        traceXWW = analysis.traceXWW().doubleValue();
        traceXYY = analysis.traceXYY().doubleValue();
        wessZumino = WessZuminoCouplings.forInputs(inputs);
        rates = DecayRates.forInputs(inputs);
    }

    @Benchmark
    public Map<Channel, ChannelPrediction> twelveBranchingRatios() {
        return rates.predictAll(wessZumino.of(traceXWW, traceXYY, gX), massX);
    }

    @Benchmark
    public Map<Channel, ChannelPrediction> twelveBranchingRatiosFromModel() {
        return rates.predictAll(wessZumino.of(AnomalyAnalysis.of(model), gX), massX);
    }
}
