package org.anomalon.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.anomalon.InvalidInputException;
import org.anomalon.observables.Channel;

/**
 * The experimental limits on two-body channels with X invisible or seen decaying (resource {@code org/anomalon/data/limits.yaml}
 * plus the verbatim data files in {@code csv/}), loaded once. Handles the caveats of
 * docs/data.md: lifetime selection (τ = ∞ rows), MeV columns, swapped interval
 * columns (named per file in the catalogue), junk rows beyond {@code max_mass}, and CL conversions
 * ({@link ConfidenceLevels}).
 */
public final class LimitsDatabase {
    private static final String CATALOGUE = "limits.yaml";
    /** Narrowest digitized interval kept, as a fraction of its curve's median width ({@link #withoutCollapsedIntervals}). */
    static final double NARROWEST_INTERVAL_FRACTION = 0.1;
    private static volatile LimitsDatabase instance;

    private final Map<String, Reference> references;
    private final List<LimitEntry> entries;

    private LimitsDatabase(Map<String, Reference> references, List<LimitEntry> entries) {
        this.references = java.util.Collections.unmodifiableMap(references);
        this.entries = List.copyOf(entries);
    }

    /** The database shipped with anomalon. */
    public static LimitsDatabase load() {
        LimitsDatabase loaded = instance;
        if (loaded == null) {
            synchronized (LimitsDatabase.class) {
                if (instance == null) {
                    instance = read();
                }
                loaded = instance;
            }
        }
        return loaded;
    }

    public List<LimitEntry> entries() {
        return entries;
    }

    /** The entry with this id; an unknown id is bad input (the message lists the known ids). */
    public LimitEntry entry(String id) {
        return entries.stream().filter(e -> e.id().equals(id)).findFirst()
                .orElseThrow(() -> InvalidInputException.of("data", "ID", id,
                        "one of " + entries.stream().map(LimitEntry::id).toList() + " or 'all'"));
    }

    /** Every reference, keyed by texkey. */
    public Map<String, Reference> references() {
        return references;
    }

