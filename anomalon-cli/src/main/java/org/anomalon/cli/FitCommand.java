package org.anomalon.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.anomalon.InvalidInputException;
import org.anomalon.anomaly.AnomalyAnalysis;
import org.anomalon.fit.AnomalyObservables;
import org.anomalon.fit.BestFit;
import org.anomalon.fit.ExcessFit;
import org.anomalon.fit.ExcessPlane;
import org.anomalon.fit.Interval;
import org.anomalon.fit.Likelihood;
import org.anomalon.fit.LikelihoodTerm;
import org.anomalon.fit.LimitReading;
import org.anomalon.fit.MeasurementSet;
import org.anomalon.fit.ModelFit;
import org.anomalon.fit.ModelFitReport;
import org.anomalon.fit.ModelLine;
import org.anomalon.fit.ModelRay;
import org.anomalon.fit.Prediction;
import org.anomalon.fit.Readings;
import org.anomalon.fit.Significance;
import org.anomalon.fit.SquaredReading;
import org.anomalon.inputs.Inputs;
import org.anomalon.limits.BreakingCharge;
import org.anomalon.model.Model;
import org.anomalon.plot.PlotFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code anomalon fit}: the χ² fit of the Belle II B → K E_miss excess (P0 Sec. 3.2.5, P2 Sec. II A)
 * for one model, or with {@code --plane} the Δχ² plane of anomaly traces (P0 Fig. 2).
 */
@Command(name = "fit", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Fit of the Belle II B -> K E_miss excess with an invisible X (P0 Sec. 3.2.5): best g_X, "
                + "preference over the SM, predictions at the best fit; with --plane the Delta chi^2 regions in "
                + "(g_X A_XWW, g_X A_XYY) with model lines (P0 Fig. 2)."})
final class FitCommand implements Callable<Integer> {
    static final List<String> PAPER_MODELS = List.of("chiral-tau-l-only", "chiral-tau-l-minus-4r", "tau-flavour");
    private static final int PROFILE_POINTS = 121;

    @Spec
    CommandSpec spec;

    @Mixin
    ModelOptions modelOptions;

    @Mixin
    InputOptions inputOptions;

    @Option(names = "--mx", paramLabel = "GeV", defaultValue = "2.1",
            description = "Mass of X in GeV; the data must exist there (default set: 2.1). Default: ${DEFAULT-VALUE}.")
    double massX;

    @Option(names = "--without-z", description = "Leave the Z -> gamma X term out of the fit (P0 Fig. 2 right, dashed).")
    boolean withoutZ;

    @Option(names = "--format", defaultValue = "text", description = "text or json. Default: ${DEFAULT-VALUE}.")
    OutputFormat format;

    @Option(names = "--plot", paramLabel = "FILE",
            description = "Write the figure (.pdf, .svg or .png): chi^2 improvement vs g_X (P0 Fig. 2 right), "
                    + "or with --plane the Delta chi^2 plane (P0 Fig. 2 left).")
    Path plot;

    @Option(names = "--plane", description = "Scan the plane (g_X A_XWW, g_X A_XYY) instead of fitting one model.")
    boolean plane;

    @Option(names = "--models", paramLabel = "M[,M...]", split = ",",
            description = "With --plane: the models drawn as lines (built-in names or YAML files). "
                    + "Default: chiral-tau-l-only, chiral-tau-l-minus-4r, tau-flavour (P0 Fig. 2 left).")
    List<String> models;

    @Option(names = "--grid", paramLabel = "N", defaultValue = "300",
            description = "With --plane: N x N grid nodes. Default: ${DEFAULT-VALUE}.")
    int grid;

    @Option(names = "--x-range", paramLabel = "MIN:MAX",
            description = "With --plane: range of g_X A_XWW (default: +-2|x*|, x* the best g_X A_XWW of the B decays).")
    String xRange;

    @Option(names = "--y-range", paramLabel = "MIN:MAX", description = "With --plane: range of g_X A_XYY (default: +-12|x*|).")
    String yRange;

