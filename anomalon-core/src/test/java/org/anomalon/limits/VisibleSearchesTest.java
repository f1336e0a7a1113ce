package org.anomalon.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.anomalon.data.LimitEntry;
import org.anomalon.data.LimitsDatabase;
import org.anomalon.data.VisibleDecay;
import org.anomalon.inputs.Inputs;
import org.anomalon.model.BuiltinModels;
import org.anomalon.model.Model;
import org.anomalon.observables.Channel;
import org.anomalon.observables.xdecay.XDecayChannel;
import org.anomalon.observables.xdecay.XDecays;
import org.anomalon.study.LimitsRequest;
import org.anomalon.study.ModelStudy;
import org.anomalon.study.StudyOptions;
import org.anomalon.triangle.StContribution;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;

/**
 * ST's visible channels (ST Sec. IV) for B − L: the numbers ST print, their windows, and the excluded
 * couplings by hand = √(BR_UL / (BR(production, g_X = 1) BR(X → final state))) where X is prompt.
 */
class VisibleSearchesTest {
    private static final Inputs INPUTS = Inputs.defaults();
    private static final Model B_MINUS_L = BuiltinModels.load("b-minus-l");
    private static final ModelSignals SIGNALS = ModelSignals.of(B_MINUS_L, INPUTS, StContribution.AUTO.decide(B_MINUS_L));
    private static final LimitsDatabase DB = LimitsDatabase.load();
    private static final double Z90 = 1.2815515655446004;

    private static double limit(String id, double mass) {
        LimitsRequest request = LimitsRequest.on(new MassGrid(new double[] {mass})).withEntries(List.of(id));
        return ModelStudy.of(B_MINUS_L, StudyOptions.defaults()).limits(request).limits().limits().stream()
                .filter(l -> l.entry().id().equals(id)).findFirst().orElseThrow().value(0);
    }

    /** BR(X → channel) at g_X = 1 from the X decay widths. */
    private static double fraction(XDecayChannel channel, double mass) {
        XDecays decays = XDecays.of(B_MINUS_L, mass, 1, INPUTS);
        return decays.branchingRatio(decays.channel(channel).orElseThrow());
    }

    @Test
    void ktevPi0MuMuAtThreeHundredMeVIsTheHandCalculation() {
        double mass = 0.3;
        double production = SIGNALS.unitCouplingBranchingRatio(Channel.K_LONG_TO_PI_ZERO, mass);
        double expected = Math.sqrt(3.8e-10 / (production * fraction(XDecayChannel.MUON, mass))); // ST Sec. IV.B, ref. [20]
        assertThat(limit("KTeV-2000-KLpi0mumu", mass)).isCloseTo(expected, Percentage.withPercentage(1e-9));
        // X is prompt there: its lifetime at that coupling is far below 1 ps
        assertThat(XDecays.of(B_MINUS_L, mass, expected, INPUTS).lifetime_s()).isLessThan(1e-15);
    }

    @Test
    void lhcbKMuMuAtOneGeVUsesTheMeasuredRatePlusZSigma() {
        double mass = 1.0;
        // ST Sec. IV.B: (4.36 +- 0.15 +- 0.18)e-7; bound = central + z(0.90) sigma
        double bound = 4.36e-7 + Z90 * Math.hypot(0.15e-7, 0.18e-7);
        assertThat(DB.entry("LHCb-2012-BKmumu").upperLimit90(mass)).isCloseTo(bound, Percentage.withPercentage(1e-12));
        double production = SIGNALS.unitCouplingBranchingRatio(Channel.B_PLUS_TO_K_PLUS, mass);
        double expected = Math.sqrt(bound / (production * fraction(XDecayChannel.MUON, mass)));
        assertThat(limit("LHCb-2012-BKmumu", mass)).isCloseTo(expected, Percentage.withPercentage(1e-9));
    }

