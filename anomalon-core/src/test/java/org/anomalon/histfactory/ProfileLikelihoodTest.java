package org.anomalon.histfactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileLikelihoodTest {
    @TempDir
    Path directory;

    /** One bin, signal s μ over a known background b: μ̂ = (n − b)/s and q(0) = 2[n ln(n/b) − (n − b)]. */
    @Test
    void countingExperimentHasItsTextbookAnswers() {
        String json = """
                {"channels": [{"name": "bin", "samples": [
                    {"name": "signal", "data": [4.0], "modifiers": [{"name": "mu", "type": "normfactor", "data": null}]},
                    {"name": "background", "data": [10.0], "modifiers": []}]}],
                 "observations": [{"name": "bin", "data": [18]}],
                 "measurements": [{"name": "m", "config": {"poi": "mu", "parameters": []}}], "version": "1.0.0"}
                """;
        HistFactoryModel model = HistFactoryModel.of(Workspace.read(TinyWorkspace.write(directory, "counting.json", json)));
        ProfileLikelihood profile = ProfileLikelihood.of(model);
        LikelihoodFit best = profile.bestFit();
        assertThat(best.poi()).isCloseTo(2.0, within(2e-5)); // ~1e-5 σ, the minimiser's accuracy
        assertThat(profile.testStatistic(0, best)).isCloseTo(2 * (18 * Math.log(1.8) - 8), within(1e-8));
        // q(μ) = 2[4μ + 10 − 18 − 18 ln((4μ + 10)/18)] = 1 at the interval ends
        PoiInterval interval = profile.interval(best, 1);
        for (double end : new double[] {interval.lower(), interval.upper()}) {
            double nu = 4 * end + 10;
            assertThat(2 * (nu - 18 - 18 * Math.log(nu / 18))).isCloseTo(1, within(1e-6));
        }
        assertThat(profile.parabolicError(best)).isCloseTo(Math.sqrt(18) / 4, within(1e-5)); // σ = √n/s
    }

    @Test
    void warmAndColdStartsFindTheSameProfile() {
        HistFactoryModel model = HistFactoryModel.of(Workspace.readResource(HistFactoryModelTest.BELLE2));
        ProfileLikelihood warm = ProfileLikelihood.of(model);
        LikelihoodFit best = warm.bestFit();
        for (double mu : new double[] {0, 1, 3, 6, 9}) {
            LikelihoodFit fromWarm = warm.profile(mu);
            LikelihoodFit fromCold = ProfileLikelihood.of(model).profile(mu);
            assertThat(fromWarm.minusTwoLogLikelihood()).isCloseTo(fromCold.minusTwoLogLikelihood(), within(1e-7));
            assertThat(fromWarm.minusTwoLogLikelihood()).isGreaterThanOrEqualTo(best.minusTwoLogLikelihood() - 1e-9);
        }
        for (double shift : new double[] {-1e-3, 1e-3}) {
            assertThat(warm.testStatistic(best.poi() + shift, best)).isBetween(0.0, 1e-5);
        }
    }

    @Test
    void freezingEveryNuisanceParameterShrinksTheInterval() {
        HistFactoryModel model = HistFactoryModel.of(TinyWorkspace.read(directory));
        ProfileLikelihood profile = ProfileLikelihood.of(model);
        LikelihoodFit best = profile.bestFit();
        PoiInterval full = profile.interval(best, 1);
        ProfileLikelihood frozen = profile.frozenAt(best);
        LikelihoodFit frozenBest = frozen.bestFit(best.parameters());
        assertThat(frozenBest.poi()).isCloseTo(best.poi(), within(1e-5));
        PoiInterval statOnly = frozen.interval(frozenBest, 1);
        assertThat(statOnly.upper() - statOnly.lower()).isLessThan(full.upper() - full.lower());
        assertThat(statOnly.lower()).isGreaterThan(full.lower());
    }
}
