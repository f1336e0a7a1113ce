package org.anomalon.cli;

import java.util.Arrays;
import org.anomalon.InvalidInputException;

/** Checks that a command supports the requested output format. */
final class FormatSupport {
    private FormatSupport() {
    }

    static void require(OutputFormat format, String option, OutputFormat... supported) {
        if (!Arrays.asList(supported).contains(format)) {
            throw InvalidInputException.of(option, "format", format.name(),
                    "one of " + Arrays.toString(supported) + " for this command");
        }
    }
}
