package org.anomalon.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.anomalon.format.FieldText;
import org.anomalon.format.Json;
import org.anomalon.model.Model;
import org.anomalon.model.Rationals;
import org.anomalon.spectra.AnomalonField;
import org.anomalon.spectra.AnomalyVerification;
import org.anomalon.spectra.ChiralTauSolution;
import org.anomalon.spectra.NaturalnessParameters;
import org.anomalon.spectra.NeutralLightestParticle;
import org.anomalon.spectra.Perturbativity;
import org.anomalon.spectra.SearchBounds;
import org.anomalon.spectra.SelectionCriteria;
import org.anomalon.spectra.SpectrumAssessment;
import org.anomalon.spectra.Topology;
import org.apache.commons.numbers.fraction.BigFraction;

/** The four output formats of {@code anomalon spectra}. */
final class SpectraTables {
    private SpectraTables() {
    }

    /** Everything one vector-current run prints. */
    record VectorRun(Model current, BigFraction alpha, int npsi, List<Topology> topologies, SearchBounds bounds,
                     SelectionCriteria criteria, int found, List<SpectrumAssessment> shown, boolean all) {
    }

    static String vector(VectorRun run, OutputFormat format) {
        return switch (format) {
            case text -> vectorText(run);
            case json -> Json.write(vectorJson(run));
            case csv -> vectorCsv(run);
            case latex -> vectorLatex(run);
        };
    }

    static String chiralTau(List<ChiralTauSolution> solutions, int maxDimension, boolean rationalM,
                            OutputFormat format) {
        return switch (format) {
            case text -> chiralText(solutions, maxDimension, rationalM);
            case json -> Json.write(chiralJson(solutions));
            case csv -> chiralCsv(solutions);
            case latex -> chiralLatex(solutions);
        };
    }

    // ---- vector currents ----

