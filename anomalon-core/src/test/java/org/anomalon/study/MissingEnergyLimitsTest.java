package org.anomalon.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.OptionalDouble;
import org.anomalon.data.LimitEntry;
import org.anomalon.data.LimitsDatabase;
import org.anomalon.inputs.Inputs;
import org.anomalon.limits.CouplingLimits;
import org.anomalon.limits.DetectorAssumption;
import org.anomalon.limits.Exclusion;
import org.anomalon.limits.MassGrid;
import org.anomalon.limits.MissingEnergyView;
import org.anomalon.limits.ModelSignals;
import org.anomalon.model.BuiltinModels;
import org.anomalon.model.Model;
import org.anomalon.observables.xdecay.XDecays;
import org.anomalon.triangle.StContribution;
import org.junit.jupiter.api.Test;

/** Limits of visibly decaying X through the facade: hadronic widths, P_unseen and bands. */
class MissingEnergyLimitsTest {

    private static CouplingLimits limits(String model, MassGrid grid, List<String> entries) {
        LimitsRequest request = LimitsRequest.on(grid);
        return ModelStudy.of(BuiltinModels.load(model), StudyOptions.defaults())
                .limits(entries.isEmpty() ? request : request.withEntries(entries)).limits();
    }

    @Test
    void bMinusLHasLimitsBetweenThePionMassAndTwoGeV() {
        MassGrid grid = MassGrid.logarithmic(0.14, 1.99, 60);
        CouplingLimits limits = limits("b-minus-l", grid, List.of());
        long limited = java.util.Arrays.stream(limits.envelope().excluded()).filter(e -> e != null && !e.isEmpty()).count();
        assertThat(limited).isEqualTo(grid.size());
    }

    @Test
    void baryonGetsNa62BandsWhereXIsLongLivedAndKotoWhereItIsStable() {
        MassGrid grid = new MassGrid(new double[] {0.1, 0.17, 0.2});
        CouplingLimits limits = limits("baryon", grid, List.of("NA62-2025-KpiX", "KOTO-2019-KLpi0X"));
        // below m_π0 the baryonic X has no open channel: stable, excluded above one coupling by both
        assertThat(limits.limits().get(0).exclusion(0).high(0)).isInfinite();
        assertThat(limits.limits().get(1).exclusion(0).high(0)).isInfinite();
        // above m_π0 X → π0 γ: NA62's lifetime grid excludes a band (X escapes at small g_X)
        for (int i = 1; i < 3; i++) {
            Exclusion na62 = limits.limits().get(0).exclusion(i);
            assertThat(na62.size()).isEqualTo(1);
            assertThat(na62.high(0)).isFinite().isGreaterThan(10 * na62.low(0));
        }
        // KOTO has no detector size in the database: nothing excluded above m_π0 without an assumption
        assertThat(limits.limits().get(1).exclusion(1).isEmpty()).isTrue();
    }

    @Test
    void aStatedDetectorAssumptionGivesKotoABandAboveThePionMass() {
        ModelStudy baryon = ModelStudy.of(BuiltinModels.load("baryon"), StudyOptions.defaults());
        LimitsRequest request = LimitsRequest.on(new MassGrid(new double[] {0.15})).withEntries(List.of("KOTO-2019-KLpi0X"))
                .withDetectors(List.of(new DetectorAssumption("KOTO-2019-KLpi0X", 3, OptionalDouble.of(1.5))));
        Exclusion koto = baryon.limits(request).limits().limits().get(0).exclusion(0);
        assertThat(koto.size()).isEqualTo(1);
        assertThat(koto.high(0)).isFinite();
        assertThat(baryon.limits(request).limits().notes()).anyMatch(note -> note.contains("ASSUMPTION stated by the user"));
    }

    @Test
    void tauFlavourLimitsAreTheInvisibleOnesBelowTwoTauMasses() {
        MassGrid grid = new MassGrid(new double[] {0.05, 0.5, 2.1});
        CouplingLimits limits = limits("tau-flavour", grid, List.of("BelleII-Abumusabh2025-BKX"));
        for (int i = 0; i < grid.size(); i++) {
            assertThat(limits.limits().get(0).exclusion(i).size()).isEqualTo(1);
            assertThat(limits.limits().get(0).exclusion(i).high(0)).isInfinite();
        }
    }

