package org.anomalon.observables.xdecay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.DoubleStream;
import org.anomalon.inputs.Inputs;
import org.anomalon.model.BuiltinModels;
import org.anomalon.model.ChargeAssignment;
import org.anomalon.model.Model;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The data-driven hadronic widths against the shipped DarkCast curves, read here independently of {@link RatioCurve}. */
class HadronicWidthsTest {
    private static final Inputs INPUTS = Inputs.defaults();
    private static final double E = Math.sqrt(4 * Math.PI * INPUTS.value("alpha_0"));
    /** The dark photon: v_f = e Q_f (all charges 0, ε = e). */
    private static final XCouplings DARK_PHOTON = XCouplings.none().plusKineticMixing(E);
    private static final Model B_MINUS_L = BuiltinModels.load("b-minus-l");

    /** R_F of one shipped file at a node mass (keys: mass in units of 0.5 MeV). */
    private static Map<Long, Double> nodes(String file) {
        Map<Long, Double> values = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                HadronicWidthsTest.class.getClassLoader().getResourceAsStream("org/anomalon/darkcast/data/" + file),
                StandardCharsets.UTF_8))) {
            reader.lines().filter(line -> !line.strip().startsWith("#") && !line.isBlank()).forEach(line -> {
                String[] fields = line.strip().split("\\s+");
                values.put(Math.round(Double.parseDouble(fields[0]) / 5e-4), Double.parseDouble(fields[1]));
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return values;
    }

    private static double r(String file, double mass) {
        return nodes(file).getOrDefault(Math.round(mass / 5e-4), 0.0);
    }

    /** The dark photon's R_F = R^ρ + R^ω + R^φ − 2 R^{ωφ} of one state, straight from the files. */
    private static double darkPhotonRatio(String state, List<String> mesons, double mass) {
        double sum = 0;
        for (String meson : mesons) {
            double value = r("rf." + state + "." + meson + ".dat", mass);
            sum += meson.equals("omega_phi") ? -2 * value : value;
        }
        return sum;
    }

    @ParameterizedTest(name = "m_X = {0} GeV")
    @ValueSource(doubles = {0.3, 0.5, 0.7755, 0.7825, 1.0195, 1.2, 1.45, 1.7})
    void darkPhotonWidthsReproduceTheRatioFunctionsOwnNormalisation(double mass) {
        XDecays decays = XDecays.of(DARK_PHOTON, mass, 1e-3, INPUTS);
        double unit = 1e-6 * E * E * mass / (12 * Math.PI);
        Map<XDecayChannel, Double> expected = Map.of(
                XDecayChannel.PI_PI, darkPhotonRatio("pi+_pi-", List.of("rho0"), mass),
                XDecayChannel.PI_PI_PI0, darkPhotonRatio("pi+_pi-_pi0", List.of("omega", "phi", "omega_phi"), mass),
                XDecayChannel.PI0_GAMMA, darkPhotonRatio("pi0_gamma", List.of("omega"), mass),
                XDecayChannel.K_KBAR, darkPhotonRatio("K_K", List.of("phi"), mass),
                XDecayChannel.K_KBAR_PI, darkPhotonRatio("K_K_pi", List.of("phi"), mass),
                XDecayChannel.FOUR_PI_CHARGED, darkPhotonRatio("pi+_pi-_pi+_pi-", List.of("rho0"), mass),
                XDecayChannel.FOUR_PI_NEUTRAL, Math.max(0, darkPhotonRatio("pi+_pi-_pi0_pi0", List.of("rho0"), mass)),
                XDecayChannel.OTHER_HADRONS, darkPhotonRatio("other", List.of("rho0", "omega", "phi"), mass));
        expected.forEach((channel, ratio) -> {
            double width = decays.channel(channel).filter(PartialWidth::isOpen).map(PartialWidth::width_GeV).orElse(0.0);
            assertThat(width / unit).as(channel.label()).isCloseTo(ratio, within(1e-12 * Math.max(ratio, 1)));
        });
        // Γ_F/Γ_μμ is R_F over the muon's β(1 + 2r): the definition of the ratio functions.
        double muons = decays.channel(XDecayChannel.MUON).orElseThrow().width_GeV();
        double r = Math.pow(INPUTS.mass("mu-") / mass, 2);
        double pipi = expected.get(XDecayChannel.PI_PI);
        double measured = decays.channel(XDecayChannel.PI_PI).filter(PartialWidth::isOpen).map(PartialWidth::width_GeV).orElse(0.0);
        assertThat(measured / muons).isCloseTo(pipi / (Math.sqrt(1 - 4 * r) * (1 + 2 * r)), within(1e-12 * Math.max(pipi, 1)));
    }

    @Test
    void kaonPairsAreOneChannelBecauseTheDataGiveOnlyTheirSum() {
        assertThat(List.of(XDecayChannel.values())).extracting(XDecayChannel::label)
                .contains("K Kbar", "K Kbar pi").doesNotContain("K+ K-", "K0 K0bar");
    }

    @ParameterizedTest(name = "m_X = {0} GeV")
    @ValueSource(doubles = {0.5, 0.78, 1.0, 1.5, 1.8})
    void bMinusLHasNoIsovectorHadrons(double mass) {
        // v_u = v_d: the ρ amplitude v_u − v_d vanishes, so ππ and both 4π states are absent.
        XDecays decays = XDecays.of(B_MINUS_L, mass, 1e-4, INPUTS);
        assertThat(decays.channels()).extracting(PartialWidth::channel)
                .doesNotContain(XDecayChannel.PI_PI, XDecayChannel.FOUR_PI_CHARGED, XDecayChannel.FOUR_PI_NEUTRAL);
        if (mass > 1.7095) {
            // "other": 9 (2/3)² R^ω + 9 (1/3)² R^φ, no ρ part.
            double width = decays.channel(XDecayChannel.OTHER_HADRONS).orElseThrow().width_GeV();
            double unit = 1e-8 * mass / (12 * Math.PI) * (1 - HadronicWidths.perturbativeShare(mass));
            double omega = HadronicWidths.shipped().vectorStates().get(7).omega().at(mass);
            double phi = HadronicWidths.shipped().vectorStates().get(7).phi().at(mass);
            assertThat(width / unit).isCloseTo(4 * omega + phi, within(1e-12));
        }
    }

    @Test
    void bMinusLDecaysToHadronsNinetyPercentAtTheOmegaAndPhiPeaks() {
        assertThat(peakHadronicFraction(0.770, 0.795)).isBetween(0.88, 0.93);
        assertThat(peakHadronicFraction(1.010, 1.030)).isBetween(0.88, 0.93);
        // ... and much less in between, where leptons (with Dirac neutrinos, BR(ee) ≈ 1/5) dominate.
        assertThat(XDecays.of(B_MINUS_L, 0.9, 1e-4, INPUTS).hadronicBranchingRatio()).isLessThan(0.3);
    }

    private static double peakHadronicFraction(double from, double to) {
        return DoubleStream.iterate(from, m -> m <= to, m -> m + 1e-4)
                .map(m -> XDecays.of(B_MINUS_L, m, 1e-4, INPUTS).hadronicBranchingRatio()).max().orElseThrow();
    }

    @Test
    void hadronicWidthsMatchPerturbativeQuarksWithoutAJump() {
        List<XCouplings> couplingSets = List.of(DARK_PHOTON, ModelCouplings.of(B_MINUS_L, INPUTS).at(1.9),
                XCouplings.builder().vector(Flavour.U, 1).vector(Flavour.D, -0.2).vector(Flavour.S, 0.7)
                        .axial(Flavour.U, 0.5).axial(Flavour.D, -0.5).axial(Flavour.S, 0.3).build());
        for (XCouplings couplings : couplingSets) {
            for (double edge : new double[] {HadronicWidths.MATCHING_FROM_GEV, HadronicWidths.MATCHING_TO_GEV}) {
                double below = hadronicWidth(couplings, edge - 1e-9);
                double above = hadronicWidth(couplings, edge + 1e-9);
                assertThat(above / below).as(couplings + " at " + edge).isCloseTo(1, within(1e-6));
                // C¹: one-sided slopes agree to the curvature of the data (a few per cent per 10 MeV at most).
                double slopeBelow = (below - hadronicWidth(couplings, edge - 1e-3)) / 1e-3;
                double slopeAbove = (hadronicWidth(couplings, edge + 1e-3) - above) / 1e-3;
                assertThat(Math.abs(slopeAbove - slopeBelow) * 0.01 / below).as(couplings + " slope at " + edge).isLessThan(0.02);
            }
        }
        // Above the window only the perturbative quark widths remain; in it both, weighted.
        XDecays dark = XDecays.of(DARK_PHOTON, 2.1, 1e-3, INPUTS);
        assertThat(dark.channels()).extracting(PartialWidth::channel).doesNotContain(XDecayChannel.OTHER_HADRONS)
                .contains(XDecayChannel.UP, XDecayChannel.DOWN, XDecayChannel.STRANGE);
        assertThat(XDecays.of(DARK_PHOTON, 1.9, 1e-3, INPUTS).channels()).extracting(PartialWidth::channel)
                .contains(XDecayChannel.OTHER_HADRONS, XDecayChannel.UP);
    }

    @Test
    void theMatchingWindowIsWhereDataAndPerturbationAgree() {
        // Local duality: averaged over the window, the dark photon's R = Γ_had/(e² m/12π) from the data
        // agrees with the perturbative 2 (1 + α_s/π) to 5%, and locally (resonance structure) to 20%.
        StrongCoupling alphaS = StrongCoupling.from(INPUTS);
        double sum = 0;
        int points = 0;
        for (double mass = HadronicWidths.MATCHING_FROM_GEV; mass < HadronicWidths.MATCHING_TO_GEV; mass += 0.001) {
            double data = vectorMesonDominanceRatio(mass);
            double ratio = data / (2 * (1 + alphaS.at(mass) / Math.PI));
            assertThat(ratio).as("m = " + mass).isBetween(0.8, 1.2);
            sum += ratio;
            points++;
        }
        assertThat(sum / points).isCloseTo(1, within(0.05));
    }

    /** The dark photon's R summed over the exclusive states, without the matching weight. */
    private static double vectorMesonDominanceRatio(double mass) {
        return HadronicWidths.shipped().vectorStates().stream().mapToDouble(state -> state.ratio(E, E, -E, mass)).sum() / (E * E);
    }

    private static double hadronicWidth(XCouplings couplings, double mass) {
        XDecays decays = XDecays.of(couplings, mass, 1e-3, INPUTS);
        return decays.hadronicBranchingRatio() * decays.totalWidth_GeV();
    }

    @Test
    void isoscalarAxialQuarkCurrentIsReportedNotComputedBelowTwoGeV() {
        // q1 = 1 alone: a_u = a_d = −1/2, the isoscalar axial combination has no data.
        Model chiralQuarks = ChargeAssignment.parseInline("q1=1", "--charges");
        assertThat(XDecays.of(chiralQuarks, 0.3, 1e-3, INPUTS).complete()).isTrue();
        XDecays inGap = XDecays.of(chiralQuarks, 1.0, 1e-3, INPUTS);
        assertThat(inGap.complete()).isFalse();
        assertThat(inGap.incompleteness().orElseThrow()).contains("isoscalar axial").contains("2.000 GeV");
        assertThat(XDecays.of(chiralQuarks, 2.0, 1e-3, INPUTS).complete()).isTrue();
    }

    @Test
    void everyBuiltInModelIsCompleteFromOneMeVToFiveGeV() {
        for (Model model : BuiltinModels.all()) {
            for (double mass = 1e-3; mass <= 5; mass *= 1.05) {
                assertThat(XDecays.of(model, mass, 1e-3, INPUTS).complete()).as(model.name() + " at " + mass).isTrue();
            }
        }
    }

    @Test
    void axialHadronsFollowTheSpectralFunctions() {
        // Pure isovector axial couplings a_u = −a_d = 1/2 (DarkCast's axial model has 1, −1):
        // Γ_A = g² m/(4π) (a_u − a_d)² A₁(m), A₁ = sf.u_d.a.dat, below the matching window.
        XCouplings axial = XCouplings.builder().axial(Flavour.U, 0.5).axial(Flavour.D, -0.5).build();
        double mass = 1.2;
        double width = XDecays.of(axial, mass, 1, INPUTS).channel(XDecayChannel.AXIAL_HADRONS).orElseThrow().width_GeV();
        assertThat(width).isCloseTo(mass / (4 * Math.PI) * r("sf.u_d.a.dat", mass), within(1e-15));
    }
}
