package org.anomalon.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.anomalon.model.Model;
import org.anomalon.model.Rationals;
import org.anomalon.spectra.AnomalonKind;
import org.anomalon.spectra.AnomalonSearch;
import org.anomalon.spectra.AnomalonSpectrum;
import org.anomalon.spectra.AnomalyVerification;
import org.anomalon.spectra.FiniteNaturalness;
import org.anomalon.spectra.NaturalnessMultiplet;
import org.anomalon.spectra.NaturalnessParameters;
import org.anomalon.spectra.SearchBounds;
import org.anomalon.spectra.SelectionCriteria;
import org.anomalon.spectra.SpectrumAssessment;
import org.apache.commons.numbers.fraction.BigFraction;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The exact anomalon search for N_Ψ = 2, 3, 4 (all topologies) with every SU(2) dimension ≤ 50
 * (target < 1 s), the same plus the assessment of every spectrum found (anomaly verification,
 * neutral LP, perturbativity, naturalness), and one finite-naturalness bound (target < 10 µs).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
public class SpectraBenchmark {
    private static final BigFraction ALPHA = Rationals.of(1, 3);

    private SearchBounds bounds;
    private Model current;
    private SelectionCriteria criteria;
    private List<NaturalnessMultiplet> table3FirstRow;
    private NaturalnessParameters paper;

    @Setup
    public void prepare() {
        bounds = SearchBounds.colourless(50);
        current = AnomalyVerification.baryonCurrent(ALPHA);
        criteria = SelectionCriteria.paper();
        paper = NaturalnessParameters.paper();
        // P0 Table 3, first row: DL (1, 1) and DL (2, 1/2)
        table3FirstRow = List.of(NaturalnessMultiplet.colourless(AnomalonKind.DL, 1, BigFraction.ONE),
                NaturalnessMultiplet.colourless(AnomalonKind.DL, 2, Rationals.of(1, 2)));
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public void searchAllTopologiesUpTo50(Blackhole blackhole) {
        for (int npsi = 2; npsi <= 4; npsi++) {
            blackhole.consume(AnomalonSearch.search(ALPHA, npsi, bounds));
        }
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public void searchAndAssessAllTopologiesUpTo50(Blackhole blackhole) {
        for (int npsi = 2; npsi <= 4; npsi++) {
            List<AnomalonSpectrum> spectra = AnomalonSearch.search(ALPHA, npsi, bounds);
            blackhole.consume(SpectrumAssessment.ofAll(spectra, current, criteria));
        }
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public double naturalnessBoundOneSpectrum() {
        return FiniteNaturalness.massBound(table3FirstRow, paper);
    }
}
