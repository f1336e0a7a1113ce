package org.anomalon.fit;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.anomalon.InvalidInputException;
import org.anomalon.KnownKeys;
import org.anomalon.UserFiles;
import org.anomalon.Parameter;
import org.anomalon.data.LimitEntry;
import org.anomalon.data.LimitsDatabase;
import org.anomalon.data.MassWindow;
import org.anomalon.inputs.DataTable;

/**
 * The measurements a fit confronts, as data: a YAML file, so that a measurement at another m_X or
 * a mass-dependent recast plugs in without code. Format:
 *
 * <pre>
 * name: belle2-two-body
 * description: free text
 * workspace: belle2-knunu       # optional: Belle II's full B⁺ → K⁺νν̄ likelihood for B⁺ → K⁺X ({@link BelleTwoWorkspace})
 * measurements:                 # Gaussian terms (may be empty with a workspace)
 *   - observable: g_S            # g_S, g_P (P0 eq. 3.25) or a channel label (B+->K+X, Z->gammaX, ...)
 *     scale: amplitude           # amplitude (|g|, squared for the χ²) or rate (g², branching ratio)
 *     central: 1.6e-8            # a measured value with 1σ errors: error, or error_above + error_below
 *     error: 0.2e-8
 *     mx_GeV: 2.1                # a single mass or [min, max]; omit for "any m_X"
 *     citation: "P0 eq. (3.26)"
 *   - observable: g_P
 *     scale: amplitude
 *     upper_limit: 2.5e-8        # a one-sided limit at confidence level cl
 *     cl: 0.90
 *     mx_GeV: 2.1
 *     citation: "P0 eq. (3.27)"
 *   - observable: B+->K+X
 *     scale: rate
 *     table: {file: recast.csv, mass: m_X_GeV, central: BR_central, lower: BR_lower, upper: BR_upper,
 *             max_mass_GeV: 4.55}  # CSV in the format of docs/data.md ('#' comments, one header row)
 *     group: recast              # optional group: only used when asked for
 *     citation: "..."
 *   - database: L3-1997-ZgammaX  # an upper limit of the limits database (org.anomalon.data), at its quoted CL
 * </pre>
 *
 * A table file is looked up next to the YAML file, or for built-in sets among the bundled data.
 */
public record MeasurementSet(String name, String description, Optional<String> workspace, List<Measurement> measurements) {
    /** The built-in default: Belle II's own B⁺ → K⁺νν̄ likelihood with the L3 bound on Z → γX. */
    public static final String DEFAULT = "belle2-workspace";
    /** P0's Gaussian construction: the Belle II two-body fit at 2.1 GeV with the L3 bound (P0 Sec. 3.2.5). */
    public static final String P0_GAUSSIAN = "belle2-two-body";
    /** The value of the {@code workspace} key: Belle II's likelihood with its number densities ({@link BelleTwoWorkspace}). */
    public static final String BELLE2_KNUNU = "belle2-knunu";
    private static final String RESOURCE_DIRECTORY = "org/anomalon/fit/";
    private static final Set<String> TOP_KEYS = Set.of("name", "description", "workspace", "measurements");
    private static final Set<String> ENTRY_KEYS = Set.of("observable", "scale", "central", "error", "error_above",
            "error_below", "upper_limit", "cl", "mx_GeV", "table", "group", "citation", "database");
    private static final Set<String> TABLE_KEYS = Set.of("file", "mass", "central", "lower", "upper", "max_mass_GeV");
    private static final ObjectMapper YAML = new ObjectMapper(UserFiles.yamlFactory())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    public MeasurementSet {
        measurements = List.copyOf(measurements);
    }

    /** Whether the set's B⁺ → K⁺X measurement is Belle II's full likelihood (the {@code workspace} key). */
    public boolean hasWorkspace() {
        return workspace.isPresent();
    }

