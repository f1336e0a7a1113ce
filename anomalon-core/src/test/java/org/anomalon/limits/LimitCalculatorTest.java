package org.anomalon.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import java.util.List;
import java.util.Map;
import org.anomalon.Errors;
import org.anomalon.InvalidInputException;
import org.anomalon.Parameter;
import org.anomalon.data.LimitEntry;
import org.anomalon.data.LimitsDatabase;
import org.anomalon.observables.Channel;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;

class LimitCalculatorTest {
    private static final LimitsDatabase DB = LimitsDatabase.load();
    private static final java.util.function.Function<LimitEntry, EscapeModel> ESCAPES =
            entry -> EscapeModel.of(entry, java.util.Optional.empty(), org.anomalon.inputs.Inputs.defaults());

    /** A model with fixed BR(g_X = 1) per channel, closed above a per-channel endpoint, and BR(inv) = 1/2 above 1 GeV. */
    private static final SignalModel TOY = new SignalModel() {
        private final Map<String, double[]> brAndEndpoint = Map.of(
                "K+->pi+X", new double[] {2e-3, 0.354}, "KL->pi0X", new double[] {5e-4, 0.363},
                "D+->pi+X", new double[] {1e-9, 1.73}, "Z->gammaX", new double[] {4e-3, 91.19},
                "B+->K+X", new double[] {1e-2, 4.79});

        @Override
        public double unitCouplingBranchingRatio(Channel channel, double mass) {
            double[] values = brAndEndpoint.getOrDefault(channel.label(), new double[] {0, 0});
            return mass < values[1] ? values[0] : Double.NaN;
        }

        @Override
        public XFate fate(double mass) {
            return new XFate(mass < 1 ? 1 : 0.5, 1e-3, 6.582119569e-25);
        }

        @Override
        public List<String> notes() {
            return List.of("toy model");
        }
    };

    private static CouplingLimits compute(double[] masses, Quantity quantity, String... ids) {
        List<LimitEntry> entries = java.util.Arrays.stream(ids).map(DB::entry).toList();
        return LimitCalculator.compute("toy", TOY, entries, ESCAPES, new MassGrid(masses), quantity, -1);
    }

    @Test
    void limitAtChosenMassesIsTheHandComputationFromTheDatabaseValue() {
        // NA62 grid rows "inf,0,2.911442336e-11" and "inf,0.2588888889,8.061255085e-12"; L3 1e-6 at 95% -> 90%
        CouplingLimits limits = compute(new double[] {1e-9, 0.2588888889, 2.0}, Quantity.GX, "NA62-2025-KpiX", "L3-1997-ZgammaX");
        double[] na62 = limits.limits().get(0).values();
        assertThat(na62[0]).isCloseTo(Math.sqrt(2.911442336e-11 / 2e-3), Percentage.withPercentage(1e-6));
        assertThat(na62[1]).isCloseTo(Math.sqrt(8.061255085e-12 / 2e-3), Percentage.withPercentage(1e-9));
        assertThat(na62[2]).isNaN();
        double l3At2GeV = limits.limits().get(1).value(2);
        assertThat(l3At2GeV).isCloseTo(Math.sqrt(1e-6 * 1.2815516 / 1.6448536 / (4e-3 * 0.5)), Percentage.withPercentage(1e-4));
        assertThat(limits.cl()).isEqualTo(0.90);
        assertThat(limits.notes()).contains("toy model");
    }

    @Test
    void noLimitOutsideTheWindowsNorWhereTheChannelIsClosed() {
        CouplingLimits limits = compute(new double[] {0.13, 0.27, 0.36}, Quantity.GX, "NA62-2025-KpiX", "KOTO-2019-KLpi0X");
        assertThat(limits.limits().get(0).values()).containsOnly(Double.NaN); // pi0 gap, above 259 MeV, closed
        assertThat(limits.limits().get(1).value(0)).isFinite();               // KOTO covers 0-260 MeV
        assertThat(limits.limits().get(1).value(1)).isNaN();
        assertThat(limits.limits().get(1).value(2)).isNaN();
    }

    @Test
    void cleoLineStopsAt100MeV() {
        CouplingLimits limits = compute(new double[] {0.05, 0.0999, 0.1001, 0.5}, Quantity.GX, "CLEO-MartinCamalich2020-DpiX");
        double[] cleo = limits.limits().get(0).values();
        assertThat(cleo[0]).isCloseTo(Math.sqrt(8.0e-6 / 1e-9), Percentage.withPercentage(1e-9));
        assertThat(cleo[1]).isFinite();
        assertThat(cleo[2]).isNaN();
        assertThat(cleo[3]).isNaN();
    }

    @Test
    void channelWithoutSignalGivesNoLimit() {
        CouplingLimits limits = compute(new double[] {1.0}, Quantity.GX, "Belle-2017-BpiX");
        assertThat(limits.limits().get(0).value(0)).isNaN();
        assertThat(limits.envelope().setBy()[0]).isNull();
    }

