package org.anomalon.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.anomalon.anomaly.AnomalyAnalysis;
import org.anomalon.format.Json;
import org.anomalon.model.Rationals;
import org.apache.commons.numbers.fraction.BigFraction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code anomalon anomalies}: the exact anomaly algebra of one model (docs/physics.md §1). */
@Command(name = "anomalies", mixinStandardHelpOptions = true,
        description = "Anomaly coefficients, SM traces A_XWW, A_XYY, a_{B+L} and Wess-Zumino coefficients of a model.")
final class AnomaliesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ModelOptions modelOptions;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Override
    public Integer call() {
        FormatSupport.require(format, "--format", OutputFormat.text, OutputFormat.json);
        AnomalyAnalysis analysis = AnomalyAnalysis.of(modelOptions.resolve());
        PrintWriter out = spec.commandLine().getOut();
        out.println(format == OutputFormat.json ? Json.write(toJson(analysis)) : toText(analysis));
        out.flush();
        return 0;
    }

    static ObjectNode toJson(AnomalyAnalysis analysis) {
        ObjectNode root = Json.object();
        root.put("model", analysis.model().name());
        root.put("alpha_BL", analysis.alphaBL().map(Json::rational).orElse(null));
        root.put("A_XWW", Json.rational(analysis.traceXWW()));
        root.put("A_XYY", Json.rational(analysis.traceXYY()));
        root.put("C_WW", Json.rational(analysis.wessZuminoWW()));
        root.put("C_BB", Json.rational(analysis.wessZuminoBB()));
        ObjectNode conditions = root.putObject("conditions");
        analysis.coefficients().asMap().forEach((name, value) -> conditions.put(name, Json.rational(value)));
        root.put("witten_count", analysis.wittenCount());
        root.put("anomaly_free", analysis.anomalyFree());
        root.put("kinetic_mixing", analysis.model().kineticMixing().describe());
        root.put("neutrinos", analysis.model().neutrinoDescription());
        return root;
    }

    static String toText(AnomalyAnalysis analysis) {
        StringBuilder text = new StringBuilder();
        text.append("Model: ").append(analysis.model().name()).append('\n');
        if (!analysis.model().reference().isEmpty()) {
            text.append("Source: ").append(analysis.model().reference()).append('\n');
        }
        text.append('\n');
        text.append(String.format(Locale.ROOT, "a_{B+L}  = %s   (P0 eq. 2.7)%n",
                analysis.alphaBL().map(Rationals::format).orElse("n/a (not a vector current of P0 eq. 1.1)")));
        text.append(String.format(Locale.ROOT, "A_XWW    = %-8s A_XYY = %-8s (SM fields, P0 eq. 3.2)%n",
                Rationals.format(analysis.traceXWW()), Rationals.format(analysis.traceXYY())));
        text.append(String.format(Locale.ROOT, "C_WW     = %-8s C_BB  = %-8s (Wess-Zumino, P2 eq. 8)%n%n",
                Rationals.format(analysis.wessZuminoWW()), Rationals.format(analysis.wessZuminoBB())));
        text.append(String.format(Locale.ROOT, "%-12s %-12s %s%n", "condition", "coefficient", "status"));
        for (Map.Entry<String, BigFraction> entry : analysis.coefficients().asMap().entrySet()) {
            boolean ok = entry.getValue().signum() == 0;
            text.append(String.format(Locale.ROOT, "%-12s %-12s %s%n", entry.getKey(), Rationals.format(entry.getValue()),
                    ok ? "ok" : "FAILS (off by " + Rationals.format(entry.getValue()) + ")"));
        }
        text.append(String.format(Locale.ROOT, "%-12s %-12d %s%n", "Witten", analysis.wittenCount(),
                analysis.wittenEven() ? "ok (even)" : "FAILS (odd number of SU(2) multiplets with n = 4l+2)"));
        text.append('\n').append(analysis.anomalyFree()
                ? "Anomaly free."
                : "Anomalous: the failing conditions above need anomalons or SM singlets (see 'anomalon spectra').");
        text.append("\n\nKinetic mixing: ").append(analysis.model().kineticMixing().describe());
        text.append("\nNeutrinos:      ").append(analysis.model().neutrinoDescription());
        return text.toString();
    }
}
