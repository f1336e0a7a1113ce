package org.anomalon.uv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.anomalon.InvalidInputException;
import org.anomalon.PhysicsException;
import org.anomalon.model.BuiltinModels;
import org.anomalon.model.Model;
import org.anomalon.model.Rationals;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SingletCompletionTest {

    /** One row per printed model: its singlets (ν_τR included) are what the solver must find first. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "p0-1dl1ml-m3;  -13/12; -1729/1728; 1/12 1",      // P0 Table 5: N_R = 1/12, N'_R = 1
            "p0-2dl-m1;     0;      -3/4;       -1/2 -1/2 1",  // P0 Table 6 with X' = 0
            "p2-l-minus-4r; -6;     -72;        2 4",          // P2 Table IV
    })
    void findsThePrintedSingletsAndProvesAnomalyFreedom(String model, String grav, String cubic, String printed) {
        SingletCompletion.Result result = SingletCompletion.complete(BuiltinModels.load(model), 3, 5);
        assertThat(result.residualGrav()).isEqualTo(Rationals.parse(grav, "test", "grav"));
        assertThat(result.residualCubic()).isEqualTo(Rationals.parse(cubic, "test", "X3"));
        List<BigFraction> expected = java.util.Arrays.stream(printed.split(" "))
                .map(x -> Rationals.parse(x, "test", "x")).sorted().toList();
        assertThat(result.ownSinglets()).containsExactlyElementsOf(expected);
        assertThat(result.ownSingletsCancel()).isTrue();
        assertThat(result.solutions()).isNotEmpty();
        assertThat(result.solutions().get(0).charges()).containsExactlyElementsOf(expected);
        assertThat(result.solutions()).allSatisfy(s -> assertThat(s.anomalies().allVanish()).isTrue());
    }

    @Test
    void lOnlyModelNeedsNoSinglets() {
        // P2 Sec. IV A: ℓ³_L and L_R form a vector-like pair, "without the need for any SM-singlet fermions"
        SingletCompletion.Result result = SingletCompletion.complete(BuiltinModels.load("p2-l-only"), 3, 5);
        assertThat(result.residualGrav().signum()).isZero();
        assertThat(result.residualCubic().signum()).isZero();
        assertThat(result.solutions()).isEmpty();
    }

    @Test
    void tableSixResidualHasNoTwoSingletSolution() {
        // Σx = 0 forces x = −y and Σx³ = 0 ≠ 3/4: three singlets are the minimum, as printed
        assertThat(SingletCompletion.twoSinglets(BigFraction.ZERO, Rationals.of(3, 4))).isEmpty();
    }

    @Test
    void mixedAnomalyLeftOverIsAPhysicsError() {
        Model tau = BuiltinModels.load("tau-flavour");
        assertThatThrownBy(() -> SingletCompletion.complete(tau, 3, 5)).isInstanceOf(PhysicsException.class)
                .hasMessageContaining("SU2SU2X");
    }

    @Test
    void badSearchLimitsAreRejected() {
        Model model = BuiltinModels.load("p2-l-minus-4r");
        assertThatThrownBy(() -> SingletCompletion.complete(model, 0, 5)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> SingletCompletion.complete(model, 3, 0)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void minimalModelIsCompletedByTheTauNeutrinoAndOneHalf() {
        // our completion of P0 Table 2 row 1 (no singlets printed): ν_τR with X = 1 and N_R with X = 1/2
        SingletCompletion.Result result = SingletCompletion.complete(UvAnalysisPaperNumbersTest.minimalModel(), 3, 5);
        assertThat(result.ownSinglets()).isEmpty();
        assertThat(result.solutions().get(0).charges()).containsExactly(Rationals.of(1, 2), Rationals.of(1));
        assertThat(result.solutions()).allSatisfy(s -> {
            assertThat(s.anomalies().allVanish()).isTrue();
            assertThat(s.charges().stream().map(x -> x.pow(3)).reduce(BigFraction.ZERO, BigFraction::add))
                    .isEqualTo(result.residualCubic().negate());
        });
    }
}
