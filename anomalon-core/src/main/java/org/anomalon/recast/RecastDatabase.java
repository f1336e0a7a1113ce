package org.anomalon.recast;

import org.anomalon.observables.xdecay.Flavour;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.anomalon.InvalidInputException;
import org.anomalon.UserFiles;

/**
 * A database of limits in the recast format (docs/recast.md): a YAML catalogue naming, for every
 * limit, its limit model, production, decay, decay-time window, bounds file, notes and BibTeX,
 * with the {@code .lmt} bounds and {@code .prd} production files beside it. The shipped database
 * {@code darkcast} is DarkCast 2.1's limit set ({@link #darkCast()}); a user adds limits of their
 * own in the same format ({@link #read(Path)}), with DarkCast's constants and neutrino-scattering
 * functions available to their expressions.
 */
public final class RecastDatabase {
    private static final String DARKCAST = "darkcast/limits.yaml";
    private static final List<String> TOP_KEYS = List.of("database", "title", "references", "constants", "functions", "limits");
    private static final List<String> LIMIT_KEYS = List.of("id", "experiment", "limit_model", "dark_width_over_visible",
            "total_width", "production", "production_table", "neutrino_scattering", "decay", "bounds", "window",
            "valid_for", "role", "notes", "bibtex");
    private static final List<String> MASS = List.of("m");
    private static volatile RecastDatabase darkCast;

    private final String name;
    private final String title;
    private final List<String> references;
    private final Map<String, Double> constants;
    private final Map<String, NeutrinoScattering.Function> functions;
    private final List<RecastLimit> limits;

    private RecastDatabase(String name, String title, List<String> references, Map<String, Double> constants,
                           Map<String, NeutrinoScattering.Function> functions, List<RecastLimit> limits) {
        this.name = name;
        this.title = title;
        this.references = List.copyOf(references);
        this.constants = Collections.unmodifiableMap(constants);
        this.functions = Collections.unmodifiableMap(functions);
        this.limits = List.copyOf(limits);
    }

    /** DarkCast 2.1's limit set, shipped with anomalon (bounds files are read when first used). */
    public static RecastDatabase darkCast() {
        RecastDatabase loaded = darkCast;
        if (loaded == null) {
            synchronized (RecastDatabase.class) {
                if (darkCast == null) {
                    darkCast = read(resource(DARKCAST), "darkcast/limits.yaml", RecastDatabase::resource, null, true);
                }
                loaded = darkCast;
            }
        }
        return loaded;
    }

    /**
     * A user's catalogue; its bounds and production files are resolved beside it and read now, so
     * that every error shows before anything is computed. Ids must not repeat those of the
     * shipped database.
     */
    public static RecastDatabase read(Path catalogue) {
        Path directory = catalogue.toAbsolutePath().getParent();
        RecastDatabase shipped = darkCast();
        RecastDatabase database = read(file(catalogue, catalogue.toString()), catalogue.toString(),
                name -> file(directory.resolve(name), name), shipped, false);
        for (RecastLimit limit : database.limits) {
            if (shipped.find(limit.id()) != null) {
                throw InvalidInputException.because(limit.source(),
                        "limit id '" + limit.id() + "' is already used by the shipped database " + shipped.name);
            }
        }
        return database;
    }

    public String name() {
        return name;
    }

    public String title() {
        return title;
    }

    /** BibTeX entries to cite for the database as a whole (the method papers). */
    public List<String> references() {
        return references;
    }

    public List<RecastLimit> limits() {
        return limits;
    }

    /** The limit with this id, or null. */
    public RecastLimit find(String id) {
        return limits.stream().filter(limit -> limit.id().equals(id)).findFirst().orElse(null);
    }

