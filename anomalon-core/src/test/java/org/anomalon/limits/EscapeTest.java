package org.anomalon.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Optional;
import java.util.OptionalDouble;
import org.anomalon.InvalidInputException;
import org.anomalon.data.Escape;
import org.anomalon.data.LimitEntry;
import org.anomalon.data.LimitsDatabase;
import org.anomalon.inputs.Inputs;
import org.anomalon.observables.xdecay.XDecays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** P(escape), P_unseen and the excluded couplings of a visibly decaying X. */
class EscapeTest {
    private static final double HBAR = 6.582119569e-25;
    private static final LimitEntry NA62 = LimitsDatabase.load().entry("NA62-2025-KpiX");
    private static final Escape.LifetimeCurves NA62_GRID = (Escape.LifetimeCurves) NA62.escape();

    @Test
    void theDatabaseStatesItsEscapeInformation() {
        assertThat(NA62_GRID.lifetimes_s()).containsExactly(100e-12, 200e-12, 500e-12, 1000e-12, 2000e-12, 5000e-12);
        Escape.Geometry l3 = (Escape.Geometry) LimitsDatabase.load().entry("L3-1997-ZgammaX").escape();
        assertThat(l3.parentMomentum_GeV()).hasValue(0);
        assertThat(l3.parentMomentumSource()).contains("Z pole");
        assertThat(l3.detectorLength_m()).isEmpty();
        assertThat(l3.detectorLengthSource()).contains("gap");
        assertThat(LimitsDatabase.load().entries()).allMatch(entry -> entry.visible().isPresent() || !entry.escape().source().isBlank());
    }

    @Test
    void unseenProbabilityTendsToTheInvisibleFractionForPromptAndToOneForStableX() {
        EscapeProbability geometry = GeometricEscape.of(1, 0.1, 0.2, 0.49, 0);
        XFate prompt = new XFate(0.3, 1e-3, HBAR);
        assertThat(prompt.unseenProbability(1, geometry)).isCloseTo(0.3, within(1e-15));
        assertThat(prompt.unseenProbability(1, LifetimeGridEscape.at(NA62_GRID, 0.05, NA62.upperLimit90(0.05))))
                .isCloseTo(0.3, within(1e-15));
        XFate stable = new XFate(1, 0, HBAR);
        assertThat(stable.unseenProbability(1e-3, geometry)).isEqualTo(1);
        assertThat(stable.unseenProbability(1e-3, EscapeProbability.NEVER)).isEqualTo(1);
        XFate longLived = new XFate(0.3, 1e-30, HBAR);
        assertThat(longLived.unseenProbability(1e-6, geometry)).isCloseTo(1, within(1e-12));
        assertThat(longLived.unseenProbability(1e-6, EscapeProbability.NEVER)).isEqualTo(0.3);
    }

    @Test
    void aParentAtRestGivesTheExponentialDecayLaw() {
        // m_X = 0.1, p* = 0.2 GeV: βγ = 2; L = 3 m, τ = 1e-8 s: P = exp(−3/(2 c τ))
        double lifetime = 1e-8;
        double expected = Math.exp(-3 / (2 * XDecays.SPEED_OF_LIGHT_M_PER_S * lifetime));
        assertThat(GeometricEscape.of(3, 0.1, 0.2, 0.49, 0).at(lifetime)).isCloseTo(expected, within(1e-15));
    }

    @Test
    void aFastParentCarriesXWithItsBoostNearTheEndpoint() {
        // X produced at the end point (p* → 0) moves with the parent: βγ_X = p_P/M_P
        LimitEntry koto = LimitsDatabase.load().entry("KOTO-2019-KLpi0X");
        Inputs inputs = Inputs.defaults();
        EscapeModel model = EscapeModel.of(koto, Optional.of(new DetectorAssumption(koto.id(), 3, OptionalDouble.of(2.0))), inputs);
        double endpoint = inputs.mass("K_L") - inputs.mass("pi0");
        assertThat(model.boost(endpoint * (1 - 1e-12)).betaGamma()).isCloseTo(2.0 / inputs.mass("K_L"), within(1e-5));
        assertThat(model.boost(endpoint * (1 - 1e-12)).frame()).startsWith("laboratory");
        assertThat(model.method()).isEqualTo(EscapeModel.Method.GEOMETRY);
        assertThat(model.description()).contains("ASSUMPTION stated by the user");
    }

    @ParameterizedTest(name = "m_X = {0} GeV")
    @ValueSource(doubles = {0.02, 0.05, 0.08, 0.17, 0.22})
    void aLifetimeBetweenTwoNa62GridLifetimesHasALimitBetweenTheirs(double massX) {
        double stable = NA62.upperLimit90(massX);
        EscapeProbability escape = LifetimeGridEscape.at(NA62_GRID, massX, stable);
        int checked = 0;
        for (int k = 0; k + 1 < NA62_GRID.lifetimes_s().size(); k++) {
            double shorter = NA62_GRID.curves().get(k).upperLimit90(massX);
            double longer = NA62_GRID.curves().get(k + 1).upperLimit90(massX);
            if (Double.isNaN(shorter) || Double.isNaN(longer) || shorter < longer) {
                continue; // the running minimum only matters where the digitized curves cross
            }
            double between = Math.sqrt(NA62_GRID.lifetimes_s().get(k) * NA62_GRID.lifetimes_s().get(k + 1));
            double limit = stable / escape.at(between);
            assertThat(limit).as("between " + NA62_GRID.lifetimes_s().get(k) + " and " + NA62_GRID.lifetimes_s().get(k + 1))
                    .isBetween(Math.max(longer, stable) * (1 - 1e-12), shorter * (1 + 1e-12));
            // at a grid lifetime the limit is the grid's own
            assertThat(stable / escape.at(NA62_GRID.lifetimes_s().get(k + 1))).isCloseTo(Math.max(longer, stable), within(1e-9 * longer));
            checked++;
        }
        assertThat(checked).as("grid lifetime pairs checked").isGreaterThanOrEqualTo(3);
        assertThat(escape.at(Double.POSITIVE_INFINITY)).isEqualTo(1);
        assertThat(escape.at(1e-13)).isLessThan(escape.at(1e-10));
    }