    private static LimitsDatabase read() {
        try (InputStream in = LimitsDatabase.class.getResourceAsStream(CATALOGUE)) {
            return read(in, CATALOGUE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A catalogue in the format of {@code limits.yaml}; {@code source} names it in error messages. */
    static LimitsDatabase read(InputStream in, String source) throws IOException {
        JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
        Map<String, Reference> references = Reference.readAll(root.get("references"));
        Map<String, CsvTable> tables = new HashMap<>();
        List<LimitEntry> entries = new ArrayList<>();
        for (JsonNode node : root.get("entries")) {
            entries.add(entry(node, references, tables, source));
        }
        return new LimitsDatabase(references, entries);
    }

    private static LimitEntry entry(JsonNode node, Map<String, Reference> references, Map<String, CsvTable> tables,
                                    String source) {
        String id = node.get("id").asText();
        OptionalDouble quotedCl = node.get("cl").isNull() ? OptionalDouble.empty() : OptionalDouble.of(node.get("cl").asDouble());
        JsonNode curveNode = node.get("curve");
        String type = curveNode.get("type").asText();
        double factor;
        String clSource;
        if (type.equals("measured")) {
            factor = 1;
            clSource = "a measured branching ratio (central value and 1 sigma errors, printed in " + curveNode.get("printed_in").asText()
                    + "), used as a bound as ST do: the X contribution may not exceed central + "
                    + String.format(Locale.ROOT, "%.4f", ConfidenceLevels.oneSidedQuantile(ConfidenceLevels.TARGET))
                    + " sigma_up (one-sided 90% CL, Gaussian; sigma_up = the upper errors in quadrature; nothing subtracted for the SM)";
        } else if (type.equals("interval")) {
            factor = 1;
            clSource = (quotedCl.isEmpty() ? "interval CL not stated in the source, read as 68% (1 sigma)" : "68% (1 sigma) interval")
                    + "; converted to a one-sided 90% CL limit as central + "
                    + String.format(Locale.ROOT, "%.4f", ConfidenceLevels.oneSidedQuantile(ConfidenceLevels.TARGET))
                    + " x (upper edge - central) (Gaussian)";
        } else if (quotedCl.isEmpty()) {
            factor = 1;
            clSource = "CL not stated in the source; used as " + percent(node.get("cl_assumed").asDouble()) + " CL";
        } else if (quotedCl.getAsDouble() == ConfidenceLevels.TARGET) {
            factor = 1;
            clSource = "90% CL as quoted";
        } else {
            factor = ConfidenceLevels.factorTo90(quotedCl.getAsDouble());
            clSource = String.format(Locale.ROOT, "%s CL quoted; converted to 90%% CL: x %.4f = z(0.90)/z(%.2f) (Gaussian one-sided)",
                    percent(quotedCl.getAsDouble()), factor, quotedCl.getAsDouble());
        }
        LimitCurve curve = switch (type) {
            case "table" -> table(curveNode, tables, factor, false);
            case "interval" -> table(curveNode, tables, factor, true);
            case "constant" -> constant(curveNode, tables, factor);
            case "measured" -> measured(curveNode);
            default -> throw new IllegalStateException(id + ": unknown curve type " + type);
        };
        List<Reference> others = new ArrayList<>();
        if (node.has("also")) {
            node.get("also").forEach(key -> others.add(reference(references, key.asText(), id)));
        }
        // A typed key: a misspelt channel fails here, when the database loads, not on first use.
        Channel process = Channel.parse(node.path("channel").asText(), source + ": entry " + id);
        return new LimitEntry(id, process, node.get("experiment").asText(),
                node.get("label").asText(), reference(references, node.get("reference").asText(), id), others,
                quotedCl, Kind.parse(node.get("kind").asText()), node.get("obtained").asText(), clSource,
                node.get("notes").asText(), curve, node.path("plot_by_default").asBoolean(true),
                node.has("visible") ? null : escape(id, node.path("escape"), curveNode, tables, factor),
                node.has("visible") ? Optional.of(visible(node.get("visible"), source + ": entry " + id)) : Optional.empty(),
                node.hasNonNull("figure_note") ? Optional.of(node.get("figure_note").path("text").asText()) : Optional.empty());
    }

    /**
     * The {@code visible} block of a search that sees X decay: {@code final_state} and either
     * {@code lifetime: prompt} ({@link VisibleDecay#PROMPT_MAX_LIFETIME_S}) or
     * {@code lifetime_ps: [min, max]} with its {@code source}.
     */
    private static VisibleDecay visible(JsonNode node, String source) {
        VisibleDecay.FinalState state = VisibleDecay.FinalState.parse(node.path("final_state").asText(), source);
        if (node.path("lifetime").asText().equals("prompt")) {
            return new VisibleDecay(state, 0, VisibleDecay.PROMPT_MAX_LIFETIME_S, "prompt: tau_X < 1 ps, anomalon's reading "
                    + "(ST print no prompt requirement; 1 ps is where their LHCb displaced window begins, ST Sec. IV.B)");
        }
        JsonNode window = node.get("lifetime_ps");
        return new VisibleDecay(state, window.get(0).asDouble() * 1e-12, window.get(1).asDouble() * 1e-12,
                node.get("source").asText());
    }

    /**
     * The entry's {@code escape} block: {@code {lifetimes: COLUMN}} reads the finite-lifetime curves of
     * the entry's own table (every other value of COLUMN, in ps; e.g. the NA62 grids), otherwise
     * {@code parent_momentum_GeV} and {@code detector_length_m}, each {@code {value, source}} with
     * value null where the project has no sourced number.
     */
    private static Escape escape(String id, JsonNode node, JsonNode curveNode, Map<String, CsvTable> tables, double factor) {
        if (node.isMissingNode()) {
            throw new IllegalStateException(id + ": every entry states its escape information (escape:)");
        }
        if (node.has("lifetimes")) {
            String column = node.get("lifetimes").asText();
            CsvTable table = tables.computeIfAbsent(curveNode.get("file").asText(), CsvTable::resource);
            // grouped once: selecting each lifetime's rows from the whole table cost ~15 ms at every start
            Map<String, List<List<String>>> byLifetime = table.byValue(table.column(column));
            List<String> lifetimes = byLifetime.keySet().stream().filter(v -> !v.equals("inf"))
                    .sorted(java.util.Comparator.comparingDouble(Double::parseDouble)).toList();
            List<LimitCurve> curves = new ArrayList<>();
            for (String lifetime : lifetimes) {
                curves.add(table(curveNode, table, byLifetime.get(lifetime), factor, false));
            }
            return new Escape.LifetimeCurves(lifetimes.stream().map(ps -> Double.parseDouble(ps) * 1e-12).toList(), curves,
                    node.get("source").asText());
        }
        JsonNode momentum = node.get("parent_momentum_GeV");
        JsonNode length = node.get("detector_length_m");
        return new Escape.Geometry(optional(momentum.get("value")), momentum.get("source").asText(),
                optional(length.get("value")), length.get("source").asText());
    }

    private static java.util.OptionalDouble optional(JsonNode value) {
        return value == null || value.isNull() ? java.util.OptionalDouble.empty() : java.util.OptionalDouble.of(value.asDouble());
    }

    private static Reference reference(Map<String, Reference> references, String key, String id) {
        Reference reference = references.get(key);
        if (reference == null) {
            throw new IllegalStateException(id + ": unknown reference " + key);
        }
        return reference;
    }

    private static String percent(double cl) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * cl);
    }

    /** A tabulated curve; split into windows where the mass step exceeds max_step. */
    private static LimitCurve table(JsonNode node, Map<String, CsvTable> tables, double factor, boolean interval) {
        Map<String, String> select = new LinkedHashMap<>();
        if (node.has("select")) {
            node.get("select").fields().forEachRemaining(f -> select.put(f.getKey(), f.getValue().asText()));
        }
        CsvTable table = tables.computeIfAbsent(node.get("file").asText(), CsvTable::resource);
        return table(node, table, table.select(select), factor, interval);
    }

    /** The curve of {@code rows} of {@code table}, with the columns {@code node} names. */
    private static LimitCurve table(JsonNode node, CsvTable table, List<List<String>> rows, double factor, boolean interval) {
        boolean mev = node.has("mass_mev");
        int massColumn = table.column(node.get(mev ? "mass_mev" : "mass").asText());
        int limitColumn = table.column(node.get(interval ? "upper" : "limit").asText());
        int centralColumn = interval ? table.column(node.get("central").asText()) : -1;
        double maxMass = node.has("max_mass") ? node.get("max_mass").asDouble() : Double.POSITIVE_INFINITY;
        double maxStep = node.get("max_step").asDouble();
        List<double[]> points = new ArrayList<>();
        for (List<String> row : rows) {
            double mass = Double.parseDouble(row.get(massColumn)) * (mev ? 1e-3 : 1);
            if (mass >= maxMass) {
                continue;
            }
            if (row.get(limitColumn).trim().equalsIgnoreCase("nan")) {
                continue; // gap markers (e.g. the pi0 region of the digitized NA62/E949 curves); max_step splits there
            }
            double limit = Double.parseDouble(row.get(limitColumn));
            double central = interval ? Double.parseDouble(row.get(centralColumn)) : Double.NaN;
            points.add(new double[] {mass, limit, central});
        }
        if (interval) {
            points = withoutCollapsedIntervals(points);
        }
        for (double[] point : points) {
            double limit = interval ? ConfidenceLevels.upperLimit90FromInterval(point[2], point[1]) : point[1];
            point[1] = limit * factor;
        }
        points.sort((a, b) -> Double.compare(a[0], b[0]));
        double[] masses = points.stream().mapToDouble(p -> p[0]).toArray();
        double[] limits = points.stream().mapToDouble(p -> p[1]).toArray();
        List<MassWindow> windows = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= masses.length; i++) {
            if (i == masses.length || masses[i] - masses[i - 1] > maxStep) {
                windows.add(new MassWindow(masses[start], masses[i - 1]));
                start = i;
            }
        }
        return new LimitCurve.Tabulated(masses, limits, windows);
    }