    @Option(names = "--region-dof", paramLabel = "K", defaultValue = "2",
            description = "With --plane: degrees of freedom of the 1/2/3 sigma regions (2: Delta chi^2 = 2.30, 6.18, 11.83; "
                    + "1: 1, 4, 9). Default: ${DEFAULT-VALUE}.")
    int regionDof;

    @Option(names = "--data", paramLabel = "SET", defaultValue = MeasurementSet.DEFAULT,
            description = "Measurement set: built-in name or YAML file (format in docs/fit.md). Default: ${DEFAULT-VALUE}.")
    String data;

    @Option(names = "--include", paramLabel = "GROUP", split = ",",
            description = "Optional measurement groups, e.g. b-to-pi-rho (Belle B -> pi/rho limits, P0 footnote 6).")
    List<String> include = new ArrayList<>();

    @Option(names = "--squared-reading", paramLabel = "R", defaultValue = "asymmetric",
            description = "How |g| = mu +- sigma becomes a Gaussian in g^2: asymmetric, linearised, upper, lower. "
                    + "Default: ${DEFAULT-VALUE}.")
    String squaredReading;

    @Option(names = "--limit-reading", paramLabel = "R", defaultValue = "half-normal",
            description = "How a limit at CL becomes a chi^2 term: half-normal (Delta chi^2 = 2.71 at a 90%% limit) or "
                    + "one-sided-gaussian (1.64). Default: ${DEFAULT-VALUE}.")
    String limitReading;

    @Option(names = "--xs", paramLabel = "X_S",
            description = "U(1)_X charge of the breaking scalar for v_X = m_X/(X_S g_X) (default: the model's only scalar).")
    Double chargeS;

    @Override
    public Integer call() {
        FormatSupport.require(format, "--format", OutputFormat.text, OutputFormat.json);
        checkOptions();
        if (plot != null) {
            PlotFiles.check(plot, "--plot");
        }
        Readings readings = new Readings(SquaredReading.parse(squaredReading), LimitReading.parse(limitReading));
        Inputs inputs = inputOptions.resolve();
        AnomalyObservables theory = AnomalyObservables.forInputs(inputs);
        MeasurementSet set = MeasurementSet.load(data);
        Likelihood likelihood = set.likelihood(massX, new LinkedHashSet<>(include), readings, theory);
        PrintWriter out = spec.commandLine().getOut();
        if (plane) {
            runPlane(likelihood, set, readings, out);
        } else {
            runModel(likelihood, set, readings, theory, inputs, out);
        }
        out.flush();
        return 0;
    }

    private void runModel(Likelihood likelihood, MeasurementSet set, Readings readings, AnomalyObservables theory,
                          Inputs inputs, PrintWriter out) {
        Optional<BreakingCharge> userCharge = chargeS == null ? Optional.empty() : Optional.of(BreakingCharge.user(chargeS));
        FitRun run = FitRun.of(modelOptions.resolve(), likelihood, massX, !withoutZ, theory, inputs, userCharge);
        ModelFitReport report = run.report();
        AnomalyAnalysis traces = run.traces();
        likelihood = run.likelihood();
        double invisibleFraction = run.invisibleFraction();
        double maxCoupling = run.profileRange();
        if (plot != null) {
            PlotFiles.write(FitFigures.profile(report, run.withZ(), run.withoutZ(), maxCoupling,
                    likelihood.hasObservable(ExcessFit.Z_PHOTON)), plot, "--plot");
        }
        ModelFit chosen = withoutZ ? run.withoutZ() : run.withZ();
        String chargeSource = run.charge().map(BreakingCharge::source).orElse(null);
        if (format == OutputFormat.json) {
            ObjectNode json = modelJson(report, traces, chosen.profile(maxCoupling, PROFILE_POINTS), set, readings,
                    likelihood, chargeSource, inputs);
            json.put("BR_X_invisible", invisibleFraction);
            out.println(Json.write(json));
        } else {
            out.print(FitText.model(report, traces, set, readings, likelihood, inputs, chargeSource, invisibleFraction));
            if (plot != null) {
                out.println("Figure written to " + plot);
            }
        }
    }

