package org.anomalon.data;

import java.util.Locale;

/** How a limit was obtained: by the experiment, by a reinterpretation of its data, or projected. */
public enum Kind {
    OBSERVED, RECAST, PROJECTION;

    /** The lower-case name used in YAML, JSON and on the command line. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Kind parse(String text) {
        return valueOf(text.toUpperCase(Locale.ROOT));
    }
}
