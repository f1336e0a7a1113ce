package org.anomalon.recast;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import org.anomalon.InvalidInputException;

/**
 * A YAML document read into a Jackson tree that remembers the line of every key and list element,
 * so that a message about a catalogue can name the line; a key given twice in one mapping is an
 * error (plain Jackson would keep the last).
 */
final class LocatedYaml {
    private static final YAMLFactory FACTORY = org.anomalon.UserFiles.yamlFactory();

    private final String file;
    private final JsonNode root;
    private final Map<JsonNode, Map<String, Integer>> keyLines;
    private final Map<JsonNode, int[]> elementLines;

    private LocatedYaml(String file, JsonNode root, Map<JsonNode, Map<String, Integer>> keyLines, Map<JsonNode, int[]> elementLines) {
        this.file = file;
        this.root = root;
        this.keyLines = keyLines;
        this.elementLines = elementLines;
    }

    static LocatedYaml parse(byte[] content, String file) {
        Map<JsonNode, Map<String, Integer>> keyLines = new IdentityHashMap<>();
        Map<JsonNode, int[]> elementLines = new IdentityHashMap<>();
        try (JsonParser parser = FACTORY.createParser(content)) {
            if (parser.nextToken() == null) {
                throw InvalidInputException.because(file, "the file is empty");
            }
            JsonNode root = read(parser, file, keyLines, elementLines);
            return new LocatedYaml(file, root, keyLines, elementLines);
        } catch (IOException e) {
            throw InvalidInputException.because(file, "not valid YAML: " + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }

    JsonNode root() {
        return root;
    }

    String file() {
        return file;
    }

    /** "FILE, line N" of {@code key} inside {@code object} (the file alone when unknown). */
    String where(JsonNode object, String key) {
        Integer line = keyLines.getOrDefault(object, Map.of()).get(key);
        return line == null ? file : file + ", line " + line;
    }

    /** "FILE, line N" of element {@code index} of {@code array}. */
    String where(JsonNode array, int index) {
        int[] lines = elementLines.get(array);
        return lines == null || index >= lines.length ? file : file + ", line " + lines[index];
    }

    private static JsonNode read(JsonParser parser, String file, Map<JsonNode, Map<String, Integer>> keyLines,
                                 Map<JsonNode, int[]> elementLines) throws IOException {
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT: {
                ObjectNode object = JsonNodeFactory.instance.objectNode();
                Map<String, Integer> lines = new HashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    int line = parser.currentTokenLocation().getLineNr();
                    if (lines.containsKey(key)) {
                        throw InvalidInputException.because(file + ", line " + line,
                                "key '" + key + "' given twice in one mapping (first on line " + lines.get(key) + ")");
                    }
                    lines.put(key, line);
                    parser.nextToken();
                    object.set(key, read(parser, file, keyLines, elementLines));
                }
                keyLines.put(object, lines);
                return object;
            }
            case START_ARRAY: {
                ArrayNode array = JsonNodeFactory.instance.arrayNode();
                int[] lines = new int[8];
                int count = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    if (count == lines.length) {
                        lines = java.util.Arrays.copyOf(lines, 2 * count);
                    }
                    lines[count++] = parser.currentTokenLocation().getLineNr();
                    array.add(read(parser, file, keyLines, elementLines));
                }
                elementLines.put(array, java.util.Arrays.copyOf(lines, count));
                return array;
            }
            case VALUE_STRING:
                return JsonNodeFactory.instance.textNode(parser.getText());
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return JsonNodeFactory.instance.numberNode(parser.getDoubleValue());
            case VALUE_TRUE:
            case VALUE_FALSE:
                return JsonNodeFactory.instance.booleanNode(token == JsonToken.VALUE_TRUE);
            case VALUE_NULL:
                return JsonNodeFactory.instance.nullNode();
            default:
                throw InvalidInputException.because(file + ", line " + parser.currentTokenLocation().getLineNr(),
                        "unexpected YAML content " + token);
        }
    }
}
