package org.anomalon.observables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.Map;
import org.anomalon.InvalidInputException;
import org.anomalon.PhysicsException;
import org.anomalon.anomaly.AnomalyAnalysis;
import org.anomalon.eft.BelleTwoCouplings;
import org.anomalon.eft.EffectiveCouplings;
import org.anomalon.eft.WessZuminoCouplings;
import org.anomalon.inputs.EwScheme;
import org.anomalon.inputs.Inputs;
import org.anomalon.model.BuiltinModels;
import org.junit.jupiter.api.Test;

class DecayRatesTest {
    private static final double MASS_X = 2.1;
    private final Inputs inputs = Inputs.defaults();
    private final WessZuminoCouplings wz = WessZuminoCouplings.forInputs(inputs);
    private final DecayRates rates = DecayRates.forInputs(inputs);

    private static AnomalyAnalysis model(String name) {
        return AnomalyAnalysis.of(BuiltinModels.load(name));
    }

    private double br(DecayRates on, Channel channel, EffectiveCouplings couplings, double massX) {
        return on.predict(channel, couplings, massX).requireBranchingRatio();
    }

    /** P0 Sec. 3.2.5: at the τ-flavour best fit (g_X ≈ 0.018, m_X = 2.1 GeV) B(Z → γX) = 5.6e-7. */
    @Test
    void reproducesZToPhotonXAtTheTauFlavourBestFit() {
        double value = br(rates, Channel.Z_TO_GAMMA, wz.of(model("tau-flavour"), 0.018), MASS_X);
        assertThat(value).isBetween(5.55e-7, 5.65e-7);
        assertThat(value).isCloseTo(5.6108e-7, within(0.0005e-7));
    }

    /**
     * P0 Sec. 3.2.5: B(B⁺ → K*⁺X) = 1.1e-5 at the Belle II best fit |g_S| = 1.6e-8 (P0 eq. 3.26).
     * We find 1.154e-5 (± 0.16e-5 from the GRvDV A0 covariance): 5% above the printed value, well
     * inside the form-factor error (see docs/observables.md). Pinned here.
     */
    @Test
    void reproducesBToKstarXAtTheBelleTwoBestFit() {
        EffectiveCouplings atGX = wz.of(model("tau-flavour"), 0.018);
        double gS = BelleTwoCouplings.of(atGX, inputs, MASS_X).gS().norm();
        EffectiveCouplings bestFit = atGX.times(1.6e-8 / gS);
        ChannelPrediction kstar = rates.predict(Channel.B_PLUS_TO_KSTAR_PLUS, bestFit, MASS_X);
        assertThat(kstar.requireBranchingRatio()).isCloseTo(1.1e-5, withinPercentage(5));
        assertThat(kstar.requireBranchingRatio()).isCloseTo(1.1541e-5, within(0.0005e-5));
        assertThat(kstar.branchingRatioUncertainty().getAsDouble()).isCloseTo(0.159e-5, within(0.002e-5));
        assertThat(kstar.validity()).isCloseTo(MASS_X * MASS_X / (5.27941 * 5.27941), within(1e-15));
    }

    /**
     * P0 prints |g_S| ≈ 1.6e-8 and B(B⁺ → K*⁺X) = 1.1e-5 for the same point. Both scale as g_X, so they
     * are consistent iff the |g_S| that gives 1.1e-5 rounds to 1.6e-8: it is 1.562e-8 (g_X = 0.01699
     * with the default inputs). P0's point thus sits slightly below the central Belle II |g_S|, as the
     * Z → γX term of its fit pulls g_X down.
     */
    @Test
    void printedGSAndKstarRateAreMutuallyConsistent() {
        EffectiveCouplings atGX = wz.of(model("tau-flavour"), 0.018);
        double gS = BelleTwoCouplings.of(atGX, inputs, MASS_X).gS().norm();
        double kstar = br(rates, Channel.B_PLUS_TO_KSTAR_PLUS, atGX, MASS_X);
        double gSForPrintedKstar = gS * Math.sqrt(1.1e-5 / kstar);
        assertThat(gSForPrintedKstar).isBetween(1.55e-8, 1.65e-8);
        assertThat(gSForPrintedKstar).isCloseTo(1.562e-8, within(0.001e-8));
        assertThat(0.018 * gSForPrintedKstar / gS).isCloseTo(0.01699, within(0.00001));
    }

