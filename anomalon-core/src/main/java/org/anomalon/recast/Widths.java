package org.anomalon.recast;

import java.util.Map;
import java.util.Set;

/**
 * X's partial widths at one m_X and g = 1 (GeV), by {@link DecayState}, and its total width: by
 * default visible + invisible (arXiv:1801.04847 Sec. 2); a limit model may restrict it to some
 * states (KLOE_Babusci2012cr counts e⁺e⁻ and μ⁺μ⁻ only). Every width scales as g², so BRs and
 * this table do not depend on g; the lifetime at coupling g is ħ/(g² Γ_total). The sums over the
 * composite states are made once, when the table is built.
 */
public final class Widths {
    private static final DecayState[] STATES = DecayState.values();
    /** No width at all: for searches that never look at widths. */
    static final Widths UNUSED = of(Map.of());

    /** Γ of every state, single and composite, by ordinal. */
    private final double[] width;
    private final double total;
    private final boolean complete;

    private Widths(double[] width, double total, boolean complete) {
        this.width = width;
        this.total = total;
        this.complete = complete;
    }

    /** @param partialWidths the single channels X has at this mass (missing ones are 0) */
    public static Widths of(Map<DecayState, Double> partialWidths) {
        return of(partialWidths, true);
    }

    /**
     * @param partialWidths the single channels X has at this mass (missing ones are 0)
     * @param complete      false when a channel X couples to could not be computed: then the total
     *                      width and every BR are unknown and a recast says nothing at this mass
     */
    public static Widths of(Map<DecayState, Double> partialWidths, boolean complete) {
        double[] single = new double[STATES.length];
        partialWidths.forEach((state, value) -> {
            if (!state.single()) {
                throw new IllegalArgumentException(state + " is a sum of channels, not one channel");
            }
            if (!(value >= 0)) {
                throw new IllegalArgumentException("width of " + state + " must be >= 0, got " + value);
            }
            single[state.ordinal()] = value;
        });
        return fromSingle(single, complete, null);
    }

    /** From the single widths; the total over {@code totalStates} (null: visible + invisible). */
    private static Widths fromSingle(double[] single, boolean complete, int[] totalChannels) {
        double[] width = single.clone();
        for (DecayState state : STATES) {
            if (!state.single()) {
                width[state.ordinal()] = sum(single, state.channelOrdinals());
            }
        }
        double total = totalChannels == null ? width[DecayState.VISIBLE.ordinal()] + width[DecayState.INVISIBLE.ordinal()]
                : sum(single, totalChannels);
        return new Widths(width, total, complete);
    }

    private static double sum(double[] single, int[] channels) {
        double sum = 0;
        for (int channel : channels) {
            sum += single[channel];
        }
        return sum;
    }

    /** Γ(state) at g = 1: the single width or the sum over the channels of a composite state. */
    public double width(DecayState state) {
        return width[state.ordinal()];
    }

    /** The summed width of several states (a decay given as a list), each channel counted once. */
    public double width(Set<DecayState> states) {
        return sum(width, DecayState.channelOrdinals(states));
    }

    public double total() {
        return total;
    }

    /** Whether every channel X couples to is known (see {@link #of(Map, boolean)}). */
    public boolean complete() {
        return complete;
    }

    /**
     * BR(states) = Γ(states)/Γ_total (arXiv:1801.04847 eq. 2.14); 0 when either vanishes; 1 for
     * {@link DecayState#NONE} (a search that does not look at the decay).
     */
    public double branchingRatio(Set<DecayState> states) {
        if (states.contains(DecayState.NONE)) {
            return 1;
        }
        double sum = width(states);
        return sum == 0 || total == 0 ? 0 : sum / total;
    }

    /** The same widths with a dark-sector width of {@code factor} × the visible width added (DarkCast's invisible-search dark photon). */
    public Widths withDarkWidthTimesVisible(double factor) {
        double[] single = singleWidths();
        single[DecayState.DARK.ordinal()] += factor * width[DecayState.VISIBLE.ordinal()];
        return fromSingle(single, complete, null);
    }

    /** The same partial widths with the total restricted to {@code states}. */
    public Widths withTotalOver(Set<DecayState> states) {
        return new Widths(width, width(states), complete);
    }

    private double[] singleWidths() {
        double[] single = new double[STATES.length];
        for (DecayState state : STATES) {
            if (state.single()) {
                single[state.ordinal()] = width[state.ordinal()];
            }
        }
        return single;
    }
}
