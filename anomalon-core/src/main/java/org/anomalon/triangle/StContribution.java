package org.anomalon.triangle;

import java.util.Locale;
import org.anomalon.PhysicsException;
import org.anomalon.model.Model;

/**
 * Whether the Smith–Tait (ST) contribution of the SM fermion masses enters the rates:
 * {@code auto} adds it exactly when the current is conserved and vector-like in the SM (B−L,
 * L_μ−L_τ, …, where P0's Wess–Zumino couplings vanish and ST is the whole effect), {@code on} adds
 * it to P0's couplings for every vector-like current, {@code off} never (P0 alone).
 *
 * <p>This is the one rule: rates, limits and the fit all ask {@link #decide} and get the same
 * {@link Decision} for a model.
 */
public enum StContribution {
    AUTO, ON, OFF;

    /** Why the ST contribution is or is not included. */
    public enum Basis {
        /** The user asked for {@code on} or {@code off}. */
        REQUESTED,
        /** {@code auto}: the current is conserved in the SM and vector-like, so ST is the whole effect. */
        CONSERVED_VECTOR_CURRENT,
        /** {@code auto}: the current is anomalous or chiral in the SM, so P0's couplings alone are used. */
        NOT_CONSERVED_VECTOR_CURRENT
    }

    /**
     * The rule applied to one model.
     *
     * @param requested what was asked for
     * @param included  whether the ST couplings are added to P0's
     * @param basis     why
     */
    public record Decision(StContribution requested, boolean included, Basis basis) {
    }

    /**
     * The decision for {@code model}: AUTO includes ST for conserved vector currents
     * ({@link SmithTait#conservedVectorCurrent}), ON always, OFF never.
     *
     * @throws PhysicsException for ON with a chiral current, where ST's weights do not apply
     *                          ({@link SmithTait#applies})
     */
    public Decision decide(Model model) {
        return switch (this) {
            case AUTO -> SmithTait.conservedVectorCurrent(model)
                    ? new Decision(this, true, Basis.CONSERVED_VECTOR_CURRENT)
                    : new Decision(this, false, Basis.NOT_CONSERVED_VECTOR_CURRENT);
            case ON -> {
                SmithTait.requireVectorLike(model);
                yield new Decision(this, true, Basis.REQUESTED);
            }
            case OFF -> new Decision(this, false, Basis.REQUESTED);
        };
    }

    /** The lower-case spelling used in options and output, e.g. {@code auto}. */
    public String option() {
        return name().toLowerCase(Locale.ROOT);
    }
}
