package org.anomalon.recast;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * X's partial widths at one m_X and g = 1 (GeV), by {@link DecayState}, and its total width: by
 * default visible + invisible (arXiv:1801.04847 Sec. 2); a limit model may restrict it to some
 * states (KLOE_Babusci2012cr counts e⁺e⁻ and μ⁺μ⁻ only). Every width scales as g², so BRs and
 * this table do not depend on g; the lifetime at coupling g is ħ/(g² Γ_total).
 */
public final class Widths {
    private final double[] single;
    private final double total;

    private Widths(double[] single, double total) {
        this.single = single;
        this.total = total;
    }

    /** @param partialWidths the single channels X has at this mass (missing ones are 0) */
    public static Widths of(Map<DecayState, Double> partialWidths) {
        double[] single = new double[DecayState.values().length];
        partialWidths.forEach((state, width) -> {
            if (!state.single()) {
                throw new IllegalArgumentException(state + " is a sum of channels, not one channel");
            }
            if (!(width >= 0)) {
                throw new IllegalArgumentException("width of " + state + " must be >= 0, got " + width);
            }
            single[state.ordinal()] = width;
        });
        Widths widths = new Widths(single, Double.NaN);
        return new Widths(single, widths.width(DecayState.VISIBLE) + widths.width(DecayState.INVISIBLE));
    }

    /** Γ(state) at g = 1: the single width or the sum over the channels of a composite state. */
    public double width(DecayState state) {
        if (state.single()) {
            return single[state.ordinal()];
        }
        double sum = 0;
        for (DecayState channel : state.channels()) {
            sum += single[channel.ordinal()];
        }
        return sum;
    }

    /** The summed width of several states (a decay given as a list). */
    public double width(Set<DecayState> states) {
        double sum = 0;
        for (DecayState channel : channels(states)) {
            sum += single[channel.ordinal()];
        }
        return sum;
    }

    public double total() {
        return total;
    }

    /**
     * BR(states) = Γ(states)/Γ_total (arXiv:1801.04847 eq. 2.14); 0 when either vanishes; 1 for
     * {@link DecayState#NONE} (a search that does not look at the decay).
     */
    public double branchingRatio(Set<DecayState> states) {
        if (states.contains(DecayState.NONE)) {
            return 1;
        }
        double width = width(states);
        return width == 0 || total == 0 ? 0 : width / total;
    }

    /** The same widths with a dark-sector width of {@code factor} × the visible width added (DarkCast's invisible-search dark photon). */
    public Widths withDarkWidthTimesVisible(double factor) {
        double[] copy = single.clone();
        copy[DecayState.DARK.ordinal()] += factor * width(DecayState.VISIBLE);
        Map<DecayState, Double> map = new EnumMap<>(DecayState.class);
        for (DecayState state : DecayState.values()) {
            if (state.single()) {
                map.put(state, copy[state.ordinal()]);
            }
        }
        return of(map);
    }

    /** The same partial widths with the total restricted to {@code states}. */
    public Widths withTotalOver(Set<DecayState> states) {
        return new Widths(single, width(states));
    }

    private static Set<DecayState> channels(Set<DecayState> states) {
        Set<DecayState> channels = java.util.EnumSet.noneOf(DecayState.class);
        states.forEach(state -> channels.addAll(state.channels()));
        return channels;
    }
}
