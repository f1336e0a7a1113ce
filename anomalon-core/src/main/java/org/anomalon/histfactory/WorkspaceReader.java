package org.anomalon.histfactory;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import org.anomalon.InvalidInputException;
import org.anomalon.KnownKeys;
import org.anomalon.UserFiles;

/**
 * Reads a pyhf workspace (HistFactory JSON, schema version 1.0.0) with Jackson, checking what the
 * likelihood relies on: every array has the channel's bin count, numbers are finite, counts and
 * uncertainties are not negative, normsys ratios are positive, names are unique. Each defect is an
 * {@link InvalidInputException} naming the file and the element, e.g.
 * {@code ws.json: channels[1] 'CR' samples[0] 'ttbar' modifiers[2] 'jes' (histosys): hi_data has 3
 * numbers, the channel has 4 bins}.
 *
 * <p>Modifier types: normfactor, normsys, histosys, staterror and lumi are read; shapesys and
 * shapefactor are refused with a message saying so (no published workspace this project uses
 * needs them), as is any other type.
 */
final class WorkspaceReader {
    static final String VERSION = "1.0.0";
    private static final Set<String> TOP_KEYS = Set.of("channels", "observations", "measurements", "version");
    private static final Set<String> SETTING_KEYS = Set.of("name", "bounds", "inits", "fixed", "auxdata", "sigmas");
    private static final Set<String> UNSUPPORTED = Set.of("shapesys", "shapefactor");
    private static final List<String> SUPPORTED = List.of("normfactor", "normsys", "histosys", "staterror", "lumi");
    private static final ObjectMapper JSON = new ObjectMapper(UserFiles.jsonFactory()).enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private final String source;

    private WorkspaceReader(String source) {
        this.source = source;
    }

