package org.anomalon.inputs;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.anomalon.InvalidInputException;

/**
 * The electroweak input scheme (docs/physics.md §4): which α the couplings g = e/s_W, g' = e/c_W use.
 * Both schemes take s_W² from the input {@code sin2_theta_w}.
 */
public enum EwScheme {
    /** α(0) = 1/137.035999: reproduces P0's printed numbers (default). */
    ALPHA0("alpha0", "alpha_0"),
    /** α(M_Z) = 1/127.951 (MS-bar): reproduces P2's printed numbers. */
    MSBAR_MZ("msbar-mz", "alpha_mz");

    private final String label;
    private final String alphaInput;

    EwScheme(String label, String alphaInput) {
        this.label = label;
        this.alphaInput = alphaInput;
    }

    /** The name used on the command line and in output, e.g. {@code alpha0}. */
    public String label() {
        return label;
    }

    /** The {@link Inputs} key of the fine-structure constant this scheme uses. */
    public String alphaInput() {
        return alphaInput;
    }

    /** Parses a scheme name; anything else is an {@link InvalidInputException} naming {@code source}. */
    public static EwScheme parse(String text, String source) {
        for (EwScheme scheme : values()) {
            if (scheme.label.equals(text)) {
                return scheme;
            }
        }
        throw InvalidInputException.of(source, "ew-scheme", text, "one of " + labels());
    }

    static String labels() {
        return Arrays.stream(values()).map(EwScheme::label).collect(Collectors.joining(", "));
    }
}
