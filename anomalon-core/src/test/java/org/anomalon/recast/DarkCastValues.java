package org.anomalon.recast;

import org.anomalon.observables.xdecay.Flavour;

import org.anomalon.observables.xdecay.XCouplings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The test values DarkCast 2.1 computes itself (test resource darkcast-test-values.yaml). */
final class DarkCastValues {
    static final JsonNode ROOT = read();

    private DarkCastValues() {
    }

    private static JsonNode read() {
        try (InputStream in = DarkCastValues.class.getResourceAsStream("darkcast-test-values.yaml")) {
            return new ObjectMapper(new YAMLFactory()).readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static XCouplings couplings(JsonNode point) {
        XCouplings.Builder builder = XCouplings.builder();
        // the test file lists e mu tau nue numu nutau u d s c b t, the order of Flavour
        for (Flavour f : Flavour.values()) {
            builder.vector(f, point.get("vector").get(f.ordinal()).asDouble()).axial(f, point.get("axial").get(f.ordinal()).asDouble());
        }
        return builder.build();
    }
}
