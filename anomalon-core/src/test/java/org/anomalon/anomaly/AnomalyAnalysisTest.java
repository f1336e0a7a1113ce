package org.anomalon.anomaly;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.anomalon.model.BuiltinModels;
import org.anomalon.model.Model;
import org.anomalon.model.Rationals;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AnomalyAnalysisTest {

    /**
     * One row per built-in model: a_{B+L} (null when not a vector current), A_XWW, A_XYY, whether
     * all six conditions cancel. Expected values from P0 eq. 2.7 / docs/physics.md §1 (vector currents:
     * A_XYY = −A_XWW = 3 a_{B+L}) and P2 eqs. 21–22 (chiral τ: A_XWW = −α_L, A_XYY = 2α_R − α_L).
     */
    static Stream<Arguments> builtinModels() {
        return Stream.of(
                Arguments.of("tau-flavour", "1/3", "-1", "1", false),
                Arguments.of("b-minus-l", "0", "0", "0", true),
                Arguments.of("baryon", "1", "-3", "3", false),
                Arguments.of("lmu-minus-ltau", "0", "0", "0", true),
                Arguments.of("b3-minus-l2", null, "0", "0", true),
                Arguments.of("chiral-tau-l-only", null, "-1", "-1", false),
                Arguments.of("chiral-tau-l-minus-4r", null, "-4", "-6", false),
                Arguments.of("p0-1dl1ml-m3", "1/3", "-1", "1", true),
                Arguments.of("p0-2dl-m1", "1/3", "-1", "1", true),
                Arguments.of("p2-l-only", null, "-1", "-1", true),
                Arguments.of("p2-l-minus-4r", null, "-4", "-6", true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("builtinModels")
    void builtinModelTracesAndCancellation(String name, String alphaBL, String traceXWW, String traceXYY,
                                           boolean anomalyFree) {
        AnomalyAnalysis analysis = AnomalyAnalysis.of(BuiltinModels.load(name));

        assertThat(analysis.alphaBL().map(Rationals::format).orElse(null)).isEqualTo(alphaBL);
        assertThat(Rationals.format(analysis.traceXWW())).isEqualTo(traceXWW);
        assertThat(Rationals.format(analysis.traceXYY())).isEqualTo(traceXYY);
        assertThat(analysis.wessZuminoWW()).isEqualTo(analysis.traceXWW().negate());
        assertThat(analysis.wessZuminoBB()).isEqualTo(analysis.traceXYY().negate());
        assertThat(analysis.anomalyFree()).isEqualTo(anomalyFree);
        assertThat(analysis.wittenEven()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("builtinModels")
    void everyBuiltinModelNamesItsSource(String name, String alphaBL, String traceXWW, String traceXYY,
                                         boolean anomalyFree) {
        Model model = BuiltinModels.load(name);
        assertThat(model.name()).isEqualTo(name);
        assertThat(model.reference()).containsAnyOf("arXiv", "ST (Smith, Tait");
    }

    @Test
    void smOnlyTauFlavourLeavesGravAndCubicMinusOne() {
        // docs/physics.md §1: the SM-only τ-flavour current has grav = X³ = −1 (cancelled by singlets).
        AnomalyCoefficients coefficients = AnomalyAnalysis.of(BuiltinModels.load("tau-flavour")).coefficients();
        assertThat(coefficients.grav()).isEqualTo(BigFraction.of(-1));
        assertThat(coefficients.cubic()).isEqualTo(BigFraction.of(-1));
        assertThat(coefficients.su2su2X()).isEqualTo(Rationals.of(-1, 2));
        assertThat(coefficients.yyX()).isEqualTo(Rationals.of(1, 2));
        assertThat(coefficients.yXX()).isEqualTo(BigFraction.ZERO);
        assertThat(coefficients.su3su3X()).isEqualTo(BigFraction.ZERO);
    }
}
