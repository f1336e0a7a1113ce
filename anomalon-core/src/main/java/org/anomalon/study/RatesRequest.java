package org.anomalon.study;

import java.util.List;
import java.util.OptionalDouble;
import org.anomalon.Parameter;
import org.anomalon.observables.Channel;

/**
 * What {@link ModelStudy#rates(RatesRequest)} evaluates.
 *
 * @param point     (m_X, g_X)
 * @param channels  the channels asked for by name (a closed one is then an error), or all of them
 * @param betaGamma the boost βγ of X for its decay length, if wanted (finite, &gt; 0)
 */
public record RatesRequest(Point point, List<Channel> channels, boolean channelsNamed, OptionalDouble betaGamma) {

    public RatesRequest {
        channels = List.copyOf(channels);
        betaGamma.ifPresent(Parameter.BOOST::require);
    }

    /** Every channel at {@code point}, no boost. */
    public static RatesRequest at(Point point) {
        return new RatesRequest(point, List.of(Channel.values()), false, OptionalDouble.empty());
    }

    /** Only these channels; each must be open at m_X. */
    public RatesRequest withChannels(List<Channel> named) {
        return named.isEmpty() ? this : new RatesRequest(point, named.stream().distinct().toList(), true, betaGamma);
    }

    public RatesRequest withBoost(double boost) {
        return new RatesRequest(point, channels, channelsNamed, OptionalDouble.of(boost));
    }
}
