package org.anomalon.plot;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import org.scilab.forge.jlatexmath.ParseException;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

/**
 * Text typeset as LaTeX math with jlatexmath (Computer Modern glyphs), so labels such as
 * {@code g_X \mathcal{A}_{XWW}} or {@code K^+\to\pi^+X} look as in the paper. Plain words go in
 * {@code \text{...}}. The glyphs are painted as shapes by the vector back ends.
 */
public final class LatexText {
    private LatexText() {
    }

    /** A typeset formula; throws IllegalArgumentException on LaTeX that does not parse. */
    public static TeXIcon typeset(String latex, float size, Color colour) {
        try {
            TeXIcon icon = new TeXFormula(latex).createTeXIcon(TeXConstants.STYLE_TEXT, size);
            icon.setForeground(colour);
            return icon;
        } catch (ParseException e) {
            throw new IllegalArgumentException("LaTeX label does not parse: " + latex, e);
        }
    }

    /** Draws {@code latex} with its {@code anchor} point at (x, y), rotated by {@code angle} radians; returns the box. */
    public static Rectangle2D draw(Graphics2D g, String latex, double x, double y, float size, Color colour,
                                   Anchor anchor, double angle) {
        TeXIcon icon = typeset(latex, size, colour);
        double width = icon.getIconWidth();
        double height = icon.getIconHeight();
        AffineTransform saved = g.getTransform();
        g.translate(x, y);
        g.rotate(angle);
        g.translate(-anchor.fx * width, -anchor.fy * height);
        icon.paintIcon(null, g, 0, 0);
        g.setTransform(saved);
        return new Rectangle2D.Double(x - anchor.fx * width, y - anchor.fy * height, width, height);
    }

    /** The size of {@code latex} without drawing it. */
    public static Rectangle2D bounds(String latex, float size) {
        TeXIcon icon = typeset(latex, size, Color.BLACK);
        return new Rectangle2D.Double(0, 0, icon.getIconWidth(), icon.getIconHeight());
    }
}
