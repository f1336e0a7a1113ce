package org.anomalon.histfactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** pyhf's default interpolations: the matching conditions that define them, and their derivatives. */
class InterpolationTest {
    private static final double[][] NORMSYS_CASES = {{1.5, 0.5}, {0.985, 1.015}, {1.3, 0.7}, {1.003, 0.997}, {2.0, 0.8}};
    private static final double[][] HISTOSYS_CASES = {{0.3, 0.3}, {1.2, -0.4}, {-0.7, 0.2}, {0, 0.5}};

    @Test
    void normsysCode4MeetsItsSixMatchingConditions() {
        for (double[] c : NORMSYS_CASES) {
            NormSysCode4 kappa = new NormSysCode4(c[0], c[1]);
            double up = c[0];
            double down = c[1];
            double inside = Math.nextDown(1.0);
            // κ, κ′, κ″ of the polynomial at α → ±1 equal those of r₊^α, r₋^(−α).
            assertThat(kappa.value(inside)).isCloseTo(up, within(1e-12));
            assertThat(kappa.value(-inside)).isCloseTo(down, within(1e-12));
            assertThat(kappa.derivative(inside)).isCloseTo(up * Math.log(up), within(1e-12));
            assertThat(kappa.derivative(-inside)).isCloseTo(-down * Math.log(down), within(1e-12));
            assertThat(kappa.secondDerivative(inside)).isCloseTo(up * Math.log(up) * Math.log(up), within(1e-11));
            assertThat(kappa.secondDerivative(-inside)).isCloseTo(down * Math.log(down) * Math.log(down), within(1e-11));
            assertThat(kappa.value(0)).isEqualTo(1.0);
            assertThat(kappa.value(2.5)).isCloseTo(Math.pow(up, 2.5), within(1e-14));
            assertThat(kappa.value(-3)).isCloseTo(Math.pow(down, 3), within(1e-14));
        }
    }

    @Test
    void normsysDerivativesMatchFiniteDifferences() {
        for (double[] c : NORMSYS_CASES) {
            NormSysCode4 kappa = new NormSysCode4(c[0], c[1]);
            for (double alpha : new double[] {-2.3, -0.8, -0.1, 0.35, 0.9, 1.7}) {
                double h = 1e-5;
                assertThat(kappa.derivative(alpha))
                        .isCloseTo((kappa.value(alpha + h) - kappa.value(alpha - h)) / (2 * h), within(1e-8));
                assertThat(kappa.secondDerivative(alpha))
                        .isCloseTo((kappa.derivative(alpha + h) - kappa.derivative(alpha - h)) / (2 * h), within(1e-7));
            }
        }
    }

    @Test
    void histosysCode4pIsSmoothAtPlusMinusOneAndLinearInTheSymmetricPart() {
        for (double[] c : HISTOSYS_CASES) {
            double up = c[0];
            double down = c[1];
            double inside = Math.nextDown(1.0);
            assertThat(HistoSysCode4p.value(inside, up, down)).isCloseTo(up, within(1e-14));
            assertThat(HistoSysCode4p.value(-inside, up, down)).isCloseTo(-down, within(1e-14));
            assertThat(HistoSysCode4p.derivative(inside, up, down)).isCloseTo(up, within(1e-13));
            assertThat(HistoSysCode4p.derivative(-inside, up, down)).isCloseTo(down, within(1e-13));
            assertThat(HistoSysCode4p.secondDerivative(inside, up, down)).isCloseTo(0, within(1e-12));
            assertThat(HistoSysCode4p.secondDerivative(-inside, up, down)).isCloseTo(0, within(1e-12));
            assertThat(HistoSysCode4p.value(0, up, down)).isEqualTo(0.0);
            assertThat(HistoSysCode4p.value(2, up, down)).isEqualTo(2 * up);
            assertThat(HistoSysCode4p.value(-2, up, down)).isEqualTo(-2 * down);
            for (double alpha : new double[] {-1.6, -0.7, 0.2, 0.95, 1.4}) {
                double h = 1e-5;
                assertThat(HistoSysCode4p.derivative(alpha, up, down)).isCloseTo(
                        (HistoSysCode4p.value(alpha + h, up, down) - HistoSysCode4p.value(alpha - h, up, down)) / (2 * h),
                        within(1e-9));
                assertThat(HistoSysCode4p.secondDerivative(alpha, up, down)).isCloseTo(
                        (HistoSysCode4p.derivative(alpha + h, up, down) - HistoSysCode4p.derivative(alpha - h, up, down))
                                / (2 * h), within(1e-8));
            }
        }
        // Symmetric shifts: exactly α δ at every α.
        assertThat(HistoSysCode4p.value(0.37, 0.3, 0.3)).isEqualTo(0.37 * 0.3);
    }
}
