package org.anomalon.inputs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.anomalon.InvalidInputException;
import org.anomalon.Parameter;

/**
 * The one immutable place that holds every numerical input of anomalon, each with its source:
 * PDG masses and widths (RPP 2026 by default, 2024 on request), MS-bar quark masses, the
 * Wolfenstein parameters of the CKM matrix, α(0), α(M_Z), s_W², ħ — and the electroweak scheme.
 *
 * <p>Keys: {@code m_<PDG name>} and {@code Gamma_<PDG name>} for every particle of
 * {@code pdg20xx_masses_widths_selected.csv} (e.g. {@code m_B+}, {@code Gamma_Z}, {@code m_t});
 * {@code mbar_u, mbar_d, mbar_s, mbar_c, mbar_b} (MS-bar; {@code mbar_b}, {@code mbar_s} as
 * prescribed by docs/physics.md §4 for P0 eq. 3.25); {@code ckm_lambda, ckm_A, ckm_rhobar, ckm_etabar};
 * {@code alpha_0, alpha_mz, alpha_s_mz, sin2_theta_w, hbar}. {@link #names()} lists them all.
 *
 * <p>Any input can be replaced with {@link #withOverride}: derived quantities (CKM matrix,
 * electroweak couplings, lifetimes) follow.
 */
public final class Inputs {
    /** The PDG editions whose selected tables are bundled. */
    public enum PdgEdition {
        PDG2024("pdg2024_masses_widths_selected.csv", "PDG RPP 2024"),
        PDG2026("pdg2026_masses_widths_selected.csv", "PDG RPP 2026");

        private final String file;
        private final String citation;

        PdgEdition(String file, String citation) {
            this.file = file;
            this.citation = citation;
        }

        /** The edition's year as options and output spell it, e.g. {@code 2026}. */
        public String label() {
            return name().substring("PDG".length());
        }
    }

    private static final String RESOURCES = "org/anomalon/inputs/";
    private static final String QUARK_MASS_FILE = "flavio_decay_constants_quark_masses.csv";
    private static final String FLAVIO_FILE = "flavio_sm_ckm_kpi_inputs.csv";
    private static final String SHEET_FILE = "anomalon_inputs.csv";
    /** How the source of an overridden input begins. */
    private static final String OVERRIDE_SOURCE = "user override";
    private static final Inputs PDG2026_DEFAULTS = load(PdgEdition.PDG2026);
    private static final Inputs PDG2024_DEFAULTS = load(PdgEdition.PDG2024);

    private final Map<String, Input> inputs;
    private final EwScheme scheme;
    private final Ckm ckm;
    private final Electroweak electroweak;

    private Inputs(Map<String, Input> inputs, EwScheme scheme) {
        this.inputs = Collections.unmodifiableMap(inputs);
        this.scheme = scheme;
        this.ckm = Ckm.fromWolfenstein(value(InputName.CKM_LAMBDA), value(InputName.CKM_A), value(InputName.CKM_RHOBAR),
                value(InputName.CKM_ETABAR));
        this.electroweak = Electroweak.of(scheme, value(scheme.alphaInput()), value(InputName.SIN2_THETA_W));
    }

    /** PDG 2026 inputs in the {@code alpha0} scheme: what anomalon uses unless told otherwise. */
    public static Inputs defaults() {
        return PDG2026_DEFAULTS;
    }

    /** The defaults with the masses and widths of another PDG edition. */
    public static Inputs defaults(PdgEdition edition) {
        return edition == PdgEdition.PDG2024 ? PDG2024_DEFAULTS : PDG2026_DEFAULTS;
    }

    private static Inputs load(PdgEdition edition) {
        Map<String, Input> inputs = new LinkedHashMap<>();
        DataTable pdg = DataTable.readResource(RESOURCES + edition.file);
        String pdgSource = edition.citation + " (scikit-hep/particle mass_width file), " + edition.file;
        for (Map<String, String> row : pdg.rows()) {
            String name = row.get("name");
            put(inputs, "m_" + name, Double.parseDouble(row.get("mass_GeV")), pdgSource);
            put(inputs, "Gamma_" + name, Double.parseDouble(row.get("width_GeV")), pdgSource);
        }
        DataTable quarkMasses = DataTable.readResource(RESOURCES + QUARK_MASS_FILE);
        for (String quark : List.of("u", "d", "c")) {
            Map<String, String> row = quarkMasses.row("name", "m_" + quark + " (MSbar, see note)");
            put(inputs, InputName.msBarMass(quark).key(), Double.parseDouble(row.get("central_GeV")),
                    "flavio (arXiv:1802.04248), " + QUARK_MASS_FILE);
        }
        DataTable flavio = DataTable.readResource(RESOURCES + FLAVIO_FILE);
        put(inputs, InputName.ALPHA_MZ.key(), Double.parseDouble(flavioCentral(flavio.row("name", "alpha_e").get("value_string"))),
                "alpha(M_Z) = 1/127.951, PDG 2023 Sec. 10 via flavio, " + FLAVIO_FILE);
        put(inputs, InputName.ALPHA_S_MZ.key(), Double.parseDouble(flavioCentral(flavio.row("name", "alpha_s").get("value_string"))),
                "alpha_s(M_Z) = 0.1184(8), FLAG 2023 via flavio, " + FLAVIO_FILE);
        DataTable sheet = DataTable.readResource(RESOURCES + SHEET_FILE);
        for (Map<String, String> row : sheet.rows()) {
            put(inputs, row.get("name"), parseNumber(row.get("value"), SHEET_FILE, row.get("name")), row.get("source"));
        }
        for (InputName name : InputName.values()) {
            if (!inputs.containsKey(name.key())) {
                throw new IllegalStateException("bundled inputs lack " + name.key());
            }
        }
        return new Inputs(inputs, EwScheme.ALPHA0);
    }