    private static byte[] resource(String name) {
        try (InputStream in = RecastDatabase.class.getResourceAsStream(name.startsWith("darkcast/") ? name : "darkcast/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing recast resource org/anomalon/recast/darkcast/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] file(Path path, String shown) {
        if (!Files.exists(path)) {
            throw InvalidInputException.because(shown, "no such file (" + path.toAbsolutePath() + ")");
        }
        return UserFiles.read(path, "limits database file");
    }

    private static RecastDatabase read(byte[] content, String file, java.util.function.Function<String, byte[]> files,
                                       RecastDatabase shipped, boolean lazyBounds) {
        LocatedYaml yaml = LocatedYaml.parse(content, file);
        JsonNode root = yaml.root();
        if (!root.isObject()) {
            throw InvalidInputException.because(file, "a recast catalogue is a mapping with the keys " + TOP_KEYS);
        }
        checkKeys(yaml, root, TOP_KEYS, "the catalogue");
        String name = text(yaml, root, "database");
        if (shipped != null && name.equals(shipped.name)) {
            throw InvalidInputException.of(yaml.where(root, "database"), "database", name,
                    "a name of your own (" + shipped.name + " is the shipped database)");
        }
        Map<String, Double> constants = new LinkedHashMap<>(shipped == null ? Map.of() : shipped.constants);
        JsonNode constantNode = root.path("constants");
        for (Iterator<Map.Entry<String, JsonNode>> it = constantNode.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> constant = it.next();
            if (!constant.getValue().isNumber()) {
                throw InvalidInputException.of(yaml.where(constantNode, constant.getKey()), "constants." + constant.getKey(),
                        constant.getValue().asText(), "a number");
            }
            constants.put(constant.getKey(), constant.getValue().doubleValue());
        }
        Map<String, NeutrinoScattering.Function> functions = new LinkedHashMap<>(shipped == null ? Map.of() : shipped.functions);
        JsonNode functionNode = root.path("functions");
        for (Iterator<Map.Entry<String, JsonNode>> it = functionNode.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> function = it.next();
            functions.put(function.getKey(), function(yaml, function.getKey(), function.getValue(), functionNode, constants));
        }
        JsonNode limitNodes = root.path("limits");
        if (!limitNodes.isArray() || limitNodes.isEmpty()) {
            throw InvalidInputException.because(yaml.where(root, "limits"), "'limits' must be a non-empty list of limits");
        }
        Map<String, Production.Table> tables = new HashMap<>();
        List<RecastLimit> limits = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (int i = 0; i < limitNodes.size(); i++) {
            RecastLimit limit = limit(yaml, limitNodes.get(i), yaml.where(limitNodes, i), name, constants, functions, files,
                    tables, lazyBounds);
            String previous = seen.put(limit.id(), limit.source());
            if (previous != null) {
                throw InvalidInputException.because(limit.source(), "limit id '" + limit.id() + "' repeats the limit of " + previous);
            }
            limits.add(limit);
        }
        List<String> references = new ArrayList<>();
        root.path("references").forEach(reference -> references.add(reference.asText()));
        return new RecastDatabase(name, root.path("title").asText(name), references, constants, functions, limits);
    }

    private static NeutrinoScattering.Function function(LocatedYaml yaml, String name, JsonNode node, JsonNode parent,
                                                        Map<String, Double> constants) {
        String where = yaml.where(parent, name);
        JsonNode definitions = node.path("definitions");
        if (!definitions.isArray()) {
            throw InvalidInputException.because(where, "function " + name + " needs 'definitions': a list of [name, expression]");
        }
        List<Map.Entry<String, String>> pairs = new ArrayList<>();
        for (int i = 0; i < definitions.size(); i++) {
            JsonNode pair = definitions.get(i);
            if (!pair.isArray() || pair.size() != 2 || !pair.get(0).isTextual() || !pair.get(1).isTextual()) {
                throw InvalidInputException.because(yaml.where(definitions, i), "a definition is [name, 'expression']");
            }
            pairs.add(new AbstractMap.SimpleImmutableEntry<>(pair.get(0).asText(), pair.get(1).asText()));
        }
        return NeutrinoScattering.Function.compile(name, pairs, constants, where + " (function " + name + ")");
    }

    private static RecastLimit limit(LocatedYaml yaml, JsonNode node, String where, String database,
                                     Map<String, Double> constants, Map<String, NeutrinoScattering.Function> functions,
                                     java.util.function.Function<String, byte[]> files, Map<String, Production.Table> tables,
                                     boolean lazyBounds) {
        if (!node.isObject()) {
            throw InvalidInputException.because(where, "a limit is a mapping with the keys " + LIMIT_KEYS);
        }
        String id = text(yaml, node, "id");
        String context = "limit " + id;
        checkKeys(yaml, node, LIMIT_KEYS, context);
        String source = where + " (" + context + ")";

        RecastLimit.LimitModel limitModel = limitModel(yaml, node);
        double darkWidth = 0;
        if (node.has("dark_width_over_visible")) {
            JsonNode value = node.get("dark_width_over_visible");
            if (!value.isNumber() || !(value.doubleValue() >= 0) || Double.isInfinite(value.doubleValue())) {
                throw InvalidInputException.of(yaml.where(node, "dark_width_over_visible"), "dark_width_over_visible",
                        value.asText(), "a finite number >= 0 (99: BR(invisible) = 0.99)");
            }
            darkWidth = value.doubleValue();
        }
        Set<DecayState> totalWidth = node.has("total_width") ? states(yaml, node, "total_width", false) : null;
        Set<DecayState> decay = states(yaml, node, "decay", true);
        Production production = production(yaml, node, constants, functions, files, tables, context);
        Window window = window(yaml, node, constants, context);
        if (production instanceof NeutrinoScattering && !(window instanceof Window.Prompt prompt && prompt.everyDecay())) {
            throw InvalidInputException.because(yaml.where(node, "window"),
                    "neutrino-scattering production needs window {t0_s: '0', t1_s: 'inf'} (the search counts every X)");
        }

        JsonNode boundsNode = required(yaml, node, "bounds");
        if (!boundsNode.isObject()) {
            throw InvalidInputException.because(yaml.where(node, "bounds"), "bounds is {file: NAME.lmt, type: lower | lower_upper | r_values}");
        }
        checkKeys(yaml, boundsNode, List.of("file", "type"), context + ", bounds");
        String boundsFile = text(yaml, boundsNode, "file");
        Bounds.Type type = Bounds.Type.parse(text(yaml, boundsNode, "type"), yaml.where(boundsNode, "type"));
        Bounds.Type expected = window instanceof Window.RValues ? Bounds.Type.R_VALUES
                : window instanceof Window.Displaced ? Bounds.Type.LOWER_UPPER : Bounds.Type.LOWER;
        if (type != expected) {
            throw InvalidInputException.because(yaml.where(boundsNode, "type"), "bounds of type " + type.key()
                    + " do not go with this window: lower goes with {t0_s, t1_s}, lower_upper with {length_ratio}, "
                    + "r_values with r_values");
        }
        Supplier<Bounds> bounds = new Memo<>(() -> Bounds.of(DarkCastTable.parse(files.apply(boundsFile), boundsFile), type));
        if (!lazyBounds) {
            bounds.get();
        }

        boolean axial = true;
        boolean vector = true;
        if (node.has("valid_for")) {
            JsonNode valid = node.get("valid_for");
            checkKeys(yaml, valid, List.of("axial_couplings", "vector_couplings"), context + ", valid_for");
            axial = bool(yaml, valid, "axial_couplings");
            vector = bool(yaml, valid, "vector_couplings");
        }
        RecastLimit.Role role = RecastLimit.Role.EXCLUSION;
        if (node.has("role")) {
            String key = text(yaml, node, "role");
            role = java.util.Arrays.stream(RecastLimit.Role.values()).filter(r -> r.key().equals(key)).findFirst()
                    .orElseThrow(() -> InvalidInputException.of(yaml.where(node, "role"), "role", key,
                            "exclusion, preferred_band_lower or preferred_band_upper"));
        }
        return new RecastLimit(id, database, node.path("experiment").asText(id.split("_")[0]), limitModel, darkWidth,
                totalWidth, production, decay, bounds, window, axial, vector, role, node.path("notes").asText("").strip(),
                node.path("bibtex").asText("").strip(), source);
    }

    private static RecastLimit.LimitModel limitModel(LocatedYaml yaml, JsonNode node) {
        String key = text(yaml, node, "limit_model");
        for (RecastLimit.LimitModel model : RecastLimit.LimitModel.values()) {
            if (model.key().equals(key)) {
                return model;
            }
        }
        throw InvalidInputException.of(yaml.where(node, "limit_model"), "limit_model", key,
                "dark_photon (x_f = e Q_f) or b_minus_l (x_f = B - L, neutrinos included)");
    }

    private static Set<DecayState> states(LocatedYaml yaml, JsonNode node, String key, boolean noneAllowed) {
        JsonNode list = required(yaml, node, key);
        if (!list.isArray() || list.isEmpty()) {
            throw InvalidInputException.because(yaml.where(node, key), key + " is a non-empty list of decay states, e.g. [e_e, mu_mu]");
        }
        Set<DecayState> states = EnumSet.noneOf(DecayState.class);
        for (int i = 0; i < list.size(); i++) {
            DecayState state = DecayState.parse(list.get(i).asText(), yaml.where(list, i), key);
            if (state == DecayState.NONE && (!noneAllowed || list.size() > 1)) {
                throw InvalidInputException.of(yaml.where(list, i), key, "none",
                        noneAllowed ? "'none' alone (the search does not look at the decay)" : "decay states that have a width");
            }
            states.add(state);
        }
        return states;
    }

    private static Production production(LocatedYaml yaml, JsonNode node, Map<String, Double> constants,
                                         Map<String, NeutrinoScattering.Function> functions,
                                         java.util.function.Function<String, byte[]> files, Map<String, Production.Table> tables,
                                         String context) {
        List<String> given = java.util.stream.Stream.of("production", "production_table", "neutrino_scattering")
                .filter(node::has).toList();
        if (given.size() != 1) {
            throw InvalidInputException.because(yaml.where(node, "id") + " (" + context + ")",
                    "give exactly one of production, production_table, neutrino_scattering (found " + given + ")");
        }
        String key = given.get(0);
        String where = yaml.where(node, key);
        JsonNode value = node.get(key);
        switch (key) {
            case "production": {
                if (value.isTextual()) {
                    return new Production.Mixture(List.of(Mechanism.parse(value.asText(), where)),
                            List.of(Expression.compile("1", where, MASS, constants)));
                }
                if (!value.isArray() || value.isEmpty()) {
                    throw InvalidInputException.because(where, "production is a mechanism name or a list of {mechanism, fraction}");
                }
                List<Mechanism> mechanisms = new ArrayList<>();
                List<Expression> fractions = new ArrayList<>();
                for (int i = 0; i < value.size(); i++) {
                    JsonNode channel = value.get(i);
                    String at = yaml.where(value, i);
                    if (!channel.isObject()) {
                        throw InvalidInputException.because(at, "a production channel is {mechanism: NAME, fraction: 'expression in m'}");
                    }
                    checkKeys(yaml, channel, List.of("mechanism", "fraction"), context + ", production");
                    mechanisms.add(Mechanism.parse(text(yaml, channel, "mechanism"), at));
                    fractions.add(Expression.compile(text(yaml, channel, "fraction"), at + ", fraction", MASS, constants));
                }
                return new Production.Mixture(mechanisms, fractions);
            }
            case "production_table":
                return tables.computeIfAbsent(value.asText(), file -> table(files.apply(file), file));
            default:
                return neutrinoScattering(yaml, value, where, constants, functions);
        }
    }

    /** A .prd file: the first line names the mechanisms of the columns after the mass. */
    private static Production.Table table(byte[] content, String file) {
        DarkCastTable table = DarkCastTable.parse(content, file);
        if (table.labels().size() < 2 || !table.labels().get(0).equals("mass")) {
            throw InvalidInputException.because(file + ", line 1",
                    "a production file starts with the labels '# mass MECHANISM ...' (e.g. '# mass rho0 eta_gamma u_u')");
        }
        table.requireNonDecreasingMasses();
        List<Mechanism> mechanisms = new ArrayList<>();
        List<Curve> fractions = new ArrayList<>();
        for (int c = 1; c < table.columnCount(); c++) {
            mechanisms.add(Mechanism.parse(table.labels().get(c), file + ", line 1"));
            table.requireNonNegative(c, "fraction of " + table.labels().get(c));
            fractions.add(Curve.of(table.column(0), table.column(c)));
        }
        return new Production.Table(file, mechanisms, fractions);
    }

    private static NeutrinoScattering neutrinoScattering(LocatedYaml yaml, JsonNode value, String where,
                                                         Map<String, Double> constants,
                                                         Map<String, NeutrinoScattering.Function> functions) {
        if (!value.isArray() || value.isEmpty()) {
            throw InvalidInputException.because(where, "neutrino_scattering is a list of {function, neutrino, lepton, energy_GeV}");
        }
        List<NeutrinoScattering.Term> terms = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            JsonNode term = value.get(i);
            String at = yaml.where(value, i);
            checkKeys(yaml, term, List.of("function", "neutrino", "lepton", "energy_GeV"), "neutrino_scattering");
            String functionName = text(yaml, term, "function");
            NeutrinoScattering.Function function = functions.get(functionName);
            if (function == null) {
                throw InvalidInputException.of(at, "function", functionName, "one of " + functions.keySet());
            }
            Flavour neutrino = DarkCastNames.flavour(text(yaml, term, "neutrino"), at, "neutrino");
            Flavour lepton = DarkCastNames.flavour(text(yaml, term, "lepton"), at, "lepton");
            if (!neutrino.neutrino() || !(lepton == Flavour.E || lepton == Flavour.MU || lepton == Flavour.TAU)) {
                throw InvalidInputException.because(at, "neutrino must be nue, numu or nutau and lepton e, mu or tau");
            }
            JsonNode energy = term.path("energy_GeV");
            if (!energy.isNumber() || !(energy.doubleValue() > 0) || Double.isInfinite(energy.doubleValue())) {
                throw InvalidInputException.of(at, "energy_GeV", energy.asText(), "a neutrino energy > 0 in GeV");
            }
            Double leptonMass = constants.get("m_" + DarkCastNames.name(lepton));
            if (leptonMass == null) {
                throw InvalidInputException.because(at, "the constant m_" + DarkCastNames.name(lepton) + " (lepton mass, GeV) is needed");
            }
            terms.add(new NeutrinoScattering.Term(function, neutrino, lepton, leptonMass, energy.doubleValue()));
        }
        return new NeutrinoScattering(terms);
    }

    private static Window window(LocatedYaml yaml, JsonNode node, Map<String, Double> constants, String context) {
        JsonNode window = required(yaml, node, "window");
        String where = yaml.where(node, "window");
        if (window.isTextual() && window.asText().equals("r_values")) {
            return new Window.RValues();
        }
        if (window.isObject() && window.has("length_ratio")) {
            checkKeys(yaml, window, List.of("length_ratio"), context + ", window");
            return new Window.Displaced(Expression.compile(text(yaml, window, "length_ratio"),
                    yaml.where(window, "length_ratio"), MASS, constants));
        }
        if (window.isObject()) {
            checkKeys(yaml, window, List.of("t0_s", "t1_s"), context + ", window");
            return new Window.Prompt(Expression.compile(text(yaml, window, "t0_s"), yaml.where(window, "t0_s"), MASS, constants),
                    Expression.compile(text(yaml, window, "t1_s"), yaml.where(window, "t1_s"), MASS, constants));
        }
        throw InvalidInputException.because(where, "window is {t0_s: EXPR, t1_s: EXPR} (prompt), {length_ratio: EXPR} (beam dump) or r_values");
    }

    private static void checkKeys(LocatedYaml yaml, JsonNode node, List<String> allowed, String context) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String key = names.next();
            if (!allowed.contains(key)) {
                throw InvalidInputException.of(yaml.where(node, key), "key", key, "one of " + allowed + " in " + context);
            }
        }
    }

    private static JsonNode required(LocatedYaml yaml, JsonNode node, String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            throw InvalidInputException.because(yaml.where(node, "id"), "missing key '" + key + "'");
        }
        return value;
    }

    private static String text(LocatedYaml yaml, JsonNode node, String key) {
        JsonNode value = required(yaml, node, key);
        if (!value.isValueNode()) {
            throw InvalidInputException.of(yaml.where(node, key), key, value.toString(), "a single value");
        }
        return value.asText();
    }

    private static boolean bool(LocatedYaml yaml, JsonNode node, String key) {
        JsonNode value = required(yaml, node, key);
        if (!value.isBoolean()) {
            throw InvalidInputException.of(yaml.where(node, key), key, value.asText(), "true or false");
        }
        return value.booleanValue();
    }

    /** A value computed once, on first use. */
    private static final class Memo<T> implements Supplier<T> {
        private Supplier<T> compute;
        private volatile T value;

        Memo(Supplier<T> compute) {
            this.compute = compute;
        }

        @Override
        public T get() {
            T result = value;
            if (result == null) {
                synchronized (this) {
                    if (value == null) {
                        value = compute.get();
                        compute = null;
                    }
                    result = value;
                }
            }
            return result;
        }
    }
}
