package org.anomalon.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Map;
import org.anomalon.model.Rationals;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * One cell of a report table: the text a reader sees (HTML, CSV and LaTeX may round it) and the
 * value a program reads from {@code tables/*.json} at full precision: a number, an integer, a
 * {@code [lower, upper]} pair, numbers by label, or text. A number that does not exist (a closed
 * channel, no limit) is {@code null} in JSON, never a word.
 *
 * @param text  as printed
 * @param value as written to JSON (copied: a cell is immutable)
 */
record Cell(String text, JsonNode value) {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    Cell {
        value = value.deepCopy();
    }

    @Override
    public JsonNode value() {
        return value.deepCopy();
    }

    /** Text that is its own value: names, labels, exact rationals such as {@code -1/3}. */
    static Cell text(String text) {
        return new Cell(text, NODES.textNode(text));
    }

    /** A number printed with {@code format} (e.g. {@code %.4e}); a non-finite value prints as {@code missing} and is null in JSON. */
    static Cell number(double value, String format, String missing) {
        return Double.isFinite(value)
                ? new Cell(String.format(Locale.ROOT, format, value), NODES.numberNode(value))
                : missing(missing);
    }

    /** No number: printed as {@code text}, null in JSON. */
    static Cell missing(String text) {
        return new Cell(text, NODES.nullNode());
    }

    /** An exact rational, as text in both (e.g. {@code -1/3}): a double would lose it. */
    static Cell rational(BigFraction value) {
        return text(Rationals.format(value));
    }

    static Cell integer(long value) {
        return new Cell(Long.toString(value), NODES.numberNode(value));
    }

    /** A range printed as {@code lower-upper}, in JSON {@code [lower, upper]}. */
    static Cell range(double lower, double upper, String format) {
        ArrayNode pair = NODES.arrayNode().add(lower).add(upper);
        return new Cell(String.format(Locale.ROOT, format + "-" + format, lower, upper), pair);
    }

    /** Numbers by label (in the map's order), printed {@code label: value; ...}; {@code none} when empty. */
    static Cell byLabel(Map<String, Double> values, String format, String none) {
        StringBuilder text = new StringBuilder();
        ObjectNode object = NODES.objectNode();
        values.forEach((label, number) -> {
            text.append(text.length() == 0 ? "" : "; ").append(label).append(": ")
                    .append(String.format(Locale.ROOT, format, number));
            object.put(label, number);
        });
        return new Cell(values.isEmpty() ? none : text.toString(), object);
    }

    /** A ± uncertainty: zero (none quoted) prints as {@code -} and stays 0 in JSON; non-finite is null. */
    static Cell uncertainty(double value, String format) {
        return value == 0 ? new Cell("-", NODES.numberNode(0.0)) : number(value, format, "-");
    }
}