    /**
     * A digitized 1σ interval narrower than a tenth of the curve's median (upper edge − best fit) is
     * dropped (docs/data.md, "Cleaning rule for digitized intervals"): a search's sensitivity changes
     * smoothly with m_X, so such a point is the digitizer following the drawn band to where it
     * closes, and would be a limit ten times stronger in BR than the search's typical one.
     *
     * @param points {m_X, upper edge, best fit} per row
     */
    static List<double[]> withoutCollapsedIntervals(List<double[]> points) {
        double[] halfWidths = points.stream().mapToDouble(p -> p[1] - p[2]).sorted().toArray();
        if (halfWidths.length == 0) {
            return points;
        }
        double median = halfWidths[halfWidths.length / 2];
        return new ArrayList<>(points.stream().filter(p -> p[1] - p[2] >= NARROWEST_INTERVAL_FRACTION * median).toList());
    }

    private static LimitCurve constant(JsonNode node, Map<String, CsvTable> tables, double factor) {
        double value;
        if (node.has("from")) {
            JsonNode from = node.get("from");
            CsvTable table = tables.computeIfAbsent(from.get("file").asText(), CsvTable::resource);
            Map<String, String> match = new LinkedHashMap<>();
            from.get("match").fields().forEachRemaining(f -> match.put(f.getKey(), f.getValue().asText()));
            List<List<String>> rows = table.select(match);
            if (rows.size() != 1) {
                throw new IllegalStateException(table.file() + ": " + rows.size() + " rows match " + match);
            }
            value = Double.parseDouble(rows.get(0).get(table.column(from.get("column").asText())).trim());
        } else {
            value = node.get("value").asDouble();
        }
        return new LimitCurve.Constant(value * factor, windows(node));
    }