    @Test
    void belleLeptonPairsAreTheSumOfElectronsAndMuonsInsideTheVetoedQ2Range() {
        double mass = 1.0;
        double bound = 5.99e-7 + Z90 * Math.hypot(0.45e-7, 0.14e-7); // ST Sec. IV.B, ref. [11]
        double production = SIGNALS.unitCouplingBranchingRatio(Channel.B_PLUS_TO_K_PLUS, mass);
        double leptons = fraction(XDecayChannel.ELECTRON, mass) + fraction(XDecayChannel.MUON, mass);
        assertThat(limit("Belle-2019-BKll", mass)).isCloseTo(Math.sqrt(bound / (production * leptons)), Percentage.withPercentage(1e-9));
        // ST's vetoes: q^2 > 0.05 GeV^2, J/psi 8.12 < q^2 < 10.2 GeV^2, psi(2S) 12.8 < q^2 < 14.0 GeV^2
        LimitEntry belle = DB.entry("Belle-2019-BKll");
        assertThat(belle.upperLimit90(Math.sqrt(0.049))).isNaN();
        assertThat(belle.upperLimit90(Math.sqrt(0.051))).isCloseTo(bound, Percentage.withPercentage(1e-12));
        assertThat(belle.upperLimit90(3.0)).isNaN();
        assertThat(belle.upperLimit90(Math.sqrt(13.0))).isNaN();
        assertThat(belle.upperLimit90(Math.sqrt(11.0))).isCloseTo(bound, Percentage.withPercentage(1e-12));
        assertThat(limit("Belle-2019-BKll", 3.0)).isNaN();
    }

    @Test
    void zWindowsAreTheOnesStPrints() {
        assertThat(DB.entry("OPAL-1991-ZgammaX-ll").upperLimit90(59.9)).isNaN();
        assertThat(DB.entry("OPAL-1991-ZgammaX-ll").upperLimit90(70)).isEqualTo(1.1e-4);
        assertThat(DB.entry("L3-1991-ZgammaX-ee").upperLimit90(88.9)).isEqualTo(2.8e-4);
        assertThat(DB.entry("L3-1991-ZgammaX-hadrons").upperLimit90(87)).isNaN();
        assertThat(DB.entry("L3-1991-ZgammaX-hadrons").visible().orElseThrow().finalState()).isEqualTo(VisibleDecay.FinalState.HADRONS);
        // ST: "Z decays constrain no additional parameter space" — for B-L the visible Z limits lie above g_X = 1
        assertThat(limit("L3-1991-ZgammaX-mumu", 50)).isGreaterThan(1);
    }

    @Test
    void aPromptSearchSeesOnlyXDecayingWithinOnePicosecond() {
        // BaBar's extended low q^2 bin at m_X = 3 MeV: the BR bound alone would allow a coupling at which X lives longer than 1 ps
        double mass = 0.003;
        double bound = DB.entry("BaBar-2009-BKstaree-extlow").upperLimit90(mass);
        double production = SIGNALS.unitCouplingBranchingRatio(Channel.B_PLUS_TO_KSTAR_PLUS, mass);
        double fromRate = Math.sqrt(bound / (production * fraction(XDecayChannel.ELECTRON, mass)));
        XDecays unit = XDecays.of(B_MINUS_L, mass, 1, INPUTS);
        double fromLifetime = Math.sqrt(unit.hbar_GeVs() / (VisibleDecay.PROMPT_MAX_LIFETIME_S * unit.totalWidth_GeV()));
        assertThat(fromLifetime).isGreaterThan(fromRate);
        assertThat(limit("BaBar-2009-BKstaree-extlow", mass)).isCloseTo(fromLifetime, Percentage.withPercentage(1e-9));
    }

