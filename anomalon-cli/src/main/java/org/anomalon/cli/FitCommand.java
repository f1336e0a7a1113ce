package org.anomalon.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.anomalon.InvalidInputException;
import org.anomalon.anomaly.AnomalyAnalysis;
import org.anomalon.fit.BestFit;
import org.anomalon.fit.FitTerm;
import org.anomalon.fit.SignalStrengthFit;
import org.anomalon.fit.TheoryBand;
import org.anomalon.fit.ExcessPlane;
import org.anomalon.fit.Interval;
import org.anomalon.fit.Likelihood;
import org.anomalon.fit.LikelihoodTerm;
import org.anomalon.fit.LimitReading;
import org.anomalon.fit.MeasurementSet;
import org.anomalon.fit.ModelFitReport;
import org.anomalon.fit.ModelLine;
import org.anomalon.fit.Prediction;
import org.anomalon.fit.Readings;
import org.anomalon.fit.SquaredReading;
import org.anomalon.format.Json;
import org.anomalon.histfactory.PoiFit;
import org.anomalon.format.SmithTaitReason;
import org.anomalon.inputs.Inputs;
import org.anomalon.inputs.TopMassScheme;
import org.anomalon.limits.BreakingCharge;
import org.anomalon.model.Model;
import org.anomalon.plot.FitFigures;
import org.anomalon.plot.PlotFiles;
import org.anomalon.study.FitRequest;
import org.anomalon.study.FitResult;
import org.anomalon.study.FitSignal;
import org.anomalon.study.LikelihoodOptions;
import org.anomalon.study.LimitTension;
import org.anomalon.study.WorkspaceTerm;
import org.anomalon.study.ModelStudy;
import org.anomalon.study.PlaneRequest;
import org.anomalon.study.PlaneResult;
import org.anomalon.study.StudyOptions;
import org.anomalon.triangle.StContribution;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code anomalon fit}: the χ² fit of the Belle II B → K E_miss excess (P0 Sec. 3.2.5, P2 Sec. II A)
 * for one model, or with {@code --plane} the Δχ² plane of anomaly traces (P0 Fig. 2).
 */
@Command(name = "fit", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Fit of the Belle II B -> K E_miss excess with an invisible X: by default with Belle II's own "
                + "B+ -> K+ nu nubar likelihood, or P0's Gaussian construction (P0 Sec. 3.2.5); best g_X with its statistical "
                + "and theory intervals, preference over the SM, predictions, limits in tension; with --plane the Delta chi^2 "
                + "regions in (g_X A_XWW, g_X A_XYY) with model lines (P0 Fig. 2); with --sm-only Belle II's own SM fit; with "
                + "--workspace FILE the parameter of interest of any pyhf workspace."})
final class FitCommand implements Callable<Integer> {
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

    @Option(names = "--x-range", paramLabel = "MIN:MAX", converter = Range.class,
            description = "With --plane: range of g_X A_XWW (default: +-2|x*|, x* the best g_X A_XWW of the B decays).")
    Interval xRange;

    @Option(names = "--y-range", paramLabel = "MIN:MAX", converter = Range.class, description = "With --plane: range of g_X A_XYY (default: +-12|x*|).")
    Interval yRange;

    @Option(names = "--region-dof", paramLabel = "K", defaultValue = "2",
            description = "With --plane: degrees of freedom of the 1/2/3 sigma regions (2: Delta chi^2 = 2.30, 6.18, 11.83; "
                    + "1: 1, 4, 9). Default: ${DEFAULT-VALUE}.")
    int regionDof;

    @Option(names = "--likelihood", paramLabel = "L", defaultValue = FitResult.WORKSPACE_LIKELIHOOD,
            description = "belle2-workspace: Belle II's own B+ -> K+ nu nubar likelihood (pyhf workspace, any m_X < 4.78 GeV) "
                    + "with the L3 Z -> gamma X bound; p0-gaussian: P0's Gaussian terms in g_S^2, g_P^2, B(Z -> gamma X) at "
                    + "2.1 GeV (measurement set belle2-two-body). Default: ${DEFAULT-VALUE}.")
    String likelihood;

    @Option(names = "--data", paramLabel = "SET",
            description = "Measurement set: built-in name (belle2-workspace, belle2-two-body, belle2-recast) or YAML file "
                    + "(format in docs/fit.md). Default: the set of --likelihood.")
    String data;

