package org.anomalon.limits;

import static org.assertj.core.api.Assertions.assertThat;
import java.util.List;
import org.anomalon.anomaly.AnomalyAnalysis;
import org.anomalon.data.LimitsDatabase;
import org.anomalon.inputs.Inputs;
import org.anomalon.model.BuiltinModels;
import org.anomalon.model.Model;
import org.anomalon.eft.WessZuminoCouplings;
import org.anomalon.observables.Channel;
import org.anomalon.observables.DecayRates;
import org.anomalon.triangle.StContribution;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;

class ModelSignalsTest {
    private static final java.util.function.Function<org.anomalon.data.LimitEntry, EscapeModel> ESCAPES =
            entry -> EscapeModel.of(entry, java.util.Optional.empty(), Inputs.defaults());
    private static final Inputs INPUTS = Inputs.defaults();
    private static final Model TAU = BuiltinModels.load("tau-flavour");
    private static final Model B_MINUS_L = BuiltinModels.load("b-minus-l");

    @Test
    void tauFlavourInvisibleFractionFollowsP0Eq328() {
        ModelSignals signals = ModelSignals.of(TAU, INPUTS, StContribution.AUTO.decide(TAU));
        assertThat(signals.invisibleFraction(1.0)).isEqualTo(1.0);
        double mTau = INPUTS.mass("tau-");
        double m = 4.0;
        double r = mTau * mTau / (m * m);
        double expected = 1 / (1 + 2 * Math.sqrt(1 - 4 * r) * (1 + 2 * r)); // P0 eq. (3.28)
        assertThat(signals.invisibleFraction(m)).isCloseTo(expected, Percentage.withPercentage(1e-9));
    }

    @Test
    void na62LimitOnTauFlavourIsTheHandComputationFromTheTableRowAndP0Eqs36And39() {
        // row "inf,0.2588888889,8.061255085e-12" of na62_2016_2022_KpiX_limits_grid.csv; BR(X -> inv) = 1 below 2 m_tau
        double mass = 0.2588888889;
        double brLimit = 8.061255085e-12;
        // P0 eq. (3.6) written out here, not taken from WessZuminoCouplings: g_X = 1, A_XWW = -1 for tau flavour
        double mW2 = INPUTS.mass("W+") * INPUTS.mass("W+");
        double[] upMasses = {INPUTS.value("mbar_u"), INPUTS.value("mbar_c"), INPUTS.mass("t")};
        org.hipparchus.complex.Complex ckmSum = org.hipparchus.complex.Complex.ZERO;
        for (int up = 0; up < 3; up++) {
            double x = upMasses[up] * upMasses[up] / mW2;
            double loop = x * (1 + x * (Math.log(x) - 1)) / ((1 - x) * (1 - x)); // P0 eq. (3.8)
            ckmSum = ckmSum.add(INPUTS.ckm().element(up, 1).multiply(INPUTS.ckm().element(up, 0).conjugate()).multiply(loop));
        }
        double g = INPUTS.electroweak().g();
        double gSd = 3 * Math.pow(g, 4) / Math.pow(4 * Math.PI, 4) * 1 * Math.hypot(ckmSum.getReal(), ckmSum.getImaginary());
        // P0 eq. (3.9), with the library's K -> pi f0 (the one shared layer)
        double mK = INPUTS.mass("K+");
        double mPi = INPUTS.mass("pi+");
        double rPi = mPi * mPi / (mK * mK);
        double rX = mass * mass / (mK * mK);
        double kallen = 1 + rPi * rPi + rX * rX - 2 * rPi - 2 * rX - 2 * rPi * rX;
        double f0 = org.anomalon.observables.FormFactors.K_TO_PI_F0.value(mass * mass, mK, mPi);
        double width = gSd * gSd / (64 * Math.PI) * Math.pow(mK, 3) / (mass * mass) * Math.pow(1 - rPi, 2) * f0 * f0 * Math.sqrt(kallen);
        double expected = Math.sqrt(brLimit / (width / INPUTS.width("K+")));

        CouplingLimits limits = LimitCalculator.compute("tau-flavour", ModelSignals.of(TAU, INPUTS, StContribution.AUTO.decide(TAU)),
                List.of(LimitsDatabase.load().entry("NA62-2025-KpiX")), ESCAPES, new MassGrid(new double[] {mass}), Quantity.GX, -1);
        assertThat(limits.limits().get(0).value(0)).isCloseTo(expected, Percentage.withPercentage(1e-6));
    }

