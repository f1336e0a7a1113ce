package org.anomalon.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.anomalon.InvalidInputException;
import org.anomalon.observables.Channel;

/**
 * What a fit measurement is about: a closed set of names, so that a misspelt observable in a
 * measurement file fails when the file is read. Either one of the Belle II two-body couplings
 * g_S, g_P (P0 eq. 3.25) or the branching ratio of a {@link Channel}.
 */
public sealed interface Observable permits Observable.BelleCoupling, Observable.Decay {

    /** The name used in measurement files and output, e.g. {@code g_S}, {@code Z->gammaX}. */
    String label();

    /** The scalar and pseudoscalar b → s couplings of the Belle II two-body fit (P0 eqs. 3.25–3.27). */
    enum BelleCoupling implements Observable {
        SCALAR("g_S"), PSEUDOSCALAR("g_P");

        private final String label;

        BelleCoupling(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** The branching ratio of one decay that produces X. */
    record Decay(Channel channel) implements Observable {
        @Override
        public String label() {
            return channel.label();
        }

        @Override
        public String toString() {
            return label();
        }
    }

    /** The branching ratio of {@code channel}. */
    static Observable of(Channel channel) {
        return new Decay(channel);
    }

    /** g_S, g_P, then every channel. */
    static List<Observable> all() {
        List<Observable> all = new ArrayList<>(List.of(BelleCoupling.values()));
        for (Channel channel : Channel.values()) {
            all.add(of(channel));
        }
        return List.copyOf(all);
    }

    /** The observable with this label; anything else is invalid input naming {@code source}. */
    static Observable parse(String text, String source) {
        return all().stream().filter(o -> o.label().equals(text)).findFirst()
                .orElseThrow(() -> InvalidInputException.of(source, "observable", text,
                        "one of " + all().stream().map(Observable::label).collect(Collectors.joining(", "))));
    }
}
