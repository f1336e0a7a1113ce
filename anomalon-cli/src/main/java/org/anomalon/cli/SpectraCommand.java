package org.anomalon.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.anomalon.InvalidInputException;
import org.anomalon.anomaly.AnomalyAnalysis;
import org.anomalon.model.Model;
import org.anomalon.model.Rationals;
import org.anomalon.spectra.AnomalonSearch;
import org.anomalon.spectra.AnomalyVerification;
import org.anomalon.spectra.ChiralTauClassification;
import org.anomalon.spectra.NaturalnessParameters;
import org.anomalon.spectra.SearchBounds;
import org.anomalon.spectra.SelectionCriteria;
import org.anomalon.spectra.SpectrumAssessment;
import org.anomalon.spectra.Topology;
import org.apache.commons.numbers.fraction.BigFraction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code anomalon spectra}: minimal anomalon spectra with naturalness (P0 Sec. 2, App. A; P2 Sec. III C). */
@Command(name = "spectra", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Exact classification of the minimal anomaly-cancelling fermions (anomalons) for a "
                + "current with a_{B+L} != 0 (P0 Sec. 2, App. A), or for P2's chiral tau current (--chiral-tau).",
            "By default prints the spectra passing P0's criteria: neutral lightest state (P0 eq. 2.10), "
                + "perturbativity (P0 eq. 2.11) and finite-naturalness bound (P0 eq. 2.9) >= --min-mass-tev."})
