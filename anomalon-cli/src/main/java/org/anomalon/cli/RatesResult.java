package org.anomalon.cli;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.anomalon.anomaly.AnomalyAnalysis;
import org.anomalon.eft.BelleTwoCouplings;
import org.anomalon.eft.EffectiveCouplings;
import org.anomalon.eft.WessZuminoCouplings;
import org.anomalon.inputs.Inputs;
import org.anomalon.model.Model;
import org.anomalon.observables.Channel;
import org.anomalon.observables.ChannelPrediction;
import org.anomalon.observables.DecayRates;
import org.anomalon.observables.xdecay.XDecays;
import org.anomalon.triangle.StContribution;

/**
 * Everything {@code anomalon rates} prints for one (model, m_X, g_X), computed once: P0's
 * Wess–Zumino couplings plus, when chosen, the Smith–Tait contribution; the twelve channel
 * predictions; the X decays. The report reuses it.
 */
public record RatesResult(AnomalyAnalysis analysis, Inputs inputs, double massX, double gX, EffectiveCouplings couplings,
                          BelleTwoCouplings belleTwo, Map<Channel, ChannelPrediction> predictions, List<Channel> channels,
                          XDecays xDecays, OptionalDouble betaGamma, SmithTaitOutput.Choice smithTait) {

    /**
     * @param stRequested {@code --st} (AUTO: on for conserved vector currents)
     */
    public static RatesResult compute(Model model, Inputs inputs, double massX, double gX, List<Channel> channels,
                                      OptionalDouble betaGamma, StContribution stRequested) {
        AnomalyAnalysis analysis = AnomalyAnalysis.of(model);
        WessZuminoCouplings wessZumino = WessZuminoCouplings.forInputs(inputs);
        SmithTaitOutput.Choice smithTait = SmithTaitOutput.choose(stRequested, model, massX, gX, inputs, wessZumino);
        // Amplitudes add: P0's Wess-Zumino couplings plus, when included, the ST contribution.
        EffectiveCouplings couplings = wessZumino.of(analysis, gX).plus(smithTait.couplings());
        return new RatesResult(analysis, inputs, massX, gX, couplings,
                BelleTwoCouplings.of(couplings, inputs, massX),
                DecayRates.forInputs(inputs).predictAll(couplings, massX), channels,
                XDecays.of(model, massX, gX, inputs), betaGamma, smithTait);
    }
}
