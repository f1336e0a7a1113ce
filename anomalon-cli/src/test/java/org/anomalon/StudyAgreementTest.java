package org.anomalon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.anomalon.cli.CliTestSupport;
import org.anomalon.eft.EffectiveCouplings;
import org.anomalon.eft.FlavourTransition;
import org.anomalon.fit.BestFit;
import org.anomalon.fit.Prediction;
import org.anomalon.format.Json;
import org.anomalon.limits.CouplingLimits;
import org.anomalon.limits.MassGrid;
import org.anomalon.model.BuiltinModels;
import org.anomalon.model.ChargeAssignment;
import org.anomalon.model.Model;
import org.anomalon.observables.Channel;
import org.anomalon.observables.ChannelPrediction;
import org.anomalon.observables.xdecay.PartialWidth;
import org.anomalon.study.Benchmark;
import org.anomalon.study.FitOutcome;
import org.anomalon.study.FitRequest;
import org.anomalon.study.FitResult;
import org.anomalon.study.LimitsRequest;
import org.anomalon.study.ModelStudy;
import org.anomalon.study.Point;
import org.anomalon.study.RatesResult;
import org.anomalon.uv.UvAnalysis;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One study, one answer (issue 12): for every built-in model and three inline charge sets, the
 * commands {@code rates}, {@code fit} (and its plane), {@code limits}, {@code uv} and
 * {@code report} ({@code tables/*.json}), run in-process, give the facade's numbers for the same
 * inputs, to the last bit, and agree on whether the model gives B → K X at all. Few points per
 * model keep it cheap: rates at the report's benchmark and at a light point (K and D channels
 * open), limits on five masses, the plane on a 10 × 10 grid.
 */
class StudyAgreementTest {
    private static final List<String> CHARGES = List.of("Lmu=1", "B=1,Ltau=-3", "Le=1,Lmu=-1");
    /** K → π X and D → π X open, X light enough to be long-lived for most couplings. */
    private static final Point LIGHT = Point.of(0.1, 1e-4);
    private static final MassGrid FIVE_MASSES = MassGrid.logarithmic(1e-3, 5, 5);
    /** The Belle II B → K X search of the limits database covers the masses of the five below this. */
    private static final double B_TO_K_REACH_GEV = 4;

    static Stream<Arguments> models() {
        List<Arguments> models = new ArrayList<>();
        BuiltinModels.NAMES.forEach(name -> models.add(Arguments.of(List.of("--model", name), BuiltinModels.load(name))));
        CHARGES.forEach(charges -> models.add(Arguments.of(List.of("--charges", charges),
                ChargeAssignment.parseInline(charges, "--charges"))));
        return models.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void everyLayerGivesTheFacadesNumbers(List<String> modelOptions, Model model, @TempDir Path dir) throws IOException {
        ModelStudy study = ModelStudy.of(model);
        FitOutcome excess = study.tryFit(FitRequest.excess());
        Benchmark benchmark = study.benchmark(excess);
        Path report = dir.resolve("report");
        CliTestSupport written = run(modelOptions, "report", "--out", report.toString(), "--quiet");
        assertThat(written.exitCode()).as(written.err()).isZero();

        RatesResult rates = study.rates(benchmark.point());
        assertRates(rates, json(modelOptions, "rates", "--mx", text(benchmark.massX_GeV()), "--gx", text(benchmark.couplingX())));
        assertRates(study.rates(LIGHT), json(modelOptions, "rates", "--mx", text(LIGHT.massX_GeV()), "--gx", text(LIGHT.couplingX())));
        assertReportRates(rates, report);

        JsonNode limits = json(modelOptions, "limits", "--points", "5");
        assertLimits(study.limits(LimitsRequest.on(FIVE_MASSES)).limits(), limits);
        assertReportLimits(study, report);

        assertFit(study, excess, modelOptions, report);
        assertUv(study, modelOptions, benchmark, report);
        assertBToKX(study, rates, limits, excess, report);
    }

    // ---- rates ----

    private static void assertRates(RatesResult rates, JsonNode json) {
        for (Channel channel : Channel.values()) {
            ChannelPrediction p = rates.prediction(channel);
            same(channel.label(), p.branchingRatio().orElse(Double.NaN), json.get("branching_ratios").get(channel.label()));
            same(channel.label() + " error", p.branchingRatioUncertainty().orElse(Double.NaN),
                    json.get("branching_ratio_errors").get(channel.label()));
            same(channel.label() + " validity", p.validity(), json.get("validity").get(channel.label()));
        }
        EffectiveCouplings couplings = rates.couplings();
        for (FlavourTransition transition : FlavourTransition.values()) {
            JsonNode g = json.get("couplings").get(transition.key());
            same(transition.key(), couplings.flavourChanging(transition).getReal(), g.get("re"));
            same(transition.key(), couplings.flavourChanging(transition).getImaginary(), g.get("im"));
        }
        same("g_S", rates.belleTwo().gS().norm(), json.get("couplings").get("g_S"));
        same("C_XZgamma", couplings.cXZgamma().getReal(), json.get("couplings").get("C_XZgamma"));
        assertThat(json.get("smith_tait").get("included").asBoolean()).isEqualTo(rates.smithTait().included());
        JsonNode decays = json.get("x_decays");
        same("BR(X -> invisible)", rates.xDecays().invisibleBranchingRatio(), decays.get("BR_invisible"));
        same("Gamma_X", rates.xDecays().totalWidth_GeV(), decays.get("width_GeV"));
        for (PartialWidth width : rates.xDecays().channels()) {
            JsonNode channel = decays.get("channels").get(width.channel().label());
            if (width.isOpen()) {
                same(width.channel().label(), width.width_GeV(), channel.get("width_GeV"));
            }
        }
    }

    private static void assertReportRates(RatesResult rates, Path report) throws IOException {
        JsonNode branchingRatios = table(report, "branching-ratios");
        for (Channel channel : Channel.values()) {
            JsonNode row = row(branchingRatios, "channel", channel.label());
            ChannelPrediction p = rates.prediction(channel);
            same(channel.label(), p.branchingRatio().orElse(Double.NaN), row.get("BR"));
            same(channel.label() + " error", p.branchingRatioUncertainty().orElse(Double.NaN), row.get("± (form factors)"));
        }
        JsonNode couplings = table(report, "couplings");
        for (FlavourTransition transition : FlavourTransition.values()) {
            JsonNode row = row(couplings, "coupling", transition.key());
            same(transition.key(), rates.couplings().flavourChanging(transition).getReal(), row.get("Re"));
            same(transition.key(), rates.couplings().flavourChanging(transition).getImaginary(), row.get("Im"));
        }
        JsonNode decays = table(report, "x-decays");
        for (PartialWidth width : rates.xDecays().channels()) {
            if (width.isOpen()) {
                JsonNode row = row(decays, "channel", width.channel().label());
                same(width.channel().label(), width.width_GeV(), row.get("width [GeV]"));
                same(width.channel().label(), rates.xDecays().branchingRatio(width), row.get("BR"));
            }
        }
    }

    // ---- limits ----

    private static void assertLimits(CouplingLimits limits, JsonNode json) {
        assertThat(json.get("limits")).hasSize(limits.limits().size());
        for (int k = 0; k < limits.limits().size(); k++) {
            CouplingLimits.EntryLimit entry = limits.limits().get(k);
            JsonNode node = json.get("limits").get(k);
            assertThat(node.get("id").asText()).isEqualTo(entry.entry().id());
            sameValues(entry.entry().id(), entry.values(), node.get("values"));
        }
        sameValues("envelope", limits.envelope().values(), json.get("envelope").get("values"));
    }

    /** The report's envelope table samples the facade's limits on the report's grid (projections included, not in the envelope). */
    private static void assertReportLimits(ModelStudy study, Path report) throws IOException {
        CouplingLimits limits = study.limits(LimitsRequest.on(LimitsRequest.PAPER_GRID).withProjections()).limits();
        if (!Files.exists(report.resolve("tables/limits-envelope.json"))) {
            assertThat(limits.limits()).noneMatch(CouplingLimits.EntryLimit::hasAnyLimit);
            return;
        }
        double[] masses = limits.masses();
        List<Double> grid = java.util.Arrays.stream(masses).boxed().toList();
        for (JsonNode row : table(report, "limits-envelope").get("rows")) {
            int i = grid.indexOf(row.get("m_X [GeV]").asDouble());
            assertThat(i).as("a mass of the report's grid").isNotNegative();
            same("envelope at " + masses[i], limits.envelope().values()[i], row.get("g_X max"));
        }
    }

    // ---- fit ----

    private static void assertFit(ModelStudy study, FitOutcome excess, List<String> modelOptions, Path report) throws IOException {
        CliTestSupport fit = run(modelOptions, "fit", "--format", "json");
        if (excess.fit().isEmpty()) {
            assertThat(fit.exitCode()).as(fit.out()).isIn(2, 3);
            assertThat(fit.err()).contains(excess.reason());
            assertThat(report.resolve("tables/fit.json")).doesNotExist();
            return;
        }
        FitResult result = excess.fit().get();
        assertThat(fit.exitCode()).as(fit.err()).isZero();
        JsonNode json = Json.read(fit.out());
        BestFit best = result.report().best();
        same("best g_X", best.couplingX(), json.get("best_fit_gx"));
        same("1 sigma", best.interval1Sigma().lower(), json.get("gx_interval_1sigma").get(0));
        same("Delta chi2", best.deltaChiSquaredSM(), json.get("delta_chi2_sm"));
        same("sigma", best.significanceSigma(), json.get("significance_sigma"));
        same("without Z", result.report().alternative().couplingX(), json.get("without_z_gamma").get("best_fit_gx"));
        same("BR(X -> invisible)", result.invisibleFraction(), json.get("BR_X_invisible"));
        for (Prediction p : result.report().predictions()) {
            if (!p.isClosed()) {
                same(p.observable(), p.value(), json.get("predictions").get(p.observable()).get("value"));
            }
        }

        JsonNode table = table(report, "fit");
        for (int k = 0; k < 2; k++) {
            BestFit fitted = k == 0 ? best : result.report().alternative();
            JsonNode row = table.get("rows").get(k);
            same("best g_X", fitted.couplingX(), row.get("best g_X"));
            same("1 sigma", fitted.interval1Sigma().upper(), row.get("1 sigma").get(1));
            same("Delta chi2", fitted.deltaChiSquaredSM(), row.get("Delta chi2 (SM)"));
            same("sigma", fitted.significanceSigma(), row.get("sigma"));
        }
        JsonNode predictions = table(report, "fit-predictions");
        for (Prediction p : result.report().predictions()) {
            same(p.observable(), p.isClosed() ? Double.NaN : p.value(), row(predictions, "observable", p.observable()).get("best fit"));
        }

        // The plane sees the model as the fit does: same signal, same invisible fraction, same best g_X.
        JsonNode plane = json(List.of(), "fit", "--plane", "--models", modelName(modelOptions, report), "--grid", "10");
        JsonNode line = plane.get("models").get(0);
        same("plane BR(X -> invisible)", result.invisibleFraction(), line.get("BR_X_invisible"));
        same("plane best g_X", best.couplingX(), line.get("best_fit_gx"));
    }

    /** The plane takes model names or files: inline charges go as a model file with the same charges. */
    private static String modelName(List<String> modelOptions, Path directory) throws IOException {
        if (modelOptions.get(0).equals("--model")) {
            return modelOptions.get(1);
        }
        String charges = modelOptions.get(1).replace("=", ": ");
        return Files.writeString(directory.resolveSibling("inline.yaml"), "name: inline\ncharges: {" + charges + "}\n").toString();
    }

    // ---- UV ----

    private static void assertUv(ModelStudy study, List<String> modelOptions, Benchmark benchmark, Path report) throws IOException {
        String[] point = {"--mx", text(benchmark.massX_GeV()), "--gx", text(benchmark.couplingX())};
        UvAnalysis.Request request = UvAnalysis.Request.at(benchmark.massX_GeV(), benchmark.couplingX());
        CliTestSupport uv = run(modelOptions, "uv", "--format", "json", point[0], point[1], point[2], point[3]);
        List<Model> completions = study.uvCompletions();
        if (completions.isEmpty() || completions.get(0) != study.model()) {
            assertThat(uv.exitCode()).as(uv.out()).isEqualTo(2);
            assertThatThrownBy(() -> study.uv(request)).isInstanceOf(InvalidInputException.class);
        } else {
            assertThat(uv.exitCode()).as(uv.err()).isZero();
            assertUv(study.uv(request), Json.read(uv.out()));
        }
        for (Model completion : completions) {
            UvAnalysis analysis = ModelStudy.of(completion).uv(request);
            JsonNode table = table(report, "uv-" + completion.name());
            for (UvAnalysis.AnomalonReport anomalon : analysis.anomalons()) {
                JsonNode row = row(table, "anomalon", anomalon.multiplet().name());
                same(anomalon.multiplet().name(), anomalon.mass_GeV(), row.get("m (y=1) [GeV]"));
                same(anomalon.multiplet().name(), anomalon.massMax_GeV(), row.get("m_max [GeV]"));
            }
        }
    }

    private static void assertUv(UvAnalysis uv, JsonNode json) {
        same("v_X", uv.scale().breakingVev_GeV(), json.get("v_X_GeV"));
        for (int k = 0; k < uv.anomalons().size(); k++) {
            UvAnalysis.AnomalonReport anomalon = uv.anomalons().get(k);
            JsonNode node = json.get("anomalons").get(k);
            assertThat(node.get("name").asText()).isEqualTo(anomalon.multiplet().name());
            same(anomalon.multiplet().name(), anomalon.mass_GeV(), node.get("mass_GeV_at_y"));
            same(anomalon.multiplet().name(), anomalon.massMax_GeV(), node.get("mass_max_GeV"));
        }
    }

    // ---- B -> K X ----

    /** Every layer's answer to "does the model give B → K X?" is the facade's. */
    private static void assertBToKX(ModelStudy study, RatesResult rates, JsonNode limits, FitOutcome excess, Path report)
            throws IOException {
        boolean produces = study.producesBToKX();
        assertThat(rates.producesBToKX()).as("rates").isEqualTo(produces);
        assertThat(study.fitSignal(2.1).producesBToKX()).as("fit signal").isEqualTo(produces);
        assertThat(row(table(report, "branching-ratios"), "channel", Channel.B_PLUS_TO_K_PLUS.label()).get("BR").asDouble() > 0)
                .as("report").isEqualTo(produces);
        if (!produces) {
            assertThat(excess.reason()).contains("predicts no B -> K X");
        } else {
            assertThat(excess.reason()).doesNotContain("predicts no B -> K X");
        }
        boolean limitFromBToK = false;
        boolean visibleLimitFromBToK = false;
        for (JsonNode entry : limits.get("limits")) {
            String channel = entry.get("channel").asText();
            if (entry.get("database").asText().equals("anomalon") && channel.startsWith("B") && channel.contains("->K")) {
                boolean any = false;
                for (JsonNode value : entry.get("values")) {
                    any |= !value.isNull();
                }
                // the searches that see X decay (channel "B+->K+X, X->l+l-") need no missing energy
                if (channel.contains(", X->")) {
                    visibleLimitFromBToK |= any;
                } else {
                    limitFromBToK |= any;
                }
            }
        }
        assertThat(!visibleLimitFromBToK || produces).as("a visible B -> K X limit needs B -> K X").isTrue();
        // A B -> K X limit needs X to leave unseen at one of the masses the Belle II search covers.
        boolean unseen = java.util.Arrays.stream(FIVE_MASSES.masses()).filter(m -> m < B_TO_K_REACH_GEV)
                .anyMatch(m -> study.signals().invisibleFraction(m) > 0);
        assertThat(limitFromBToK).as("a B -> K X limit").isEqualTo(produces && unseen);
    }

    // ---- helpers ----

    private static CliTestSupport run(List<String> modelOptions, String command, String... args) {
        List<String> all = new ArrayList<>(List.of(command));
        all.addAll(modelOptions);
        all.addAll(List.of(args));
        return CliTestSupport.run(all.toArray(String[]::new));
    }

    private static JsonNode json(List<String> modelOptions, String command, String... args) {
        List<String> all = new ArrayList<>(modelOptions);
        all.addAll(List.of(args));
        return CliTestSupport.json(command, all.toArray(String[]::new));
    }

    /** The shortest text that parses back to the same double. */
    private static String text(double value) {
        return Double.toString(value);
    }

    private static JsonNode table(Path report, String id) throws IOException {
        return Json.read(Files.readString(report.resolve("tables/" + id + ".json")));
    }

    private static JsonNode row(JsonNode table, String column, String key) {
        for (JsonNode row : table.get("rows")) {
            if (row.get(column).asText().equals(key)) {
                return row;
            }
        }
        throw new AssertionError("no row " + column + " = " + key + " in " + table.get("caption").asText());
    }

    /** The same double, bit for bit; JSON null is "no number" (NaN). */
    private static void same(String what, double expected, JsonNode json) {
        assertThat(json).as(what).isNotNull();
        double actual = json.isNull() ? Double.NaN : json.asDouble();
        assertThat(Double.valueOf(actual)).as(what).isEqualTo(Double.valueOf(expected));
    }

    private static void sameValues(String what, double[] expected, JsonNode json) {
        assertThat(json).as(what).hasSize(expected.length);
        for (int i = 0; i < expected.length; i++) {
            same(what + "[" + i + "]", expected[i], json.get(i));
        }
    }
}
