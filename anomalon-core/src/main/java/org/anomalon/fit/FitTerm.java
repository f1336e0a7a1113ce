package org.anomalon.fit;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.anomalon.InvalidInputException;

/**
 * The Gaussian terms of P0's construction (P0 Sec. 3.2.5) that a fit can keep or drop: the Belle II
 * two-body couplings g_S² and g_P² (P0 eqs. 3.26–3.27) and the L3 bound on B(Z → γX) (P0 eq. 3.15).
 */
public enum FitTerm {
    G_S("gS", AnomalyObservables.SCALAR),
    G_P("gP", AnomalyObservables.PSEUDOSCALAR),
    Z("Z", ExcessFit.Z_PHOTON);

    private final String label;
    private final String observable;

    FitTerm(String label, String observable) {
        this.label = label;
        this.observable = observable;
    }

    /** The name on the command line and in output: {@code gS}, {@code gP}, {@code Z}. */
    public String label() {
        return label;
    }

    /** The observable of the likelihood terms it names. */
    public String observable() {
        return observable;
    }

    /** Parses {@code gS}, {@code gP} or {@code Z}; anything else is an {@link InvalidInputException} naming {@code source}. */
    public static FitTerm parse(String text, String source) {
        for (FitTerm term : values()) {
            if (term.label.equals(text.strip())) {
                return term;
            }
        }
        throw InvalidInputException.of(source, "term", text, "one of "
                + Arrays.stream(values()).map(FitTerm::label).collect(Collectors.joining(", ")));
    }
}