    private void runPlane(Likelihood likelihood, MeasurementSet set, Readings readings, PrintWriter out) {
        if (regionDof != 1 && regionDof != 2) {
            throw InvalidInputException.of("--region-dof", "degrees of freedom", regionDof, "1 or 2");
        }
        if (grid < 10 || grid > 2000) {
            throw InvalidInputException.of("--grid", "N", grid, "an integer in [10, 2000]");
        }
        Interval[] defaults = xRange == null || yRange == null ? ExcessPlane.defaultRanges(likelihood) : null;
        Interval x = xRange == null ? defaults[0] : parseRange(xRange, "--x-range");
        Interval y = yRange == null ? defaults[1] : parseRange(yRange, "--y-range");
        List<ModelRay> lines = new ArrayList<>();
        for (String name : models == null ? PAPER_MODELS : models) {
            ModelOptions options = new ModelOptions();
            options.model = name;
            Model model = options.resolve();
            AnomalyAnalysis traces = AnomalyAnalysis.of(model);
            lines.add(new ModelRay(model.name(), traces.traceXWW().doubleValue(), traces.traceXYY().doubleValue()));
        }
        ExcessPlane scan = ExcessPlane.scan(likelihood, lines, x, y, grid, grid);
        if (plot != null) {
            PlotFiles.write(FitFigures.plane(scan, regionDof), plot, "--plot");
        }
        if (format == OutputFormat.json) {
            out.println(Json.write(planeJson(scan, set, readings, likelihood)));
        } else {
            out.print(FitText.plane(scan, set, readings, likelihood, regionDof));
            if (plot != null) {
                out.println("Figure written to " + plot);
            }
        }
    }

    private void checkOptions() {
        var parsed = spec.commandLine().getParseResult();
        if (plane) {
            for (String option : List.of("--model", "--charges", "--without-z", "--xs")) {
                if (parsed.hasMatchedOption(option)) {
                    throw InvalidInputException.because(option + "/--plane",
                            option + " fits one model; --plane scans the trace plane (choose its model lines with --models)");
                }
            }
        } else {
            for (String option : List.of("--models", "--grid", "--x-range", "--y-range", "--region-dof")) {
                if (parsed.hasMatchedOption(option)) {
                    throw InvalidInputException.because(option, option + " only applies with --plane");
                }
            }
        }
        if (!(massX > 0) || !Double.isFinite(massX)) {
            throw InvalidInputException.of("--mx", "m_X", massX, "a mass in GeV > 0");
        }
    }

