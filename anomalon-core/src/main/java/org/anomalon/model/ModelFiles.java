package org.anomalon.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.anomalon.InvalidInputException;
import org.anomalon.UserFiles;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * Reads model files (YAML). The format, documented in the README:
 *
 * <pre>
 * name: chiral-tau-l-minus-4r            # required
 * description: free text                 # optional
 * reference: arXiv:2505.11499, Table IV  # optional
 * charges: {Ltau: 1, l3: 4, e3: -1}      # shorthand B, Le, Lmu, Ltau and per-field q1 … n3
 * nu_R: false                            # a ν_R in every generation, charged like its lepton
 * right_handed_neutrinos: true           # or: light ν_R carry X charge (= nu_R: true); false: any ν_R
 *                                        #   (n1 … n3) is heavy, X → ν ν̄ through ν_L only
 * kinetic_mixing: loop                   # none (default) | loop | e | a number |ε| &lt; 1, or
 *                                        #   {value: loop, source: why}
 * fermions:                              # optional extra Weyl multiplets
 *   - {name: L_L, chirality: L, su3: 1, su2: 3, Y: 1, X: -3, copies: 1}
 * scalars:
 *   - {name: S1, X: 1}
 * </pre>
 *
 * Numbers may be integers, exact decimals or quoted fractions ({@code "1/3"}). Unknown keys,
 * duplicate keys and empty files are rejected with a message naming the file and the field.
 */
public final class ModelFiles {
    /** Model-file key of the neutrino option. */
    public static final String RIGHT_HANDED_NEUTRINOS = "right_handed_neutrinos";
    /** Model-file key of the kinetic mixing. */
    public static final String KINETIC_MIXING = "kinetic_mixing";
    private static final Set<String> TOP_KEYS = Set.of("name", "description", "reference", "charges", "nu_R",
            RIGHT_HANDED_NEUTRINOS, KINETIC_MIXING, "fermions", "scalars");
    private static final Set<String> MIXING_KEYS = Set.of("value", "source");
    private static final Set<String> FERMION_KEYS = Set.of("name", "chirality", "su3", "su2", "Y", "X", "copies");
    private static final Set<String> SCALAR_KEYS = Set.of("name", "X");

    private static final ObjectMapper YAML = new ObjectMapper(UserFiles.yamlFactory())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private ModelFiles() {
    }

    /** Reads a model file; any problem is an {@link InvalidInputException} naming the file. */
    public static Model read(Path file) {
        String source = file.toString();
        if (!Files.exists(file)) {
            throw InvalidInputException.because(source, "model file not found (expected a YAML file or a built-in model name)");
        }
        try (InputStream in = new java.io.ByteArrayInputStream(UserFiles.read(file, "model file"))) {
            return parse(in, source);
        } catch (IOException e) {
            throw InvalidInputException.because(source, "cannot read model file: " + e.getMessage(), e);
        }
    }

    /** Parses YAML text from {@code in}; {@code source} names it in error messages. */
    public static Model parse(InputStream in, String source) throws IOException {
        String text = new String(UserFiles.bounded(in, source, "model file"), java.nio.charset.StandardCharsets.UTF_8);
        JsonNode root;
        try {
            root = YAML.readTree(text);
        } catch (JsonProcessingException e) {
            throw InvalidInputException.because(source, "malformed YAML: " + e.getOriginalMessage() + where(e, text), e);
        }
        if (root == null || root.isMissingNode() || root.isNull() || (root.isObject() && root.isEmpty())) {
            throw InvalidInputException.because(source, "empty model file; expected at least 'name' and 'charges'");
        }
        if (!root.isObject()) {
            throw InvalidInputException.because(source, "a model file must be a YAML mapping with keys " + TOP_KEYS);
        }
        checkKeys(root, TOP_KEYS, source, "top level");
        String name = requiredText(root, "name", source);
        Map<String, BigFraction> charges = new LinkedHashMap<>();
        JsonNode chargesNode = root.path("charges");
        if (!chargesNode.isMissingNode()) {
            if (!chargesNode.isObject()) {
                throw InvalidInputException.of(source, "charges", chargesNode.toString(), "a mapping such as {Ltau: 1}");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = chargesNode.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                charges.put(entry.getKey(), rational(entry.getValue(), source, "charges." + entry.getKey()));
            }
        }
        if (root.has("nu_R") && root.has(RIGHT_HANDED_NEUTRINOS)) {
            throw InvalidInputException.because(source, "give either nu_R or " + RIGHT_HANDED_NEUTRINOS + ", not both");
        }
        if (root.has(RIGHT_HANDED_NEUTRINOS) && !root.get(RIGHT_HANDED_NEUTRINOS).isBoolean()) {
            JsonNode option = root.get(RIGHT_HANDED_NEUTRINOS);
            throw InvalidInputException.of(source, RIGHT_HANDED_NEUTRINOS, option.isValueNode() ? option.asText()
                    : option.toString(), "true (light right-handed neutrinos carry X charge: Dirac invisible width) "
                    + "or false (left-handed neutrinos only)");
        }
        boolean light = !root.has(RIGHT_HANDED_NEUTRINOS) || booleanValue(root, RIGHT_HANDED_NEUTRINOS, source);
        boolean everyGeneration = booleanValue(root, "nu_R", source) || (root.has(RIGHT_HANDED_NEUTRINOS) && light);
        Map<String, BigFraction> perField = ChargeAssignment.expand(charges, everyGeneration, source);
        return Model.of(name, optionalText(root, "description"), optionalText(root, "reference"), perField,
                        fermions(root.path("fermions"), source), scalars(root.path("scalars"), source))
                .withRightHandedNeutrinosLight(light)
                .withKineticMixing(kineticMixing(root.path(KINETIC_MIXING), source), source);
    }

