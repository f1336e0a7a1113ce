package org.anomalon.serve;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parameters of a request URL, {@code name=value&name=value…}, in order; a name may repeat
 * (repeatable options such as {@code channel}). Bounded so that a request cannot make the server
 * parse or hold much.
 */
final class Query {
    /** Longest query string accepted, in characters. */
    static final int MAX_LENGTH = 8192;
    /** Most parameters accepted in one query. */
    static final int MAX_PARAMETERS = 64;

    private final Map<String, List<String>> parameters;

    private Query(Map<String, List<String>> parameters) {
        this.parameters = parameters;
    }

    /** @param raw the raw (still percent-encoded) query, or null for none */
    static Query parse(String raw) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return new Query(parameters);
        }
        if (raw.length() > MAX_LENGTH) {
            throw ApiException.badRequest("query of " + raw.length() + " characters is too long (at most " + MAX_LENGTH + ")");
        }
        String[] pairs = raw.split("&");
        if (pairs.length > MAX_PARAMETERS) {
            throw ApiException.badRequest(pairs.length + " query parameters are too many (at most " + MAX_PARAMETERS + ")");
        }
        for (String pair : pairs) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            parameters.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
        }
        return new Query(parameters);
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("malformed percent-encoding in the query: '" + text + "'");
        }
    }

    /** Every parameter, in the order of first appearance, with all its values. */
    Map<String, List<String>> parameters() {
        return parameters;
    }

    /** The value of a parameter given at most once; empty when absent. */
    Optional<String> single(String name) {
        List<String> values = parameters.get(name);
        if (values == null) {
            return Optional.empty();
        }
        if (values.size() > 1) {
            throw ApiException.badRequest("'" + name + "' given " + values.size() + " times; give it once");
        }
        return Optional.of(values.get(0));
    }

    /** This query without the parameter {@code name}. */
    Query without(String name) {
        Map<String, List<String>> rest = new LinkedHashMap<>(parameters);
        rest.remove(name);
        return new Query(rest);
    }
}