    static Interval parseRange(String text, String option) {
        String[] parts = text.split(":");
        if (parts.length == 2) {
            try {
                double min = Double.parseDouble(parts[0].trim());
                double max = Double.parseDouble(parts[1].trim());
                if (min < max && Double.isFinite(min) && Double.isFinite(max)) {
                    return new Interval(min, max);
                }
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw InvalidInputException.of(option, "range", text, "MIN:MAX with MIN < MAX, e.g. -0.04:0.04");
    }

    private ObjectNode modelJson(ModelFitReport report, AnomalyAnalysis traces, double[][] profile, MeasurementSet set,
                                 Readings readings, Likelihood likelihood, String chargeSource, Inputs inputs) {
        ObjectNode root = Json.object();
        root.put("model", report.model());
        root.put("mx_GeV", report.massX_GeV());
        root.put("A_XWW", Json.rational(traces.traceXWW()));
        root.put("A_XYY", Json.rational(traces.traceXYY()));
        BestFit best = report.best();
        root.put("best_fit_gx", best.couplingX());
        ArrayNode interval = root.putArray("gx_interval_1sigma");
        interval.add(best.interval1Sigma().lower()).add(best.interval1Sigma().upper());
        root.put("chi2_min", best.chiSquaredMin());
        root.put("chi2_sm", best.chiSquaredSM());
        root.put("delta_chi2_sm", best.deltaChiSquaredSM());
        root.put("significance_sigma", best.significanceSigma());
        root.put("includes_z_gamma", report.includesZ());
        ObjectNode alternative = root.putObject(report.includesZ() ? "without_z_gamma" : "with_z_gamma");
        alternative.put("best_fit_gx", report.alternative().couplingX());
        alternative.put("delta_chi2_sm", report.alternative().deltaChiSquaredSM());
        alternative.put("significance_sigma", report.alternative().significanceSigma());
        ObjectNode predictions = root.putObject("predictions");
        for (Prediction prediction : report.predictions()) {
            if (prediction.isClosed()) {
                predictions.putObject(prediction.observable()).put("closed", true);
            } else {
                predictionJson(predictions.putObject(prediction.observable()), prediction);
            }
        }
        ObjectNode vX = predictionJson(predictions.putObject("v_X_GeV"), report.anomalonScale());
        vX.put("X_S", report.chargeS());
        vX.put("X_S_source", chargeSource == null ? "unknown: v_X is given for X_S = 1 (use --xs)" : chargeSource);
        root.put("equivalence_theorem_correction_mx2_over_mB2",
                FitText.equivalenceTheoremCorrection(report.massX_GeV(), inputs));
        root.put("ew_scheme", inputs.ewScheme().label());
        ObjectNode overridden = root.putObject("inputs_overridden");
        InputOptions.overridden(inputs).forEach(overridden::put);
        ArrayNode profileNode = root.putArray("chi2_profile");
        for (double[] point : profile) {
            profileNode.addArray().add(point[0]).add(point[1]);
        }
        root.set("likelihood", likelihoodJson(set, readings, likelihood, report));
        return root;
    }

    private static ObjectNode predictionJson(ObjectNode node, Prediction prediction) {
        node.put("value", prediction.value());
        node.put("form_factor_uncertainty", prediction.theoryUncertainty());
        ArrayNode range = node.putArray("interval_1sigma");
        range.add(prediction.interval1Sigma().lower());
        double upper = prediction.interval1Sigma().upper();
        if (Double.isInfinite(upper)) {
            range.addNull();
        } else {
            range.add(upper);
        }
        return node;
    }

    private static ObjectNode likelihoodJson(MeasurementSet set, Readings readings, Likelihood likelihood,
                                             ModelFitReport report) {
        ObjectNode node = Json.object();
        node.put("data", set.name());
        node.put("squared_reading", readings.squared().name().toLowerCase().replace('_', '-'));
        node.put("limit_reading", readings.limits().name().toLowerCase().replace('_', '-'));
        ArrayNode terms = node.putArray("terms");
        for (LikelihoodTerm term : likelihood.terms()) {
            ObjectNode t = terms.addObject();
            t.put("observable", term.observable());
            t.put("central", term.term().central());
            t.put("sigma_above", term.term().sigmaAbove());
            t.put("sigma_below", term.term().sigmaBelow());
            if (report != null) {
                double g = report.best().couplingX();
                double predicted = term.response().value(g * report.traceXWW(), g * report.traceXYY());
                t.put("predicted_at_best_fit", predicted);
                t.put("chi2_at_best_fit", term.term().chiSquared(predicted));
            }
            t.put("citation", term.citation());
        }
        return node;
    }

    private ObjectNode planeJson(ExcessPlane scan, MeasurementSet set, Readings readings, Likelihood likelihood) {
        ObjectNode root = Json.object();
        root.put("mx_GeV", likelihood.massX_GeV());
        root.put("chi2_min", scan.combined().chiSquaredMin());
        ArrayNode best = root.putArray("best_point");
        best.add(scan.combined().bestX()).add(scan.combined().bestY());
        root.put("region_dof", regionDof);
        ArrayNode thresholds = root.putArray("delta_chi2_thresholds");
        for (int sigmas = 1; sigmas <= 3; sigmas++) {
            thresholds.add(Significance.deltaChiSquared(sigmas, regionDof));
        }
        ArrayNode modelsNode = root.putArray("models");
        for (ModelLine line : scan.models()) {
            ObjectNode m = modelsNode.addObject();
            m.put("model", line.model());
            m.put("A_XWW", line.traceXWW());
            m.put("A_XYY", line.traceXYY());
            m.put("best_fit_gx", line.best().couplingX());
            m.put("significance_sigma", line.best().significanceSigma());
            m.put("delta_chi2_plane", line.best().chiSquaredMin() - scan.combined().chiSquaredMin());
            m.putArray("best_point").add(line.bestX()).add(line.bestY());
        }
        root.set("likelihood", likelihoodJson(set, readings, likelihood, null));
        return root;
    }
}