    @Test
    void theDisplacedWindowExcludesTheBandWhereTheLifetimeIsBetweenItsEdges() {
        double hbar = 6.582119569e-25;
        XFate fate = new XFate(0, 1e-3, hbar, 0, 1, 0);
        VisibleDecay wedge = DB.entry("LHCb-2015-displaced-BKstarmumu").visible().orElseThrow();
        // tau(g) = hbar/(g^2 Gamma_1) in [1, 100] ps <=> g^2 in [hbar/(100 ps Gamma_1), hbar/(1 ps Gamma_1)]
        Exclusion band = ExclusionSolver.solveVisible(1, 1e-20, fate, wedge);
        assertThat(band.size()).isEqualTo(1);
        assertThat(band.low(0)).isCloseTo(Math.sqrt(hbar / (100e-12 * 1e-3)), Percentage.withPercentage(1e-12));
        assertThat(band.high(0)).isCloseTo(Math.sqrt(hbar / (1e-12 * 1e-3)), Percentage.withPercentage(1e-12));
        // a weaker rate raises the lower edge, and closes the band once it passes the upper one
        assertThat(ExclusionSolver.solveVisible(1, 1e-10, fate, wedge).low(0)).isCloseTo(Math.sqrt(1e-10), Percentage.withPercentage(1e-12));
        assertThat(ExclusionSolver.solveVisible(1, 1e-8, fate, wedge).isEmpty()).isTrue();
        assertThat(ExclusionSolver.solveVisible(1, 1e-20, new XFate(1, 0, hbar, 0, 0, 0), wedge).isEmpty()).isTrue();
    }

    @Test
    void theLhcbDisplacedSearchIsTheB0ToKstar0ModeOfStRef15() {
        LimitEntry wedge = DB.entry("LHCb-2015-displaced-BKstarmumu");
        assertThat(wedge.process()).isEqualTo(Channel.B_ZERO_TO_KSTAR_ZERO);
        assertThat(wedge.reference().field("arxiv")).isEqualTo("1508.04094");
        assertThat(wedge.reference().field("title")).contains("B^0 \\to K^{*0}");
        // ST Sec. IV.B: BR < 1e-9 for 250 < m_X/MeV < 4700 and 1 < tau_X/ps < 100
        assertThat(wedge.upperLimit90(0.249)).isNaN();
        assertThat(wedge.upperLimit90(1.0)).isEqualTo(1e-9);
        assertThat(wedge.upperLimit90(4.71)).isNaN();
        VisibleDecay seen = wedge.visible().orElseThrow();
        assertThat(seen.minLifetime_s()).isEqualTo(1e-12);
        assertThat(seen.maxLifetime_s()).isCloseTo(100e-12, Percentage.withPercentage(1e-12));
        assertThat(seen.lifetimeSource()).contains("conservative");
    }