    static Workspace read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw InvalidInputException.of("workspace", "file", file.toString(), "an existing pyhf workspace JSON file");
        }
        try (InputStream in = new java.io.ByteArrayInputStream(UserFiles.read(file, "pyhf workspace"))) {
            return new WorkspaceReader(file.toString()).parse(in);
        } catch (IOException e) {
            throw InvalidInputException.because(file.toString(), "cannot read: " + e.getMessage(), e);
        }
    }

    static Workspace readResource(String resource) {
        InputStream stream = WorkspaceReader.class.getClassLoader().getResourceAsStream(resource);
        if (stream == null) {
            throw new IllegalStateException("missing bundled workspace " + resource);
        }
        try (stream) {
            return new WorkspaceReader(resource).parse(stream);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read bundled workspace " + resource, e);
        }
    }

    private Workspace parse(InputStream in) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw InvalidInputException.because(source, "not valid JSON" + where + ": " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw InvalidInputException.because(source, "a pyhf workspace is a JSON object with keys " + new TreeSet<>(TOP_KEYS));
        }
        KnownKeys.check(root, TOP_KEYS, source, "pyhf workspace");
        for (String key : TOP_KEYS) {
            if (!root.has(key)) {
                throw InvalidInputException.of(source, key, "missing", "the pyhf workspace keys " + new TreeSet<>(TOP_KEYS));
            }
        }
        if (!VERSION.equals(root.get("version").asText())) {
            throw InvalidInputException.of(source, "version", shown(root.get("version")),
                    "\"" + VERSION + "\" (the pyhf workspace schema this reader implements)");
        }
        Map<String, double[]> observations = observations(nonEmptyArray(root, "observations", source));
        JsonNode channelList = nonEmptyArray(root, "channels", source);
        List<Workspace.Channel> channels = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < channelList.size(); i++) {
            JsonNode node = channelList.get(i);
            String where = source + ": channels[" + i + "]";
            checkObject(node, Set.of("name", "samples"), where);
            String name = text(node, "name", where);
            where += " '" + name + "'";
            if (!names.add(name)) {
                throw InvalidInputException.of(where, "name", name, "a channel name used once");
            }
            double[] observed = observations.remove(name);
            if (observed == null) {
                throw InvalidInputException.because(where, "no entry of 'observations' has this channel's name");
            }
            channels.add(channel(node, name, observed, where));
        }
        if (!observations.isEmpty()) {
            throw InvalidInputException.of(source + ": observations", "name", observations.keySet().iterator().next(),
                    "the name of a channel");
        }
        JsonNode measurementList = nonEmptyArray(root, "measurements", source);
        List<MeasurementConfig> measurements = new ArrayList<>();
        for (int i = 0; i < measurementList.size(); i++) {
            measurements.add(measurement(measurementList.get(i), source + ": measurements[" + i + "]"));
        }
        return new Workspace(source, channels, measurements);
    }

    private Map<String, double[]> observations(JsonNode list) {
        Map<String, double[]> observations = new LinkedHashMap<>();
        for (int i = 0; i < list.size(); i++) {
            String where = source + ": observations[" + i + "]";
            JsonNode node = list.get(i);
            checkObject(node, Set.of("name", "data"), where);
            String name = text(node, "name", where);
            double[] counts = numbers(node.get("data"), where + " '" + name + "'", "data", -1, "");
            for (double count : counts) {
                if (count < 0) {
                    throw InvalidInputException.of(where + " '" + name + "'", "data", count, "observed counts >= 0");
                }
            }
            if (observations.put(name, counts) != null) {
                throw InvalidInputException.of(where, "name", name, "one observation per channel");
            }
        }
        return observations;
    }

    private Workspace.Channel channel(JsonNode node, String name, double[] observed, String where) {
        int bins = observed.length;
        String binCount = "the channel has " + (bins == 1 ? "1 bin" : bins + " bins") + " (its observations)";
        JsonNode list = nonEmptyArray(node, "samples", where);
        List<Workspace.Sample> samples = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode sample = list.get(i);
            String at = where + " samples[" + i + "]";
            checkObject(sample, Set.of("name", "data", "modifiers"), at);
            String sampleName = text(sample, "name", at);
            at += " '" + sampleName + "'";
            if (!names.add(sampleName)) {
                throw InvalidInputException.of(at, "name", sampleName, "a sample name used once in the channel");
            }
            double[] nominal = numbers(sample.get("data"), at, "data", bins, binCount);
            JsonNode modifierList = sample.get("modifiers");
            if (modifierList == null || !modifierList.isArray()) {
                throw InvalidInputException.of(at, "modifiers", modifierList == null ? "missing" : shown(modifierList),
                        "a list of modifiers");
            }
            List<Modifier> modifiers = new ArrayList<>();
            for (int m = 0; m < modifierList.size(); m++) {
                modifiers.add(modifier(modifierList.get(m), bins, binCount, at + " modifiers[" + m + "]"));
            }
            samples.add(new Workspace.Sample(sampleName, nominal, modifiers));
        }
        return new Workspace.Channel(name, samples, observed);
    }

    private Modifier modifier(JsonNode node, int bins, String binCount, String where) {
        checkObject(node, Set.of("name", "type", "data"), where);
        String name = text(node, "name", where);
        String type = text(node, "type", where);
        String at = where + " '" + name + "' (" + type + ")";
        JsonNode data = node.get("data");
        if (data == null) {
            throw InvalidInputException.of(at, "data", "missing", "the modifier's data (null for " + type + ")");
        }
        if (UNSUPPORTED.contains(type)) {
            throw InvalidInputException.of(at, "type", type, "one of " + SUPPORTED
                    + ": anomalon's HistFactory likelihood does not implement " + type + " modifiers");
        }
        return switch (type) {
            case "normfactor" -> {
                requireNull(data, at);
                yield new Modifier.NormFactor(name);
            }
            case "lumi" -> {
                requireNull(data, at);
                yield new Modifier.Lumi(name);
            }
            case "normsys" -> {
                checkObject(data, Set.of("hi", "lo"), at + " data");
                yield new Modifier.NormSys(name, positiveNumber(data, "hi", at), positiveNumber(data, "lo", at));
            }
            case "histosys" -> {
                checkObject(data, Set.of("hi_data", "lo_data"), at + " data");
                yield new Modifier.HistoSys(name, numbers(data.get("hi_data"), at, "hi_data", bins, binCount),
                        numbers(data.get("lo_data"), at, "lo_data", bins, binCount));
            }
            case "staterror" -> {
                double[] errors = numbers(data, at, "data", bins, binCount);
                for (double error : errors) {
                    if (error < 0) {
                        throw InvalidInputException.of(at, "data", error, "uncertainties >= 0");
                    }
                }
                yield new Modifier.StatError(name, errors);
            }
            default -> throw InvalidInputException.of(at, "type", type, "one of " + SUPPORTED);
        };
    }

    private MeasurementConfig measurement(JsonNode node, String where) {
        checkObject(node, Set.of("name", "config"), where);
        String name = text(node, "name", where);
        String at = where + " '" + name + "'";
        JsonNode config = node.get("config");
        checkObject(config, Set.of("poi", "parameters"), at + " config");
        String poi = text(config, "poi", at + " config");
        JsonNode list = config.get("parameters");
        if (list == null || !list.isArray()) {
            throw InvalidInputException.of(at + " config", "parameters", list == null ? "missing" : shown(list),
                    "a list of parameter settings");
        }
        List<ParameterSetting> settings = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String place = at + " config.parameters[" + i + "]";
            JsonNode setting = list.get(i);
            checkObject(setting, SETTING_KEYS, place);
            String parameter = text(setting, "name", place);
            if (!names.add(parameter)) {
                throw InvalidInputException.of(place, "name", parameter, "one setting per parameter");
            }
            settings.add(setting(setting, parameter, place + " '" + parameter + "'"));
        }
        return new MeasurementConfig(name, poi, settings);
    }

    private ParameterSetting setting(JsonNode node, String name, String where) {
        OptionalDouble lower = OptionalDouble.empty();
        OptionalDouble upper = OptionalDouble.empty();
        JsonNode bounds = node.get("bounds");
        if (bounds != null) {
            if (!bounds.isArray() || bounds.size() != 1 || !bounds.get(0).isArray() || bounds.get(0).size() != 2) {
                throw InvalidInputException.of(where, "bounds", shown(bounds),
                        "[[lower, upper]] (settings of parameters with one component)");
            }
            double[] pair = numbers(bounds.get(0), where, "bounds", 2, "expected [lower, upper]");
            if (!(pair[0] < pair[1])) {
                throw InvalidInputException.of(where, "bounds", shown(bounds), "lower < upper");
            }
            lower = OptionalDouble.of(pair[0]);
            upper = OptionalDouble.of(pair[1]);
        }
        JsonNode fixed = node.get("fixed");
        if (fixed != null && !fixed.isBoolean()) {
            throw InvalidInputException.of(where, "fixed", shown(fixed), "true or false");
        }
        return new ParameterSetting(name, lower, upper, single(node, "inits", where), fixed != null && fixed.asBoolean(),
                single(node, "auxdata", where), single(node, "sigmas", where));
    }

    private OptionalDouble single(JsonNode node, String key, String where) {
        JsonNode value = node.get(key);
        if (value == null) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(numbers(value, where, key, 1, "expected one value")[0]);
    }

    /** @param expected the required length, or −1 for any; @param expectedCount what it is, for the message */
    private static double[] numbers(JsonNode node, String where, String key, int expected, String expectedCount) {
        if (node == null || !node.isArray()) {
            throw InvalidInputException.of(where, key, node == null ? "missing" : abbreviated(node), "a list of numbers");
        }
        if (expected >= 0 && node.size() != expected) {
            throw InvalidInputException.because(where, key + " has " + node.size() + " numbers, " + expectedCount);
        }
        if (node.isEmpty()) {
            throw InvalidInputException.of(where, key, "[]", "at least one bin");
        }
        double[] values = new double[node.size()];
        for (int i = 0; i < values.length; i++) {
            JsonNode value = node.get(i);
            if (!value.isNumber() || !Double.isFinite(value.asDouble())) {
                throw InvalidInputException.of(where, key + "[" + i + "]", shown(value), "a finite number");
            }
            values[i] = value.asDouble();
        }
        return values;
    }

    private static double positiveNumber(JsonNode node, String key, String where) {
        JsonNode value = node.get(key);
        if (value == null || !value.isNumber() || !(value.asDouble() > 0) || !Double.isFinite(value.asDouble())) {
            throw InvalidInputException.of(where, key, value == null ? "missing" : shown(value),
                    "a finite positive ratio to nominal");
        }
        return value.asDouble();
    }

    private static void requireNull(JsonNode data, String where) {
        if (!data.isNull()) {
            throw InvalidInputException.of(where, "data", abbreviated(data), "null");
        }
    }

    private static JsonNode nonEmptyArray(JsonNode node, String key, String where) {
        JsonNode value = node.get(key);
        if (value == null || !value.isArray() || value.isEmpty()) {
            throw InvalidInputException.of(where, key, value == null ? "missing" : abbreviated(value), "a non-empty list");
        }
        return value;
    }

    private static String text(JsonNode node, String key, String where) {
        JsonNode value = node.get(key);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw InvalidInputException.of(where, key, value == null ? "missing" : abbreviated(value), "a non-empty string");
        }
        return value.asText();
    }

    private static void checkObject(JsonNode node, Set<String> allowed, String where) {
        if (node == null || !node.isObject()) {
            throw InvalidInputException.because(where, "expected a JSON object with keys " + new TreeSet<>(allowed)
                    + ", got " + (node == null ? "nothing" : abbreviated(node)));
        }
        KnownKeys.check(node, allowed, where, "object");
    }

    /** A JSON value for a message: a number as a number, a string as its text, anything else as (short) JSON. */
    private static Object shown(JsonNode node) {
        return node.isNumber() ? (Object) node.asDouble() : node.isTextual() ? node.asText() : abbreviated(node);
    }

    private static String abbreviated(JsonNode node) {
        String text = node.toString();
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