    /**
     * P2 eq. (19) as printed is 16× P0 eq. (3.14) for vector currents (in the m_X ≪ m_Z limit); with
     * it and α(M_Z), P2's own L = −4R best fit (g_X = 0.0042) gives P2 eq. (58), 5.6e-7. anomalon uses
     * P0 eq. (3.14), which gives 9.98e-8 at that point (5.6× less).
     */
    @Test
    void pinsTheP2Eq19ConventionDifference() {
        Inputs msbar = inputs.withScheme(EwScheme.MSBAR_MZ);
        DecayRates msbarRates = DecayRates.forInputs(msbar);
        var ew = msbar.electroweak();
        double mZ = msbar.mass("Z");
        double gX = 0.0042;
        AnomalyAnalysis lMinus4R = model("chiral-tau-l-minus-4r");
        double traceWW = lMinus4R.traceXWW().doubleValue();
        double traceYY = lMinus4R.traceXYY().doubleValue();
        double p2Eq19 = gX * gX * ew.g() * ew.g() * ew.gPrime() * ew.gPrime() / (1536 * Math.pow(Math.PI, 5))
                * Math.pow(traceWW - traceYY, 2) * mZ * mZ * mZ / (MASS_X * MASS_X);
        assertThat(p2Eq19 / msbar.width("Z")).isBetween(5.55e-7, 5.65e-7);
        double ours = br(msbarRates, Channel.Z_TO_GAMMA,
                WessZuminoCouplings.forInputs(msbar).of(lMinus4R, gX), MASS_X);
        assertThat(ours).isCloseTo(9.98e-8, within(0.01e-8));

        // vector current (τ flavour): P2 eq. (19) / P0 eq. (3.14) = 16 / ((1 − r)³ (1 + r)), r = m_X²/m_Z²
        AnomalyAnalysis tau = model("tau-flavour");
        double tauWW = tau.traceXWW().doubleValue();
        double tauYY = tau.traceXYY().doubleValue();
        double p2Tau = gX * gX * ew.g() * ew.g() * ew.gPrime() * ew.gPrime() / (1536 * Math.pow(Math.PI, 5))
                * Math.pow(tauWW - tauYY, 2) * mZ * mZ * mZ / (MASS_X * MASS_X);
        double p0Tau = msbarRates.predict(Channel.Z_TO_GAMMA, WessZuminoCouplings.forInputs(msbar).of(tau, gX), MASS_X)
                .width().getAsDouble();
        double r = MASS_X * MASS_X / (mZ * mZ);
        assertThat(p2Tau / p0Tau).isCloseTo(16 / (Math.pow(1 - r, 3) * (1 + r)), within(1e-12));
    }

    @Test
    void isospinFactorsHoldExactlyAtEqualMassesAndWidths() {
        Inputs equal = inputs.withOverrides(Map.of("m_B0", inputs.mass("B+"), "Gamma_B0", inputs.width("B+"),
                "m_pi0", inputs.mass("pi+"), "m_rho(770)0", inputs.mass("rho(770)+"),
                "m_K*(892)0", inputs.mass("K*(892)+"), "m_K_L", inputs.mass("K+")), "test");
        DecayRates on = DecayRates.forInputs(equal);
        EffectiveCouplings c = WessZuminoCouplings.forInputs(equal).of(model("tau-flavour"), 0.018);
        assertThat(br(on, Channel.B_ZERO_TO_PI_ZERO, c, MASS_X) / br(on, Channel.B_PLUS_TO_PI_PLUS, c, MASS_X))
                .isCloseTo(0.5, within(1e-14));
        assertThat(br(on, Channel.B_ZERO_TO_RHO_ZERO, c, MASS_X) / br(on, Channel.B_PLUS_TO_RHO_PLUS, c, MASS_X))
                .isCloseTo(0.5, within(1e-14));
        assertThat(br(on, Channel.B_ZERO_TO_K_ZERO, c, MASS_X) / br(on, Channel.B_PLUS_TO_K_PLUS, c, MASS_X))
                .isCloseTo(1, within(1e-14));
        assertThat(br(on, Channel.B_ZERO_TO_KSTAR_ZERO, c, MASS_X) / br(on, Channel.B_PLUS_TO_KSTAR_PLUS, c, MASS_X))
                .isCloseTo(1, within(1e-14));
    }