    /** A built-in set by name ({@link #DEFAULT}, …) or a YAML file. */
    public static MeasurementSet load(String nameOrFile) {
        String resource = RESOURCE_DIRECTORY + nameOrFile + ".yaml";
        InputStream stream = MeasurementSet.class.getClassLoader().getResourceAsStream(resource);
        if (stream != null) {
            try (stream) {
                return parse(stream, nameOrFile,
                        table -> DataTable.readResource(table.contains("/") ? table : RESOURCE_DIRECTORY + table));
            } catch (IOException e) {
                throw new IllegalStateException("cannot read bundled measurement set " + resource, e);
            }
        }
        Path file = Path.of(nameOrFile);
        if (!Files.isRegularFile(file)) {
            throw InvalidInputException.of(Parameter.MEASUREMENT_SET, nameOrFile,
                    "a built-in set (" + DEFAULT + ", " + P0_GAUSSIAN + ", belle2-recast) or an existing YAML file");
        }
        try (InputStream in = new java.io.ByteArrayInputStream(UserFiles.read(file, "measurement set"))) {
            Path directory = file.toAbsolutePath().getParent();
            return parse(in, file.toString(), table -> readTable(directory.resolve(table), file.toString()));
        } catch (IOException e) {
            throw InvalidInputException.because(file.toString(), "cannot read: " + e.getMessage(), e);
        }
    }

    /** The optional groups of this set. */
    public Set<String> groups() {
        Set<String> groups = new TreeSet<>();
        measurements.forEach(m -> {
            if (!m.group().isEmpty()) {
                groups.add(m.group());
            }
        });
        return groups;
    }

    /**
     * The likelihood at m_X: every measurement without a group plus those of {@code groups}, each
     * turned into a χ² term with {@code readings} and its prediction from {@code theory}.
     *
     * @throws InvalidInputException if a group is unknown or a selected measurement does not exist at m_X
     */
    public Likelihood likelihood(double massX_GeV, Set<String> groups, Readings readings, ObservableResponse theory) {
        for (String group : groups) {
            if (!groups().contains(group)) {
                throw InvalidInputException.of(Parameter.MEASUREMENT_GROUP, group,
                        groups().isEmpty() ? "nothing: set '" + name + "' has no optional groups"
                                : "one of " + groups() + " (optional groups of set '" + name + "')");
            }
        }
        List<LikelihoodTerm> terms = new ArrayList<>();
        for (Measurement measurement : measurements) {
            if (!measurement.group().isEmpty() && !groups.contains(measurement.group())) {
                continue;
            }
            if (!measurement.covers(massX_GeV)) {
                throw InvalidInputException.of(Parameter.MASS_X, massX_GeV + " GeV",
                        measurement.coverage() + ", where the measurement of " + measurement.observable().label()
                                + " in set '" + name + "' exists (" + measurement.citation()
                                + "); use a measurement set with measurements at this mass");
            }
            terms.add(new LikelihoodTerm(measurement.observable(), theory.response(measurement.observable(), massX_GeV),
                    measurement.term(massX_GeV, readings), measurement.citation()));
        }
        return new Likelihood(massX_GeV, terms);
    }

    static MeasurementSet parse(InputStream in, String source, TableReader tables) throws IOException {
        JsonNode root;
        try {
            root = YAML.readTree(in);
        } catch (JsonProcessingException e) {
            throw InvalidInputException.because(source, "malformed YAML: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw InvalidInputException.because(source, "a measurement set is a YAML mapping with keys " + TOP_KEYS);
        }
        KnownKeys.check(root, TOP_KEYS, source, "top level");
        Optional<String> workspace = Optional.empty();
        if (root.has("workspace")) {
            String value = root.get("workspace").asText();
            if (!BELLE2_KNUNU.equals(value)) {
                throw InvalidInputException.of(source, "workspace", root.get("workspace").toString(),
                        BELLE2_KNUNU + " (Belle II's B+ -> K+ nu nubar likelihood, the one bundled with number densities)");
            }
            workspace = Optional.of(value);
        }
        JsonNode list = root.path("measurements");
        if (workspace.isEmpty() && (!list.isArray() || list.isEmpty())) {
            throw InvalidInputException.of(source, "measurements", list.toString(), "a non-empty list");
        }
        if (root.has("measurements") && !list.isArray()) {
            throw InvalidInputException.of(source, "measurements", list.toString(), "a list");
        }
        List<Measurement> measurements = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            measurements.add(entry(list.get(i), source + ": measurements[" + i + "]", tables));
        }
        return new MeasurementSet(root.path("name").asText(source), root.path("description").asText(""), workspace,
                measurements);
    }

