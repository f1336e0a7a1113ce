package org.anomalon.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.anomalon.InvalidInputException;
import org.anomalon.Parameter;

/**
 * The models shipped with anomalon, as YAML files in the resources beside this class. Each file
 * names its source (paper, equation or table).
 */
public final class BuiltinModels {
    /** The default model: gauged τ flavour, X = L_τ (P0 eq. 1.1 with a_τ = 1). */
    public static final String DEFAULT = "tau-flavour";

    /** All built-in models, in the order {@code anomalon models} lists them. */
    public static final List<String> NAMES = List.of(
            "tau-flavour", "b-minus-l", "baryon", "lmu-minus-ltau", "b3-minus-l2",
            "dark-photon", "b-boson", "le-minus-lmu", "le-minus-ltau",
            "chiral-tau-l-only", "chiral-tau-l-minus-4r",
            "p0-1dl1ml-m3", "p0-2dl-m1", "p2-l-only", "p2-l-minus-4r");

    private BuiltinModels() {
    }

    public static boolean exists(String name) {
        return NAMES.contains(name);
    }

    /** Loads built-in model {@code name}; an unknown name is an {@link InvalidInputException}. */
    public static Model load(String name) {
        if (!exists(name)) {
            throw InvalidInputException.of(Parameter.MODEL, name,
                    "a built-in model (" + String.join(", ", NAMES) + ") or a YAML model file");
        }
        String resource = name + ".yaml";
        try (InputStream in = BuiltinModels.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("built-in model resource missing: " + resource);
            }
            return ModelFiles.parse(in, "built-in model " + name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All built-in models, loaded. */
    public static List<Model> all() {
        return NAMES.stream().map(BuiltinModels::load).toList();
    }
}