final class SpectraCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--alpha-bl", paramLabel = "A",
            description = "a_{B+L} = a_B + (a_e + a_mu + a_tau)/3 (P0 eq. 2.7), a rational. "
                    + "Default: from --model/--charges, else the default model.")
    String alphaBL;

    @Mixin
    ModelOptions modelOptions;

    @Option(names = "--npsi", description = "Number of anomalon multiplets N_Psi: 2, 3 or 4 (default 3).")
    Integer npsi;

    @Option(names = "--max-n", description = "Largest SU(2) dimension searched (default 50; 10 with --chiral-tau; "
            + "at most " + SearchBounds.MAX_DIMENSION_CAP + ").")
    Integer maxDimension;

    @Option(names = "--max-denominator", defaultValue = "6", description = "Largest denominator q of the 2DL "
            + "hypercharges Y = p/q scanned (default: ${DEFAULT-VALUE}).")
    int maxDenominator;

    @Option(names = "--coloured", description = "Also admit coloured anomalons (P0 eqs. A.18-A.23).")
    boolean coloured;

    @Option(names = "--all", description = "Print every anomaly-free spectrum found, not only the viable ones.")
    boolean all;

    @Option(names = "--naturalness", defaultValue = "paper",
            description = "Naturalness preset: paper or planck (docs/physics.md sec. 3; default: ${DEFAULT-VALUE}).")
    String preset;

    @Option(names = "--delta", description = "Fine tuning Delta of P0 eq. 2.8 (preset: 100).")
    Double delta;

    @Option(names = "--g", description = "SU(2) coupling g in P0 eqs. 2.9 and 2.11 (preset: 0.65).")
    Double su2Coupling;

    @Option(names = "--g-prime", description = "Hypercharge coupling g' in P0 eq. 2.9 (preset value).")
    Double hyperchargeCoupling;

    @Option(names = "--mu", description = "Renormalisation scale mu in GeV in P0 eq. 2.9 (preset value).")
    Double renormalisationScale;

    @Option(names = "--higgs-mass", description = "Higgs pole mass M_h in GeV (preset: 125.1).")
    Double higgsMass;

    @Option(names = "--min-mass-tev", defaultValue = "1",
            description = "Smallest acceptable naturalness bound in TeV (default: ${DEFAULT-VALUE}).")
    double minimumMassTeV;

    @Option(names = "--chiral-tau", description = "Classify P2's chiral tau current, alpha_R/alpha_L = -1/m "
            + "(P2 eqs. 31-33, Table II).")
    boolean chiralTau;

    @Option(names = "--rational-m", description = "With --chiral-tau: also print non-integer m.")
    boolean rationalM;

    @Option(names = "--format", defaultValue = "text", description = "text, json, csv or latex (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (chiralTau) {
            requireNotGiven();
            int maxN = maxDimension == null ? 10 : maxDimension;
            out.println(SpectraTables.chiralTau(ChiralTauClassification.classify(maxN, rationalM), maxN, rationalM,
                    format));
        } else {
            if (rationalM) {
                throw InvalidInputException.because("--rational-m", "only meaningful with --chiral-tau");
            }
            out.println(vectorCurrent());
        }
        out.flush();
        return 0;
    }

    private String vectorCurrent() {
        Model current = current();
        BigFraction alpha = AnomalyAnalysis.of(current).alphaBL().orElseThrow();
        int fieldCount = npsi == null ? 3 : npsi;
        List<Topology> topologies = Topology.withFieldCount(fieldCount);
        int maxN = maxDimension == null ? 50 : maxDimension;
        SearchBounds bounds = (coloured ? SearchBounds.coloured(maxN) : SearchBounds.colourless(maxN))
                .withMaxDenominator(maxDenominator);
        NaturalnessParameters naturalness = naturalness();
        SelectionCriteria criteria = SelectionCriteria.paper().withNaturalness(naturalness)
                .withSu2Coupling(naturalness.su2Coupling()).withMinimumMass(minimumMassTeV * 1000);
        List<SpectrumAssessment> assessed = SpectrumAssessment.ofAll(AnomalonSearch.search(alpha, fieldCount, bounds),
                current, criteria);
        List<SpectrumAssessment> shown = all ? assessed : assessed.stream().filter(SpectrumAssessment::viable).toList();
        return SpectraTables.vector(new SpectraTables.VectorRun(current, alpha, fieldCount, topologies, bounds, criteria,
                assessed.size(), shown, all), format);
    }

    /** The SM charges: from --alpha-bl (the current a_{B+L} B), else from --model/--charges. */
    private Model current() {
        if (alphaBL != null) {
            if (modelOptions.model != null || modelOptions.charges != null) {
                throw InvalidInputException.because("--alpha-bl", "give either --alpha-bl or --model/--charges, not both");
            }
            BigFraction alpha = Rationals.parse(alphaBL, "--alpha-bl", "a_{B+L}");
            requireNonZero(alpha, "--alpha-bl");
            return AnomalyVerification.baryonCurrent(alpha);
        }
        Model model = modelOptions.resolve();
        BigFraction alpha = AnomalyAnalysis.of(model).alphaBL().orElseThrow(() -> InvalidInputException.because(
                "--model/--charges", "model '" + model.name() + "' is not a vector current of P0 eq. (1.1), so it "
                        + "has no a_{B+L}; use --chiral-tau for P2's chiral tau current or give --alpha-bl"));
        requireNonZero(alpha, "--model/--charges");
        return model;
    }

    private static void requireNonZero(BigFraction alpha, String source) {
        if (alpha.signum() == 0) {
            throw InvalidInputException.of(source, "a_{B+L}", "0", "a non-zero value: with a_{B+L} = 0 the mixed "
                    + "anomalies (P0 eqs. 2.4-2.6) vanish and no anomalons are needed");
        }
    }

    private NaturalnessParameters naturalness() {
        NaturalnessParameters parameters = NaturalnessParameters.preset(preset);
        if (delta != null) {
            parameters = parameters.withFineTuning(delta);
        }
        if (su2Coupling != null) {
            parameters = parameters.withSu2Coupling(su2Coupling);
        }
        if (hyperchargeCoupling != null) {
            parameters = parameters.withHyperchargeCoupling(hyperchargeCoupling);
        }
        if (renormalisationScale != null) {
            parameters = parameters.withRenormalisationScale(renormalisationScale);
        }
        if (higgsMass != null) {
            parameters = parameters.withHiggsPoleMass(higgsMass);
        }
        return parameters;
    }

    private void requireNotGiven() {
        if (alphaBL != null || modelOptions.model != null || modelOptions.charges != null) {
            throw InvalidInputException.because("--chiral-tau", "the chiral tau classification fixes the current "
                    + "(P2: l3 -> alpha_L, e3 -> alpha_R = -alpha_L/m); drop --alpha-bl/--model/--charges");
        }
        if (npsi != null || coloured || all) {
            throw InvalidInputException.because("--chiral-tau", "--npsi, --coloured and --all do not apply to the "
                    + "chiral tau classification (one anomalon pair L_L, L_R)");
        }
    }
}
