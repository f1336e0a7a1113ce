package org.anomalon.uv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import java.util.List;
import java.util.Map;
import org.anomalon.Errors;
import org.anomalon.InvalidInputException;
import org.anomalon.Parameter;
import org.anomalon.model.BuiltinModels;
import org.anomalon.model.Model;
import org.anomalon.model.Rationals;
import org.anomalon.model.Scalar;
import org.junit.jupiter.api.Test;

class BreakingScaleTest {

    private static BreakingScale of(String model, double mx, double gx, Map<String, Double> vevs) {
        Model m = BuiltinModels.load(model);
        return BreakingScale.of(m.scalars(), m.scalars().get(0), mx, gx, vevs);
    }

    @Test
    void p0MinimalModelPrints120GeVWhichIs116Point7() {
        // P0 eq. (4.3) and Sec. 4.2 "v_X = 120 GeV": X_S = 1, m_X/g_X = 2.1/0.018 = 116.67 GeV, printed rounded.
        assertThat(of("p0-2dl-m1", 2.1, 0.018, Map.of()).breakingVev_GeV()).isCloseTo(116.6667, within(1e-4));
    }

    @Test
    void p0Table5ModelPrints720GeVWhichIs700() {
        // P0 Sec. 4.1 "v_X ≈ 720 GeV" = 6 × the rounded 120 GeV; exactly 6 × 116.67 = 700 GeV.
        assertThat(of("p0-1dl1ml-m3", 2.1, 0.018, Map.of()).breakingVev_GeV()).isCloseTo(700.0, within(1e-9));
    }

    @Test
    void p2LMinus4RPrints467GeVButEq45Gives500() {
        // P2 eq. (45): v_X = m_X/g_X = 2.1/0.0042 = 500 GeV (their eq. 59 uses 500); the printed
        // "v_X ≈ 467 GeV" (Sec. IV B) is 2.1/0.0045 and not reproducible from the quoted g_X = 0.0042.
        BreakingScale scale = of("p2-l-minus-4r", 2.1, 0.0042, Map.of());
        assertThat(scale.breakingVev_GeV()).isCloseTo(500.0, within(1e-9));
        assertThat(scale.vev("S1")).isCloseTo(500.0, within(1e-9));
        assertThat(scale.vev("S5")).isZero();
    }

    @Test
    void secondScalarVevReducesTheFirstByEq45() {
        BreakingScale scale = of("p2-l-minus-4r", 2.1, 0.0042, Map.of("S5", 60.0));
        // V1² + 25 V5² = 500²
        assertThat(scale.vev("S1")).isCloseTo(Math.sqrt(500.0 * 500.0 - 25 * 3600.0), within(1e-9));
    }

    @Test
    void tooLargeFixedVevIsRejected() {
        assertThatThrownBy(() -> of("p2-l-minus-4r", 2.1, 0.0042, Map.of("S5", 101.0)))
                .isInstanceOf(InvalidInputException.class).matches(Errors.about(Parameter.SCALAR_VEV), "about SCALAR_VEV");
    }

    @Test
    void badMassCouplingOrScalarAreRejected() {
        assertThatThrownBy(() -> of("p0-2dl-m1", 0.0, 0.018, Map.of())).matches(Errors.about(Parameter.MASS_X), "about MASS_X");
        assertThatThrownBy(() -> of("p0-2dl-m1", 2.1, -1, Map.of())).matches(Errors.about(Parameter.COUPLING_X), "about COUPLING_X");
        assertThatThrownBy(() -> of("p0-2dl-m1", 2.1, 0.018, Map.of("T", 1.0))).hasMessageContaining("T");
        assertThatThrownBy(() -> of("p0-2dl-m1", 2.1, 0.018, Map.of("S", 1.0))).hasMessageContaining("follows");
        Scalar s = new Scalar("S", Rationals.of(1));
        assertThatThrownBy(() -> BreakingScale.of(List.of(s), s, Double.NaN, 0.1, Map.of()))
                .isInstanceOf(InvalidInputException.class);
    }
}
