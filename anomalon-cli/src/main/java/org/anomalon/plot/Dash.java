package org.anomalon.plot;

import java.awt.BasicStroke;
import java.awt.Stroke;

/** Line patterns; dash lengths scale with the line width so that thick lines keep their look. */
public enum Dash {
    SOLID(null), DASHED(new float[] {6f, 3.5f}), DOTTED(new float[] {1f, 2.5f}), DASH_DOT(new float[] {6f, 2.5f, 1f, 2.5f});

    private final float[] pattern;

    Dash(float[] pattern) {
        this.pattern = pattern;
    }

    public Stroke stroke(float width) {
        if (pattern == null) {
            return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND);
        }
        float[] scaled = new float[pattern.length];
        float scale = Math.max(1f, width / 1.2f);
        for (int i = 0; i < pattern.length; i++) {
            scaled[i] = pattern[i] * scale;
        }
        return new BasicStroke(width, this == DOTTED ? BasicStroke.CAP_ROUND : BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_ROUND, 10f, scaled, 0f);
    }
}
