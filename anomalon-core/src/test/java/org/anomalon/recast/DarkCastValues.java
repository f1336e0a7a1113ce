package org.anomalon.recast;

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

    static Couplings couplings(JsonNode point) {
        double[] vector = new double[Flavour.values().length];
        double[] axial = new double[vector.length];
        // the test file lists e mu tau nue numu nutau u d s c b t, the order of Flavour
        for (int i = 0; i < vector.length; i++) {
            vector[i] = point.get("vector").get(i).asDouble();
            axial[i] = point.get("axial").get(i).asDouble();
        }
        return Couplings.of(vector, axial);
    }
}