    private static Measurement entry(JsonNode node, String where, TableReader tables) {
        if (!node.isObject()) {
            throw InvalidInputException.because(where, "each measurement is a mapping with keys " + ENTRY_KEYS);
        }
        KnownKeys.check(node, ENTRY_KEYS, where, "measurement");
        String group = node.path("group").asText("");
        if (node.has("database")) {
            return databaseLimit(node, group, where);
        }
        Observable observable = Observable.parse(requiredText(node, "observable", where), where);
        String citation = requiredText(node, "citation", where);
        Scale scale = scale(node, where);
        MassWindow masses = masses(node.get("mx_GeV"), where);
        int kinds = (node.has("central") ? 1 : 0) + (node.has("upper_limit") ? 1 : 0) + (node.has("table") ? 1 : 0);
        if (kinds != 1) {
            throw InvalidInputException.because(where, "give exactly one of 'central' (with errors), 'upper_limit' (with cl) or 'table'");
        }
        if (node.has("upper_limit")) {
            double cl = positive(node, "cl", where);
            if (cl >= 1) {
                throw InvalidInputException.of(where, "cl", cl, "a confidence level between 0 and 1, e.g. 0.90");
            }
            return new Measurement.UpperLimit(observable, scale, positive(node, "upper_limit", where), cl, masses, group, citation);
        }
        if (node.has("table")) {
            if (scale != Scale.RATE) {
                throw InvalidInputException.of(where, "scale", "amplitude", "rate for a table");
            }
            return table(node.get("table"), observable, group, citation, where, tables);
        }
        double central = positive(node, "central", where);
        double above;
        double below;
        if (node.has("error")) {
            above = positive(node, "error", where);
            below = above;
        } else {
            above = positive(node, "error_above", where);
            below = positive(node, "error_below", where);
        }
        if (scale == Scale.AMPLITUDE && above != below) {
            throw InvalidInputException.because(where, "an amplitude measurement takes one symmetric 'error'; "
                    + "quote asymmetric errors on the rate scale");
        }
        return new Measurement.Value(observable, scale, central, above, below, masses, group, citation);
    }

    private static Measurement databaseLimit(JsonNode node, String group, String where) {
        Set<String> others = new TreeSet<>();
        node.fieldNames().forEachRemaining(others::add);
        others.removeAll(Set.of("database", "group", "observable"));
        if (!others.isEmpty()) {
            throw InvalidInputException.of(where, "key", String.join(", ", others),
                    "only 'database', 'group' and 'observable' for a limits-database entry (its numbers, CL and citation come from the database)");
        }
        String id = requiredText(node, "database", where);
        LimitEntry entry;
        try {
            entry = LimitsDatabase.load().entry(id);
        } catch (RuntimeException e) {
            throw InvalidInputException.of(where, "database", id, "an entry id of the limits database (see 'anomalon data')");
        }
        if (entry.isProjection()) {
            throw InvalidInputException.of(where, "database", id, "a measured limit, not a projection");
        }
        if (node.has("observable") && !node.get("observable").asText().equals(entry.channel())) {
            throw InvalidInputException.of(where, "observable", node.get("observable").asText(),
                    entry.channel() + ", the channel of database entry " + id);
        }
        return new Measurement.DatabaseLimit(entry, group);
    }