    @Test
    void l3LimitAtTheBelleIIBestFitMatchesP0sPrintedPrediction() {
        // P0 Sec. 3.2.5: at g_X = 0.018, m_X = 2.1 GeV, BR(Z -> gamma X) = 5.6e-7, "close to" L3's 1e-6 (95% CL):
        // rate ∝ g_X², so L3 at 95% CL allows g_X < 0.018 sqrt(1e-6/5.6e-7) = 0.0241 (2 printed digits: ±3%)
        CouplingLimits limits = LimitCalculator.compute("tau-flavour", ModelSignals.of(TAU, INPUTS, StContribution.AUTO.decide(TAU)),
                List.of(LimitsDatabase.load().entry("L3-1997-ZgammaX")), ESCAPES, new MassGrid(new double[] {2.1}), Quantity.GX, -1);
        double at95 = limits.limits().get(0).value(0) / Math.sqrt(1.2815516 / 1.6448536);
        assertThat(at95).isCloseTo(0.018 * Math.sqrt(1e-6 / 5.6e-7), Percentage.withPercentage(3));
    }

    @Test
    void bMinusLGetsMesonLimitsOnlyFromTheStContributionAndSaysSo() {
        List<String> ids = List.of("NA62-2025-KpiX", "KOTO-2019-KLpi0X", "BelleII-Abumusabh2025-BKX", "L3-1997-ZgammaX");
        var entries = ids.stream().map(LimitsDatabase.load()::entry).toList();
        MassGrid grid = new MassGrid(new double[] {0.01, 0.05, 2.0});
        double traceXWW = AnomalyAnalysis.of(B_MINUS_L).traceXWW().doubleValue();
        assertThat(traceXWW).isZero();

        ModelSignals withSt = ModelSignals.of(B_MINUS_L, INPUTS, StContribution.AUTO.decide(B_MINUS_L));
        CouplingLimits on = LimitCalculator.compute("b-minus-l", withSt, entries, ESCAPES, grid, Quantity.GX, traceXWW);
        assertThat(withSt.includesSt()).isTrue();
        assertThat(on.limits().get(0).value(0)).isFinite();           // NA62 at 10 MeV
        assertThat(on.limits().get(2).value(2)).isFinite();           // Belle II at 2 GeV
        assertThat(on.notes()).anyMatch(n -> n.contains("Smith-Tait (ST) contribution") && n.contains("Anomaly-free"));

        CouplingLimits off = LimitCalculator.compute("b-minus-l", ModelSignals.of(B_MINUS_L, INPUTS, StContribution.OFF.decide(B_MINUS_L)),
                entries, ESCAPES, grid, Quantity.GX, traceXWW);
        off.limits().forEach(l -> assertThat(l.hasAnyLimit()).as(l.entry().id()).isFalse());
        assertThat(off.notes()).anyMatch(n -> n.contains("ST contribution switched off"));
    }

    @Test
    void stMesonCouplingIsP0sWithTheTraceLeftByTheTop() {
        // ST: g_sd(B-L) = g_sd(P0 with A_XWW -> Delta A_XWW = 3/2 X(q3) = 1/2), so BR scales as (1/2)^2 against A_XWW = 1
        double mass = 0.05;
        double stBr = ModelSignals.of(B_MINUS_L, INPUTS, StContribution.AUTO.decide(B_MINUS_L)).unitCouplingBranchingRatio(Channel.K_PLUS_TO_PI_PLUS, mass);
        double p0UnitTrace = DecayRates.forInputs(INPUTS)
                .predict(Channel.K_PLUS_TO_PI_PLUS, WessZuminoCouplings.forInputs(INPUTS).of(1, 0, 1), mass).requireBranchingRatio();
        assertThat(stBr).isCloseTo(0.25 * p0UnitTrace, Percentage.withPercentage(1e-9));
    }
}
