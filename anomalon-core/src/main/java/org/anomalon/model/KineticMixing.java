package org.anomalon.model;

import java.util.Locale;
import org.anomalon.InvalidInputException;

/**
 * Kinetic mixing of X with the photon, as a model states it (model-file key {@code kinetic_mixing}).
 *
 * <p>Convention (DarkCast's x_f = ε Q_f, arXiv:1801.04847): ε is dimensionless, in units of g_X, and
 * shifts every vector coupling by the electric charge, v_f → v_f + ε Q_f, so every width stays ∝ g_X².
 * The physical mixing parameter is ε_phys = ε g_X / e. The dark photon is the model with all charges
 * 0 and ε = e ({@link #electricCharge()}): then g_X plays the role of the physical ε.
 *
 * <ul>
 *   <li>{@link Kind#NONE}: no mixing (what P0, P2 and ST assume).</li>
 *   <li>{@link Kind#FIXED}: a number with |ε| &lt; 1, independent of m_X.</li>
 *   <li>{@link Kind#ELECTRIC_CHARGE}: ε = e = √(4πα(0)), the dark photon.</li>
 *   <li>{@link Kind#LOOP}: the mixing the charged SM fermions carrying X charge induce at one loop,
 *       ε(m_X); finite only when Σ_f N_c Q_f v_f = 0 (see {@link Model#photonMixingTrace()}).</li>
 * </ul>
 *
 * @param kind    which of the four
 * @param epsilon the fixed ε ({@link Kind#FIXED} only; NaN otherwise)
 * @param source  why the model makes this choice (paper, assumption); empty when not stated
 */
public record KineticMixing(Kind kind, double epsilon, String source) {

    /** What a model file may say. */
    public enum Kind {
        NONE("none"), FIXED("fixed"), ELECTRIC_CHARGE("e"), LOOP("loop");

        private final String keyword;

        Kind(String keyword) {
            this.keyword = keyword;
        }

        /** The model-file spelling ({@code none}, {@code loop}, {@code e}; a number for FIXED). */
        public String keyword() {
            return keyword;
        }
    }

    /** What the model-file key accepts, for error messages. */
    public static final String ALLOWED = "none, loop, e (the dark photon: epsilon = e) or a number epsilon with "
            + "|epsilon| < 1 (units of g_X: v_f -> v_f + epsilon Q_f)";

    public KineticMixing {
        source = source == null ? "" : source;
        if (kind == Kind.FIXED && !(Math.abs(epsilon) < 1)) {
            throw new IllegalArgumentException("fixed kinetic mixing needs |epsilon| < 1, got " + epsilon);
        }
        if (kind != Kind.FIXED) {
            epsilon = Double.NaN;
        }
    }

    public static KineticMixing none() {
        return new KineticMixing(Kind.NONE, Double.NaN, "");
    }

    public static KineticMixing loop() {
        return new KineticMixing(Kind.LOOP, Double.NaN, "");
    }

    public static KineticMixing electricCharge() {
        return new KineticMixing(Kind.ELECTRIC_CHARGE, Double.NaN, "");
    }

    /** A fixed ε in units of g_X; |ε| &lt; 1 (larger is not a perturbation of the photon). */
    public static KineticMixing fixed(double epsilon) {
        return new KineticMixing(Kind.FIXED, epsilon, "");
    }

    /**
     * Parses the model-file or inline value: {@code none}, {@code loop}, {@code e} or a number.
     *
     * @throws InvalidInputException naming {@code source} and {@code field} for anything else,
     *                               including NaN and |ε| ≥ 1
     */
    public static KineticMixing parse(String text, String source, String field) {
        String value = text == null ? "" : text.strip();
        for (Kind kind : Kind.values()) {
            if (kind != Kind.FIXED && kind.keyword().equalsIgnoreCase(value)) {
                return new KineticMixing(kind, Double.NaN, "");
            }
        }
        double epsilon;
        try {
            epsilon = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw InvalidInputException.of(source, field, value, ALLOWED);
        }
        if (!(Math.abs(epsilon) < 1)) {
            throw InvalidInputException.of(source, field, value, ALLOWED);
        }
        return fixed(epsilon);
    }

    /** The same choice with its justification. */
    public KineticMixing withSource(String newSource) {
        return new KineticMixing(kind, epsilon, newSource);
    }

    public boolean isNone() {
        return kind == Kind.NONE;
    }

    /** One line for the output: the choice, and its source when stated. */
    public String describe() {
        String choice = switch (kind) {
            case NONE -> "none";
            case FIXED -> String.format(Locale.ROOT, "fixed, epsilon = %.6g (units of g_X; v_f += epsilon Q_f)", epsilon);
            case ELECTRIC_CHARGE -> "epsilon = e (dark photon: v_f = e Q_f, g_X is the physical epsilon)";
            case LOOP -> "loop (one-loop mixing from the charged SM fermions carrying X charge, m_X dependent)";
        };
        return source.isEmpty() ? choice : choice + " [" + source + "]";
    }
}