    @Option(names = "--terms", paramLabel = "T[,T...]", split = ",", converter = EnumOptions.FitTerms.class,
            description = "Gaussian terms to keep: gS, gP, Z (default: all the set has), e.g. --likelihood p0-gaussian --terms gS.")
    List<FitTerm> terms;

    @Option(names = "--mt-scheme", paramLabel = "pole|msbar", defaultValue = "pole", converter = EnumOptions.TopMassSchemes.class,
            description = "Top mass in the loop function F(m_t^2/m_W^2): pole (PDG m_t) or msbar (m_t(m_t) from it). "
                    + "Default: ${DEFAULT-VALUE}.")
    TopMassScheme topMassScheme;

    @Option(names = "--sm-only", description = "Fit the SM B+ -> K+ nu nubar signal strength in Belle II's workspace "
            + "(Belle II's own fit: mu, its error, sigma against no signal and against the SM).")
    boolean smOnly;

    @Option(names = "--workspace", paramLabel = "FILE",
            description = "Fit the parameter of interest of any pyhf workspace (HistFactory JSON, e.g. one published on "
                    + "HEPData), every other parameter profiled: best fit, 68%% interval, sigma against 0 and against 1.")
    Path workspaceFile;

    @Option(names = "--measurement", paramLabel = "NAME",
            description = "With --workspace: the workspace's measurement (its POI and settings). Default: the first.")
    String measurement;

    @Option(names = "--include", paramLabel = "GROUP", split = ",",
            description = "Optional measurement groups, e.g. b-to-pi-rho (Belle B -> pi/rho limits, P0 footnote 6).")
    List<String> include = new ArrayList<>();

    @Option(names = "--squared-reading", paramLabel = "R", defaultValue = "asymmetric",
            converter = EnumOptions.SquaredReadings.class,
            description = "How |g| = mu +- sigma becomes a Gaussian in g^2: asymmetric, linearised, upper, lower. "
                    + "Default: ${DEFAULT-VALUE}.")
    SquaredReading squaredReading;

    @Option(names = "--limit-reading", paramLabel = "R", defaultValue = "half-normal",
            converter = EnumOptions.LimitReadings.class,
            description = "How a limit at CL becomes a chi^2 term: half-normal (Delta chi^2 = 2.71 at a 90%% limit) or "
                    + "one-sided-gaussian (1.64). Default: ${DEFAULT-VALUE}.")
    LimitReading limitReading;

    @Option(names = "--st", paramLabel = "auto|on|off", defaultValue = "auto", converter = EnumOptions.SmithTaitRules.class,
            description = "Smith-Tait contribution, the same rule as 'rates' and 'limits': auto (default: on for currents "
                    + "conserved in the SM and vector-like, whose B -> K X comes from it alone), on, off.")
    StContribution smithTait;

    @Mixin
    BreakingChargeOption chargeS;

    @Override
    public Integer call() {
        FormatSupport.require(format, "--format", OutputFormat.text, OutputFormat.json);
        PrintWriter out = spec.commandLine().getOut();
        if (workspaceFile != null) {
            runWorkspace(out);
            out.flush();
            return 0;
        }
        if (measurement != null) {
            throw InvalidInputException.because("--measurement", "only meaningful with --workspace FILE");
        }
        if (smOnly) {
            runSignalStrength(out);
            out.flush();
            return 0;
        }
        checkOptions();
        if (plot != null) {
            PlotFiles.check(plot, "--plot");
        }
        Readings readings = new Readings(squaredReading, limitReading);
        StudyOptions options = StudyOptions.defaults()
                .withInputs(inputOptions.resolve().withTopMassScheme(topMassScheme))
                .withSmithTait(smithTait)
                .withLikelihood(likelihoodOptions(readings));
        if (plane) {
            runPlane(options, out);
        } else {
            runModel(options, out);
        }
        out.flush();
        return 0;
    }

    private void runModel(StudyOptions options, PrintWriter out) {
        options = chargeS.resolve().map(options::withBreakingCharge).orElse(options);
        FitRequest request = FitRequest.at(massX);
        FitResult fit = ModelStudy.of(modelOptions.resolve(), options).fit(withoutZ ? request.withoutZ() : request);
        if (plot != null) {
            PlotFiles.write(FitFigures.profile(fit), plot, "--plot");
        }
        if (format == OutputFormat.json) {
            ObjectNode json = modelJson(fit, options.inputs());
            json.put("BR_X_invisible", fit.invisibleFraction());
            out.println(Json.write(json));
        } else {
            out.print(FitText.model(fit, options.inputs()));
            if (plot != null) {
                out.println("Figure written to " + plot);
            }
        }
    }