    private static Measurement table(JsonNode spec, Observable observable, String group, String citation, String where,
                                     TableReader tables) {
        String at = where + ".table";
        if (!spec.isObject()) {
            throw InvalidInputException.because(at, "a mapping with keys " + TABLE_KEYS);
        }
        KnownKeys.check(spec, TABLE_KEYS, at, "table");
        DataTable data = tables.read(requiredText(spec, "file", at));
        double maxMass = spec.path("max_mass_GeV").asDouble(Double.POSITIVE_INFINITY);
        String[] columns = {requiredText(spec, "mass", at), requiredText(spec, "central", at),
            requiredText(spec, "lower", at), requiredText(spec, "upper", at)};
        List<double[]> rows = new ArrayList<>();
        for (Map<String, String> row : data.rows()) {
            double[] values = new double[4];
            for (int c = 0; c < 4; c++) {
                String text = row.get(columns[c]);
                if (text == null) {
                    throw InvalidInputException.of(at, "column", columns[c], "one of " + row.keySet());
                }
                try {
                    values[c] = Double.parseDouble(text);
                } catch (NumberFormatException e) {
                    throw InvalidInputException.of(data.resource(), columns[c], text, "a number");
                }
            }
            if (values[0] < maxMass) {
                rows.add(values);
            }
        }
        double[][] columnsData = new double[4][rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < 4; c++) {
                columnsData[c][r] = rows.get(r)[c];
            }
        }
        return new Measurement.Table(observable, columnsData[0], columnsData[1], columnsData[2], columnsData[3],
                group, citation + " [table " + data.resource() + "]");
    }

    private static Scale scale(JsonNode node, String where) {
        String text = requiredText(node, "scale", where);
        return switch (text) {
            case "amplitude" -> Scale.AMPLITUDE;
            case "rate" -> Scale.RATE;
            default -> throw InvalidInputException.of(where, "scale", text, "amplitude or rate");
        };
    }

    private static MassWindow masses(JsonNode node, String where) {
        if (node == null) {
            return new MassWindow(0, Double.POSITIVE_INFINITY);
        }
        if (node.isNumber() && node.asDouble() > 0) {
            return new MassWindow(node.asDouble(), node.asDouble());
        }
        if (node.isArray() && node.size() == 2 && node.get(0).isNumber() && node.get(1).isNumber()
                && node.get(0).asDouble() >= 0 && node.get(1).asDouble() > node.get(0).asDouble()) {
            return new MassWindow(node.get(0).asDouble(), node.get(1).asDouble());
        }
        throw InvalidInputException.of(where, "mx_GeV", node.toString(), "a positive mass or [min, max] with min < max");
    }

    private static double positive(JsonNode node, String key, String where) {
        JsonNode value = node.get(key);
        if (value == null || !value.isNumber() || !(value.asDouble() > 0) || !Double.isFinite(value.asDouble())) {
            throw InvalidInputException.of(where, key, value == null ? "missing" : value.toString(), "a positive number");
        }
        return value.asDouble();
    }

    private static String requiredText(JsonNode node, String key, String where) {
        JsonNode value = node.get(key);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw InvalidInputException.of(where, key, value == null ? "missing" : value.toString(), "a non-empty string");
        }
        return value.asText();
    }

    private static DataTable readTable(Path file, String source) {
        if (!Files.isRegularFile(file)) {
            throw InvalidInputException.of(source, "table file", file.toString(), "an existing CSV file next to the YAML file");
        }
        try {
            return DataTable.read(file);
        } catch (IOException e) {
            throw InvalidInputException.because(file.toString(), "cannot read: " + e.getMessage(), e);
        }
    }

    /** Resolves a table file name of a measurement set. */
    @FunctionalInterface
    interface TableReader {
        DataTable read(String file);
    }
}
