package org.anomalon.observables.xdecay;

/**
 * One decay channel of X.
 *
 * @param channel   the final state
 * @param status    open (width computed), closed (kinematically forbidden, or below where the data
 *                  open) or not computed (no data for it: the isoscalar axial hadronic current)
 * @param width_GeV the partial width when {@code status} is {@link Status#OPEN}; NaN otherwise
 * @param note      why a channel is closed or not computed, with the mass range; empty when open
 */
public record PartialWidth(XDecayChannel channel, Status status, double width_GeV, String note) {

    /** What anomalon can say about a channel at this m_X. */
    public enum Status {
        OPEN("open"), CLOSED("closed"), NOT_COMPUTED("not computed");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    static PartialWidth open(XDecayChannel channel, double width_GeV) {
        return new PartialWidth(channel, Status.OPEN, width_GeV, "");
    }

    static PartialWidth closed(XDecayChannel channel, String note) {
        return new PartialWidth(channel, Status.CLOSED, Double.NaN, note);
    }

    static PartialWidth notComputed(XDecayChannel channel, String note) {
        return new PartialWidth(channel, Status.NOT_COMPUTED, Double.NaN, note);
    }

    public boolean isOpen() {
        return status == Status.OPEN;
    }
}