    @Test
    void tauFlavourBelowTwoTauMassesIsUnchangedByTheEscapeToOnePartInABillion() {
        // X → ν_τ ν̄_τ only below 2 m_τ: P_unseen = 1, so every limit is the invisible one, √(BR_UL/BR(g_X = 1))
        Model model = BuiltinModels.load("tau-flavour");
        ModelSignals signals = ModelSignals.of(model, Inputs.defaults(), StContribution.AUTO.decide(model));
        MassGrid grid = MassGrid.logarithmic(1e-3, 3.5, 80);
        List<LimitEntry> entries = LimitsDatabase.load().entries();
        CouplingLimits limits = limits("tau-flavour", grid, entries.stream().map(LimitEntry::id).toList());
        int compared = 0;
        for (CouplingLimits.EntryLimit limit : limits.limits()) {
            LimitEntry entry = LimitsDatabase.load().entry(limit.entry().id());
            for (int i = 0; i < grid.size(); i++) {
                double mass = grid.mass(i);
                double invisible = Math.sqrt(entry.upperLimit90(mass) / signals.unitCouplingBranchingRatio(entry.process(), mass));
                if (!Double.isFinite(invisible) || invisible <= 0) {
                    assertThat(limit.exclusion(i)).as("%s at %s GeV", entry.id(), mass).isNull();
                    continue;
                }
                assertThat(limit.exclusion(i).size()).isEqualTo(1);
                assertThat(limit.exclusion(i).high(0)).isInfinite();
                assertThat(limit.value(i)).as("%s at %s GeV", entry.id(), mass).isCloseTo(invisible, within(1e-9 * invisible));
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(200);
    }

    @Test
    void ratesGiveTheDecayLengthAndUnseenFractionPerExperiment() {
        ModelStudy baryon = ModelStudy.of(BuiltinModels.load("baryon"), StudyOptions.defaults());
        RatesResult rates = baryon.rates(Point.of(0.17, 1e-4));
        XDecays decays = rates.xDecays();
        MissingEnergyView na62 = rates.missingEnergy().stream().filter(v -> v.entryId().equals("NA62-2025-KpiX")).findFirst().orElseThrow();
        assertThat(na62.decayLength_m()).isCloseTo(na62.boost().betaGamma() * XDecays.SPEED_OF_LIGHT_M_PER_S * decays.lifetime_s(),
                within(1e-9 * na62.decayLength_m()));
        assertThat(na62.boost().frame()).startsWith("parent rest frame");
        assertThat(na62.unseenProbability()).isBetween(0.0, 1.0);
        // the Z is produced at rest on the Z pole: the L3 boost is the laboratory one
        RatesResult atZ = ModelStudy.of(BuiltinModels.load("b-minus-l"), StudyOptions.defaults()).rates(Point.of(1.0, 1e-3));
        MissingEnergyView l3 = atZ.missingEnergy().stream().filter(v -> v.entryId().equals("L3-1997-ZgammaX")).findFirst().orElseThrow();
        assertThat(l3.boost().frame()).startsWith("laboratory");
        assertThat(l3.unseenProbability()).isCloseTo(atZ.xDecays().invisibleBranchingRatio(), within(1e-12));
    }

    @Test
    void bMinusLHasAnNa62LimitAtEveryMassOfItsWindowNotOnlyWhereRoundingAllows() {
        // issue 16: the figure had white stripes where S(y_b) = BR_UL rounded below the limit (e.g. m_X = 0.02 GeV)
        CouplingLimits limits = ModelStudy.of(BuiltinModels.load("b-minus-l"), StudyOptions.defaults())
                .limits(LimitsRequest.on(MassGrid.logarithmic(0.02, 0.027, 30)).withEntries(List.of("NA62-2025-KpiX"))).limits();
        double[] values = limits.limits().get(0).values();
        for (int i = 0; i < values.length; i++) {
            assertThat(values[i]).as("m_X = %s", limits.masses()[i]).isFinite();
            if (i > 0) {
                assertThat(values[i] / values[i - 1]).as("m_X = %s", limits.masses()[i]).isBetween(0.95, 1.05);
            }
        }
    }
}
