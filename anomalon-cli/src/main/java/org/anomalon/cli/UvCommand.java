package org.anomalon.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.anomalon.anomaly.AnomalyCoefficients;
import org.anomalon.format.Json;
import org.anomalon.format.Warnings;
import org.anomalon.model.Model;
import org.anomalon.model.Rationals;
import org.anomalon.spectra.NaturalnessParameters;
import org.anomalon.study.ModelStudy;
import org.anomalon.uv.AnomalonMultiplet;
import org.anomalon.uv.ChargedDecay;
import org.anomalon.uv.SingletCompletion;
import org.anomalon.uv.TauMassMatrix;
import org.anomalon.uv.UvAnalysis;
import org.apache.commons.numbers.fraction.BigFraction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code anomalon uv}: UV completions (P0 Sec. 4, P2 Secs. III–IV); {@code --complete}: singlet completion. */
@Command(name = "uv", mixinStandardHelpOptions = true,
        description = {"UV implications of a model with anomalons: v_X, anomalon masses and unitarity limits, "
                + "radiative splittings, charged lifetimes and decay lengths, finite naturalness, Froggatt-Nielsen "
                + "tau mass (P0 Sec. 4, P2 Secs. III-IV).",
                "With --complete: SM-singlet fermions that cancel the remaining grav*X and X^3 anomalies."})