    private static void put(Map<String, Input> inputs, String name, double value, String source) {
        inputs.put(name, new Input(name, value, source));
    }

    /** The central value of a flavio value string such as {@code 0.00781549(55)}. */
    private static String flavioCentral(String valueString) {
        int bracket = valueString.indexOf('(');
        return bracket < 0 ? valueString.strip() : valueString.substring(0, bracket).strip();
    }

    /** A number, or {@code 1/x} for a reciprocal as printed (e.g. {@code 1/137.035999}). */
    static double parseNumber(String text, String source, String field) {
        String trimmed = text == null ? "" : text.strip();
        try {
            double value = trimmed.startsWith("1/") ? 1 / Double.parseDouble(trimmed.substring(2))
                    : Double.parseDouble(trimmed);
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw InvalidInputException.of(source, field, text, "a finite number such as 4.18, 1e-3 or 1/137.036");
    }

    /** The value of an input; unknown keys are a programming error. */
    public double value(String name) {
        return input(name).value();
    }

    /** The value of a named input. */
    public double value(InputName name) {
        return value(name.key());
    }

    /** An input with its source. */
    public Input input(String name) {
        Input input = inputs.get(name);
        if (input == null) {
            throw new IllegalArgumentException("no input named " + name);
        }
        return input;
    }

    public boolean has(String name) {
        return inputs.containsKey(name);
    }

    public Set<String> names() {
        return inputs.keySet();
    }

    public Collection<Input> all() {
        return inputs.values();
    }

    /** PDG mass of a particle by its PDG-table name, e.g. {@code B+}, {@code K*(892)+}, {@code Z}. */
    public double mass(String particle) {
        return value("m_" + particle);
    }

    /** PDG total width, GeV. */
    public double width(String particle) {
        return value("Gamma_" + particle);
    }

    /** Lifetime ħ/Γ in seconds. */
    public double lifetime(String particle) {
        return value(InputName.HBAR) / width(particle);
    }

    public EwScheme ewScheme() {
        return scheme;
    }

    public Electroweak electroweak() {
        return electroweak;
    }

    public Ckm ckm() {
        return ckm;
    }

    /** The same inputs in another electroweak scheme. */
    public Inputs withScheme(EwScheme newScheme) {
        return newScheme == scheme ? this : new Inputs(new LinkedHashMap<>(inputs), newScheme);
    }

    /** The same inputs with one value replaced (source "user override"). */
    public Inputs withOverride(String name, double value) {
        return withOverrides(Map.of(name, value), "user override");
    }

    /**
     * The same inputs with several values replaced.
     *
     * @param source where the overrides came from (e.g. {@code --set} or a file name); it is both
     *               the recorded source and the prefix of error messages
     */
    public Inputs withOverrides(Map<String, Double> overrides, String source) {
        Map<String, Input> replaced = new LinkedHashMap<>(inputs);
        for (Map.Entry<String, Double> entry : overrides.entrySet()) {
            String name = entry.getKey();
            double value = entry.getValue();
            if (!inputs.containsKey(name)) {
                throw InvalidInputException.of(Parameter.INPUT_NAME, name).withSource(source);
            }
            if (!Double.isFinite(value) || (value < 0 && !name.startsWith("ckm_"))) {
                throw InvalidInputException.of(source, name, value, "a finite, non-negative number");
            }
            put(replaced, name, value, OVERRIDE_SOURCE + " (" + source + "), default: " + inputs.get(name).source());
        }
        return new Inputs(replaced, scheme);
    }

    /** The inputs that differ from the defaults (the user's overrides), name → value, for the record in outputs. */
    public Map<String, Double> overrides() {
        Map<String, Double> changed = new LinkedHashMap<>();
        inputs.values().stream().filter(i -> i.source().startsWith(OVERRIDE_SOURCE))
                .forEach(i -> changed.put(i.name(), i.value()));
        return changed;
    }

    /** Parses {@code name=value} as written after {@code --set}. */
    public static Map.Entry<String, Double> parseAssignment(String text, String source) {
        int equals = text == null ? -1 : text.indexOf('=');
        if (equals <= 0) {
            throw InvalidInputException.of(source, "assignment", text, "name=value, e.g. m_t=172.5");
        }
        String name = text.substring(0, equals).strip();
        return Map.entry(name, parseNumber(text.substring(equals + 1), source, name));
    }

    /**
     * Overrides read from a file of {@code name = value} lines ({@code #} starts a comment).
     * Errors name the file and the line.
     */
    public Inputs withOverridesFromFile(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw InvalidInputException.because(file.toString(), "cannot read the inputs file (" + e.getMessage() + ")", e);
        }
        Map<String, Double> overrides = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int hash = line.indexOf('#');
            String content = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (!content.isEmpty()) {
                Map.Entry<String, Double> entry = parseAssignment(content, file + " line " + (i + 1));
                overrides.put(entry.getKey(), entry.getValue());
            }
        }
        return withOverrides(overrides, file.toString());
    }
}
