package org.anomalon.model;

/**
 * Chirality of a Weyl fermion. Anomaly traces count right-handed fields with +1 and left-handed
 * fields with −1 (docs/physics.md §1; P2 eq. 4).
 */
public enum Chirality {
    L(-1),
    R(+1);

    private final int anomalySign;

    Chirality(int anomalySign) {
        this.anomalySign = anomalySign;
    }

    /** +1 for right-handed, −1 for left-handed: the sign with which a field enters A_abc. */
    public int anomalySign() {
        return anomalySign;
    }
}
