package org.anomalon.study;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.anomalon.anomaly.AnomalyAnalysis;
import org.anomalon.eft.BelleTwoCouplings;
import org.anomalon.eft.EffectiveCouplings;
import org.anomalon.gminus2.MagneticMoments;
import org.anomalon.inputs.Inputs;
import org.anomalon.limits.MissingEnergyView;
import org.anomalon.observables.Channel;
import org.anomalon.observables.ChannelPrediction;
import org.anomalon.observables.xdecay.XDecays;

/**
 * Everything the study says at one (m_X, g_X): P0's Wess–Zumino couplings plus, when the rule
 * includes it, the Smith–Tait contribution; the Belle II couplings g_S, g_P; the twelve channel
 * predictions; how X decays.
 *
 * @param analysis    the model's anomaly traces
 * @param inputs      the inputs used
 * @param point       (m_X, g_X)
 * @param couplings   the total couplings (amplitudes add: P0 + ST)
 * @param belleTwo    g_S, g_P from g_{ξbs} (P0 eq. 3.25)
 * @param predictions every channel, in {@link Channel} order
 * @param channels    the channels asked for
 * @param xDecays     the X decays at (m_X, g_X)
 * @param betaGamma   the boost for the decay length, if asked for
 * @param smithTait   the Smith–Tait decision and contribution
 * @param warnings    where the rates are at the edge of their formulas' validity or beyond
 *                    (non-perturbative g_X, anomalons too light for the EFT, BR ≥ 10%, m_X²/m_P² &gt; 0.1)
 * @param missingEnergy how each current missing-energy measurement sees this X (decay length,
 *                    P_unseen); empty when X's width is not fully computed
 * @param magneticMoments the X contributions Δa_e, Δa_μ
 */
public record RatesResult(AnomalyAnalysis analysis, Inputs inputs, Point point, EffectiveCouplings couplings,
                          BelleTwoCouplings belleTwo, Map<Channel, ChannelPrediction> predictions, List<Channel> channels,
                          XDecays xDecays, OptionalDouble betaGamma, SmithTaitChoice smithTait, List<String> warnings,
                          List<MissingEnergyView> missingEnergy, MagneticMoments magneticMoments) {
    /** Above this m_X²/m_P² the equivalence-theorem rate has sizeable corrections (P0: ≈ 15% at the fit). */
    public static final double LARGE_CORRECTION = 0.1;

    public RatesResult {
        missingEnergy = List.copyOf(missingEnergy);
        predictions = Collections.unmodifiableMap(new EnumMap<>(predictions));
        channels = List.copyOf(channels);
        warnings = List.copyOf(warnings);
    }

    public double massX() {
        return point.massX_GeV();
    }

    public double gX() {
        return point.couplingX();
    }

    /** The prediction of one channel. */
    public ChannelPrediction prediction(Channel channel) {
        return predictions.get(channel);
    }

    /** Whether the model gives B → K X here: a non-zero b → s coupling (P0 eq. 3.6 plus ST). */
    public boolean producesBToKX() {
        return couplings.gBs().norm() > 0;
    }
}
