package org.anomalon.plot;

import java.time.Instant;
import org.anomalon.InvalidInputException;

/**
 * The date written into document metadata (PDF figures). It is {@code SOURCE_DATE_EPOCH} when
 * that environment variable is set (the reproducible-builds convention: seconds since
 * 1970-01-01T00:00:00Z), and 1970-01-01T00:00:00Z otherwise, so that two runs with the same
 * inputs write byte-identical files.
 */
public final class DocumentDate {
    static final String VARIABLE = "SOURCE_DATE_EPOCH";
    /** 9999-12-31T23:59:59Z: PDF dates have four-digit years. */
    private static final long LAST_SECOND_OF_9999 = 253_402_300_799L;

    private DocumentDate() {
    }

    public static Instant get() {
        return parse(System.getenv(VARIABLE));
    }

    static Instant parse(String value) {
        if (value == null || value.isEmpty()) {
            return Instant.EPOCH;
        }
        if (!value.matches("[0-9]{1,12}") || Long.parseLong(value) > LAST_SECOND_OF_9999) {
            throw InvalidInputException.of(VARIABLE, "environment variable", value,
                    "a whole number of seconds since 1970-01-01T00:00:00Z, before the year 10000");
        }
        return Instant.ofEpochSecond(Long.parseLong(value));
    }
}
