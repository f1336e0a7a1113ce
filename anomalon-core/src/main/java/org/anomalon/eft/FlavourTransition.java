package org.anomalon.eft;

/**
 * The quark transitions q_i → q_j with a Wess–Zumino-induced coupling (P0 eqs. 3.6–3.7, Table 4).
 * Down-type transitions run a W loop with up-type quarks, c → u with down-type quarks.
 */
public enum FlavourTransition {
    S_TO_D("g_sd", true, 1, 0),
    B_TO_D("g_bd", true, 2, 0),
    B_TO_S("g_bs", true, 2, 1),
    C_TO_U("g_cu", false, 1, 0);

    private final String key;
    private final boolean downType;
    private final int from;
    private final int to;

    FlavourTransition(String key, boolean downType, int from, int to) {
        this.key = key;
        this.downType = downType;
        this.from = from;
        this.to = to;
    }

    /** The output key, e.g. {@code g_bs}. */
    public String key() {
        return key;
    }

    /** True for d_i → d_j (P0 eq. 3.6), false for u_i → u_j (P0 eq. 3.7). */
    public boolean downType() {
        return downType;
    }

    /** Generation index (0, 1, 2) of the decaying quark q_i. */
    public int from() {
        return from;
    }

    /** Generation index of the produced quark q_j. */
    public int to() {
        return to;
    }
}
