package org.anomalon.triangle;

import java.util.Arrays;
import java.util.Locale;
import org.anomalon.InvalidInputException;
import org.anomalon.model.Model;

/**
 * Whether the Smith–Tait (ST) contribution of the SM fermion masses enters the rates:
 * {@code auto} adds it exactly when the current is conserved and vector-like in the SM (B−L,
 * L_μ−L_τ, …, where P0's Wess–Zumino couplings vanish and ST is the whole effect), {@code on} adds
 * it to P0's couplings for every vector-like current, {@code off} never (P0 alone).
 */
public enum StContribution {
    AUTO, ON, OFF;

    /**
     * Whether the ST contribution is asked for {@code model}: AUTO for conserved vector currents
     * ({@link SmithTait#conservedVectorCurrent}), ON always (callers decide what to do for chiral
     * currents, where {@link SmithTait#of} refuses), OFF never.
     */
    public boolean requestedFor(Model model) {
        return switch (this) {
            case AUTO -> SmithTait.conservedVectorCurrent(model);
            case ON -> true;
            case OFF -> false;
        };
    }

    public String option() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static StContribution parse(String text, String source) {
        return Arrays.stream(values()).filter(v -> v.option().equals(text)).findFirst()
                .orElseThrow(() -> InvalidInputException.of(source, "ST contribution", text, "auto, on or off"));
    }
}