final class UvCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ModelOptions modelOptions;

    @Mixin
    PointOptions point;

    @Option(names = "--yukawa", defaultValue = "1", description = "Common anomalon Yukawa y, m = y V/sqrt2 (default: ${DEFAULT-VALUE}).")
    double yukawa;

    @Option(names = "--vev", paramLabel = "S=GeV",
            description = "VEV of a second breaking scalar, e.g. S5=10 (P2 eq. 45); the anomalon scalar's VEV follows.")
    Map<String, Double> vevs = new LinkedHashMap<>();

    @Option(names = "--naturalness", defaultValue = "paper",
            description = "Finite-naturalness preset: paper or planck (default: ${DEFAULT-VALUE}).")
    String naturalness;

    @Option(names = "--yl", defaultValue = "1", description = "Froggatt-Nielsen y_L (default: ${DEFAULT-VALUE}).")
    double yukawaLeft;

    @Option(names = "--yr", defaultValue = "1", description = "Froggatt-Nielsen y_R (default: ${DEFAULT-VALUE}).")
    double yukawaRight;

    @Option(names = "--fn-mass", paramLabel = "GeV",
            description = "Mass M of the vector-like mediator E; default: the M that gives the measured m_tau.")
    Double bareMass;

    @Option(names = "--complete", description = "Find SM-singlet fermions completing the model (P0 eqs. 2.2-2.3, P2 eq. 28).")
    boolean complete;

    @Option(names = "--max-singlets", defaultValue = "3", description = "Largest singlet set searched, 1-4 (default: ${DEFAULT-VALUE}).")
    int maxSinglets;

    @Option(names = "--max-results", defaultValue = "5", description = "Singlet sets shown (default: ${DEFAULT-VALUE}).")
    int maxResults;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Override
    public Integer call() {
        FormatSupport.require(format, "--format", OutputFormat.text, OutputFormat.json);
        ModelStudy study = ModelStudy.of(modelOptions.resolve());
        Model model = study.model();
        String output;
        if (complete) {
            SingletCompletion.Result result = study.singletCompletion(maxSinglets, maxResults);
            output = format == OutputFormat.json ? Json.write(completionJson(model, result)) : completionText(model, result);
        } else {
            UvAnalysis.Request request = UvAnalysis.Request.at(point.massX_GeV(), point.couplingX()).withYukawa(yukawa)
                    .withFixedVevs(vevs).withNaturalness(NaturalnessParameters.preset(naturalness))
                    .withFroggattNielsen(yukawaLeft, yukawaRight);
            UvAnalysis analysis = study.uv(bareMass == null ? request : request.withMediatorMass(bareMass));
            output = format == OutputFormat.json ? Json.write(toJson(analysis)) : toText(analysis);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(output);
        out.flush();
        return 0;
    }

    static ObjectNode toJson(UvAnalysis analysis) {
        ObjectNode root = Json.object();
        root.put("model", analysis.model().name());
        root.put("m_X_GeV", analysis.scale().massX_GeV());
        root.put("g_X", analysis.scale().couplingX());
        root.put("v_X_GeV", analysis.scale().breakingVev_GeV());
        ObjectNode vevs = root.putObject("scalar_vevs_GeV");
        analysis.scale().vevs_GeV().forEach(vevs::put);
        root.put("yukawa", analysis.yukawa());
        ArrayNode anomalons = root.putArray("anomalons");
        for (UvAnalysis.AnomalonReport report : analysis.anomalons()) {
            AnomalonMultiplet a = report.multiplet();
            ObjectNode node = anomalons.addObject();
            node.put("name", a.name());
            node.put("kind", a.kind().name());
            node.putPOJO("fields", a.fields());
            node.put("n", a.su2Dimension());
            node.put("Y", Json.rational(a.hypercharge()));
            node.put("X", Json.rational(a.chargeX()));
            node.put("scalar", a.scalar().name());
            node.put("mass_GeV_at_y", report.mass_GeV());
            node.put("y_max", a.maxYukawa());
            node.put("mass_max_GeV", report.massMax_GeV());
            ObjectNode splittings = node.putObject("splittings_MeV");
            report.massAboveLightest_GeV().forEach((q, dm) -> splittings.put(Json.rational(q), 1e3 * dm));
            ObjectNode lifetimes = node.putObject("charged_lifetimes_s");
            ObjectNode lengths = node.putObject("charged_decay_lengths_cm");
            ObjectNode signatures = node.putObject("charged_signatures");
            for (ChargedDecay.ChargedState state : report.chargedStates()) {
                String q = Json.rational(state.charge());
                boolean stable = Double.isInfinite(state.lifetime_s());
                lifetimes.put(q, stable ? null : state.lifetime_s());
                lengths.put(q, stable ? null : 100 * state.decayLength_m());
                signatures.put(q, state.signature().name().toLowerCase(Locale.ROOT) + (state.pionOpen() ? "" : " (dm < m_pi: eq. 37 not valid)"));
            }
            node.put("lightest_neutral", report.lightestNeutral());
        }
        root.put("naturalness_max_GeV", analysis.naturalnessMax_GeV());
        root.put("naturalness_preset", analysis.naturalness().preset());
        analysis.tauSector().ifPresentOrElse(tau -> root.set("tau_sector", tauJson(tau)), () -> root.putNull("tau_sector"));
        ArrayNode notes = root.putArray("notes");
        analysis.notes().forEach(notes::add);
        Warnings.json(root, analysis.warnings());
        return root;
    }

    private static ObjectNode tauJson(UvAnalysis.TauSectorReport tau) {
        ObjectNode node = Json.object();
        node.put("generation", tau.sector().generation());
        node.put("mediator", tau.sector().mediator().name());
        node.put("scalar", tau.sector().breakingScalar().name());
        node.put("scalar_vev_GeV", tau.scalarVev_GeV());
        node.put("y_L", tau.yukawaLeft());
        node.put("y_R", tau.yukawaRight());
        node.put("m_tau_coefficient_GeV", tau.leadingOrderCoefficient_GeV());
        node.put("m_tau_formula", String.format(Locale.ROOT, "m_tau ~ %.4f GeV * y_L y_R * (V/M)/0.014 (P2 eqs. 42, 54)",
                tau.leadingOrderCoefficient_GeV()));
        if (tau.matrix().isPresent()) {
            TauMassMatrix m = tau.matrix().get();
            node.put("M_GeV", m.bareMass_GeV());
            node.put("M_solved_for_m_tau", tau.bareMassSolved());
            node.put("m_tau_GeV", m.tauMass());
            node.put("m_tau_leading_order_GeV", m.tauMassLeadingOrder());
            node.put("m_E_GeV", m.heavyMass());
            node.put("theta_L", m.thetaLeft());
            node.put("theta_R", m.thetaRight());
            node.put("theta_L_leading_order", m.thetaLeftLeadingOrder());
            node.put("theta_R_leading_order", m.thetaRightLeadingOrder());
            node.put("alpha_L", tau.effectiveChargeLeft());
            node.put("alpha_R", tau.effectiveChargeRight());
        }
        return node;
    }

    static String toText(UvAnalysis analysis) {
        StringBuilder t = new StringBuilder();
        t.append("Model: ").append(analysis.model().name()).append('\n');
        if (!analysis.model().reference().isEmpty()) {
            t.append("Source: ").append(analysis.model().reference()).append('\n');
        }
        t.append(String.format(Locale.ROOT, "%nm_X = %s GeV, g_X = %s  ->  v_X = %.2f GeV  (m_X = X_S g_X v_X, P0 eq. 4.2; P2 eq. 45)%n",
                num(analysis.scale().massX_GeV()), num(analysis.scale().couplingX()), analysis.scale().breakingVev_GeV()));
        analysis.scale().vevs_GeV().forEach((name, vev) -> t.append(String.format(Locale.ROOT, "  <%s> = V/sqrt2 with V = %.2f GeV%n", name, vev)));
        t.append(String.format(Locale.ROOT, "%nAnomalons (m = y V/sqrt2 at y = %s; m_max from perturbative unitarity):%n", num(analysis.yukawa())));
        t.append(String.format(Locale.ROOT, "%-6s %-4s %3s %6s %7s %-4s %10s %7s %11s  %s%n", "name", "kind", "n", "Y", "X", "S",
                "m [GeV]", "y_max", "m_max [GeV]", "lightest"));
        for (UvAnalysis.AnomalonReport r : analysis.anomalons()) {
            AnomalonMultiplet a = r.multiplet();
            t.append(String.format(Locale.ROOT, "%-6s %-4s %3d %6s %7s %-4s %10.1f %7.3f %11.1f  %s%n", a.name(), a.kind().name(),
                    a.su2Dimension(), Rationals.format(a.hypercharge()), Rationals.format(a.chargeX()), a.scalar().name(),
                    r.mass_GeV(), a.maxYukawa(), r.massMax_GeV(), r.lightestNeutral() ? "neutral" : "CHARGED"));
        }
        t.append(String.format(Locale.ROOT, "%nRadiative splittings (P0 eq. 2.10) and charged decays L_Q -> L_Q' pi (P2 eq. 37):%n"));
        t.append(String.format(Locale.ROOT, "%-6s %5s %12s %13s %12s  %s%n", "name", "Q", "dM [MeV]", "lifetime [s]", "c*tau [cm]", "signature"));
        for (UvAnalysis.AnomalonReport r : analysis.anomalons()) {
            for (ChargedDecay.ChargedState s : r.chargedStates()) {
                boolean stable = Double.isInfinite(s.lifetime_s());
                t.append(String.format(Locale.ROOT, "%-6s %5s %12.1f %13s %12s  %s%n", r.multiplet().name(), Rationals.format(s.charge()),
                        1e3 * s.massShift_GeV(), stable ? "stable" : String.format(Locale.ROOT, "%.3e", s.lifetime_s()),
                        stable ? "-" : String.format(Locale.ROOT, "%.3g", 100 * s.decayLength_m()),
                        s.signature().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                                + (s.pionOpen() ? "" : " (dM < m_pi: eq. 37 not valid)")));
            }
        }
        t.append(String.format(Locale.ROOT, "%nFinite naturalness (P0 eq. 2.9, preset %s): common anomalon mass <= %.0f GeV%n",
                analysis.naturalness().preset(), analysis.naturalnessMax_GeV()));
        analysis.tauSector().ifPresent(tau -> appendTau(t, tau));
        t.append("\nNotes:\n");
        analysis.notes().forEach(note -> t.append("  - ").append(note).append('\n'));
        if (!analysis.warnings().isEmpty()) {
            t.append('\n').append(Warnings.text(analysis.warnings()));
        }
        return t.toString().stripTrailing();
    }

    private static void appendTau(StringBuilder t, UvAnalysis.TauSectorReport tau) {
        t.append(String.format(Locale.ROOT, "%nFroggatt-Nielsen tau mass (mediator %s, scalar %s with V = %.2f GeV):%n",
                tau.sector().mediator().name(), tau.sector().breakingScalar().name(), tau.scalarVev_GeV()));
        t.append(String.format(Locale.ROOT, "  m_tau ~ (y_L y_R/2) v V/M = %.4f GeV x y_L y_R x (V/M)/0.014   (P2 eqs. 42, 54; v = 246 GeV)%n",
                tau.leadingOrderCoefficient_GeV()));
        tau.matrix().ifPresent(m -> {
            t.append(String.format(Locale.ROOT, "  y_L = %s, y_R = %s, M = %.4g GeV%s%n", num(tau.yukawaLeft()), num(tau.yukawaRight()),
                    m.bareMass_GeV(), tau.bareMassSolved() ? " (solved for the measured m_tau)" : ""));
            t.append(String.format(Locale.ROOT, "  exact diagonalisation (P2 eqs. 47-51): m_tau = %.5f GeV (leading order %.5f), m_E = %.4g GeV%n",
                    m.tauMass(), m.tauMassLeadingOrder(), m.heavyMass()));
            t.append(String.format(Locale.ROOT, "  theta_L = %.4e (approx %.4e), theta_R = %.4e (approx %.4e)%n",
                    m.thetaLeft(), m.thetaLeftLeadingOrder(), m.thetaRight(), m.thetaRightLeadingOrder()));
            t.append(String.format(Locale.ROOT, "  effective IR charges: alpha_L = %.6f, alpha_R = %.6f   (P2 eq. 57)%n",
                    tau.effectiveChargeLeft(), tau.effectiveChargeRight()));
        });
    }

    static ObjectNode completionJson(Model model, SingletCompletion.Result result) {
        ObjectNode root = Json.object();
        root.put("model", model.name());
        root.put("residual_grav", Json.rational(result.residualGrav()));
        root.put("residual_X3", Json.rational(result.residualCubic()));
        ArrayNode own = root.putArray("model_singlets");
        result.ownSinglets().forEach(x -> own.add(Json.rational(x)));
        root.put("model_singlets_cancel", result.ownSingletsCancel());
        ArrayNode solutions = root.putArray("solutions");
        for (SingletCompletion.Solution solution : result.solutions()) {
            ObjectNode node = solutions.addObject();
            ArrayNode charges = node.putArray("charges");
            solution.charges().forEach(x -> charges.add(Json.rational(x)));
            ObjectNode conditions = node.putObject("conditions");
            solution.anomalies().asMap().forEach((name, value) -> conditions.put(name, Json.rational(value)));
            node.put("anomaly_free", solution.anomalies().allVanish());
        }
        return root;
    }

    static String completionText(Model model, SingletCompletion.Result result) {
        StringBuilder t = new StringBuilder();
        t.append("Model: ").append(model.name()).append('\n');
        t.append(String.format(Locale.ROOT, "Without SM singlets: grav = %s, X^3 = %s; the mixed anomalies vanish.%n",
                Rationals.format(result.residualGrav()), Rationals.format(result.residualCubic())));
        t.append("Right-handed singlets N_R need sum X = ").append(Rationals.format(result.residualGrav().negate()))
                .append(" and sum X^3 = ").append(Rationals.format(result.residualCubic().negate()))
                .append(" (P0 eqs. 2.2-2.3, P2 eq. 28).\n");
        if (!result.ownSinglets().isEmpty()) {
            t.append("The model's own singlets ").append(list(result.ownSinglets().stream().toList()))
                    .append(result.ownSingletsCancel() ? " cancel them." : " do NOT cancel them.").append('\n');
        }
        if (result.residualGrav().signum() == 0 && result.residualCubic().signum() == 0) {
            t.append("No singlets are needed.");
            return t.toString();
        }
        if (result.solutions().isEmpty()) {
            t.append("No singlet set found up to the search limits (--max-singlets); try a larger limit.");
            return t.toString();
        }
        t.append("\nSinglet sets found (smallest first), each checked with all six anomaly coefficients:\n");
        for (SingletCompletion.Solution s : result.solutions()) {
            t.append(String.format(Locale.ROOT, "  %-28s %s%n", list(s.charges()),
                    s.anomalies().allVanish() ? "anomaly free" : "NOT anomaly free " + nonZero(s.anomalies())));
        }
        return t.toString().stripTrailing();
    }

    private static String list(java.util.List<BigFraction> charges) {
        return "{" + String.join(", ", charges.stream().map(Rationals::format).toList()) + "}";
    }

    private static String nonZero(AnomalyCoefficients coefficients) {
        Map<String, String> failing = new LinkedHashMap<>();
        coefficients.asMap().forEach((k, v) -> {
            if (v.signum() != 0) {
                failing.put(k, Rationals.format(v));
            }
        });
        return failing.toString();
    }

    private static String num(double value) {
        return String.format(Locale.ROOT, "%.6g", value).replaceAll("\\.?0+$", "");
    }
}
