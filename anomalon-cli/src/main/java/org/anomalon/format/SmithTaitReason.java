package org.anomalon.format;

import org.anomalon.triangle.StContribution;

/** Why the Smith–Tait contribution is or is not included, as {@code rates} and the report print it. */
public final class SmithTaitReason {
    private SmithTaitReason() {
    }

    public static String of(StContribution.Decision decision) {
        return switch (decision.basis()) {
            case REQUESTED -> "--st " + decision.requested().option();
            case CONSERVED_VECTOR_CURRENT -> "default: on, the current is conserved in the SM (A_XWW = A_XYY = 0) and vector-like";
            case NOT_CONSERVED_VECTOR_CURRENT -> "default: off, the current is not a conserved vector current of the SM "
                    + "(use --st on to add the fermion-mass correction)";
        };
    }
}
