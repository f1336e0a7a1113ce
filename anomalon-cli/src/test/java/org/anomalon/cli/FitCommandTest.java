package org.anomalon.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.anomalon.Parameter;
import org.anomalon.format.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FitCommandTest {

    @Test
    void tauFlavourTextAnswersTheThreeQuestions() {
        CliTestSupport run = CliTestSupport.run("fit", "--likelihood", "p0-gaussian", "--model", "tau-flavour");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("best-fit g_X    = 0.01668")
                .contains("4.09 sigma preference over the SM")
                .contains("without Z -> gamma X: g_X = 0.01715")
                .contains("B(B+->K*+X  ) = 1.061e-05")
                .contains("L3-1997-ZgammaX");
    }

    @Test
    void jsonHasTheKeysOfTheIssue() {
        CliTestSupport run = CliTestSupport.run("fit", "--likelihood", "p0-gaussian", "--model", "tau-flavour", "--mx", "2.1",
                "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = Json.read(run.out());
        assertThat(json.get("model").asText()).isEqualTo("tau-flavour");
        assertThat(json.get("mx_GeV").asDouble()).isEqualTo(2.1);
        double g = json.get("best_fit_gx").asDouble();
        assertThat(g).isCloseTo(0.01668, within(1e-5));
        assertThat(json.get("gx_interval_1sigma")).hasSize(2);
        assertThat(json.get("gx_interval_1sigma").get(0).asDouble()).isLessThan(g);
        assertThat(json.get("gx_interval_1sigma").get(1).asDouble()).isGreaterThan(g);
        assertThat(json.get("significance_sigma").asDouble())
                .isCloseTo(Math.sqrt(json.get("delta_chi2_sm").asDouble()), within(1e-12));
        JsonNode predictions = json.get("predictions");
        for (String channel : new String[] {"B+->K+X", "B+->K*+X", "Z->gammaX"}) {
            assertThat(predictions.get(channel).get("value").asDouble()).isPositive();
            assertThat(predictions.get(channel).get("interval_1sigma")).hasSize(2);
        }
        assertThat(predictions.get("Z->gammaX").get("value").asDouble()).isCloseTo(4.82e-7, within(0.01e-7));
        JsonNode profile = json.get("chi2_profile");
        assertThat(profile.size()).isGreaterThan(50);
        assertThat(profile.get(0).get(0).asDouble()).isZero();
        assertThat(profile.get(0).get(1).asDouble()).isCloseTo(json.get("chi2_sm").asDouble(), within(1e-12));
        double lowest = Double.POSITIVE_INFINITY;
        for (JsonNode point : profile) {
            lowest = Math.min(lowest, point.get(1).asDouble());
        }
        assertThat(lowest).isGreaterThanOrEqualTo(json.get("chi2_min").asDouble() - 1e-9);
    }

    @Test
    void withoutZMovesTheFitAndTheReadingsAreParameters() {
        JsonNode withoutZ = Json.read(CliTestSupport.run("fit", "--likelihood", "p0-gaussian", "--without-z", "--format", "json").out());
        assertThat(withoutZ.get("includes_z_gamma").asBoolean()).isFalse();
        assertThat(withoutZ.get("best_fit_gx").asDouble()).isCloseTo(0.01715, within(1e-5));
        assertThat(withoutZ.get("with_z_gamma").get("best_fit_gx").asDouble()).isCloseTo(0.01668, within(1e-5));
        JsonNode linearised = Json.read(CliTestSupport.run("fit", "--likelihood", "p0-gaussian", "--squared-reading", "linearised",
                "--limit-reading", "one-sided-gaussian", "--format", "json").out());
        // σ(g_S²) = 2μσ = 0.64e-16 caps the SM pull at 4σ.
        assertThat(linearised.get("chi2_sm").asDouble()).isCloseTo(16.0, within(1e-9));
        assertThat(linearised.get("likelihood").get("limit_reading").asText()).isEqualTo("one-sided-gaussian");
    }

    /** The default: Belle II's own likelihood; the τ-flavour best fit is excluded by the BaBar recast, and says so. */
    @Test
    void workspaceFitGivesItsIntervalsAndTheLimitsInTension() {
        JsonNode json = CliTestSupport.json("fit", "--mx", "2.1");
        assertThat(json.get("likelihood").get("name").asText()).isEqualTo("belle2-workspace");
        double g = json.get("best_fit_gx").asDouble();
        assertThat(g).isBetween(0.012, 0.016);
        assertThat(json.get("significance_sigma").asDouble()).isBetween(3.0, 4.0);
        JsonNode theory = json.get("theory_interval_gx");
        assertThat(theory.get(0).asDouble()).isLessThan(g);
        assertThat(theory.get(1).asDouble()).isGreaterThan(g);
        assertThat(json.get("theory_variations")).extracting(v -> v.get("name").asText())
                .contains("mt-scheme", "ew-scheme", "form-factor+", "form-factor-");
        assertThat(json.get("top_mass").get("scheme").asText()).isEqualTo("pole");
        assertThat(json.get("top_mass").get("value_GeV").asDouble()).isEqualTo(172.6);
        JsonNode workspace = json.get("likelihood").get("workspace");
        assertThat(workspace.get("B_X_at_best_fit").asDouble()).isCloseTo(g * g * workspace.get("B_X_per_gx2").asDouble(),
                within(1e-15));
        assertThat(json.get("predictions").get("B+->K+X").get("value").asDouble()).isPositive();
        assertThat(json.get("tension_with_limits")).anySatisfy(t -> {
            assertThat(t.get("entry").asText()).isEqualTo("BaBar-Altmannshofer2023-BKX");
            assertThat(t.get("excludes_best_fit").asBoolean()).isTrue();
        });
        assertThat(json.get("best_fit_excluded_by_search").asBoolean()).isTrue();
        CliTestSupport text = CliTestSupport.run("fit");
        assertThat(text.out()).contains("Likelihood: belle2-workspace").contains("theory band")
                .contains("WARNING: a search excludes the best fit");
    }

    /** P0's printed 0.018 and 4.3σ: its Gaussian g_S² term alone with m_t(m_t) in the loop function (docs/fit.md). */
    @Test
    void p0sPrintedFitIsTheGSTermAloneWithTheMsBarTopMass() {
        JsonNode json = CliTestSupport.json("fit", "--likelihood", "p0-gaussian", "--mt-scheme", "msbar", "--terms", "gS");
        assertThat(json.get("best_fit_gx").asDouble()).isCloseTo(0.018, within(0.0005));
        assertThat(json.get("significance_sigma").asDouble()).isCloseTo(4.3, within(0.05));
        assertThat(json.get("top_mass").get("scheme").asText()).isEqualTo("msbar");
        assertThat(json.get("top_mass").get("value_GeV").asDouble()).isBetween(162.0, 164.0);
        assertThat(json.get("includes_z_gamma").asBoolean()).isFalse();
        assertThat(json.get("likelihood").get("terms")).hasSize(1);
        // The pole mass with every term: what the Gaussian construction gives by default.
        JsonNode all = CliTestSupport.json("fit", "--likelihood", "p0-gaussian");
        assertThat(all.get("best_fit_gx").asDouble()).isCloseTo(0.01668, within(1e-5));
    }

    @Test
    void smOnlyIsBelleTwosOwnFit() {
        JsonNode json = CliTestSupport.json("fit", "--sm-only");
        assertThat(json.get("signal_strength").asDouble()).isCloseTo(4.6, within(0.23));
        assertThat(json.get("signal_strength_error").asDouble()).isCloseTo(1.35, within(0.07));
        assertThat(json.get("significance_sigma").asDouble()).isCloseTo(3.5, within(0.2));
        assertThat(json.get("significance_vs_sm_sigma").asDouble()).isCloseTo(2.7, within(0.2));
        assertThat(CliTestSupport.run("fit", "--sm-only").out()).contains("mu = 4.60 +1.35 -1.33");
    }

    /** One bin, n = 120 observed over b = 100 fixed background and s = 10 μ: every number has a closed form. */
    private static final String ONE_BIN_WORKSPACE = """
            {"channels": [{"name": "SR", "samples": [
                {"name": "signal", "data": [10.0], "modifiers": [{"name": "mu", "type": "normfactor", "data": null}]},
                {"name": "background", "data": [100.0], "modifiers": []}]}],
             "observations": [{"name": "SR", "data": [120]}],
             "measurements": [{"name": "counting", "config": {"poi": "mu", "parameters": []}}],
             "version": "1.0.0"}
            """;

    @Test
    void workspaceFitsTheParameterOfInterestOfAnyPyhfWorkspace(@TempDir Path directory) throws IOException {
        Path file = Files.writeString(directory.resolve("counting.json"), ONE_BIN_WORKSPACE);
        JsonNode json = CliTestSupport.json("fit", "--workspace", file.toString());
        assertThat(json.get("poi").asText()).isEqualTo("mu");
        assertThat(json.get("measurement").asText()).isEqualTo("counting");
        // Poisson: mu = (n - b)/s; q(mu0) = 2 [n ln(n/nu0) - (n - nu0)], nu0 = b + mu0 s
        assertThat(json.get("signal_strength").asDouble()).isCloseTo(2.0, within(1e-5));
        assertThat(json.get("significance_sigma").asDouble())
                .isCloseTo(Math.sqrt(2 * (120 * Math.log(120 / 100.0) - 20)), within(1e-5));
        assertThat(json.get("significance_vs_sm_sigma").asDouble())
                .isCloseTo(Math.sqrt(2 * (120 * Math.log(120 / 110.0) - 10)), within(1e-5));
        double upper = 2 + json.get("signal_strength_error_above").asDouble();
        double nu = 100 + 10 * upper;
        assertThat(2 * (120 * Math.log(120 / nu) - (120 - nu))).isCloseTo(1, within(1e-5));
    }

    @Test
    void belleTwosWorkspaceReadAsAnyWorkspaceGivesBelleTwosFit(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("belle2.json");
        try (var in = FitCommandTest.class.getClassLoader()
                .getResourceAsStream("org/anomalon/fit/belle2_knunu/combined_likelihood.json")) {
            Files.copy(in, file);
        }
        JsonNode generic = CliTestSupport.json("fit", "--workspace", file.toString());
        JsonNode own = CliTestSupport.json("fit", "--sm-only");
        assertThat(generic.get("parameters").asInt() + generic.get("gammas").asInt()).isEqualTo(232);
        for (String key : new String[] {"signal_strength", "signal_strength_error", "significance_sigma", "significance_vs_sm_sigma"}) {
            assertThat(generic.get(key).asDouble()).as(key).isCloseTo(own.get(key).asDouble(), within(1e-6));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{\"channels\": [|counting.json: not valid JSON",
        "shapesys2|counting.json: channels[0] 'SR' samples[0] 'signal' modifiers[0] 'mu' (shapesys2): type = 'shapesys2'",
        "\"version\": \"1.0.0\"|--measurement: measurement = 'other'",
    })
    void aBadWorkspaceExitsWithTwoNamingTheFileAndElement(String defect, String message, @TempDir Path directory)
            throws IOException {
        String json = defect.equals("shapesys2") ? ONE_BIN_WORKSPACE.replace("\"normfactor\"", "\"shapesys2\"")
                : defect.startsWith("{") ? defect : ONE_BIN_WORKSPACE;
        Path file = Files.writeString(directory.resolve("counting.json"), json);
        CliTestSupport run = defect.startsWith("\"version")
                ? CliTestSupport.run("fit", "--workspace", file.toString(), "--measurement", "other")
                : CliTestSupport.run("fit", "--workspace", file.toString());
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(2);
        assertThat(run.err()).contains(message);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aMassWithoutSignalInTheNumberDensitiesIsAPhysicsAnswer() {
        CliTestSupport run = CliTestSupport.run("fit", "--mx", "4.7");
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(3);
        assertThat(run.err()).contains("no reconstructed signal");
    }

    @Test
    void aMassDependentRecastRunsAtOtherMasses() {
        // The belle2-recast set is a table in m_X: no code knows about 2.1 GeV.
        for (String mass : new String[] {"1.5", "2.1", "2.5"}) {
            CliTestSupport run = CliTestSupport.run("fit", "--data", "belle2-recast", "--mx", mass, "--format", "json");
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(Json.read(run.out()).get("mx_GeV").asDouble()).isEqualTo(Double.parseDouble(mass));
        }
        JsonNode atExcess = Json.read(CliTestSupport.run("fit", "--data", "belle2-recast", "--format", "json").out());
        assertThat(atExcess.get("significance_sigma").asDouble()).isCloseTo(2.43, within(0.01));
        // Above m_B − m_K* the data still exist but B → K*X is closed: said so, not an error.
        JsonNode closed = Json.read(CliTestSupport.run("fit", "--data", "belle2-recast", "--mx", "4.45", "--format", "json").out());
        assertThat(closed.get("predictions").get("B+->K*+X").get("closed").asBoolean()).isTrue();
        assertThat(closed.get("predictions").get("B+->K+X").get("value").asDouble()).isPositive();
        CliTestSupport beyond = CliTestSupport.run("fit", "--data", "belle2-recast", "--mx", "4.6");
        assertThat(beyond.exitCode()).isEqualTo(2);
        assertThat(beyond.err()).contains("4.492663224");
    }

    @Test
    void aConservedCurrentFitsThroughTheSmithTaitContributionAsRatesSays() {
        // B - L: P0's couplings vanish; the rule that gives 'rates' its B -> K X gives the fit the same signal.
        JsonNode fit = CliTestSupport.json("fit", "--model", "b-minus-l");
        assertThat(fit.get("smith_tait").get("included").asBoolean()).isTrue();
        assertThat(fit.get("smith_tait").get("A_XWW_effective").asDouble()).isEqualTo(0.5);
        double g = fit.get("best_fit_gx").asDouble();
        JsonNode rates = CliTestSupport.json("rates", "--model", "b-minus-l", "--mx", "2.1", "--gx", Double.toString(g));
        assertThat(fit.get("predictions").get("B+->K+X").get("value").asDouble())
                .isCloseTo(rates.get("branching_ratios").get("B+->K+X").asDouble(), within(1e-12));
        assertThat(fit.get("predictions").get("Z->gammaX").get("value").asDouble())
                .isCloseTo(rates.get("branching_ratios").get("Z->gammaX").asDouble(), within(1e-15));
        // a ratio of widths ∝ g_X²: equal up to rounding at the two couplings
        assertThat(fit.get("BR_X_invisible").asDouble()).isCloseTo(rates.get("x_decays").get("BR_invisible").asDouble(),
                within(1e-15));
    }

    @Test
    void modelScalarGivesTheAnomalonScale() {
        JsonNode json = Json.read(CliTestSupport.run("fit", "--model", "tau-flavour", "--xs", "2", "--format", "json").out());
        JsonNode vX = json.get("predictions").get("v_X_GeV");
        assertThat(vX.get("value").asDouble()).isCloseTo(2.1 / (2 * json.get("best_fit_gx").asDouble()), within(1e-9));
        assertThat(vX.get("X_S_source").asText()).contains("--xs");
    }

    /** --xs is read as in 'limits': an exact rational, its sign irrelevant, zero refused naming the flag. */
    @Test
    void breakingChargeIsReadAsByLimits() {
        JsonNode sixth = CliTestSupport.json("fit", "--xs", "1/6");
        assertThat(sixth.get("predictions").get("v_X_GeV").get("X_S").asDouble()).isEqualTo(1.0 / 6);
        assertThat(CliTestSupport.json("fit", "--xs", "-1/6").get("predictions").get("v_X_GeV").get("value"))
                .isEqualTo(sixth.get("predictions").get("v_X_GeV").get("value"));
        assertThat(CliTestSupport.json("limits", "--points", "2", "--xs", "-1/6").get("uv_lines").get("x_s").asDouble())
                .isEqualTo(1.0 / 6);
        CliTestSupport zero = CliTestSupport.run("fit", "--xs", "0");
        assertThat(zero.exitCode()).isEqualTo(2);
        assertThat(zero.err()).isEqualTo("anomalon: --xs: X_S = 0.0 is not allowed; expected " + Parameter.BREAKING_CHARGE.allowed() + "\n");
    }

    @Test
    void planeListsTheModelsOfP0Figure2() {
        CliTestSupport run = CliTestSupport.run("fit", "--likelihood", "p0-gaussian", "--plane", "--grid", "60", "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = Json.read(run.out());
        assertThat(json.get("models")).hasSize(3);
        assertThat(json.get("models").get(1).get("model").asText()).isEqualTo("chiral-tau-l-minus-4r");
        assertThat(json.get("models").get(1).get("best_fit_gx").asDouble()).isCloseTo(0.0043, within(0.0001));
        assertThat(json.get("delta_chi2_thresholds").get(0).asDouble()).isCloseTo(2.30, within(0.005));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "fit --plane --plot {dir}/plane.svg --grid 80|<svg",
        "fit --plot {dir}/profile.pdf|%PDF",
        "fit --model chiral-tau-l-only --plot {dir}/profile.png|PNG",
    })
    void figuresAreWritten(String command, String signature, @TempDir Path directory) throws IOException {
        String[] args = command.replace("{dir}", directory.toString()).split(" ");
        CliTestSupport run = CliTestSupport.run(args);
        assertThat(run.exitCode()).as(run.err()).isZero();
        Path file = Path.of(findPlot(args));
        assertThat(file).exists();
        assertThat(new String(Files.readAllBytes(file), 0, 400, java.nio.charset.StandardCharsets.ISO_8859_1)).contains(signature);
        try (var listing = Files.list(directory)) {
            assertThat(listing).hasSize(1); // no temporary file left behind
        }
    }

    private static String findPlot(String[] args) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals("--plot")) {
                return args[i + 1];
            }
        }
        throw new IllegalArgumentException("no --plot");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "fit --likelihood p0-gaussian --mx 3|--mx",
        "fit --mx 4.9|0 <= m_X < 4.7838 GeV",
        "fit --likelihood bayes|belle2-workspace or p0-gaussian",
        "fit --terms gQ|gS, gP, Z",
        "fit --terms gS|a term of measurement set 'belle2-workspace'",
        "fit --mt-scheme running|pole, msbar",
        "fit --sm-only --model tau-flavour|--sm-only",
        "fit --sm-only --likelihood p0-gaussian|--sm-only",
        "fit --workspace no-such-file.json|--workspace: pyhf workspace = 'no-such-file.json'",
        "fit --workspace ws.json --model tau-flavour|--model/--workspace",
        "fit --measurement x|only meaningful with --workspace",
        "fit --mx 5|--mx: m_X = '5.0 GeV'",
        "fit --likelihood belle2-workspace --data belle2-two-body|does not use Belle II's workspace",
        "fit --mx -1|m_X",
        "fit --model b-minus-l --st off|A_XWW = 0",
        "fit --charges Le=1,Lmu=-1|decoupled top leaves no trace",
        "fit --model baryon|B(X -> invisible)",
        "fit --plane --model tau-flavour|--plane",
        "fit --models tau-flavour|only applies with --plane",
        "fit --plane --x-range 0.1:-0.1|MIN:MAX",
        "fit --plot figure.txt|.pdf, .svg or .png",
        "fit --limit-reading bayesian|half-normal, one-sided-gaussian",
        "fit --likelihood p0-gaussian --include kaons|b-to-pi-rho",
        "fit --data no-such-set.yaml|--data",
        "fit --model tau-flavour --charges Ltau=1|--charges",
        "fit --format csv|format",
    })
    void badInputExitsWithTwo(String command, String message) {
        CliTestSupport run = CliTestSupport.run(command.split(" "));
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(2);
        assertThat(run.err()).contains(message);
        assertThat(run.out()).isEmpty();
    }
}
