package org.anomalon.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.anomalon.Parameter;
import org.anomalon.limits.UvLines;
import org.anomalon.observables.Channel;
import org.anomalon.observables.ChannelPrediction;

/**
 * Where the rates at one (m_X, g_X) are at or beyond the edge of their formulas' validity, in
 * words for the result's {@code warnings}:
 *
 * <ul>
 *   <li>a non-perturbative g_X ({@link Parameter#warning});</li>
 *   <li>anomalons that, with v_X = m_X/(X_S g_X), stay below the direct-search bound of 100 GeV
 *       even at the unitarity Yukawa y = √(4π) (P0 Sec. 3.3): the Wess–Zumino EFT integrates
 *       them out and needs them heavy, so the equivalence-theorem rates, which grow as
 *       (g_X/m_X)², do not hold there;</li>
 *   <li>a branching ratio of 1 or more (unphysical: the partial width exceeds the measured total
 *       width) or of 10% or more (a new decay that large contradicts the measured decays of the
 *       meson);</li>
 *   <li>m_X²/m_P² &gt; 0.1, the size of the neglected corrections (docs/physics.md §5).</li>
 * </ul>
 */
final class RatesWarnings {
    /** A branching ratio of 10% or more into X would have shown up in the meson's measured decays. */
    private static final double LARGE_BRANCHING_RATIO = 0.1;

    private RatesWarnings() {
    }

    /**
     * @param breakingCharge X_S when the model needs anomalons (its anomalies do not vanish), else empty
     */
    static List<String> of(Point point, Map<Channel, ChannelPrediction> predictions, List<Channel> channels,
                           OptionalDouble breakingCharge) {
        List<String> warnings = new ArrayList<>();
        Parameter.COUPLING_X.warning(point.couplingX()).ifPresent(warnings::add);
        breakingCharge.ifPresent(charge -> lightAnomalons(point, charge, warnings));
        for (Channel channel : channels) {
            ChannelPrediction prediction = predictions.get(channel);
            double ratio = prediction.branchingRatio().orElse(0);
            if (ratio >= 1) {
                warnings.add(String.format(Locale.ROOT, "BR(%s) = %.3g > 1 is unphysical: the partial width exceeds the "
                        + "total width of %s; at this (m_X, g_X) the coupling is excluded by far (see 'anomalon limits') "
                        + "and the perturbative rate does not hold", channel.label(), ratio, channel.parent()));
            } else if (ratio >= LARGE_BRANCHING_RATIO) {
                warnings.add(String.format(Locale.ROOT, "BR(%s) = %.3g: a new decay this large contradicts the measured "
                        + "decays of %s; at this (m_X, g_X) the coupling is excluded (see 'anomalon limits')",
                        channel.label(), ratio, channel.parent()));
            }
        }
        String corrected = channels.stream().filter(c -> predictions.get(c).isOpen()
                        && predictions.get(c).validity() > RatesResult.LARGE_CORRECTION)
                .map(Channel::label).collect(Collectors.joining(", "));
        if (!corrected.isEmpty()) {
            warnings.add("m_X^2/m_P^2 > 0.1 for " + corrected + ": the equivalence-theorem rate has corrections of this "
                    + "relative size");
        }
        return warnings;
    }

    private static void lightAnomalons(Point point, double charge, List<String> warnings) {
        double largest = UvLines.coupling(point.massX_GeV(), UvLines.YUKAWA_MAX, charge, UvLines.DIRECT_SEARCH_MASS);
        if (point.couplingX() > largest) {
            double breakingVev = point.massX_GeV() / (charge * point.couplingX());
            warnings.add(String.format(Locale.ROOT, "g_X = %.3g > %.3g at m_X = %.4g GeV: the anomalons, at most "
                    + "sqrt(4 pi) v_X/sqrt2 = %.3g GeV with v_X = m_X/(X_S g_X) = %.3g GeV (X_S = %.4g), are below the "
                    + "direct-search bound m_Psi > %.0f GeV (P0 Sec. 3.3): excluded, and the Wess-Zumino EFT, which needs "
                    + "heavy anomalons, does not hold here", point.couplingX(), largest, point.massX_GeV(),
                    UvLines.YUKAWA_MAX * breakingVev / Math.sqrt(2), breakingVev, charge, UvLines.DIRECT_SEARCH_MASS));
        }
    }
}
