package org.anomalon.format;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * A result's warnings (inputs near or beyond the edge of a formula's validity) as every output
 * shows them: {@code Warning: ...} lines in text, a {@code warnings} array of strings in JSON
 * (always present, empty when there is nothing to say).
 */
public final class Warnings {
    private Warnings() {
    }

    /** One {@code Warning: ...} line per warning; empty for none. */
    public static String text(List<String> warnings) {
        StringBuilder text = new StringBuilder();
        warnings.forEach(warning -> text.append("Warning: ").append(warning).append('\n'));
        return text.toString();
    }

    /** Adds the {@code warnings} array to {@code root}. */
    public static void json(ObjectNode root, List<String> warnings) {
        var array = root.putArray("warnings");
        warnings.forEach(array::add);
    }
}
