package org.anomalon.observables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class FormFactorsTest {
    private static final double M_B = 5.27941;

    @Test
    void allSixDefaultFormFactorsAreLoadedWithCitations() {
        assertThat(FormFactors.all()).containsOnlyKeys("B->K f0", "B->K* A0", "B->pi f0", "B->rho A0", "D->pi f0",
                "K->pi f0");
        assertThat(FormFactors.B_TO_K_F0.citation()).contains("arXiv:2305.06301");
        assertThat(FormFactors.B_TO_KSTAR_A0.citation()).contains("arXiv:2305.06301");
        assertThat(FormFactors.B_TO_PI_F0.citation()).contains("arXiv:1811.00983");
        assertThat(FormFactors.B_TO_RHO_A0.citation()).contains("arXiv:1503.05534");
        assertThat(FormFactors.D_TO_PI_F0.citation()).contains("arXiv:1706.03017");
    }

    @Test
    void atZeroMomentumTheBszFormFactorIsItsFirstCoefficientWithItsOwnError() {
        // F(0) = a0 and ∂F/∂a = (1, 0, 0): the propagated error is exactly σ(a0)
        assertThat(FormFactors.B_TO_K_F0.value(0, M_B, 0.493677)).isEqualTo(0.33196382);
        assertThat(FormFactors.B_TO_K_F0.uncertainty(0, M_B, 0.493677)).isCloseTo(0.01030667017, within(1e-10));
        assertThat(FormFactors.B_TO_KSTAR_A0.value(0, M_B, 0.89188)).isEqualTo(0.34213768);
        assertThat(FormFactors.B_TO_PI_F0.uncertainty(0, M_B, 0.1396)).isCloseTo(0.02094201396, within(1e-12));
        assertThat(FormFactors.D_TO_PI_F0.value(0, 1.86966, 0.1396)).isEqualTo(0.612);
        assertThat(FormFactors.K_TO_PI_F0.value(0, 0.497611, 0.1396)).isEqualTo(0.9698);
        assertThat(FormFactors.K_TO_PI_F0.uncertainty(0, 0.497611, 0.1396)).isCloseTo(0.0017, within(1e-9));
    }

    @Test
    void covarianceBlockIsTheOneOfTheDataFile() {
        FormFactorParameters kstar = FormFactors.B_TO_KSTAR_A0.parameters();
        assertThat(kstar.names()).containsExactly("B->K^*::alpha^A0_0@BSZ2015", "B->K^*::alpha^A0_1@BSZ2015",
                "B->K^*::alpha^A0_2@BSZ2015");
        assertThat(kstar.covariance(0, 1)).isEqualTo(0.00030258634);
        assertThat(kstar.covariance(1, 0)).isEqualTo(0.00030258634);
        FormFactorParameters pi = FormFactors.B_TO_PI_F0.parameters();
        // correlation × σσ: f+:a0 with f0:a1
        assertThat(pi.covariance(0, 1)).isCloseTo(0.9497183136 * 0.02094201396 * 0.09007353119, within(1e-15));
    }

    @Test
    void bszFormFactorIsLinearSoPropagationMatchesAMonteCarloFreeCheck() {
        // For a linear function the propagated variance equals gᵀCg computed by hand.
        BszFormFactor f = (BszFormFactor) FormFactors.B_TO_K_F0;
        double q2 = 4.41;
        double dz = BszFormFactor.zShift(q2, M_B, 0.493677);
        double pole = 1 - q2 / (5.630 * 5.630);
        double[] g = {1 / pole, dz / pole, dz * dz / pole};
        FormFactorParameters p = f.parameters();
        double variance = 0;
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                variance += g[i] * g[j] * p.covariance(i, j);
            }
        }
        assertThat(f.uncertainty(q2, M_B, 0.493677)).isCloseTo(Math.sqrt(variance), within(1e-15));
        assertThat(f.value(q2, M_B, 0.493677)).isCloseTo(
                (p.mean(0) + p.mean(1) * dz + p.mean(2) * dz * dz) / pole, within(1e-15));
    }

    @Test
    void flavioValueNotationIsParsed() {
        assertThat(FormFactors.parseFlavioValue("0.9698(17)")).containsExactly(0.9698, 0.0017);
        assertThat(FormFactors.parseFlavioValue("24.22(1.16)")).containsExactly(24.22, 1.16);
    }
}
