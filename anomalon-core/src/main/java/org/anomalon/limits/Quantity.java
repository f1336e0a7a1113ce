package org.anomalon.limits;


/** What the limits bound: the gauge coupling g_X, or g_X |A_XWW| as in P0 Fig. 1. */
public enum Quantity {
    GX("gx", "g_X"), GX_AXWW("gx-axww", "g_X |A_XWW|");

    private final String option;
    private final String symbol;

    Quantity(String option, String symbol) {
        this.option = option;
        this.symbol = symbol;
    }

    /** The spelling on the command line and in JSON. */
    public String option() {
        return option;
    }

    public String symbol() {
        return symbol;
    }
}
