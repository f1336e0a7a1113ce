package org.anomalon.serve;

/** A request the explorer refuses before or instead of running a command; becomes {@code {"error": message}}. */
final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;

    ApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    /** A malformed or disallowed request (HTTP 400); the message starts with {@code anomalon serve:}. */
    static ApiException badRequest(String reason) {
        return new ApiException(400, "anomalon serve: " + reason);
    }

    int status() {
        return status;
    }
}
