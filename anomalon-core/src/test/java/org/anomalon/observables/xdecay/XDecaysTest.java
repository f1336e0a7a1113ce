package org.anomalon.observables.xdecay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import java.util.Arrays;
import org.anomalon.Errors;
import org.anomalon.InvalidInputException;
import org.anomalon.Parameter;
import org.anomalon.inputs.Inputs;
import org.anomalon.model.BuiltinModels;
import org.anomalon.model.ChargeAssignment;
import org.anomalon.model.KineticMixing;
import org.anomalon.model.Model;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class XDecaysTest {
    private static final Inputs INPUTS = Inputs.defaults();
    private static final Model TAU_FLAVOUR = BuiltinModels.load("tau-flavour");
    private static final double M_TAU = INPUTS.mass("tau-");

    /** P0 eq. (3.28) as printed: BR(X → inv) = [1 + 2 √(1 − 4m_τ²/m_X²) (1 + 2m_τ²/m_X²)]⁻¹ above 2m_τ. */
    private static double p0Equation328(double massX) {
        double r = M_TAU * M_TAU / (massX * massX);
        return 1 / (1 + 2 * Math.sqrt(1 - 4 * r) * (1 + 2 * r));
    }

    @ParameterizedTest(name = "m_X = {0} GeV")
    @ValueSource(doubles = {3.6, 4.0, 5.0, 10.0, 50.0})
    void tauFlavourReproducesP0Equation328AboveThreshold(double massX) {
        XDecays decays = XDecays.of(TAU_FLAVOUR, massX, 0.018, INPUTS);
        assertThat(decays.complete()).isTrue();
        assertThat(decays.invisibleBranchingRatio()).isCloseTo(p0Equation328(massX), within(1e-13));
    }

    @ParameterizedTest(name = "m_X = {0} GeV")
    @ValueSource(doubles = {0.001, 0.5, 2.1, 3.5})
    void tauFlavourIsInvisibleBelowTwoTauMasses(double massX) {
        XDecays decays = XDecays.of(TAU_FLAVOUR, massX, 0.018, INPUTS);
        assertThat(decays.invisibleBranchingRatio()).isEqualTo(1.0);
        assertThat(decays.channel(XDecayChannel.TAU).orElseThrow().status()).isEqualTo(PartialWidth.Status.CLOSED);
    }

    @Test
    void tauFlavourInvisibleFractionTendsToOneThirdFarAboveThreshold() {
        // ν_τ ν̄_τ: α_L² m/(24π) against τ⁺τ⁻: m/(12π) ⇒ 1/(1 + 2) (P0 eq. 3.28 for m_X ≫ m_τ); at the
        // largest m_X allowed, 1 TeV, the τ mass corrections are O(m_τ²/m_X²) = 3e-6.
        assertThat(XDecays.of(TAU_FLAVOUR, 1e3, 0.018, INPUTS).invisibleBranchingRatio())
                .isCloseTo(1.0 / 3, within(1e-5));
    }

    @Test
    void neutrinoWidthIsTheLeftHandedFormula() {
        // Γ(X → ν_τ ν̄_τ) = g_X² α_L² m_X/(24π), docs/physics.md §5: 0.018² × 2.1/(24π) = 9.0245e-6 GeV.
        XDecays decays = XDecays.of(TAU_FLAVOUR, 2.1, 0.018, INPUTS);
        assertThat(decays.totalWidth_GeV()).isCloseTo(0.018 * 0.018 * 2.1 / (24 * Math.PI), within(1e-20));
        assertThat(decays.totalWidth_GeV()).isCloseTo(9.0245e-6, within(5e-10));
    }

    @Test
    void lifetimeAndDecayLengthFollowFromTheWidth() {
        XDecays decays = XDecays.of(TAU_FLAVOUR, 2.1, 0.018, INPUTS);
        double lifetime = INPUTS.value("hbar") / decays.totalWidth_GeV();
        assertThat(decays.lifetime_s()).isCloseTo(lifetime, within(1e-12 * lifetime));
        assertThat(decays.decayLength_m(10)).isCloseTo(10 * 299_792_458.0 * lifetime, within(1e-9 * lifetime));
        assertThatThrownBy(() -> decays.decayLength_m(0)).isInstanceOf(InvalidInputException.class)
                .matches(Errors.about(Parameter.BOOST), "about BOOST");
    }

    @Test
    void widthScalesAsGXSquared() {
        double weak = XDecays.of(TAU_FLAVOUR, 5, 0.01, INPUTS).totalWidth_GeV();
        double strong = XDecays.of(TAU_FLAVOUR, 5, 0.03, INPUTS).totalWidth_GeV();
        assertThat(strong / weak).isCloseTo(9, within(1e-12));
    }

    @Test
    void chiralCouplingSeparatesVectorAndAxialParts() {
        // P2's L = −4R current: α_L = 4, α_R = −1 ⇒ g_V = 3/2, g_A = −5/2 for the τ.
        Model chiral = BuiltinModels.load("chiral-tau-l-minus-4r");
        double massX = 10;
        double r = M_TAU * M_TAU / (massX * massX);
        double expected = 0.02 * 0.02 * massX / (12 * Math.PI) * Math.sqrt(1 - 4 * r)
                * (2.25 * (1 + 2 * r) + 6.25 * (1 - 4 * r));
        XDecays decays = XDecays.of(chiral, massX, 0.02, INPUTS);
        assertThat(decays.channel(XDecayChannel.TAU).orElseThrow().width_GeV())
                .isCloseTo(expected, within(1e-15 * expected));
        // ν_τ carries α_L = 4: Γ = 16 g² m/(24π).
        assertThat(decays.channel(XDecayChannel.NU_TAU).orElseThrow().width_GeV())
                .isCloseTo(16 * 0.02 * 0.02 * massX / (24 * Math.PI), within(1e-18));
    }

    @Test
    void axialCouplingOpensLikeBetaCubedAtThreshold() {
        // A pure axial coupling (v = 0, a = 1) gives √(1−4r)(1−4r) = β³.
        double massX = 2 * M_TAU * 1.0001;
        double beta = Math.sqrt(1 - 4 * M_TAU * M_TAU / (massX * massX));
        double width = FermionPairWidth.width(massX, 1, 0, 1, M_TAU, 1);
        assertThat(width).isCloseTo(massX / (12 * Math.PI) * beta * beta * beta, within(1e-15));
    }

    @Test
    void noTwoPhotonChannelLandauYang() {
        assertThat(Arrays.stream(XDecayChannel.values()).map(XDecayChannel::label))
                .noneMatch(label -> label.equals("gamma gamma"));
        // Baryon number below m_π⁰ without kinetic mixing: no hadron, no electron coupling for γγγ ⇒ stable.
        XDecays baryonic = XDecays.of(BuiltinModels.load("baryon"), 0.1, 1e-3, INPUTS);
        assertThat(baryonic.decays()).isFalse();
        assertThat(baryonic.lifetime_s()).isInfinite();
        assertThat(baryonic.invisibleBranchingRatio()).isNaN();
        assertThat(baryonic.channels()).allMatch(c -> c.status() == PartialWidth.Status.CLOSED);
    }

    @Test
    void quarksArePerturbativeAboveThresholdWithTheQcdFactor() {
        Model bMinusL = BuiltinModels.load("b-minus-l");
        XDecays decays = XDecays.of(bMinusL, 20, 1e-3, INPUTS);
        assertThat(decays.complete()).isTrue();
        double muons = decays.channel(XDecayChannel.MUON).orElseThrow().width_GeV();
        double down = decays.channel(XDecayChannel.DOWN).orElseThrow().width_GeV();
        double alphaS = StrongCoupling.from(INPUTS).at(20);
        // N_c (1/3)² (1 + α_s/π) relative to a unit-charge lepton; both masses negligible at 20 GeV.
        assertThat(down / muons).isCloseTo(3 * (1.0 / 9) * (1 + alphaS / Math.PI), within(1e-4));
        assertThat(decays.channel(XDecayChannel.TOP).orElseThrow().status()).isEqualTo(PartialWidth.Status.CLOSED);
    }

    @Test
    void charmAndBottomOpenContinuouslyAtTheOpenFlavourThresholds() {
        Model baryon = BuiltinModels.load("baryon");
        double charmThreshold = 2 * INPUTS.mass("D0");
        PartialWidth below = XDecays.of(baryon, charmThreshold * (1 - 1e-9), 1e-3, INPUTS).channel(XDecayChannel.CHARM).orElseThrow();
        assertThat(below.status()).isEqualTo(PartialWidth.Status.CLOSED);
        assertThat(below.note()).contains("2 m_D0 = 3.730 GeV").contains("charmonium resonances below are not modelled");
        PartialWidth above = XDecays.of(baryon, charmThreshold * (1 + 1e-9), 1e-3, INPUTS).channel(XDecayChannel.CHARM).orElseThrow();
        double open = XDecays.of(baryon, 5.0, 1e-3, INPUTS).channel(XDecayChannel.CHARM).orElseThrow().width_GeV();
        assertThat(above.width_GeV()).isPositive().isLessThan(1e-4 * open);
        assertThat(XDecays.of(baryon, 10.0, 1e-3, INPUTS).channel(XDecayChannel.BOTTOM).orElseThrow().status())
                .isEqualTo(PartialWidth.Status.CLOSED);
        assertThat(XDecays.of(baryon, 11.0, 1e-3, INPUTS).channel(XDecayChannel.BOTTOM).orElseThrow().status())
                .isEqualTo(PartialWidth.Status.OPEN);
    }

    @Test
    void rightHandedNeutrinosCountAsInvisibleOnlyWhereTheModelHasThem() {
        Model lOnly = ChargeAssignment.parseInline("Lmu=1", "--charges");
        XDecays decays = XDecays.of(lOnly, 0.05, 1e-3, INPUTS);
        assertThat(decays.channels()).extracting(PartialWidth::channel).containsExactly(XDecayChannel.NU_MU, XDecayChannel.MUON);
        // b3-minus-l2 has n2 = -1: ν_μ is Dirac for X (both chiralities charged -1), ν_e uncharged.
        XDecays withNuR = XDecays.of(BuiltinModels.load("b3-minus-l2"), 0.05, 1e-3, INPUTS);
        assertThat(withNuR.channels()).extracting(PartialWidth::channel)
                .contains(XDecayChannel.NU_MU).doesNotContain(XDecayChannel.NU_E);
        assertThat(withNuR.channel(XDecayChannel.NU_MU).orElseThrow().width_GeV())
                .isCloseTo(2 * 1e-6 * 0.05 / (24 * Math.PI), within(1e-22));
        assertThat(withNuR.invisibleBranchingRatio()).isEqualTo(1.0);
    }

    @ParameterizedTest(name = "m_X = {0} GeV")
    @ValueSource(doubles = {0.001, 0.01, 0.135, 0.78, 1.02, 1.9, 2.5, 3.5})
    void tauFlavourBelowTwoTauMassesIsUnchangedByTheHadronicAndMixingMachinery(double massX) {
        // L_τ without mixing: only ν_τ ν̄_τ (left-handed, g² m/(24π)) is open, τ⁺τ⁻ closed, nothing else.
        XDecays decays = XDecays.of(TAU_FLAVOUR, massX, 0.018, INPUTS);
        assertThat(decays.channels()).extracting(PartialWidth::channel).containsExactly(XDecayChannel.NU_TAU, XDecayChannel.TAU);
        double expected = 0.018 * 0.018 * massX / (24 * Math.PI);
        assertThat(decays.totalWidth_GeV()).isCloseTo(expected, within(1e-9 * expected));
        assertThat(decays.invisibleBranchingRatio()).isEqualTo(1.0);
    }

    @Test
    void bMinusLElectronBranchingRatioFollowsTheNeutrinoOption() {
        // Below 2 m_μ: e⁺e⁻ against three neutrino flavours. Dirac (light ν_R, the built-in): 1/(1 + 3) = 1/4;
        // left-handed only: 1/(1 + 3/2) = 0.4 (DarkCast 2.1 and 1.x conventions, arXiv:1801.04847).
        Model dirac = BuiltinModels.load("b-minus-l");
        Model leftHanded = dirac.withRightHandedNeutrinosLight(false);
        assertThat(electronFraction(dirac, 0.05)).isCloseTo(0.25, within(2e-4));
        assertThat(electronFraction(leftHanded, 0.05)).isCloseTo(0.4, within(2e-4));
        assertThat(XDecays.of(dirac, 0.05, 1e-4, INPUTS).notes()).anyMatch(note -> note.startsWith("neutrinos: Dirac"));
    }

    private static double electronFraction(Model model, double massX) {
        XDecays decays = XDecays.of(model, massX, 1e-4, INPUTS);
        return decays.branchingRatio(decays.channel(XDecayChannel.ELECTRON).orElseThrow());
    }

    @Test
    void darkPhotonBelowTwoElectronMassesDecaysToThreePhotons() {
        // ε = e, all charges 0: v_e = −e. Γ(3γ) = g² e² e⁶/(4π)⁴ m⁹/(2⁷ 3⁶ 5² π³ m_e⁸) [17/5 + …] (Seo 2020 eq. 3.5).
        Model darkPhoton = Model.of("dark-photon", "", "", ChargeAssignment.expand(java.util.Map.of(), false, "test"),
                java.util.List.of(), java.util.List.of()).withKineticMixing(KineticMixing.electricCharge(), "test");
        double massX = 1e-3;
        double electron = INPUTS.mass("e-");
        double e2 = 4 * Math.PI * INPUTS.value("alpha_0");
        double x2 = massX * massX / (electron * electron);
        double expected = e2 * Math.pow(e2, 3) / Math.pow(4 * Math.PI, 4) / (Math.pow(2, 7) * Math.pow(3, 6) * 25 * Math.pow(Math.PI, 3))
                * Math.pow(massX, 9) / Math.pow(electron, 8) * (17.0 / 5 + 67.0 / 42 * x2 + 128941.0 / 246960 * x2 * x2);
        XDecays decays = XDecays.of(darkPhoton, massX, 1, INPUTS);
        assertThat(decays.channels()).filteredOn(PartialWidth::isOpen).extracting(PartialWidth::channel)
                .containsExactly(XDecayChannel.THREE_PHOTONS);
        assertThat(decays.totalWidth_GeV()).isCloseTo(expected, within(1e-12 * expected));
        // Above 2 m_e the channel is dropped (e⁺e⁻ dominates by α⁻³).
        assertThat(XDecays.of(darkPhoton, 0.0011, 1, INPUTS).channel(XDecayChannel.THREE_PHOTONS)).isEmpty();
        // An axial electron coupling alone cannot make three photons (C parity).
        XCouplings axialElectron = XCouplings.builder().axial(Flavour.E, 1).build();
        assertThat(XDecays.of(axialElectron, massX, 1, INPUTS).channel(XDecayChannel.THREE_PHOTONS)).isEmpty();
    }

    @Test
    void badMassOrCouplingIsInvalidInput() {
        assertThatThrownBy(() -> XDecays.of(TAU_FLAVOUR, 0, 0.018, INPUTS)).isInstanceOf(InvalidInputException.class)
                .matches(Errors.about(Parameter.MASS_X), "about MASS_X").hasMessageContaining("1e-9 GeV (1 eV) <= m_X");
        assertThatThrownBy(() -> XDecays.of(TAU_FLAVOUR, -1, 0.018, INPUTS)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> XDecays.of(TAU_FLAVOUR, Double.NaN, 0.018, INPUTS)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> XDecays.of(TAU_FLAVOUR, 2.1, 0, INPUTS)).isInstanceOf(InvalidInputException.class)
                .matches(Errors.about(Parameter.COUPLING_X), "about COUPLING_X");
    }

    @Test
    void strongCouplingRunsFromTheZMass() {
        StrongCoupling alphaS = StrongCoupling.from(INPUTS);
        assertThat(alphaS.at(INPUTS.mass("Z"))).isCloseTo(INPUTS.value("alpha_s_mz"), within(1e-15));
        double mb = INPUTS.value("mbar_b");
        assertThat(alphaS.at(mb * (1 + 1e-9))).isCloseTo(alphaS.at(mb * (1 - 1e-9)), within(1e-9));
        assertThat(alphaS.at(2.0)).isGreaterThan(alphaS.at(4.0)).isBetween(0.25, 0.32);
        assertThat(alphaS.at(500)).isLessThan(alphaS.at(100));
    }

    @Test
    void branchingRatiosOfEveryBuiltInModelAddUpToOne() {
        for (Model model : BuiltinModels.all()) {
            for (double massX : new double[] {0.01, 0.3, 1.5, 2.1, 3.0, 5.0, 9.0, 12.0, 80.0, 400.0}) {
                XDecays decays = XDecays.of(model, massX, 0.01, INPUTS);
                if (!decays.decays()) {
                    continue;
                }
                double sum = decays.channels().stream().filter(PartialWidth::isOpen).mapToDouble(decays::branchingRatio).sum();
                assertThat(sum).as(model.name() + " at " + massX).isCloseTo(1, within(1e-12));
                assertThat(decays.invisibleBranchingRatio()).isBetween(0.0, 1.0);
                assertThat(decays.complete()).isEqualTo(decays.incompleteness().isEmpty());
            }
        }
    }
}
