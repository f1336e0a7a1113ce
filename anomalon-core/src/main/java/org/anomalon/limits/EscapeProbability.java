package org.anomalon.limits;

/**
 * For one missing-energy measurement at one m_X: the probability that an X of proper lifetime τ,
 * decaying into visible states, decays beyond the detector and so still looks like missing energy.
 * 1 for τ = ∞, non-increasing as τ falls. Implementations: {@link LifetimeGridEscape} (the
 * experiment's own lifetime-dependent limits), {@link GeometricEscape} (two-body kinematics and a
 * detector length), {@link #NEVER} (no information: a visibly decaying X counts as seen).
 */
@FunctionalInterface
public interface EscapeProbability {
    /** Nothing known about the detector: only a stable X escapes (the conservative reading). */
    EscapeProbability NEVER = lifetime_s -> lifetime_s == Double.POSITIVE_INFINITY ? 1 : 0;

    /** P(decay beyond the detector | visible decay) at proper lifetime τ (s), in [0, 1]. */
    double at(double lifetime_s);
}