    /** " at line n: <the line>" when the parser knows where it failed (names the key of a bad value). */
    private static String where(JsonProcessingException e, String text) {
        int line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
        String[] lines = text.split("\\R", -1);
        return line >= 1 && line <= lines.length ? " at line " + line + ": " + lines[line - 1].strip() : "";
    }

    /** {@code kinetic_mixing: loop} or {@code kinetic_mixing: {value: loop, source: "..."}}; absent means none. */
    private static KineticMixing kineticMixing(JsonNode node, String source) {
        if (node.isMissingNode()) {
            return KineticMixing.none();
        }
        JsonNode value = node;
        String why = "";
        if (node.isObject()) {
            checkKeys(node, MIXING_KEYS, source, KINETIC_MIXING);
            value = required(node, "value", source, KINETIC_MIXING);
            why = optionalText(node, "source");
        }
        if (!value.isValueNode() || value.isNull()) {
            throw InvalidInputException.of(source, KINETIC_MIXING, value.toString(), KineticMixing.ALLOWED);
        }
        return KineticMixing.parse(value.asText(), source, KINETIC_MIXING).withSource(why);
    }

    private static List<Fermion> fermions(JsonNode list, String source) {
        List<Fermion> fermions = new ArrayList<>();
        for (JsonNode node : elements(list, source, "fermions")) {
            String where = "fermions[" + fermions.size() + "]";
            checkKeys(node, FERMION_KEYS, source, where);
            String name = requiredText(node, "name", source);
            String chirality = requiredText(node, "chirality", source);
            if (!chirality.equals("L") && !chirality.equals("R")) {
                throw InvalidInputException.of(source, where + ".chirality", chirality, "L or R");
            }
            int su3 = integer(node, "su3", 1, source, where);
            int su2 = integer(node, "su2", -1, source, where);
            int copies = integer(node, "copies", 1, source, where);
            BigFraction hypercharge = rational(required(node, "Y", source, where), source, where + ".Y");
            BigFraction chargeX = rational(required(node, "X", source, where), source, where + ".X");
            try {
                fermions.add(new Fermion(name, Chirality.valueOf(chirality), su3, su2, hypercharge, chargeX, copies));
            } catch (InvalidInputException e) {
                throw InvalidInputException.because(source, where + ": " + e.getMessage(), e);
            }
        }
        return fermions;
    }

    private static List<Scalar> scalars(JsonNode list, String source) {
        List<Scalar> scalars = new ArrayList<>();
        for (JsonNode node : elements(list, source, "scalars")) {
            String where = "scalars[" + scalars.size() + "]";
            checkKeys(node, SCALAR_KEYS, source, where);
            scalars.add(new Scalar(requiredText(node, "name", source),
                    rational(required(node, "X", source, where), source, where + ".X")));
        }
        return scalars;
    }

    private static List<JsonNode> elements(JsonNode list, String source, String field) {
        if (list.isMissingNode() || list.isNull()) {
            return List.of();
        }
        if (!list.isArray()) {
            throw InvalidInputException.of(source, field, list.toString(), "a list of mappings");
        }
        List<JsonNode> elements = new ArrayList<>();
        list.forEach(element -> {
            if (!element.isObject()) {
                throw InvalidInputException.of(source, field + "[" + elements.size() + "]", element.toString(), "a mapping");
            }
            elements.add(element);
        });
        return elements;
    }

    private static void checkKeys(JsonNode node, Set<String> allowed, String source, String where) {
        node.fieldNames().forEachRemaining(key -> {
            if (!allowed.contains(key)) {
                throw InvalidInputException.of(source, where + " key", key,
                        "one of " + allowed.stream().sorted().toList() + " (unknown keys are rejected)");
            }
        });
    }

    private static JsonNode required(JsonNode node, String key, String source, String where) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            throw InvalidInputException.because(source, where + ": missing required key '" + key + "'");
        }
        return value;
    }

    private static String requiredText(JsonNode node, String key, String source) {
        JsonNode value = node.get(key);
        if (value == null || !value.isValueNode() || value.asText().isBlank()) {
            throw InvalidInputException.because(source, "missing or empty required key '" + key + "'");
        }
        return value.asText();
    }

    private static String optionalText(JsonNode node, String key) {
        JsonNode value = node.get(key);
        return value == null || value.isNull() ? "" : value.asText();
    }

    private static boolean booleanValue(JsonNode node, String key, String source) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            throw InvalidInputException.of(source, key, value.isValueNode() ? value.asText() : value.toString(),
                    "true or false");
        }
        return value.booleanValue();
    }

    private static int integer(JsonNode node, String key, int defaultValue, String source, String where) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            if (defaultValue < 0) {
                throw InvalidInputException.because(source, where + ": missing required key '" + key + "'");
            }
            return defaultValue;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw InvalidInputException.of(source, where + "." + key, value.asText(), "a whole number");
        }
        return value.intValue();
    }

    private static BigFraction rational(JsonNode value, String source, String field) {
        if (value.isIntegralNumber()) {
            return Rationals.bounded(BigFraction.of(value.bigIntegerValue()), source, field, value.asText());
        }
        if (value.isNumber()) {
            return Rationals.fromDecimal(value.decimalValue(), source, field);
        }
        if (value.isTextual()) {
            return Rationals.parse(value.asText(), source, field);
        }
        throw InvalidInputException.of(source, field, value.toString(), Rationals.ALLOWED);
    }
}