    private static String vectorText(VectorRun run) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "Anomalon spectra for a_{B+L} = %s (SM charges: %s), N_Psi = %d: %s   [P0 Sec. 2.3, App. A]%n",
                Rationals.format(run.alpha()), run.current().name(), run.npsi(),
                run.topologies().stream().map(Topology::label).collect(Collectors.joining(", "))));
        text.append("Search: ").append(run.bounds().describe()).append('\n');
        text.append("Criteria: ").append(criteriaText(run.criteria())).append('\n');
        text.append("Naturalness: ").append(naturalnessText(run.criteria().naturalness())).append('\n');
        text.append(String.format(Locale.ROOT, "%d anomaly-free spectra found; %s.%n%n", run.found(),
                run.all() ? "all shown (column 'viable')" : run.shown().size() + " pass all criteria, shown below"));
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"#", "family", "fields: kind(n, Y, X)", "X_S/(3a)", "M_max/TeV", "neutral LP", "n<=nmax",
            "viable"});
        int index = 1;
        for (SpectrumAssessment assessment : run.shown()) {
            rows.add(new String[] {String.valueOf(index++), assessment.spectrum().family(),
                FieldText.fields(assessment.spectrum().fields(), "  "),
                Rationals.format(assessment.spectrum().scalarChargeOver3Alpha()),
                String.format(Locale.ROOT, "%.1f", assessment.naturalnessMass() / 1000),
                neutralText(assessment.neutralLightest()), yesNo(assessment.perturbative()), yesNo(assessment.viable())});
        }
        text.append(run.shown().isEmpty() ? "(none)\n" : alignedTable(rows));
        if (run.found() == 0 && run.npsi() == 2) {
            text.append("No spectrum exists for any n: with one DL pair, P0 eqs. (2.4) and (2.5) need its common "
                    + "charge to have opposite signs (P0 App. A, N_Psi = 2).\n");
        }
        text.append('\n').append(verificationText(run));
        return text.toString();
    }

    private static String criteriaText(SelectionCriteria criteria) {
        return String.format(Locale.ROOT, "(ii) neutral lightest state (radiative splitting, Delta0 = %.0f MeV, "
                        + "P0 eq. 2.10; or reached through a Higgs Yukawa between units, as P0 Table 3); "
                        + "(iii) perturbativity n <= %d (P0 eq. 2.11 with g = %s); naturalness bound >= %s TeV",
                criteria.splitting().deltaZero() * 1000, Perturbativity.largestDimension(criteria.su2Coupling()),
                number(criteria.su2Coupling()), number(criteria.minimumMass() / 1000));
    }

    private static String naturalnessText(NaturalnessParameters p) {
        boolean overridden = !p.equals(NaturalnessParameters.preset(p.preset()));
        String note = p.preset().equals("paper")
                ? "a calibration reproducing P0 Tables 2-3, docs/physics.md sec. 3"
                : "mu = M_Pl, docs/physics.md sec. 3";
        return String.format(Locale.ROOT, "P0 eq. 2.9, preset %s%s (%s): g = %s, g' = %s, mu = %s GeV, M_h = %s GeV, "
                        + "Delta = %s; M_max = largest common anomalon mass with |dm_h^2| <= Delta M_h^2",
                p.preset(), overridden ? " with command-line overrides" : "", note, number(p.su2Coupling()),
                number(p.hyperchargeCoupling()), number(p.renormalisationScale()), number(p.higgsPoleMass()),
                number(p.fineTuning()));
    }

    private static String verificationText(VectorRun run) {
        return "Anomaly check: every spectrum printed was verified exactly with the anomaly algebra "
                + "(org.anomalon.anomaly) on the SM fermions of '" + run.current().name() + "' plus the anomalons: "
                + String.join(", ", AnomalyVerification.VERIFIED) + " vanish/hold (for every X' where X' is free). "
                + "[grav]^2 X and X^3 (P0 eqs. 2.2-2.3) are left to SM singlets, P0 criterion (iv).\n"
                + "Fields are left-handed Weyl multiplets; a DL pair is two consecutive fields. X' is a free charge "
                + "(P0 eqs. A.8-A.11).";
    }

    private static String neutralText(NeutralLightestParticle neutral) {
        return neutral.mechanism().label()
                + neutral.requiredShift().map(shift -> " at X'=" + Rationals.format(shift)).orElse("");
    }

    private static ObjectNode vectorJson(VectorRun run) {
        ObjectNode root = Json.object();
        root.put("alpha_BL", Json.rational(run.alpha()));
        root.put("npsi", run.npsi());
        NaturalnessParameters p = run.criteria().naturalness();
        root.put("preset", p.preset());
        ObjectNode naturalness = root.putObject("naturalness");
        naturalness.put("g", p.su2Coupling());
        naturalness.put("g_prime", p.hyperchargeCoupling());
        naturalness.put("mu_GeV", p.renormalisationScale());
        naturalness.put("M_h_GeV", p.higgsPoleMass());
        naturalness.put("delta", p.fineTuning());
        naturalness.put("min_mass_TeV", run.criteria().minimumMass() / 1000);
        root.put("sm_charges", run.current().name());
        root.put("search_bounds", run.bounds().describe());
        ArrayNode verified = root.putArray("verified_conditions");
        AnomalyVerification.VERIFIED.forEach(verified::add);
        root.put("spectra_found", run.found());
        root.put("all_shown", run.all());
        ArrayNode solutions = root.putArray("solutions");
        for (SpectrumAssessment assessment : run.shown()) {
            ObjectNode solution = solutions.addObject();
            solution.put("family", assessment.spectrum().family());
            solution.put("topology", assessment.spectrum().topology().label());
            ArrayNode fields = solution.putArray("fields");
            for (AnomalonField field : assessment.spectrum().fields()) {
                ObjectNode node = fields.addObject();
                node.put("kind", field.kind().name());
                node.put("n", field.su2Dimension());
                node.put("Y", Json.rational(field.hypercharge()));
                node.put("X", Json.rational(field.chargeX()));
                if (field.shiftCoefficient().signum() != 0) {
                    node.put("X_prime_coefficient", Json.rational(field.shiftCoefficient()));
                }
                if (field.colourDimension() > 1) {
                    node.put("colour", field.colourDimension());
                }
            }
            solution.put("X_S", Json.rational(assessment.spectrum().scalarCharge()));
            solution.put("X_S_over_3alpha", Json.rational(assessment.spectrum().scalarChargeOver3Alpha()));
            solution.put("naturalness_TeV", assessment.naturalnessMass() / 1000);
            solution.put("neutral_lp", assessment.neutralLightest().satisfied());
            solution.put("neutral_lp_mechanism", assessment.neutralLightest().mechanism().label());
            assessment.neutralLightest().requiredShift()
                    .ifPresent(shift -> solution.put("neutral_lp_requires_X_prime", Json.rational(shift)));
            solution.put("perturbative", assessment.perturbative());
            solution.put("integer_charges", assessment.spectrum().hasIntegerCharges());
            solution.put("viable", assessment.viable());
            ObjectNode check = solution.putObject("anomaly_check");
            check.put("verified", assessment.verification().passed());
            check.put("witten_count", assessment.verification().wittenCount());
            check.put("grav_residual", Json.rational(assessment.verification().gravityResidual()));
            check.put("X3_residual", Json.rational(assessment.verification().cubicResidual()));
        }
        return root;
    }

    private static String vectorCsv(VectorRun run) {
        StringBuilder csv = new StringBuilder("family,topology,fields,X_S,X_S_over_3alpha,naturalness_TeV,neutral_lp,"
                + "neutral_lp_mechanism,perturbative,integer_charges,viable\n");
        for (SpectrumAssessment a : run.shown()) {
            csv.append(String.join(",", a.spectrum().family(), a.spectrum().topology().label(),
                    "\"" + FieldText.fields(a.spectrum().fields(), " ") + "\"", Rationals.format(a.spectrum().scalarCharge()),
                    Rationals.format(a.spectrum().scalarChargeOver3Alpha()),
                    String.format(Locale.ROOT, "%.4f", a.naturalnessMass() / 1000),
                    String.valueOf(a.neutralLightest().satisfied()), a.neutralLightest().mechanism().label(),
                    String.valueOf(a.perturbative()), String.valueOf(a.spectrum().hasIntegerCharges()),
                    String.valueOf(a.viable()))).append('\n');
        }
        return csv.toString().stripTrailing();
    }

    private static String vectorLatex(VectorRun run) {
        StringBuilder tex = new StringBuilder();
        tex.append("% anomalon spectra: a_{B+L} = ").append(Rationals.format(run.alpha())).append(", N_Psi = ")
                .append(run.npsi()).append(", naturalness preset ").append(run.criteria().naturalness().preset())
                .append(String.format(Locale.ROOT, " (Delta = %s)%n", number(run.criteria().naturalness().fineTuning())));
        tex.append("\\begin{tabular}{llcc}\n\\hline\n");
        tex.append("Family & $(\\mathbf{n}, \\mathcal{Y}, \\mathcal{X})$ & $\\mathcal{X}_S/(3a_{B+L})$ & "
                + "Naturalness (TeV) \\\\\n\\hline\n");
        for (SpectrumAssessment a : run.shown()) {
            String fields = a.spectrum().fields().stream().map(SpectraTables::fieldLatex)
                    .collect(Collectors.joining(",\\ "));
            tex.append(String.format(Locale.ROOT, "%s & %s & $%s$ & %.1f \\\\%n", a.spectrum().family(), fields,
                    latexRational(a.spectrum().scalarChargeOver3Alpha()), a.naturalnessMass() / 1000));
        }
        tex.append("\\hline\n\\end{tabular}");
        return tex.toString();
    }

    private static String fieldLatex(AnomalonField field) {
        String colour = field.colourDimension() > 1 ? field.colourDimension() + "," : "";
        String charge = FieldText.charge(field, SpectraTables::latexRational, "\\mathcal{X}'");
        return "$(" + colour + "\\mathbf{" + field.su2Dimension() + "}," + latexRational(field.hypercharge()) + ","
                + charge + ")_{\\rm " + field.kind() + "}$";
    }

    private static String latexRational(BigFraction value) {
        String text = Rationals.format(value);
        int slash = text.indexOf('/');
        if (slash < 0) {
            return text;
        }
        String sign = text.startsWith("-") ? "-" : "";
        String numerator = text.substring(sign.length(), slash);
        return sign + "\\tfrac{" + numerator + "}{" + text.substring(slash + 1) + "}";
    }

    // ---- chiral tau ----

    private static String chiralText(List<ChiralTauSolution> solutions, int maxDimension, boolean rationalM) {
        StringBuilder text = new StringBuilder();
        text.append("Chiral tau current l3 -> alpha_L, e3 -> alpha_R = -alpha_L/m (P2 eqs. 31-33, 39): anomalons "
                + "L_L, L_R ~ (1, n, Y_L) with a neutral lightest state (P2 eq. 38)\n");
        text.append(String.format(Locale.ROOT, "2 <= n <= %d; %s%n", maxDimension, rationalM
                ? "all rational m (every n has exactly one: m = (n+1)/(n-2))"
                : "integer m and m = inf (L-only) only, as P2 Table II; --rational-m shows the others"));
        text.append("Charges in units of alpha_L; the overall sign of (Y_L, X_LL+X_LR) is free (P2 prints +-).\n\n");
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"m", "n", "Y_L", "X_LL+X_LR", "X_S/alpha_L", "X_LL", "X_LR"});
        for (ChiralTauSolution s : solutions) {
            rows.add(new String[] {s.mText(), String.valueOf(s.su2Dimension()), Rationals.format(s.hypercharge()),
                Rationals.format(s.chargeSum()), Rationals.format(s.scalarChargeOverAlphaL()),
                Rationals.format(s.chargeLeft()), Rationals.format(s.chargeRight())});
        }
        text.append(alignedTable(rows));
        text.append("\nAnomaly check: SM (l3 = 1, e3 = alpha_R) + L_L + L_R verified exactly: SU2SU2X, YYX, YXX, Witten; "
                + "grav and X^3 are left to the singlets N_R (P2 eq. 28).");
        return text.toString();
    }

    private static ObjectNode chiralJson(List<ChiralTauSolution> solutions) {
        ObjectNode root = Json.object();
        ArrayNode array = root.putArray("solutions");
        for (ChiralTauSolution s : solutions) {
            ObjectNode node = array.addObject();
            node.put("m", s.mText());
            node.put("n", s.su2Dimension());
            node.put("Y_L", Json.rational(s.hypercharge()));
            node.put("X_LL_plus_X_LR", Json.rational(s.chargeSum()));
            node.put("X_S_over_alphaL", Json.rational(s.scalarChargeOverAlphaL()));
        }
        return root;
    }

    private static String chiralCsv(List<ChiralTauSolution> solutions) {
        StringBuilder csv = new StringBuilder("m,n,Y_L,X_LL_plus_X_LR,X_S_over_alphaL\n");
        for (ChiralTauSolution s : solutions) {
            csv.append(String.join(",", s.mText(), String.valueOf(s.su2Dimension()), Rationals.format(s.hypercharge()),
                    Rationals.format(s.chargeSum()), Rationals.format(s.scalarChargeOverAlphaL()))).append('\n');
        }
        return csv.toString().stripTrailing();
    }

    private static String chiralLatex(List<ChiralTauSolution> solutions) {
        StringBuilder tex = new StringBuilder("\\begin{tabular}{ccccc}\n\\hline\n");
        tex.append("$m$ & $n$ & $\\pm\\mathcal{Y}_L$ & $\\pm(\\mathcal{X}_{\\mathcal{L}_L}+\\mathcal{X}_{\\mathcal{L}_R})$ & "
                + "$\\mathcal{X}_S/\\alpha_L^\\tau$ \\\\\n\\hline\n");
        for (ChiralTauSolution s : solutions) {
            String m = s.m().map(SpectraTables::latexRational).orElse("\\infty");
            tex.append(String.format(Locale.ROOT, "$%s$ & %d & $%s$ & $%s$ & $%s$ \\\\%n", m, s.su2Dimension(),
                    latexRational(s.hypercharge()), latexRational(s.chargeSum()),
                    latexRational(s.scalarChargeOverAlphaL())));
        }
        return tex.append("\\hline\n\\end{tabular}").toString();
    }

    // ---- helpers ----

    private static String alignedTable(List<String[]> rows) {
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        StringBuilder text = new StringBuilder();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                line.append(String.format(Locale.ROOT, "%-" + (widths[i] + 2) + "s", row[i]));
            }
            text.append(line.toString().stripTrailing()).append('\n');
        }
        return text.toString();
    }

    private static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e7
                ? String.valueOf((long) value)
                : new BigDecimal(value, new MathContext(6)).stripTrailingZeros().toString().toLowerCase(Locale.ROOT);
    }
}
