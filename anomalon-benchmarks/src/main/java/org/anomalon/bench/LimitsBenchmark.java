package org.anomalon.bench;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.anomalon.anomaly.AnomalyAnalysis;
import org.anomalon.data.LimitEntry;
import org.anomalon.data.LimitsDatabase;
import org.anomalon.inputs.Inputs;
import org.anomalon.limits.CouplingLimits;
import org.anomalon.limits.EscapeModel;
import org.anomalon.limits.LimitCalculator;
import org.anomalon.limits.MassGrid;
import org.anomalon.limits.ModelSignals;
import org.anomalon.limits.Quantity;
import org.anomalon.model.BuiltinModels;
import org.anomalon.model.Model;
import org.anomalon.triangle.StContribution;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Every entry of the limits database (projections included) for one model on a 1000-point grid,
 * 1 MeV – 5 GeV: the model's signals (couplings, rates at g_X = 1, X's width and invisible fraction)
 * and the excluded intervals per mass (P_unseen, bands for a long-lived X) with the envelope, in ms.
 * Target (issue 11): under 50 ms warm; baryon is the model with bands.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LimitsBenchmark {
    @Param({"tau-flavour", "b-minus-l", "baryon"})
    public String modelName;

    private Model model;
    private List<LimitEntry> entries;
    private MassGrid grid;
    private double traceXWW;

    @Setup
    public void load() {
        model = BuiltinModels.load(modelName);
        entries = LimitsDatabase.load().entries();
        grid = MassGrid.logarithmic(1e-3, 5, 1000);
        traceXWW = AnomalyAnalysis.of(model).traceXWW().doubleValue();
    }

    @Benchmark
    public CouplingLimits allEntriesOn1000Masses() {
        ModelSignals signals = ModelSignals.of(model, Inputs.defaults(), StContribution.AUTO.decide(model));
        return LimitCalculator.compute(modelName, signals, entries,
                entry -> EscapeModel.of(entry, Optional.empty(), Inputs.defaults()), grid, Quantity.GX, traceXWW);
    }
}
