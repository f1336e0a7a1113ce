package org.anomalon.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.anomalon.anomaly.AnomalyAnalysis;
import org.anomalon.eft.FlavourTransition;
import org.anomalon.format.Json;
import org.anomalon.format.Warnings;
import org.anomalon.inputs.Input;
import org.anomalon.inputs.Inputs;
import org.anomalon.model.Rationals;
import org.anomalon.observables.Channel;
import org.anomalon.observables.ChannelPrediction;
import org.anomalon.study.ModelStudy;
import org.anomalon.study.RatesRequest;
import org.anomalon.study.RatesResult;
import org.anomalon.study.StudyOptions;
import org.anomalon.triangle.StContribution;
import org.hipparchus.complex.Complex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code anomalon rates}: the Wess–Zumino couplings of a model (P0 eqs. 3.6–3.8, 3.13, 3.25), the
 * branching ratios of the twelve channels (P0 eqs. 3.9, 3.10, 3.14) with form-factor errors and the
 * validity flag m_X²/m_P², and how X decays.
 */
@Command(name = "rates", mixinStandardHelpOptions = true,
        description = {"Couplings g_sd, g_bd, g_bs, g_cu, g_S, g_P, C_XZgamma and branching ratios of K, D, B -> meson X "
                + "and Z -> gamma X for one model, m_X and g_X; how X decays.",
            "Closed channels are reported as closed; 'validity' is m_X^2/m_P^2, the size of the neglected corrections."})
