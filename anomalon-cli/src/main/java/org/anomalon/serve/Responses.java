package org.anomalon.serve;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.anomalon.format.Json;

/** Writes HTTP responses: bodies with their type, and errors as {@code {"error": "one line"}}. */
final class Responses {
    static final String JSON = "application/json; charset=utf-8";

    private Responses() {
    }

    static void send(HttpExchange exchange, int status, String contentType, byte[] body, Map<String, String> headers)
            throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        headers.forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        send(exchange, status, contentType, body.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    /** The error object of every failed request; {@code exit_code} is the command line's where a command ran. */
    static void error(HttpExchange exchange, int status, String message, Integer exitCode) throws IOException {
        ObjectNode error = Json.object();
        error.put("error", message);
        if (exitCode != null) {
            error.put("exit_code", exitCode);
        }
        send(exchange, status, JSON, Json.write(error) + "\n");
    }

    /** The response type of a command's output in {@code format}. */
    static String contentType(String format) {
        return switch (format) {
            case "json" -> JSON;
            case "csv" -> "text/csv; charset=utf-8";
            case "latex" -> "application/x-tex; charset=utf-8";
            default -> "text/plain; charset=utf-8";
        };
    }
}
