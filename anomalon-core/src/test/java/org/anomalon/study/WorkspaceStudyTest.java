package org.anomalon.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.anomalon.data.LimitSource;
import org.anomalon.fit.BelleTwoWorkspace;
import org.anomalon.fit.BelleTwoWorkspaceLimit;
import org.anomalon.fit.FitTerm;
import org.anomalon.limits.CouplingLimits;
import org.anomalon.limits.MassGrid;
import org.anomalon.model.BuiltinModels;
import org.junit.jupiter.api.Test;

/** The facade with Belle II's likelihood: one signal for fit and limits, the tensions, the theory band. */
class WorkspaceStudyTest {
    private static final ModelStudy TAU = ModelStudy.of(BuiltinModels.load("tau-flavour"));

    @Test
    void limitsUseTheLikelihoodInsteadOfTheRecastOfTheSameData() {
        MassGrid grid = new MassGrid(new double[] {0.5, 2.1, 4.7});
        CouplingLimits limits = TAU.limits(LimitsRequest.on(grid)).limits();
        List<String> ids = limits.limits().stream().map(l -> l.entry().id()).toList();
        assertThat(ids).contains(BelleTwoWorkspaceLimit.ID).doesNotContain(BelleTwoWorkspaceLimit.SUPERSEDES);
        CouplingLimits.EntryLimit workspace = limits.limits().stream()
                .filter(l -> l.entry().id().equals(BelleTwoWorkspaceLimit.ID)).findFirst().orElseThrow();
        // g_X^max = √(B_UL / (B(g_X = 1) · B(X → inv))): the same signal the fit uses
        double rate = TAU.signals().unitCouplingBranchingRatio(org.anomalon.observables.Channel.B_PLUS_TO_K_PLUS, 0.5) * TAU.signals().invisibleFraction(0.5);
        assertThat(workspace.value(0)).isCloseTo(Math.sqrt(BelleTwoWorkspace.load().upperLimit90(0.5) / rate), within(1e-12));
        assertThat(workspace.value(2)).isNaN(); // no signal in the number densities at 4.7 GeV
        List<String> asked = TAU.limits(LimitsRequest.on(grid).withEntries(List.of(BelleTwoWorkspaceLimit.SUPERSEDES)))
                .limits().limits().stream().map(l -> l.entry().id()).toList();
        assertThat(asked).containsExactly(BelleTwoWorkspaceLimit.SUPERSEDES);
        ModelStudy gaussian = ModelStudy.of(BuiltinModels.load("tau-flavour"),
                StudyOptions.defaults().withLikelihood(LikelihoodOptions.P0_GAUSSIAN));
        assertThat(gaussian.limits(LimitsRequest.on(grid)).limits().limits()).extracting(l -> l.entry().id())
                .contains(BelleTwoWorkspaceLimit.SUPERSEDES).doesNotContain(BelleTwoWorkspaceLimit.ID);
    }

    @Test
    void fitListsTheLimitsThatExcludeItsBestFit() {
        FitResult fit = TAU.fit(FitRequest.excess());
        assertThat(fit.likelihoodName()).isEqualTo(FitResult.WORKSPACE_LIKELIHOOD);
        double g = fit.report().best().couplingX();
        for (LimitTension tension : fit.tensions()) {
            assertThat(tension.excluded().lowest()).isLessThan(fit.report().best().interval1Sigma().upper());
            assertThat(tension.excludesBestFit()).isEqualTo(tension.excluded().excludes(g));
        }
        assertThat(fit.tensions()).extracting(LimitTension::entry).extracting(LimitSource::id)
                .contains("BaBar-Altmannshofer2023-BKX").doesNotContain(BelleTwoWorkspaceLimit.ID);
        assertThat(fit.bestFitExcluded()).isTrue();
        // the workspace term and the fit agree: B_X(ĝ) = ĝ² r
        WorkspaceTerm workspace = fit.workspace().orElseThrow();
        assertThat(workspace.predicted(g)).isCloseTo(fit.report().predictions().get(0).value() * fit.invisibleFraction(),
                within(1e-15));
    }

    @Test
    void theoryBandHoldsTheBestFitAndEveryVariation() {
        FitResult fit = ModelStudy.of(BuiltinModels.load("tau-flavour"), StudyOptions.defaults()
                .withLikelihood(LikelihoodOptions.P0_GAUSSIAN.withTerms(Set.of(FitTerm.G_S)))).fit(FitRequest.excess());
        var band = fit.theoryBand();
        assertThat(band.interval().contains(fit.report().best().couplingX())).isTrue();
        assertThat(band.variations()).extracting(v -> v.name()).containsExactly("mt-scheme", "ew-scheme");
        band.variations().forEach(v -> assertThat(band.interval().contains(v.couplingX())).isTrue());
        // g_S² alone: ĝ ∝ 1/|g_S(g_X = 1)|, and the MS-bar top mass lowers F(x_t)
        assertThat(band.variations().get(0).couplingX()).isGreaterThan(fit.report().best().couplingX());
    }
}
