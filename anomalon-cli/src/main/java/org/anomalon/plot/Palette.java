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
    /** Extra hues from Paul Tol's colour-blind-safe "muted" scheme, for more than seven series. */
    public static final Color INDIGO = new Color(0x332288);
    public static final Color OLIVE = new Color(0x999933);
    /** A darker yellow than Okabe–Ito's, so that thin yellow lines stay visible on white. */
    public static final Color YELLOW_DARK = new Color(0xD9C200);
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

    /** An opaque pastel of {@code colour}: a mix with white, {@code strength} in [0, 1] (1 = the colour itself). */
    public static Color tint(Color colour, double strength) {
        return new Color(mix(colour.getRed(), strength), mix(colour.getGreen(), strength), mix(colour.getBlue(), strength));
    }

    private static int mix(int channel, double strength) {
        return (int) Math.round(255 - strength * (255 - channel));
    }

    /** {@code colour} with opacity {@code alpha} in [0, 1]. */
    public static Color withAlpha(Color colour, double alpha) {
        return new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), (int) Math.round(255 * alpha));
    }
}
