package org.anomalon.histfactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.Random;
import org.hipparchus.special.Gamma;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistFactoryModelTest {
    static final String BELLE2 = "org/anomalon/fit/belle2_knunu/combined_likelihood.json";

    @TempDir
    Path directory;

    @Test
    void tinyWorkspaceLikelihoodEqualsTheFormulaComputedByHand() {
        HistFactoryModel model = HistFactoryModel.of(TinyWorkspace.read(directory));
        assertThat(model.parameters()).extracting(Parameter::name).containsExactly("mu", "bkg_norm", "shape", "lumi");
        assertThat(model.gammaNames()).containsExactly("stat_SR[0]", "stat_SR[1]");
        // Outside |α| ≤ 1 both interpolations have closed forms: κ = 1.1^1.5, Δ = α (nominal − lo).
        double mu = 1.7;
        double alphaNorm = 1.5;
        double alphaShape = -1.2;
        double lumi = 1.03;
        double[] gammas = {0.97, 1.05};
        double kappa = Math.pow(1.1, 1.5);
        double[] nuSR = {
            (5 * mu) * gammas[0] + (50 + alphaShape * (50 - 45)) * kappa * gammas[0],
            (10 * mu) * gammas[1] + (40 + alphaShape * (40 - 42)) * kappa * gammas[1]};
        double nuCR = 100 * kappa * lumi;
        double expected = poisson(nuSR[0], 60) + poisson(nuSR[1], 55) + poisson(nuCR, 105);
        expected += alphaNorm * alphaNorm + Math.log(2 * Math.PI) + alphaShape * alphaShape + Math.log(2 * Math.PI);
        expected += gaussian(lumi, 1, 0.02);
        // staterror shared by both samples: σ_b = √(δ_sig² + δ_bkg²)/(n_sig + n_bkg)
        expected += gaussian(gammas[0], 1, Math.sqrt(1 + 25) / 55);
        expected += gaussian(gammas[1], 1, Math.sqrt(4 + 16) / 50);
        double[] x = {mu, alphaNorm, alphaShape, lumi};
        assertThat(model.minusTwoLogLikelihood(x, gammas)).isCloseTo(expected, within(1e-10));
    }

    @Test
    void closedFormGammasAreTheMinimumOverTheGammas() {
        for (HistFactoryModel model : new HistFactoryModel[] {HistFactoryModel.of(TinyWorkspace.read(directory)),
                HistFactoryModel.of(Workspace.readResource(BELLE2))}) {
            double[] x = randomPoint(model, new Random(7));
            double[] gammas = model.profiledGammas(x);
            double profiled = model.minusTwoLogLikelihood(x);
            assertThat(model.minusTwoLogLikelihood(x, gammas)).isCloseTo(profiled, within(1e-9));
            double[] widths = model.gammaWidths();
            for (int g = 0; g < gammas.length; g++) {
                for (double shift : new double[] {-1e-3, 1e-3}) {
                    double[] moved = gammas.clone();
                    moved[g] += shift * widths[g];
                    assertThat(model.minusTwoLogLikelihood(x, moved)).isGreaterThan(profiled);
                }
            }
        }
    }

    /**
     * A poorly known sample far above the data would need a negative γ: it is held at its bound 0 and
     * the value stays the minimum over γ ≥ 0 (one bin: background 100 ± 1, "extra" 50 ± 50, 10 observed).
     */
    @Test
    void aGammaPushedBelowZeroIsHeldAtZero() {
        String json = """
                {"channels": [{"name": "bin", "samples": [
                    {"name": "background", "data": [100.0], "modifiers": [
                        {"name": "mu", "type": "normfactor", "data": null},
                        {"name": "stat_b", "type": "staterror", "data": [1.0]}]},
                    {"name": "extra", "data": [50.0], "modifiers": [{"name": "stat_e", "type": "staterror", "data": [50.0]}]}]}],
                 "observations": [{"name": "bin", "data": [10]}],
                 "measurements": [{"name": "m", "config": {"poi": "mu", "parameters": []}}], "version": "1.0.0"}
                """;
        HistFactoryModel model = HistFactoryModel.of(Workspace.read(TinyWorkspace.write(directory, "clamp.json", json)));
        double[] x = {1.0};
        double[] gammas = model.profiledGammas(x);
        assertThat(model.gammaNames()).containsExactly("stat_b[0]", "stat_e[0]");
        assertThat(gammas[1]).isZero();
        double profiled = model.minusTwoLogLikelihood(x);
        assertThat(profiled).isFinite().isCloseTo(model.minusTwoLogLikelihood(x, gammas), within(1e-9));
        for (double[] trial : new double[][] {{gammas[0], 1e-4}, {gammas[0], 0.05}, {gammas[0] * 1.001, 0}, {gammas[0] * 0.999, 0}}) {
            assertThat(model.minusTwoLogLikelihood(x, trial)).isGreaterThan(profiled);
        }
        checkDerivatives(model, new double[] {0.8}, null);
    }

    @Test
    void gradientAndHessianMatchFiniteDifferences() {
        HistFactoryModel belle = HistFactoryModel.of(Workspace.readResource(BELLE2));
        HistFactoryModel tiny = HistFactoryModel.of(TinyWorkspace.read(directory));
        for (HistFactoryModel model : new HistFactoryModel[] {tiny, belle}) {
            double[] x = randomPoint(model, new Random(11));
            checkDerivatives(model, x, null);
            checkDerivatives(model, x, model.profiledGammas(randomPoint(model, new Random(3))));
        }
    }

    private static void checkDerivatives(HistFactoryModel model, double[] x, double[] fixedGammas) {
        int size = model.parameterCount();
        double[] gradient = new double[size];
        double[] hessian = new double[size * size];
        HistFactoryModel.Scratch scratch = new HistFactoryModel.Scratch(model);
        model.value(x, fixedGammas, gradient, hessian, scratch);
        double h = 1e-5;
        double[] up = new double[size];
        double[] down = new double[size];
        for (int p = 0; p < size; p++) {
            double[] plus = x.clone();
            double[] minus = x.clone();
            plus[p] += h;
            minus[p] -= h;
            double numeric = (model.value(plus, fixedGammas, up, null, scratch)
                    - model.value(minus, fixedGammas, down, null, scratch)) / (2 * h);
            assertThat(gradient[p]).as("d/d%s", model.parameters().get(p).name())
                    .isCloseTo(numeric, within(1e-5 * Math.max(1, Math.abs(numeric))));
            for (int q = 0; q < size; q++) {
                double second = (up[q] - down[q]) / (2 * h);
                assertThat(hessian[p * size + q]).as("d2/d%s d%s", model.parameters().get(p).name(),
                        model.parameters().get(q).name()).isCloseTo(second, within(1e-4 * Math.max(1, Math.abs(second))));
            }
        }
    }

    /** Nuisance parameters spread over both branches of the interpolations (|α| below and above 1). */
    static double[] randomPoint(HistFactoryModel model, Random random) {
        double[] x = model.initialValues();
        for (int p = 0; p < x.length; p++) {
            Parameter parameter = model.parameters().get(p);
            x[p] = parameter.constrained() && parameter.auxiliary() == 0 ? 3 * random.nextDouble() - 1.5
                    : parameter.constrained() ? parameter.auxiliary() + parameter.sigma() * (random.nextDouble() - 0.5)
                    : 0.5 + 2 * random.nextDouble();
        }
        return x;
    }

    private static double poisson(double nu, double n) {
        return 2 * (nu - n * Math.log(nu) + Gamma.logGamma(n + 1));
    }

    private static double gaussian(double value, double centre, double sigma) {
        double pull = (value - centre) / sigma;
        return pull * pull + Math.log(2 * Math.PI * sigma * sigma);
    }
}
