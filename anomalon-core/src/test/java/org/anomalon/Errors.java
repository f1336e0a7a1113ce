package org.anomalon;

import java.util.function.Predicate;

/** Test conditions on the errors of the core. */
public final class Errors {
    private Errors() {
    }

    /** An {@link InvalidInputException} keyed by {@code parameter} (the core names parameters, never flags). */
    public static Predicate<Throwable> about(Parameter parameter) {
        return error -> error instanceof InvalidInputException invalid && invalid.parameter().orElse(null) == parameter;
    }
}
