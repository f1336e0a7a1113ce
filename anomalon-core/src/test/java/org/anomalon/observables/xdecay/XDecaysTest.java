package org.anomalon.observables.xdecay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.anomalon.InvalidInputException;
import org.anomalon.inputs.Inputs;
import org.anomalon.model.BuiltinModels;
import org.anomalon.model.ChargeAssignment;
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
        // ν_τ ν̄_τ: α_L² m/(24π) against τ⁺τ⁻: m/(12π) ⇒ 1/(1 + 2) (P0 eq. 3.28 for m_X ≫ m_τ).
        assertThat(XDecays.of(TAU_FLAVOUR, 1e4, 0.018, INPUTS).invisibleBranchingRatio())
                .isCloseTo(1.0 / 3, within(1e-7));
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
                .hasMessageContaining("--beta-gamma");
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
        // A pure axial coupling (α_R = −α_L) gives √(1−4r)(1−4r) = β³.
        double massX = 2 * M_TAU * 1.0001;
        double beta = Math.sqrt(1 - 4 * M_TAU * M_TAU / (massX * massX));
        double width = FermionPairWidth.width(massX, 1, -1, 1, M_TAU, 1);
        assertThat(width).isCloseTo(massX / (12 * Math.PI) * beta * beta * beta, within(1e-15));
    }

    @Test
    void noTwoPhotonChannelLandauYang() {
        assertThat(Arrays.stream(XDecayChannel.values()).map(XDecayChannel::label))
                .noneMatch(label -> label.contains("gamma"));
        // Baryon number below m_π⁰: no hadron to decay into, and γγ is forbidden ⇒ stable at tree level.
        XDecays baryonic = XDecays.of(BuiltinModels.load("baryon"), 0.1, 1e-3, INPUTS);
        assertThat(baryonic.decays()).isFalse();
        assertThat(baryonic.lifetime_s()).isInfinite();
        assertThat(baryonic.invisibleBranchingRatio()).isNaN();
        assertThat(baryonic.channels()).allMatch(c -> c.status() == PartialWidth.Status.CLOSED);
    }

    @Test
    void hadronicResonanceRegionIsReportedNotComputedAndBrInvisibleIsAnUpperBound() {
        XDecays bMinusL = XDecays.of(BuiltinModels.load("b-minus-l"), 1.0, 1e-4, INPUTS);
        assertThat(bMinusL.complete()).isFalse();
        assertThat(bMinusL.channel(XDecayChannel.UP).orElseThrow().status()).isEqualTo(PartialWidth.Status.NOT_COMPUTED);
        assertThat(bMinusL.incompleteness().orElseThrow()).contains("u ubar").contains("0.1350 <= m_X < 2.000 GeV");
        assertThat(bMinusL.channel(XDecayChannel.CHARM).orElseThrow().status()).isEqualTo(PartialWidth.Status.CLOSED);
        // Leptons only: 3 ν_L + 3 ν_R (each m/(24π)) against e, μ (each ≈ m/(12π)): BR ≤ 6/(6 + 4) roughly.
        assertThat(bMinusL.invisibleBranchingRatio()).isBetween(0.59, 0.61);
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
    void charmAndBottomResonanceWindows() {
        Model baryon = BuiltinModels.load("baryon");
        assertThat(XDecays.of(baryon, 3.0, 1e-3, INPUTS).channel(XDecayChannel.CHARM).orElseThrow().status())
                .isEqualTo(PartialWidth.Status.NOT_COMPUTED);
        assertThat(XDecays.of(baryon, 4.0, 1e-3, INPUTS).channel(XDecayChannel.CHARM).orElseThrow().status())
                .isEqualTo(PartialWidth.Status.OPEN);
        assertThat(XDecays.of(baryon, 10.0, 1e-3, INPUTS).complete()).isFalse();
        assertThat(XDecays.of(baryon, 11.0, 1e-3, INPUTS).complete()).isTrue();
    }

    @Test
    void rightHandedNeutrinosCountAsInvisibleOnlyWhereTheModelHasThem() {
        Model lOnly = ChargeAssignment.parseInline("Lmu=1", "--charges");
        XDecays decays = XDecays.of(lOnly, 0.05, 1e-3, INPUTS);
        assertThat(decays.channels()).extracting(PartialWidth::channel).containsExactly(XDecayChannel.NU_MU, XDecayChannel.MUON);
        XDecays withNuR = XDecays.of(BuiltinModels.load("b3-minus-l2"), 0.05, 1e-3, INPUTS);
        assertThat(withNuR.channels()).extracting(PartialWidth::channel)
                .contains(XDecayChannel.NU_MU, XDecayChannel.NU_R_MU).doesNotContain(XDecayChannel.NU_R_E);
        assertThat(withNuR.invisibleBranchingRatio()).isEqualTo(1.0);
    }

    @Test
    void badMassOrCouplingIsInvalidInput() {
        assertThatThrownBy(() -> XDecays.of(TAU_FLAVOUR, 0, 0.018, INPUTS)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("--mx").hasMessageContaining("> 0");
        assertThatThrownBy(() -> XDecays.of(TAU_FLAVOUR, -1, 0.018, INPUTS)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> XDecays.of(TAU_FLAVOUR, Double.NaN, 0.018, INPUTS)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> XDecays.of(TAU_FLAVOUR, 2.1, 0, INPUTS)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("--gx");
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