    private void runPlane(StudyOptions options, PrintWriter out) {
        List<Model> lines = new ArrayList<>();
        for (String name : models == null ? ModelStudy.PAPER_PLANE_MODELS : models) {
            ModelOptions line = new ModelOptions();
            line.model = name;
            lines.add(line.resolve());
        }
        PlaneRequest request = new PlaneRequest(massX, lines,
                Optional.ofNullable(xRange), Optional.ofNullable(yRange), grid, regionDof);
        PlaneResult result = ModelStudy.plane(options, request);
        if (plot != null) {
            PlotFiles.write(FitFigures.plane(result), plot, "--plot");
        }
        if (format == OutputFormat.json) {
            out.println(Json.write(planeJson(result)));
        } else {
            out.print(FitText.plane(result));
            if (plot != null) {
                out.println("Figure written to " + plot);
            }
        }
    }

    /** The measurement set of --likelihood, or --data (which must agree with --likelihood when both are given). */
    private LikelihoodOptions likelihoodOptions(Readings readings) {
        String set = switch (likelihood) {
            case FitResult.WORKSPACE_LIKELIHOOD -> MeasurementSet.DEFAULT;
            case FitResult.GAUSSIAN_LIKELIHOOD -> MeasurementSet.P0_GAUSSIAN;
            default -> throw InvalidInputException.of("--likelihood", "likelihood", likelihood,
                    FitResult.WORKSPACE_LIKELIHOOD + " or " + FitResult.GAUSSIAN_LIKELIHOOD);
        };
        if (data != null) {
            boolean workspace = MeasurementSet.load(data).hasWorkspace();
            if (spec.commandLine().getParseResult().hasMatchedOption("--likelihood")
                    && workspace != likelihood.equals(FitResult.WORKSPACE_LIKELIHOOD)) {
                throw InvalidInputException.because("--data/--likelihood", "set '" + data + "' "
                        + (workspace ? "uses" : "does not use") + " Belle II's workspace, but --likelihood is " + likelihood);
            }
            set = data;
        }
        LikelihoodOptions options = new LikelihoodOptions(set, new LinkedHashSet<>(include), readings, Optional.empty());
        if (terms != null) {
            options = options.withTerms(EnumSet.copyOf(terms));
        }
        return options;
    }

    /** The options of a model fit, which a fit of a workspace's parameter of interest does not take. */
    private void refuseModelOptions(String mode, String what) {
        var parsed = spec.commandLine().getParseResult();
        for (String option : List.of("--model", "--charges", "--mx", "--plane", "--plot", "--data", "--terms", "--without-z",
                "--xs", "--mt-scheme", "--include", "--likelihood", "--sm-only")) {
            if (!option.equals(mode) && parsed.hasMatchedOption(option)) {
                throw InvalidInputException.because(option + "/" + mode, mode + " fits " + what
                        + "; it takes no model, mass or data options");
            }
        }
    }

    private void runWorkspace(PrintWriter out) {
        refuseModelOptions("--workspace", "the parameter of interest of a pyhf workspace");
        PoiFit fit = ModelStudy.workspaceFit(workspaceFile, Optional.ofNullable(measurement));
        if (format == OutputFormat.json) {
            ObjectNode root = Json.object();
            root.put("likelihood", "pyhf-workspace");
            root.put("workspace", fit.source());
            root.put("measurement", fit.measurement());
            root.put("poi", fit.poi());
            root.put("parameters", fit.parameterCount());
            root.put("gammas", fit.gammaCount());
            root.put("signal_strength", fit.value());
            root.put("signal_strength_error", (fit.errorAbove() + fit.errorBelow()) / 2);
            root.put("signal_strength_error_above", fit.errorAbove());
            root.put("signal_strength_error_below", fit.errorBelow());
            putOptional(root, "significance_sigma", fit.significance());
            putOptional(root, "significance_vs_sm_sigma", fit.significanceVsNominal());
            out.println(Json.write(root));
        } else {
            out.print(FitText.workspace(fit));
        }
    }

    private static void putOptional(ObjectNode node, String key, java.util.OptionalDouble value) {
        if (value.isPresent()) {
            node.put(key, value.getAsDouble());
        } else {
            node.putNull(key);
        }
    }

