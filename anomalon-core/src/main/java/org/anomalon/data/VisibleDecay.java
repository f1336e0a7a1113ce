package org.anomalon.data;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.anomalon.InvalidInputException;

/**
 * What a search for X decaying into visible states sees (ST Sec. IV): X's final state and the window
 * of proper lifetimes in which the search sees the decay. Its signal is
 * <pre>  BR(production) × BR(X → final state) × [τ_min ≤ τ_X ≤ τ_max],</pre>
 * a window of proper lifetimes as ST use it for the LHCb displaced search (1 &lt; τ_X/ps &lt; 100,
 * "a conservative approach"); a prompt search has τ_min = 0.
 *
 * @param finalState     what X decays into
 * @param minLifetime_s  the shortest proper lifetime seen (0 for a prompt search)
 * @param maxLifetime_s  the longest
 * @param lifetimeSource where the window comes from (ST's choice, stated)
 */
public record VisibleDecay(FinalState finalState, double minLifetime_s, double maxLifetime_s, String lifetimeSource) {
    /**
     * A prompt search sees X with τ_X below 1 ps: ST print no prompt requirement for the searches of
     * Sec. IV; 1 ps is where their displaced window for LHCb [15] begins (ST Sec. IV.B).
     */
    public static final double PROMPT_MAX_LIFETIME_S = 1e-12;

    /** The final states of X the visible searches select. */
    public enum FinalState {
        ELECTRONS("e+e-"), MUONS("mu+mu-"), LEPTONS("l+l-"), HADRONS("hadrons");

        private final String label;

        FinalState(String label) {
            this.label = label;
        }

        /** The name used in the database and the output, e.g. {@code mu+mu-}; {@code l+l-} is e⁺e⁻ + μ⁺μ⁻. */
        public String label() {
            return label;
        }

        static FinalState parse(String text, String source) {
            return Arrays.stream(values()).filter(state -> state.label.equals(text)).findFirst()
                    .orElseThrow(() -> InvalidInputException.of(source, "final state", text,
                            "one of " + Arrays.stream(values()).map(FinalState::label).collect(Collectors.joining(", "))));
        }
    }

    public VisibleDecay {
        if (!(minLifetime_s >= 0 && maxLifetime_s > minLifetime_s)) {
            throw new IllegalArgumentException("bad lifetime window [" + minLifetime_s + ", " + maxLifetime_s + "] s");
        }
    }

    /** Whether the window starts at τ_X = 0 (every X decaying faster than τ_max is seen). */
    public boolean prompt() {
        return minLifetime_s == 0;
    }
}
