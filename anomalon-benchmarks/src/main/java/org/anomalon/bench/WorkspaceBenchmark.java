package org.anomalon.bench;

import java.util.concurrent.TimeUnit;
import org.anomalon.fit.AnomalyObservables;
import org.anomalon.fit.BelleTwoWorkspace;
import org.anomalon.fit.BestFit;
import org.anomalon.fit.Observable;
import org.anomalon.fit.PlaneGrid;
import org.anomalon.fit.SignalStrengthFit;
import org.anomalon.fit.TwoBodyScan;
import org.anomalon.histfactory.HistFactoryModel;
import org.anomalon.histfactory.LikelihoodFit;
import org.anomalon.histfactory.ProfileLikelihood;
import org.anomalon.inputs.Inputs;
import org.anomalon.observables.Channel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Belle II's B⁺ → K⁺νν̄ workspace (issue 14 targets: one profiled evaluation < 1 ms, a best fit in
 * g_X < 50 ms, a 100 × 100 (m_X, g_X) Δχ² map < 5 s on 2 cores), in µs per operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class WorkspaceBenchmark {
    private BelleTwoWorkspace belle;
    private ProfileLikelihood profile;
    private LikelihoodFit best;
    private static final Observable B_TO_K = Observable.of(Channel.B_PLUS_TO_K_PLUS);
    private AnomalyObservables theory;
    private double[] masses;
    private double[] couplings;
    private boolean flip;

    @Setup
    public void prepare() {
        belle = BelleTwoWorkspace.load();
        profile = ProfileLikelihood.of(HistFactoryModel.of(belle.workspace()));
        best = profile.bestFit();
        theory = AnomalyObservables.forInputs(Inputs.defaults());
        masses = new double[100];
        couplings = new double[100];
        for (int i = 0; i < 100; i++) {
            masses[i] = 0.1 + 4.5 * i / 99;
            couplings[i] = 0.03 * i / 99;
        }
    }

    /** One profiled evaluation: μ fixed, 51 α by Newton from the previous point, 180 γ in closed form (μ alternates 4.0, 4.1). */
    @Benchmark
    public LikelihoodFit profiledEvaluation() {
        flip = !flip;
        return profile.profile(flip ? 4.0 : 4.1);
    }

    /** One profiled evaluation at the SM (μ = 1) started from the best fit, 3.6σ of μ away. */
    @Benchmark
    public LikelihoodFit profiledEvaluationFromBestFit() {
        return profile.profile(1, best);
    }

    /** Belle II's fit: μ̂, its interval, the stat-only interval, q(0) and q(1). */
    @Benchmark
    public SignalStrengthFit signalStrengthFit() {
        return belle.signalStrengthFit();
    }

    /**
     * A best fit in g_X at m_X = 2.1 GeV (τ flavour): B̂_X, its 1σ interval, q(0) mapped to g_X. The
     * column's two-body model and fit are built once per process and shared (BelleTwoWorkspace), so
     * after the first operation this measures the mapping alone.
     */
    @Benchmark
    public BestFit bestFitInCoupling() {
        double rate = theory.response(B_TO_K, 2.1).value(-1, 1);
        return belle.twoBody(2.1).bestFitInCoupling(rate);
    }

    /**
     * The 100 × 100 (m_X ∈ [0.1, 4.6] GeV, g_X ∈ [0, 0.03]) Δχ² map of the τ-flavour model, masses in
     * parallel; the columns' fits and anchors are made by the first operation and shared afterwards.
     */
    @Benchmark
    public PlaneGrid massCouplingMap100() {
        return TwoBodyScan.massCouplingPlane(belle, masses, couplings, m -> theory.response(B_TO_K, m).value(-1, 1));
    }
}
