package org.anomalon;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;

/** The check every reader of a YAML or JSON input file makes: a key it does not know is a typo, said where. */
public final class KnownKeys {
    private KnownKeys() {
    }

    /**
     * @param where where the mapping is, for the message (file and element)
     * @param level what the mapping is, e.g. {@code measurement}
     * @throws InvalidInputException naming every unknown key and the allowed ones
     */
    public static void check(JsonNode node, Set<String> allowed, String where, String level) {
        Set<String> unknown = new LinkedHashSet<>();
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String key = names.next();
            if (!allowed.contains(key)) {
                unknown.add(key);
            }
        }
        if (!unknown.isEmpty()) {
            throw InvalidInputException.of(where, "key", String.join(", ", unknown),
                    "keys of the " + level + ": " + new TreeSet<>(allowed));
        }
    }
}