    @Test
    void stableOrInvisibleXIsExcludedAboveOneCoupling() {
        double unitBr = 2e-3;
        double upper = 3e-11;
        assertThat(ExclusionSolver.solve(unitBr, upper, new XFate(1, 0, HBAR), EscapeProbability.NEVER))
                .isEqualTo(Exclusion.above(Math.sqrt(upper / unitBr)));
        // prompt X with BR(inv) = 0.25 and no detector information: g > √(BR_UL/(BR₁ b))
        Exclusion prompt = ExclusionSolver.solve(unitBr, upper, new XFate(0.25, 1, HBAR), EscapeProbability.NEVER);
        assertThat(prompt.size()).isEqualTo(1);
        assertThat(prompt.low(0)).isCloseTo(Math.sqrt(upper / (unitBr * 0.25)), within(1e-15));
        assertThat(prompt.high(0)).isInfinite();
        // a visibly decaying X without detector information is not excluded at all
        assertThat(ExclusionSolver.solve(unitBr, upper, new XFate(0, 1, HBAR), EscapeProbability.NEVER).isEmpty()).isTrue();
    }

    @Test
    void aLongLivedVisibleXIsExcludedInABand() {
        // at rest: P(escape) = exp(−k y), k = L m_X Γ₁/(ħ c p*), S(y) = y BR₁ exp(−k y): two roots
        double unitBr = 1e-3;
        double upper = 1e-10;
        double length = 10;
        double massX = 0.1;
        double rest = 0.2;
        XFate fate = new XFate(0, 1e-12, HBAR);
        EscapeProbability escape = GeometricEscape.of(length, massX, rest, 0.49, 0);
        Exclusion band = ExclusionSolver.solve(unitBr, upper, fate, escape);
        assertThat(band.size()).isEqualTo(1);
        assertThat(band.high(0)).isFinite();
        double k = length * massX * fate.unitWidth_GeV() / (HBAR * XDecays.SPEED_OF_LIGHT_M_PER_S * rest);
        for (double edge : new double[] {band.low(0), band.high(0)}) {
            double y = edge * edge;
            assertThat(y * unitBr * Math.exp(-k * y) / upper).isCloseTo(1, within(1e-6));
        }
        double inside = Math.sqrt(band.low(0) * band.high(0));
        assertThat(band.excludes(inside)).isTrue();
        assertThat(band.excludes(band.high(0) * 1.01)).isFalse();
        // a small invisible fraction adds the unbounded prompt region above √(BR_UL/(BR₁ b)): band + above
        Exclusion both = ExclusionSolver.solve(unitBr, upper, new XFate(1e-4, 1e-12, HBAR), escape);
        assertThat(both.size()).isEqualTo(2);
        assertThat(both.high(1)).isInfinite();
        assertThat(both.low(1)).isCloseTo(Math.sqrt(upper / (unitBr * 1e-4)), within(1e-6 * both.low(1)));
    }

    @Test
    void everythingAboveThePromptLimitStaysExcludedWhenXNoLongerEscapesThere() {
        // escapes for lifetimes above 1e-9 s only: excluded up to where it stops escaping, and again from
        // y_b = BR_UL/(b BR_1) on, where S(y_b) = BR_UL exactly (it was lost when rounding made S(y_b) < BR_UL)
        double unitBr = 2e-3;
        double upper = 3e-11;
        double invisible = 0.01;
        XFate fate = new XFate(invisible, 1e-9, HBAR);
        EscapeProbability step = lifetime -> lifetime > 1e-9 ? 1 : 0;
        Exclusion exclusion = ExclusionSolver.solve(unitBr, upper, fate, step);
        double promptLimit = Math.sqrt(upper / (invisible * unitBr));
        assertThat(exclusion.size()).isEqualTo(2);
        assertThat(exclusion.high(1)).isInfinite();
        assertThat(exclusion.low(1)).isCloseTo(promptLimit, within(1e-6 * promptLimit));
        assertThat(exclusion.excludes(Math.sqrt(upper / unitBr) * 1.001)).isTrue();
    }

    @Test
    void badDetectorAssumptionsAreInvalidInput() {
        for (double length : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertThatThrownBy(() -> new DetectorAssumption("KOTO-2019-KLpi0X", length, OptionalDouble.empty()))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("detector length of KOTO-2019-KLpi0X")
                    .hasMessageContaining("> 0 in metres");
        }
        assertThatThrownBy(() -> new DetectorAssumption("KOTO-2019-KLpi0X", 1, OptionalDouble.of(-2)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("parent momentum");
        assertThatThrownBy(() -> EscapeModel.of(NA62, Optional.of(new DetectorAssumption(NA62.id(), 1, OptionalDouble.of(1))),
                Inputs.defaults())).isInstanceOf(InvalidInputException.class).hasMessageContaining("lifetime-dependent limits");
    }
}