    @Test
    void gxAxwwIsTheCouplingLimitTimesTheAbsoluteTrace() {
        double[] masses = {0.05};
        double gx = LimitCalculator.compute("toy", TOY, List.of(DB.entry("KOTO-2019-KLpi0X")), ESCAPES, new MassGrid(masses), Quantity.GX, -3).limits().get(0).value(0);
        double gxA = LimitCalculator.compute("toy", TOY, List.of(DB.entry("KOTO-2019-KLpi0X")), ESCAPES, new MassGrid(masses), Quantity.GX_AXWW, -3).limits().get(0).value(0);
        assertThat(gxA).isCloseTo(3 * gx, Percentage.withPercentage(1e-12));
        CouplingLimits zeroTrace = LimitCalculator.compute("toy", TOY, List.of(DB.entry("KOTO-2019-KLpi0X")), ESCAPES, new MassGrid(masses), Quantity.GX_AXWW, 0);
        assertThat(zeroTrace.limits().get(0).value(0)).isNaN();
        assertThat(zeroTrace.notes()).anyMatch(n -> n.contains("A_XWW = 0"));
    }

    @Test
    void envelopeIsTheStrongestCurrentLimitAndIgnoresProjections() {
        CouplingLimits limits = compute(new double[] {0.05, 0.5, 2.0}, Quantity.GX,
                "NA62-2025-KpiX", "KOTO-2019-KLpi0X", "L3-1997-ZgammaX", "FCCee-projection-ZgammaX");
        double[] envelope = limits.envelope().values();
        String[] setBy = limits.envelope().setBy();
        assertThat(setBy[0]).isEqualTo("NA62-2025-KpiX");
        assertThat(envelope[0]).isEqualTo(Math.min(limits.limits().get(0).value(0),
                Math.min(limits.limits().get(1).value(0), limits.limits().get(2).value(0))));
        assertThat(setBy[1]).isEqualTo("L3-1997-ZgammaX");
        assertThat(limits.limits().get(3).value(1)).isLessThan(envelope[1]); // the projection is stronger but not used
    }

    @Test
    void badGridsAreRejectedNamingTheFlag() {
        assertThatThrownBy(() -> MassGrid.logarithmic(1, 1, 10)).isInstanceOf(InvalidInputException.class).matches(Errors.about(Parameter.MASS_MIN), "about MASS_MIN");
        assertThatThrownBy(() -> MassGrid.logarithmic(0, 1, 10)).isInstanceOf(InvalidInputException.class).hasMessageContaining("1e-9 GeV (1 eV) <= m_X");
        assertThatThrownBy(() -> MassGrid.logarithmic(-1, 1, 10)).isInstanceOf(InvalidInputException.class).matches(Errors.about(Parameter.MASS_MIN), "about MASS_MIN");
        assertThatThrownBy(() -> MassGrid.logarithmic(1e-3, 5, 1)).isInstanceOf(InvalidInputException.class).matches(Errors.about(Parameter.MASS_POINTS), "about MASS_POINTS");
        assertThatThrownBy(() -> MassGrid.logarithmic(1e-3, 5, 100_001)).isInstanceOf(InvalidInputException.class).matches(Errors.about(Parameter.MASS_POINTS), "about MASS_POINTS");
        double[] masses = MassGrid.logarithmic(1e-3, 5, 3).masses();
        assertThat(masses[0]).isEqualTo(1e-3);
        assertThat(masses[1]).isCloseTo(Math.sqrt(5e-3), Percentage.withPercentage(1e-12));
        assertThat(masses[2]).isEqualTo(5);
    }

    @Test
    void breakingChargeComesFromTheModelScalarElseFromTheMinimalSpectrum() {
        var withScalar = BreakingCharge.of(org.anomalon.model.BuiltinModels.load("p0-1dl1ml-m3")).orElseThrow();
        assertThat(withScalar.value()).isCloseTo(1.0 / 6, Percentage.withPercentage(1e-12));
        assertThat(withScalar.source()).contains("model scalar S");
        // tau flavour, a_{B+L} = 1/3: first viable N_Psi = 3 spectrum ML(3,0,-1/2) + DL(2,±1/2,1/2), X_S = 3a = 1
        var minimal = BreakingCharge.of(org.anomalon.model.BuiltinModels.load("tau-flavour")).orElseThrow();
        assertThat(minimal.value()).isEqualTo(1.0);
        assertThat(minimal.source()).contains("minimal anomalon spectrum");
        assertThat(BreakingCharge.of(org.anomalon.model.BuiltinModels.load("b-minus-l"))).isEmpty();
    }

    @Test
    void uvLinesFollowGxEqualsYukawaTimesMassOverRoot2XsMpsi() {
        UvLines lines = UvLines.of(new double[] {2.1}, BreakingCharge.user(0.5), 1);
        // y = 1, X_S = 1/2, m_Psi = 100 GeV: g_X = 2.1 / (sqrt2 * 0.5 * 100)
        assertThat(lines.directSearch().get(0).values()[0]).isCloseTo(2.1 / (Math.sqrt(2) * 50), Percentage.withPercentage(1e-12));
        assertThat(lines.directSearch().get(1).values()[0]).isCloseTo(Math.sqrt(4 * Math.PI) * 2.1 / (Math.sqrt(2) * 50), Percentage.withPercentage(1e-12));
        UvLines.Band percent = lines.naturalness().get(1);
        assertThat(percent.delta()).isEqualTo(100);
        assertThat(percent.anomalonMass()).isEqualTo(10_000);
        assertThat(percent.lower()[0]).isCloseTo(2.1 / (Math.sqrt(2) * 0.5 * 10_000), Percentage.withPercentage(1e-12));
        assertThatThrownBy(() -> BreakingCharge.user(0)).isInstanceOf(InvalidInputException.class).matches(Errors.about(Parameter.BREAKING_CHARGE), "about BREAKING_CHARGE");
    }
}
