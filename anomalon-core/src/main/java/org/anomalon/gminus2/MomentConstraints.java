package org.anomalon.gminus2;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.anomalon.data.Reference;

/**
 * anomalon's (g − 2) constraints (resource {@code org/anomalon/gminus2/anomalous-moments.yaml}):
 * Δa_μ and Δa_e as DarkCast 2.1 ships them from Bodas, Coy and King (arXiv:2102.07781), with
 * DarkCast's choice of n σ for each limit and for the preferred band. Loaded once.
 */
public final class MomentConstraints {
    private static final String FILE = "anomalous-moments.yaml";
    private static volatile List<MomentConstraint> constraints;

    private MomentConstraints() {
    }

    /** Every constraint, in file order. */
    public static List<MomentConstraint> all() {
        List<MomentConstraint> loaded = constraints;
        if (loaded == null) {
            synchronized (MomentConstraints.class) {
                if (constraints == null) {
                    constraints = read();
                }
                loaded = constraints;
            }
        }
        return loaded;
    }

    /** The constraint with this id, or null. */
    public static MomentConstraint find(String id) {
        return all().stream().filter(c -> c.id().equals(id)).findFirst().orElse(null);
    }

    private static List<MomentConstraint> read() {
        try (InputStream in = MomentConstraints.class.getResourceAsStream(FILE)) {
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
            Map<String, Reference> references = Reference.readAll(root.get("references"));
            List<MomentConstraint> list = new ArrayList<>();
            for (JsonNode node : root.get("constraints")) {
                list.add(constraint(node, references));
            }
            return List.copyOf(list);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MomentConstraint constraint(JsonNode node, Map<String, Reference> references) {
        String id = node.get("id").asText();
        double central = node.get("central").asDouble();
        double sigma = node.get("sigma").asDouble();
        int sigmas = node.get("sigmas").asInt();
        String allowed = node.get("allowed").asText();
        double low;
        double high;
        String rule;
        switch (allowed) {
            case "central_sigmas" -> {
                low = central - sigmas * sigma;
                high = central + sigmas * sigma;
                rule = String.format(Locale.ROOT, "Delta a^X within %d sigma of Delta a = (%.3g +- %.2g)", sigmas, central, sigma);
            }
            case "magnitude" -> {
                high = Math.abs(central) + sigmas * sigma;
                low = -high;
                rule = String.format(Locale.ROOT, "|Delta a^X| <= |Delta a| + %d sigma = %.3g + %d x %.2g", sigmas,
                        Math.abs(central), sigmas, sigma);
            }
            default -> throw new IllegalStateException(FILE + ", " + id + ": allowed must be central_sigmas or magnitude, got "
                    + allowed);
        }
        MomentConstraint.Role role = switch (node.get("role").asText()) {
            case "limit" -> MomentConstraint.Role.LIMIT;
            case "preferred_band" -> MomentConstraint.Role.PREFERRED_BAND;
            default -> throw new IllegalStateException(FILE + ", " + id + ": role must be limit or preferred_band");
        };
        Reference reference = references.get(node.get("reference").asText());
        if (reference == null) {
            throw new IllegalStateException(FILE + ", " + id + ": unknown reference " + node.get("reference").asText());
        }
        return new MomentConstraint(id, Lepton.parse(node.get("lepton").asText(), FILE + ", " + id), role,
                node.get("label").asText(), low, high, node.path("plot_by_default").asBoolean(true), reference, rule,
                node.get("obtained").asText(), node.get("notes").asText());
    }
}
