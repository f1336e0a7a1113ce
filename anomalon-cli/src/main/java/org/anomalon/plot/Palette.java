package org.anomalon.plot;

import java.awt.Color;
import java.util.List;

/**
 * Colour-blind-safe colours: the Okabe–Ito palette (Okabe &amp; Ito, "Color Universal Design", 2008),
 * distinguishable under the common forms of colour-vision deficiency, plus neutral greys.
 */
public final class Palette {
    public static final Color BLACK = new Color(0x000000);
    public static final Color ORANGE = new Color(0xE69F00);
    public static final Color SKY_BLUE = new Color(0x56B4E9);
    public static final Color BLUISH_GREEN = new Color(0x009E73);
    public static final Color YELLOW = new Color(0xF0E442);
    public static final Color BLUE = new Color(0x0072B2);
    public static final Color VERMILLION = new Color(0xD55E00);
    public static final Color REDDISH_PURPLE = new Color(0xCC79A7);
    public static final Color GREY = new Color(0x7F7F7F);
    public static final Color LIGHT_GREY = new Color(0xBFBFBF);

    /** The seven Okabe–Ito colours in a cycle order that keeps neighbours distinct. */
    public static final List<Color> CYCLE =
            List.of(BLUE, VERMILLION, BLUISH_GREEN, REDDISH_PURPLE, ORANGE, SKY_BLUE, BLACK);

    private Palette() {
    }

    /** The {@code index}-th colour of {@link #CYCLE}, wrapping around. */
    public static Color cycle(int index) {
        return CYCLE.get(Math.floorMod(index, CYCLE.size()));
    }

    /** {@code colour} with opacity {@code alpha} in [0, 1]. */
    public static Color withAlpha(Color colour, double alpha) {
        return new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), (int) Math.round(255 * alpha));
    }
}