final class RatesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ModelOptions modelOptions;

    @Mixin
    InputOptions inputOptions;

    @Mixin
    PointOptions point;

    @Option(names = "--beta-gamma", paramLabel = "BG", description = "Boost beta*gamma of X for its decay length.")
    Double betaGamma;

    @Option(names = "--st", paramLabel = "auto|on|off", defaultValue = "auto", converter = EnumOptions.SmithTaitRules.class,
            description = "Add the Smith-Tait contribution (fermion-mass dependence of the triangles, docs/smith-tait.md). "
                    + "auto (default): on for currents conserved in the SM and vector-like (B-L, B3-L2, Lmu-Ltau), off otherwise.")
    StContribution smithTait;

    @Option(names = "--channel", paramLabel = "C", converter = EnumOptions.Channels.class,
            description = "Only these channels (repeatable), e.g. 'B+->K*+X'. A closed channel asked for by name is an error.")
    List<Channel> channels = new ArrayList<>();

    @Option(names = "--list-inputs", description = "Print every input with its value and source, then exit.")
    boolean listInputs;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Override
    public Integer call() {
        FormatSupport.require(format, "--format", OutputFormat.text, OutputFormat.json);
        Inputs inputs = inputOptions.resolve();
        PrintWriter out = spec.commandLine().getOut();
        if (listInputs) {
            out.print(format == OutputFormat.json ? Json.write(inputsJson(inputs)) + "\n" : inputsText(inputs));
            out.flush();
            return 0;
        }
        RatesRequest request = RatesRequest.at(point.point()).withChannels(channels);
        if (betaGamma != null) {
            request = request.withBoost(betaGamma);
        }
        ModelStudy study = ModelStudy.of(modelOptions.resolve(),
                StudyOptions.defaults().withInputs(inputs).withSmithTait(smithTait));
        RatesResult result = study.rates(request);
        out.println(format == OutputFormat.json ? Json.write(toJson(result)) : toText(result));
        out.flush();
        return 0;
    }

    static ObjectNode toJson(RatesResult r) {
        ObjectNode root = Json.object();
        root.put("model", r.analysis().model().name());
        root.put("m_X_GeV", r.massX());
        root.put("g_X", r.gX());
        root.put("ew_scheme", r.inputs().ewScheme().label());
        root.put("A_XWW", Json.rational(r.analysis().traceXWW()));
        root.put("A_XYY", Json.rational(r.analysis().traceXYY()));
        root.put("C_WW", Json.rational(r.analysis().wessZuminoWW()));
        root.put("C_BB", Json.rational(r.analysis().wessZuminoBB()));
        ObjectNode couplings = root.putObject("couplings");
        couplings.put("origin", r.couplings().origin());
        for (FlavourTransition transition : FlavourTransition.values()) {
            Complex g = r.couplings().flavourChanging(transition);
            ObjectNode node = couplings.putObject(transition.key());
            node.put("re", g.getReal());
            node.put("im", g.getImaginary());
        }
        couplings.put("g_S", r.belleTwo().gS().norm());
        couplings.put("g_P", r.belleTwo().gP().norm());
        couplings.put("C_XZgamma", r.couplings().cXZgamma().getReal());
        couplings.put("C_XZgamma_im", r.couplings().cXZgamma().getImaginary());
        ObjectNode ratios = root.putObject("branching_ratios");
        ObjectNode errors = root.putObject("branching_ratio_errors");
        ObjectNode validity = root.putObject("validity");
        ObjectNode closed = root.putObject("closed");
        for (Channel channel : r.channels()) {
            ChannelPrediction p = r.predictions().get(channel);
            if (p.isOpen()) {
                ratios.put(channel.label(), p.branchingRatio().getAsDouble());
                errors.put(channel.label(), p.branchingRatioUncertainty().getAsDouble());
            } else {
                ratios.putNull(channel.label());
                errors.putNull(channel.label());
                closed.put(channel.label(), p.closedMessage());
            }
            validity.put(channel.label(), p.validity());
        }
        root.set("smith_tait", SmithTaitOutput.toJson(r.smithTait()));
        root.set("x_decays", XDecaysOutput.toJson(r.xDecays(), r.betaGamma(), r.missingEnergy()));
        MomentsOutput.addJson(root, r.magneticMoments());
        ObjectNode overrides = root.putObject("input_overrides");
        r.inputs().overrides().forEach(overrides::put);
        Warnings.json(root, r.warnings());
        return root;
    }

    static String toText(RatesResult r) {
        StringBuilder text = new StringBuilder();
        AnomalyAnalysis a = r.analysis();
        text.append(String.format(Locale.ROOT, "Model: %s   A_XWW = %s, A_XYY = %s (C_WW = %s, C_BB = %s)%n",
                a.model().name(), Rationals.format(a.traceXWW()), Rationals.format(a.traceXYY()),
                Rationals.format(a.wessZuminoWW()), Rationals.format(a.wessZuminoBB())));
        var ew = r.inputs().electroweak();
        text.append(String.format(Locale.ROOT, "m_X = %s GeV, g_X = %s, EW scheme %s (alpha = 1/%.6f, s_W^2 = %s)%n",
                fmt(r.massX()), fmt(r.gX()), ew.scheme().label(), 1 / ew.alpha(), fmt(ew.sin2ThetaW())));
        Map<String, Double> overrides = r.inputs().overrides();
        if (!overrides.isEmpty()) {
            text.append("Input overrides: ").append(overrides).append('\n');
        }
        text.append(String.format(Locale.ROOT, "%nCouplings (%s)%n", r.couplings().origin()));
        for (FlavourTransition transition : FlavourTransition.values()) {
            Complex g = r.couplings().flavourChanging(transition);
            text.append(String.format(Locale.ROOT, "  %-10s = %11.4e %+11.4e i   |g| = %.4e   P0 eq. %s%n",
                    transition.key(), g.getReal(), g.getImaginary(), g.norm(), transition.downType() ? "3.6" : "3.7"));
        }
        text.append(String.format(Locale.ROOT, "  %-10s = %.4e %35s P0 eq. 3.25%n", "|g_S|", r.belleTwo().gS().norm(), ""));
        text.append(String.format(Locale.ROOT, "  %-10s = %.4e %35s P0 eq. 3.25%n", "|g_P|", r.belleTwo().gP().norm(), ""));
        text.append(String.format(Locale.ROOT, "  %-10s = %11.4e %+11.4e i %20s P0 eq. 3.13%n", "C_XZgamma",
                r.couplings().cXZgamma().getReal(), r.couplings().cXZgamma().getImaginary(), ""));
        text.append(String.format(Locale.ROOT, "%n%-11s %-12s %-12s %-11s%n", "channel", "BR", "+- (FF)", "m_X^2/m_P^2"));
        for (Channel channel : r.channels()) {
            ChannelPrediction p = r.predictions().get(channel);
            if (p.isOpen()) {
                double error = p.branchingRatioUncertainty().getAsDouble();
                text.append(String.format(Locale.ROOT, "%-11s %-12.4e %-12s %.3g%s%n", channel.label(),
                        p.branchingRatio().getAsDouble(), error == 0 ? "-" : String.format(Locale.ROOT, "%.2e", error),
                        p.validity(), p.validity() > RatesResult.LARGE_CORRECTION ? " *" : ""));
            } else {
                text.append(String.format(Locale.ROOT, "%-11s closed: m_X >= %.4f GeV%n", channel.label(),
                        p.threshold()));
            }
        }
        text.append(Warnings.text(r.warnings()));
        text.append('\n').append(SmithTaitOutput.toText(r.smithTait()));
        text.append('\n').append(XDecaysOutput.toText(r.xDecays(), r.betaGamma(), r.missingEnergy()));
        text.append('\n').append(MomentsOutput.toText(r.magneticMoments()));
        return text.toString();
    }

    static ObjectNode inputsJson(Inputs inputs) {
        ObjectNode root = Json.object();
        root.put("ew_scheme", inputs.ewScheme().label());
        ObjectNode values = root.putObject("inputs");
        for (Input input : inputs.all()) {
            ObjectNode node = values.putObject(input.name());
            node.put("value", input.value());
            node.put("source", input.source());
        }
        return root;
    }

    static String inputsText(Inputs inputs) {
        StringBuilder text = new StringBuilder("EW scheme: " + inputs.ewScheme().label() + "\n");
        for (Input input : inputs.all()) {
            text.append(String.format(Locale.ROOT, "%-22s %-16s %s%n", input.name(), fmt(input.value()), input.source()));
        }
        return text.toString();
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.6g", value).replaceAll("(\\.\\d*?)0+(e|$)", "$1$2").replace(".e", "e")
                .replaceAll("\\.$", "");
    }
}
