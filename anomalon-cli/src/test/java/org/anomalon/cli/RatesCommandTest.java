package org.anomalon.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RatesCommandTest {
    private static final List<String> CHANNELS = List.of("K+->pi+X", "KL->pi0X", "D+->pi+X", "B+->pi+X", "B0->pi0X",
            "B+->rho+X", "B0->rho0X", "B+->K+X", "B0->K0X", "B+->K*+X", "B0->K*0X", "Z->gammaX");

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    @Test
    void tauFlavourBestFitJsonHasTheDocumentedKeysAndThePaperNumbers() {
        JsonNode json = CliTestSupport.json("rates", "--model", "tau-flavour", "--mx", "2.1", "--gx", "0.018");
        assertThat(keys(json)).contains("couplings", "branching_ratios", "validity", "x_decays");
        JsonNode couplings = json.get("couplings");
        assertThat(keys(couplings)).contains("g_sd", "g_bd", "g_bs", "g_cu", "g_S", "g_P", "C_XZgamma");
        assertThat(keys(couplings.get("g_bs"))).containsExactly("re", "im");
        assertThat(couplings.get("g_S").asDouble()).isCloseTo(1.655e-8, within(0.001e-8)); // P0 eq. 3.26: ≈ 1.6e-8
        assertThat(keys(json.get("branching_ratios"))).containsExactlyElementsOf(CHANNELS);
        assertThat(keys(json.get("validity"))).containsExactlyElementsOf(CHANNELS);
        assertThat(json.get("branching_ratios").get("Z->gammaX").asDouble()).isBetween(5.55e-7, 5.65e-7); // P0 Sec. 3.2.5
        assertThat(json.get("branching_ratios").get("K+->pi+X").isNull()).isTrue(); // closed, not 0
        assertThat(json.get("closed").get("K+->pi+X").asText()).contains("kinematically closed");
        assertThat(json.get("validity").get("B+->K+X").asDouble()).isCloseTo(0.158, within(0.001));
        JsonNode x = json.get("x_decays");
        assertThat(keys(x)).contains("width_GeV", "lifetime_s", "BR_invisible", "channels");
        assertThat(x.get("BR_invisible").asDouble()).isEqualTo(1.0); // P0 eq. 3.28 below 2 m_τ
    }

    @Test
    void jsonAndTextGiveTheXContributionsToGMinusTwo() {
        // L_mu - L_tau: v_mu = 1, a_mu = 0 (no mixing at tree level; its one-loop mixing adds eps Q to v_mu)
        JsonNode json = CliTestSupport.json("rates", "--model", "lmu-minus-ltau", "--mx", "0.02", "--gx", "5e-4");
        double muon = json.get("delta_a_mu").asDouble();
        assertThat(muon).isBetween(1e-9, 3e-9);
        assertThat(Math.abs(json.get("delta_a_e").asDouble())).isLessThan(1e-3 * muon); // only through loop mixing
        JsonNode band = json.get("g_minus_2").get(1);
        assertThat(band.get("id").asText()).isEqualTo("g-2-mu-band-Bodas2021");
        assertThat(band.get("delta_a_low").asDouble()).isCloseTo(2.79e-9 - 2 * 0.76e-9, within(1e-20));
        assertThat(band.get("favoured").asBoolean()).isEqualTo(muon >= 1.27e-9 && muon <= 4.31e-9);
        double scaled = CliTestSupport.json("rates", "--model", "lmu-minus-ltau", "--mx", "0.02", "--gx", "1e-3")
                .get("delta_a_mu").asDouble();
        assertThat(scaled / muon).isCloseTo(4, within(1e-9));
        CliTestSupport text = CliTestSupport.run("rates", "--model", "lmu-minus-ltau", "--mx", "0.02", "--gx", "5e-2");
        assertThat(text.out()).contains("Delta a_mu = +").containsPattern("g-2-mu-Bodas2021 +EXCLUDED");
    }

    @Test
    void branchingRatiosScaleAsGXSquared() {
        double one = CliTestSupport.json("rates", "--mx", "1", "--gx", "0.01").get("branching_ratios").get("B+->K+X").asDouble();
        double three = CliTestSupport.json("rates", "--mx", "1", "--gx", "0.03").get("branching_ratios").get("B+->K+X").asDouble();
        assertThat(three / one).isCloseTo(9, within(1e-12));
    }

    @Test
    void schemeAndOverridesChangeTheResultAndAreRecorded(@TempDir Path dir) throws IOException {
        double alpha0 = CliTestSupport.json("rates", "--mx", "2.1", "--gx", "0.018").get("branching_ratios").get("Z->gammaX").asDouble();
        JsonNode msbar = CliTestSupport.json("rates", "--mx", "2.1", "--gx", "0.018", "--ew-scheme", "msbar-mz");
        assertThat(msbar.get("ew_scheme").asText()).isEqualTo("msbar-mz");
        // Γ(Z → γX) ∝ (g g')² ∝ α²
        assertThat(msbar.get("branching_ratios").get("Z->gammaX").asDouble() / alpha0)
                .isCloseTo(Math.pow(137.035999 * 0.00781549, 2), within(1e-9));
        Path file = Files.writeString(dir.resolve("in.txt"), "m_t = 160 # a lighter top\n");
        JsonNode overridden = CliTestSupport.json("rates", "--mx", "2.1", "--gx", "0.018", "--inputs", file.toString(), "--set", "mbar_b=4.2");
        assertThat(overridden.get("input_overrides").get("m_t").asDouble()).isEqualTo(160);
        assertThat(overridden.get("input_overrides").get("mbar_b").asDouble()).isEqualTo(4.2);
        assertThat(overridden.get("couplings").get("g_S").asDouble()).isLessThan(1.6e-8);
    }

    @Test
    void textOutputIsATableThatSaysClosed() {
        CliTestSupport result = CliTestSupport.run("rates", "--mx", "2.1", "--gx", "0.018");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Model: tau-flavour").contains("|g_S|      = 1.6550e-08")
                .contains("K+->pi+X    closed: m_X >= 0.3541 GeV").contains("Z->gammaX   5.6108e-07")
                .contains("X decays").doesNotContain("NaN");
    }

    @Test
    void listInputsShowsSources() {
        CliTestSupport result = CliTestSupport.run("rates", "--list-inputs", "--set", "m_t=170");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("ckm_lambda").contains("docs/physics.md").contains("user override (--set)");
    }

    @Test
    void aClosedChannelAskedForByNameSaysSoWithThePhysicsExitCode() {
        CliTestSupport result = CliTestSupport.run("rates", "--mx", "2.1", "--gx", "0.018", "--channel", "K+->pi+X");
        assertThat(result.exitCode()).isEqualTo(AnomalonCommand.EXIT_PHYSICS);
        assertThat(result.err()).contains("K+->pi+X is kinematically closed: m_X = 2.1 GeV >= m_K+ - m_pi+");
        assertThat(result.out()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--mx 0 --gx 0.018                          | --mx: m_X = 0.0 is not allowed",
        "--mx -2.1 --gx 0.018                       | --mx: m_X = -2.1",
        "--mx NaN --gx 0.018                        | --mx: m_X = NaN",
        "--mx 2.1 --gx 0                            | --gx: g_X = 0.0",
        "--mx 2.1 --gx -0.1                         | --gx: g_X = -0.1",
        "--mx 2.1 --gx NaN                          | --gx: g_X = NaN",
        "--mx 2.1 --gx abc                          | '--gx'",
        "--mx 2.1                                   | --gx: missing",
        "--mx 2.1 --gx 0.018 --ew-scheme on-shell   | expected one of alpha0, msbar-mz",
        "--mx 2.1 --gx 0.018 --set m_top=173        | --set: input name = 'm_top'",
        "--mx 2.1 --gx 0.018 --set m_t=heavy        | --set: m_t = 'heavy'",
        "--mx 2.1 --gx 0.018 --channel B->K         | --channel' (C): 'B->K' is not allowed",
        "--mx 2.1 --gx 0.018 --pdg 2020             | --pdg",
        "--mx 2.1 --gx 0.018 --model no-such-model  | no-such-model"})
    void badInputExitsWithCodeTwoAndNamesTheField(String args, String message) {
        List<String> all = new ArrayList<>(List.of("rates"));
        all.addAll(List.of(args.strip().split("\\s+")));
        CliTestSupport result = CliTestSupport.run(all.toArray(String[]::new));
        assertThat(result.exitCode()).isEqualTo(AnomalonCommand.EXIT_INVALID_INPUT);
        assertThat(result.err()).contains(message);
        assertThat(result.out()).isEmpty();
    }
}