    @Test
    void aDetectorAssumptionIsRefusedForASearchThatSeesXDecay() {
        LimitsRequest request = LimitsRequest.on(new MassGrid(new double[] {0.3, 0.4}))
                .withDetectors(List.of(new DetectorAssumption("KTeV-2000-KLpi0mumu", 3, java.util.OptionalDouble.of(10))));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ModelStudy.of(B_MINUS_L, StudyOptions.defaults()).limits(request))
                .isInstanceOf(org.anomalon.InvalidInputException.class).hasMessageContaining("a missing-energy entry");
    }

    @Test
    void theReferencesCarryTheFieldsStPrints() {
        // ST refs. [8], [9], [11]-[15], [18], [20]: collaboration, first author, title, journal, volume, pages; year and arXiv where printed
        for (String id : List.of("OPAL-1991-ZgammaX-ll", "L3-1991-ZgammaX-ee", "Belle-2019-BKll", "LHCb-2012-BKmumu",
                "BaBar-2009-BKstaree-low", "BaBar-2012-BKll", "LHCb-2015-displaced-BKstarmumu", "NA62-2022-Kpimumu",
                "KTeV-2000-KLpi0mumu")) {
            var reference = DB.entry(id).reference();
            for (String field : List.of("collaboration", "author", "title", "journal", "volume", "pages", "note")) {
                assertThat(reference.field(field)).as("%s %s", id, field).isNotBlank();
            }
            assertThat(reference.field("note")).as(id).contains("ST ref.");
        }
        assertThat(DB.entry("KTeV-2000-KLpi0mumu").reference().citation()).isEqualTo(
                "KTeV, Phys. Rev. Lett. 84 (2000) 5279, arXiv:hep-ex/0001006 [arXiv:hep-ex/0001006]");
        // no year printed in ST ref. [11]: none is invented in the citation
        assertThat(DB.entry("Belle-2019-BKll").reference().citation()).isEqualTo("Belle, JHEP 03 105, arXiv:1908.01848 [arXiv:1908.01848]");
    }

    @Test
    void forBMinusLTheLhcbDisplacedWindowIsEmpty() {
        for (double mass : new double[] {0.3, 1.0, 3.0}) {
            assertThat(limit("LHCb-2015-displaced-BKstarmumu", mass)).as("m_X = %s", mass).isNaN();
        }
        // the largest signal with 1 < tau_X/ps < 100 is at tau_X = 1 ps: BR1 BR(mu mu) hbar/(1 ps Gamma_1)
        double largest = 0;
        double at = 0;
        for (int i = 0; i <= 200; i++) {
            double mass = 0.25 * Math.pow(4.7 / 0.25, i / 200.0);
            XFate fate = SIGNALS.fate(mass);
            if (Double.isNaN(fate.invisibleFraction())) {
                continue;
            }
            double signal = SIGNALS.unitCouplingBranchingRatio(Channel.B_ZERO_TO_KSTAR_ZERO, mass) * fate.muonFraction()
                    * fate.hbar_GeVs() / (1e-12 * fate.unitWidth_GeV());
            if (signal > largest) {
                largest = signal;
                at = mass;
            }
        }
        // docs/limits.md: 2.1e-12 at 250 MeV, 480 times below ST's 1e-9; ST's eq. (6) without the loop factor would add (16 pi^2)^2
        assertThat(largest).isCloseTo(2.07e-12, Percentage.withPercentage(1));
        assertThat(at).isEqualTo(0.25);
        assertThat(1e-9 / largest).isBetween(470.0, 490.0).isLessThan(Math.pow(16 * Math.PI * Math.PI, 2));
    }

    @Test
    void stFigureFourTheGMinusTwoBandOfB3MinusL2IsExcludedBelowAThirdOfAGeVAndCutFromAboveAtOneGeV() {
        // docs/limits.md, ST Fig. 4: anomalon's database (meson and Z limits) against the (g-2)_mu band
        MassGrid grid = new MassGrid(new double[] {0.05, 0.2, 1.0});
        CouplingLimits limits = ModelStudy.of(BuiltinModels.load("b3-minus-l2"), StudyOptions.defaults())
                .limits(LimitsRequest.on(grid).withDatabases(List.of(LimitEntry.DATABASE))).limits();
        CouplingLimits.EntryLimit band = limits.limits().stream().filter(l -> l.entry().id().equals("g-2-mu-band-Bodas2021"))
                .findFirst().orElseThrow();
        double[] excludedAbove = limits.envelope().values();
        assertThat(excludedAbove[0]).isLessThan(band.exclusion(0).low(0));
        assertThat(excludedAbove[1]).isLessThan(band.exclusion(1).low(0));
        assertThat(excludedAbove[2]).isBetween(band.exclusion(2).low(0), band.exclusion(2).high(0));
        assertThat(limits.envelope().setBy()[2]).isEqualTo("LHCb-2012-BKmumu");
    }

    @Test
    void theVisibleBAndKLimitsOfBMinusLLieInsideTheTreeLevelRegion() {
        // docs/limits.md, ST Fig. 3: DarkCast's recast limits exclude every coupling above a lower one than the visible searches
        MassGrid grid = new MassGrid(new double[] {0.003, 0.3, 3.0});
        ModelStudy study = ModelStudy.of(B_MINUS_L, StudyOptions.defaults());
        CouplingLimits tree = study.limits(LimitsRequest.on(grid).withDatabases(List.of("darkcast"))).limits();
        List<String> visible = DB.entries().stream().filter(entry -> entry.visible().isPresent()).map(LimitEntry::id).toList();
        CouplingLimits seen = study.limits(LimitsRequest.on(grid).withEntries(visible)).limits();
        double[] expected = {4.55e-5, 1.60e-3, 1.77e-2};
        for (int i = 0; i < grid.size(); i++) {
            assertThat(seen.envelope().values()[i]).isCloseTo(expected[i], Percentage.withPercentage(1))
                    .isGreaterThan(tree.envelope().values()[i]);
        }
    }
}