    private void runSignalStrength(PrintWriter out) {
        refuseModelOptions("--sm-only", "the SM signal strength of Belle II's workspace");
        SignalStrengthFit fit = ModelStudy.signalStrengthFit();
        if (format == OutputFormat.json) {
            ObjectNode root = Json.object();
            root.put("likelihood", FitResult.WORKSPACE_LIKELIHOOD);
            root.put("signal_strength", fit.signalStrength());
            root.put("signal_strength_error", fit.signalStrengthError());
            root.put("signal_strength_error_above", fit.errorAbove());
            root.put("signal_strength_error_below", fit.errorBelow());
            root.putArray("statistical_error").add(fit.statisticalAbove()).add(fit.statisticalBelow());
            root.putArray("systematic_error").add(fit.systematicAbove()).add(fit.systematicBelow());
            root.put("significance_sigma", fit.significanceSigma());
            root.put("significance_vs_sm_sigma", fit.significanceVsSmSigma());
            root.put("published", "mu = 4.6 +- 1.0 (stat) +- 0.9 (syst), 3.5 sigma from no signal, 2.7 sigma from the SM "
                    + "(Belle II, Phys. Rev. D 109 (2024) 112006, arXiv:2311.14647)");
            out.println(Json.write(root));
        } else {
            out.print(FitText.signalStrength(fit));
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
    }

    /** {@code MIN:MAX} with MIN < MAX, both finite. */
    static final class Range implements ITypeConverter<Interval> {
        @Override
        public Interval convert(String text) {
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
            throw new TypeConversionException("'" + text + "' is not allowed; expected MIN:MAX with MIN < MAX, e.g. -0.04:0.04");
        }
    }

    private static ObjectNode modelJson(FitResult fit, Inputs inputs) {
        ModelFitReport report = fit.report();
        AnomalyAnalysis traces = fit.traces();
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
        root.set("smith_tait", smithTaitJson(fit.signal()));
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
        vX.put("X_S_source", fit.charge().map(BreakingCharge::source).orElse("unknown: v_X is given for X_S = 1 (use --xs)"));
        root.put("equivalence_theorem_correction_mx2_over_mB2", fit.equivalenceTheoremCorrection());
        root.put("ew_scheme", inputs.ewScheme().label());
        ObjectNode overridden = root.putObject("inputs_overridden");
        inputs.overrides().forEach(overridden::put);
        ArrayNode profileNode = root.putArray("chi2_profile");
        for (double[] point : fit.profile(PROFILE_POINTS)) {
            profileNode.addArray().add(point[0]).add(point[1]);
        }
        ObjectNode likelihoodNode = likelihoodJson(fit.measurementSetName(), fit.likelihoodOptions().readings(),
                fit.likelihood(), Optional.of(fit));
        likelihoodNode.put("name", fit.likelihoodName());
        fit.workspace().ifPresent(workspace -> likelihoodNode.set("workspace", workspaceJson(workspace, best.couplingX())));
        root.set("likelihood", likelihoodNode);
        ObjectNode topMass = root.putObject("top_mass");
        topMass.put("value_GeV", fit.topMass().value_GeV());
        topMass.put("scheme", fit.topMass().scheme().label());
        topMass.put("source", fit.topMass().source());
        TheoryBand band = fit.theoryBand();
        root.putArray("theory_interval_gx").add(band.interval().lower()).add(band.interval().upper());
        ArrayNode variations = root.putArray("theory_variations");
        for (TheoryBand.Variation variation : band.variations()) {
            variations.addObject().put("name", variation.name()).put("description", variation.description())
                    .put("best_fit_gx", variation.couplingX());
        }
        ArrayNode tensions = root.putArray("tension_with_limits");
        for (LimitTension tension : fit.tensions()) {
            ObjectNode t = tensions.addObject();
            t.put("entry", tension.entry().id());
            t.put("database", tension.entry().database());
            t.put("experiment", tension.entry().experiment());
            t.put("channel", tension.entry().channel());
            ArrayNode excluded = t.putArray("excluded_gx");
            for (double[] band2 : tension.excluded().intervals()) {
                ArrayNode pair = excluded.addArray().add(band2[0]);
                if (Double.isInfinite(band2[1])) {
                    pair.addNull();
                } else {
                    pair.add(band2[1]);
                }
            }
            t.put("excludes_best_fit", tension.excludesBestFit());
            t.put("excludes_interval_1sigma", tension.excludesInterval());
            t.put("same_data", tension.sameData());
        }
        root.put("best_fit_excluded_by_search", fit.bestFitExcluded());
        return root;
    }

    private static ObjectNode workspaceJson(WorkspaceTerm workspace, double couplingX) {
        ObjectNode node = Json.object();
        node.put("source", "Belle II, Phys. Rev. D 109 (2024) 112006, arXiv:2311.14647 (pyhf workspace of arXiv:2507.12393)");
        node.putArray("q2_column_GeV2").add(workspace.q2Column_GeV2().lower()).add(workspace.q2Column_GeV2().upper());
        node.put("B_X_per_gx2", workspace.unseenRateAtUnitCoupling());
        node.put("B_X_at_best_fit", workspace.predicted(couplingX));
        node.put("B_X_best_fit_alone", workspace.alone().branchingRatio());
        node.putArray("B_X_interval_1sigma_alone").add(workspace.alone().interval1Sigma().lower())
                .add(workspace.alone().interval1Sigma().upper());
        node.put("significance_sigma_alone", workspace.alone().significanceSigma());
        return node;
    }

    /** Whether ST is in the fit, and the traces the fit uses (= the SM ones without it). */
    private static ObjectNode smithTaitJson(FitSignal signal) {
        ObjectNode node = Json.object();
        node.put("included", signal.smithTait().included());
        node.put("reason", SmithTaitReason.of(signal.smithTait()));
        node.put("A_XWW_effective", signal.effectiveTraceXWW());
        node.put("A_XYY_effective", signal.effectiveTraceXYY());
        return node;
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

    private static ObjectNode likelihoodJson(String setName, Readings readings, Likelihood likelihood, Optional<FitResult> fit) {
        ObjectNode node = Json.object();
        node.put("data", setName);
        node.put("squared_reading", readings.squared().label());
        node.put("limit_reading", readings.limits().label());
        ArrayNode terms = node.putArray("terms");
        for (LikelihoodTerm term : likelihood.terms()) {
            ObjectNode t = terms.addObject();
            t.put("observable", term.observable().label());
            t.put("central", term.term().central());
            t.put("sigma_above", term.term().sigmaAbove());
            t.put("sigma_below", term.term().sigmaBelow());
            fit.ifPresent(f -> {
                t.put("predicted_at_best_fit", f.predictedAtBestFit(term));
                t.put("chi2_at_best_fit", f.chiSquaredAtBestFit(term));
            });
            t.put("citation", term.citation());
        }
        return node;
    }

    private static ObjectNode planeJson(PlaneResult result) {
        ExcessPlane scan = result.scan();
        ObjectNode root = Json.object();
        root.put("mx_GeV", result.likelihood().massX_GeV());
        root.put("chi2_min", scan.combined().chiSquaredMin());
        ArrayNode best = root.putArray("best_point");
        best.add(scan.combined().bestX()).add(scan.combined().bestY());
        root.put("region_dof", result.regionDof());
        ArrayNode thresholds = root.putArray("delta_chi2_thresholds");
        for (int sigmas = 1; sigmas <= 3; sigmas++) {
            thresholds.add(result.threshold(sigmas));
        }
        ArrayNode modelsNode = root.putArray("models");
        for (int i = 0; i < scan.models().size(); i++) {
            ModelLine line = scan.models().get(i);
            FitSignal signal = result.signals().get(i);
            ObjectNode m = modelsNode.addObject();
            m.put("model", line.model());
            m.put("A_XWW", signal.traceXWW());
            m.put("A_XYY", signal.traceXYY());
            m.put("BR_X_invisible", signal.invisibleFraction());
            m.set("smith_tait", smithTaitJson(signal));
            m.putArray("ray").add(line.traceXWW()).add(line.traceXYY());
            m.put("best_fit_gx", line.best().couplingX());
            m.put("significance_sigma", line.best().significanceSigma());
            m.put("delta_chi2_plane", line.best().chiSquaredMin() - scan.combined().chiSquaredMin());
            m.putArray("best_point").add(line.bestX()).add(line.bestY());
        }
        ObjectNode likelihoodNode = likelihoodJson(result.measurementSetName(), result.likelihoodOptions().readings(),
                result.likelihood(), Optional.empty());
        likelihoodNode.put("name", result.workspace() ? FitResult.WORKSPACE_LIKELIHOOD : FitResult.GAUSSIAN_LIKELIHOOD);
        root.set("likelihood", likelihoodNode);
        return root;
    }
}