    /**
     * A measured branching ratio {@code value} with its upper 1σ errors {@code errors_up} (added in
     * quadrature) as a 90% CL bound on the X contribution: value + z(0.90) σ_up.
     */
    private static LimitCurve measured(JsonNode node) {
        double central = node.get("value").asDouble();
        double variance = 0;
        for (JsonNode error : node.get("errors_up")) {
            variance += error.asDouble() * error.asDouble();
        }
        return new LimitCurve.Constant(ConfidenceLevels.upperLimit90FromInterval(central, central + Math.sqrt(variance)),
                windows(node));
    }

    /**
     * {@code window: [min, max]} or {@code windows: [[min, max], ...]} in m_X (GeV), or
     * {@code q2_windows_GeV2} in q² = m_X² (GeV², as the B → K(*)ℓℓ analyses print them); a null
     * max is the kinematic endpoint.
     */
    private static List<MassWindow> windows(JsonNode node) {
        if (node.has("window")) {
            return List.of(window(node.get("window"), false));
        }
        boolean squared = node.has("q2_windows_GeV2");
        List<MassWindow> windows = new ArrayList<>();
        node.get(squared ? "q2_windows_GeV2" : "windows").forEach(window -> windows.add(window(window, squared)));
        return windows;
    }

    private static MassWindow window(JsonNode window, boolean squared) {
        double min = window.get(0).asDouble();
        double max = window.get(1).isNull() ? Double.POSITIVE_INFINITY : window.get(1).asDouble();
        return squared ? new MassWindow(Math.sqrt(min), Math.sqrt(max)) : new MassWindow(min, max);
    }
}