    @Test
    void kLongOverKPlusIsTheImaginaryFractionSquaredAtEqualMasses() {
        Inputs equal = inputs.withOverrides(Map.of("m_K_L", inputs.mass("K+"), "m_pi0", inputs.mass("pi+")), "test");
        DecayRates on = DecayRates.forInputs(equal);
        EffectiveCouplings c = WessZuminoCouplings.forInputs(equal).of(model("tau-flavour"), 0.018);
        double massX = 0.2;
        double widthRatio = on.predict(Channel.K_LONG_TO_PI_ZERO, c, massX).width().getAsDouble()
                / on.predict(Channel.K_PLUS_TO_PI_PLUS, c, massX).width().getAsDouble();
        double imFraction = c.gSd().getImaginary() / c.gSd().norm();
        assertThat(widthRatio).isCloseTo(imFraction * imFraction, within(1e-14));
        assertThat(widthRatio).isBetween(0.1, 0.2); // arg(V_ts V_td*)-driven, not a trivial 0 or 1
    }

    @Test
    void mesonWidthsScaleAsGXSquaredTimesTraceSquared() {
        EffectiveCouplings tau = wz.of(model("tau-flavour"), 0.01);    // A_XWW = −1
        EffectiveCouplings baryon = wz.of(model("baryon"), 0.02);      // A_XWW = −3
        for (Channel channel : Channel.values()) {
            if (channel.kind() == Channel.Kind.PHOTON) {
                continue;
            }
            double massX = 0.1;
            double ratio = rates.predict(channel, baryon, massX).width().getAsDouble()
                    / rates.predict(channel, tau, massX).width().getAsDouble();
            assertThat(ratio).as(channel.label()).isCloseTo(4 * 9, within(1e-12));
        }
    }

    @Test
    void closedChannelsAreReportedAsClosedNotZero() {
        Map<Channel, ChannelPrediction> all = rates.predictAll(wz.of(model("tau-flavour"), 0.018), MASS_X);
        assertThat(all).hasSize(12);
        ChannelPrediction kaon = all.get(Channel.K_PLUS_TO_PI_PLUS);
        assertThat(kaon.isOpen()).isFalse();
        assertThat(kaon.branchingRatio()).isEmpty();
        assertThat(kaon.threshold()).isCloseTo(0.493677 - 0.13957039, within(1e-12));
        assertThatThrownBy(kaon::requireBranchingRatio).isInstanceOf(PhysicsException.class)
                .hasMessageContaining("K+->pi+X is kinematically closed").hasMessageContaining("m_K+ - m_pi+");
        assertThat(all.get(Channel.D_PLUS_TO_PI_PLUS).isOpen()).isFalse();
        assertThat(all.get(Channel.B_PLUS_TO_K_PLUS).isOpen()).isTrue();
        assertThat(rates.predict(Channel.Z_TO_GAMMA, wz.of(model("tau-flavour"), 0.018), 91.1879).isOpen()).isFalse();
        assertThat(rates.predict(Channel.B_PLUS_TO_KSTAR_PLUS, EffectiveCouplings.none(), 4.5).isOpen()).isFalse();
    }

    @Test
    void validityFlagIsMassRatioSquaredOfTheParent() {
        ChannelPrediction z = rates.predict(Channel.Z_TO_GAMMA, EffectiveCouplings.none(), MASS_X);
        assertThat(z.validity()).isCloseTo(MASS_X * MASS_X / (91.1879 * 91.1879), within(1e-15));
        ChannelPrediction k = rates.predict(Channel.K_PLUS_TO_PI_PLUS, EffectiveCouplings.none(), MASS_X);
        assertThat(k.validity()).isGreaterThan(1); // closed, and the flag says why the formula would fail anyway
    }

    @Test
    void badMassIsInvalidInput() {
        EffectiveCouplings none = EffectiveCouplings.none();
        for (double bad : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertThatThrownBy(() -> rates.predict(Channel.B_PLUS_TO_K_PLUS, none, bad))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("m_X");
        }
    }

    @Test
    void pseudoscalarAndVectorFormulasMatchIndependentExpressions() {
        // P → P'X with |k| written out: Γ = |g|² |k| (m_P² − m_P'²)² f0² / (32π m_P² m_X²)
        double mP = 5.27941;
        double mD = 0.493677;
        double mX = 1.3;
        double k = Math.sqrt(DecayRates.kallen(mP * mP, mD * mD, mX * mX)) / (2 * mP);
        double expected = 2.5 * k * Math.pow(mP * mP - mD * mD, 2) * 0.3 * 0.3 / (32 * Math.PI * mP * mP * mX * mX);
        assertThat(DecayRates.pseudoscalarWidth(2.5, 0.3, mP, mD, mX)).isCloseTo(expected, within(1e-14 * expected));
        // λ(a,b,c) vanishes at threshold
        assertThat(DecayRates.kallen(mP * mP, mD * mD, (mP - mD) * (mP - mD))).isCloseTo(0, within(1e-12));
    }
}
