package org.anomalon.plot;

import java.util.ArrayList;
import java.util.List;

/**
 * One set of axes with its layers, drawn in order (regions first so that lines stay visible); the
 * labelled lines, bands and areas make its legend, drawn below the axes.
 * Build with {@link #builder(Axis, Axis)}.
 */
public record Panel(Axis x, Axis y, List<Layer> layers, String title) {
    public Panel {
        layers = List.copyOf(layers);
    }

    public static Builder builder(Axis x, Axis y) {
        return new Builder(x, y);
    }

    /** Mutable builder; {@link #build()} gives the immutable panel. */
    public static final class Builder {
        private final Axis x;
        private final Axis y;
        private final List<Layer> layers = new ArrayList<>();
        private String title;

        private Builder(Axis x, Axis y) {
            this.x = x;
            this.y = y;
        }

        public Builder add(Layer layer) {
            layers.add(layer);
            return this;
        }

        /** LaTeX title written above the panel. */
        public Builder title(String latexTitle) {
            this.title = latexTitle;
            return this;
        }

        public Panel build() {
            return new Panel(x, y, layers, title);
        }
    }
}
