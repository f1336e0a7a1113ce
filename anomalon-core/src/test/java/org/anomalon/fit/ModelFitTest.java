package org.anomalon.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The statistics of a one-parameter fit, on likelihoods whose minimum is known in closed form. */
class ModelFitTest {
    private static final QuadraticResponse FLAVOUR_LIKE = new QuadraticResponse(2.0, 0, 0);
    private static final double C2 = 0.77;
    private static final double S2 = 0.23;
    // ∝ (c² x − s² y)², the shape of C_XZγ (P0 eq. 3.13).
    private static final QuadraticResponse Z_LIKE = new QuadraticResponse(C2 * C2, -2 * C2 * S2, S2 * S2);

    private static LikelihoodTerm term(Observable name, QuadraticResponse response, GaussianTerm gaussian) {
        return new LikelihoodTerm(name, response, gaussian, "test");
    }

    @Test
    void singleGaussianTermHasItsMinimumWhereThePredictionHitsTheCentre() {
        // χ² = ((r g² − c)/σ)²: minimum at g² = c/r, Δχ²_SM = (c/σ)², 1σ at g² = (c ± σ)/r.
        double central = 3.0;
        double sigma = 0.5;
        double response = 2.0 * 1.5 * 1.5; // traces (1.5, anything)
        Likelihood likelihood = new Likelihood(2.1, List.of(term(Observable.BelleCoupling.SCALAR, FLAVOUR_LIKE, GaussianTerm.symmetric(central, sigma))));
        BestFit best = ModelFit.along(likelihood, 1.5, -7).best();
        assertThat(best.couplingX()).isCloseTo(Math.sqrt(central / response), within(1e-9));
        assertThat(best.chiSquaredMin()).isCloseTo(0, within(1e-15));
        assertThat(best.deltaChiSquaredSM()).isCloseTo(36, within(1e-9));
        assertThat(best.significanceSigma()).isCloseTo(6, within(1e-9));
        assertThat(best.interval1Sigma().lower()).isCloseTo(Math.sqrt((central - sigma) / response), within(1e-9));
        assertThat(best.interval1Sigma().upper()).isCloseTo(Math.sqrt((central + sigma) / response), within(1e-9));
    }

    @Test
    void twoCompetingTermsMeetAtTheWeightedMean() {
        // Σ (r_i t − c_i)²/σ_i² is minimal at t* = Σ(r_i c_i/σ_i²) / Σ(r_i²/σ_i²).
        double r1 = 2.0;
        double r2 = C2 * C2;
        double c1 = 1.0;
        double sigma1 = 0.1;
        double sigma2 = 0.3; // a limit-like term centred at zero
        Likelihood likelihood = new Likelihood(2.1, List.of(
                term(Observable.BelleCoupling.SCALAR, FLAVOUR_LIKE, GaussianTerm.symmetric(c1, sigma1)),
                term(Observable.BelleCoupling.PSEUDOSCALAR, Z_LIKE, GaussianTerm.symmetric(0, sigma2))));
        ModelFit fit = ModelFit.along(likelihood, 1, 0);
        double tStar = (r1 * c1 / (sigma1 * sigma1)) / (r1 * r1 / (sigma1 * sigma1) + r2 * r2 / (sigma2 * sigma2));
        double chiMin = Math.pow(r1 * tStar - c1, 2) / (sigma1 * sigma1) + Math.pow(r2 * tStar, 2) / (sigma2 * sigma2);
        BestFit best = fit.best();
        assertThat(best.couplingX()).isCloseTo(Math.sqrt(tStar), within(1e-9));
        assertThat(best.chiSquaredMin()).isCloseTo(chiMin, within(1e-9));
        assertThat(best.chiSquaredSM()).isCloseTo(100, within(1e-12));
        assertThat(fit.chiSquared(best.interval1Sigma().upper()) - chiMin).isCloseTo(1, within(1e-9));
        assertThat(fit.chiSquared(best.interval1Sigma().lower()) - chiMin).isCloseTo(1, within(1e-9));
    }

    @Test
    void asymmetricTermsUseTheSideTheFitLandsOn() {
        // Only a limit pulls the prediction below the centre, so only σ₋ matters at the minimum.
        GaussianTerm asymmetric = new GaussianTerm(1.0, 10.0, 0.1);
        Likelihood likelihood = new Likelihood(2.1, List.of(
                term(Observable.BelleCoupling.SCALAR, FLAVOUR_LIKE, asymmetric),
                term(Observable.BelleCoupling.PSEUDOSCALAR, FLAVOUR_LIKE, GaussianTerm.symmetric(0, 0.1))));
        BestFit best = ModelFit.along(likelihood, 1, 0).best();
        // Equal weights below the centre: 2t* = 1/2.
        assertThat(best.couplingX() * best.couplingX() * 2).isCloseTo(0.5, within(1e-7));
    }

    @Test
    void aModelWithoutXwwTraceCannotFitTheExcess() {
        // g_bs ∝ A_XWW (P0 eq. 3.6): on the A_XWW = 0 axis only the Z → γX penalty responds to g_X.
        Likelihood likelihood = new Likelihood(2.1, List.of(
                term(Observable.parse("g_S", "test"), FLAVOUR_LIKE, GaussianTerm.symmetric(1.0, 0.2)),
                term(Observable.parse("Z->gammaX", "test"), Z_LIKE, GaussianTerm.symmetric(0, 0.5))));
        ModelFit fit = ModelFit.along(likelihood, 0, 1);
        BestFit best = fit.best();
        assertThat(fit.cannotProduceSignal()).isTrue();
        assertThat(best.couplingX()).isZero();
        assertThat(best.deltaChiSquaredSM()).isZero();
        assertThat(best.significanceSigma()).isZero();
        assertThat(ModelFit.along(likelihood, 1, 1).cannotProduceSignal()).isFalse();
    }

    @Test
    void anInvisibleFractionRescalesTheCouplingBySquareRoot() {
        // Missing-energy rates are B(B → K X) · B(X → inv): halving B(X → inv) needs g_X² twice as large.
        Likelihood likelihood = new Likelihood(2.1, List.of(term(Observable.BelleCoupling.SCALAR, FLAVOUR_LIKE, GaussianTerm.symmetric(1, 0.2))));
        double full = ModelFit.along(likelihood, 1, 0).best().couplingX();
        double half = ModelFit.along(likelihood.withInvisibleFraction(0.5), 1, 0).best().couplingX();
        assertThat(half / full).isCloseTo(Math.sqrt(2), within(1e-7));
        assertThat(ModelFit.along(likelihood.withInvisibleFraction(0), 1, 0).cannotProduceSignal()).isTrue();
    }

    @Test
    void profileStartsAtTheStandardModel() {
        Likelihood likelihood = new Likelihood(2.1, List.of(term(Observable.BelleCoupling.SCALAR, FLAVOUR_LIKE, GaussianTerm.symmetric(1, 0.5))));
        double[][] profile = ModelFit.along(likelihood, 1, 0).profile(1.0, 11);
        assertThat(profile).hasNumberOfRows(11);
        assertThat(profile[0]).containsExactly(0.0, 4.0);
        assertThat(profile[10][0]).isEqualTo(1.0);
        assertThat(profile[10][1]).isCloseTo(4.0, within(1e-12)); // r g² = 2 → pull (2 − 1)/0.5
    }
}
