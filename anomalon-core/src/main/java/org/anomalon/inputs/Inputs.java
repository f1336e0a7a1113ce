package org.anomalon.inputs;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.anomalon.InvalidInputException;
import org.anomalon.UserFiles;
import org.anomalon.Parameter;

/**
 * The one immutable place that holds every numerical input of anomalon, each with its source:
 * PDG masses and widths (RPP 2026 by default, 2024 on request), MS-bar quark masses, the
 * Wolfenstein parameters of the CKM matrix, α(0), α(M_Z), s_W², ħ — and the electroweak and
 * top-mass schemes.
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
    /** Chains of quark masses that must increase ({@link #requireMassOrdering}). */
    private static final List<List<String>> QUARK_MASS_ORDER = List.of(List.of("mbar_u", "mbar_s"),
            List.of("mbar_d", "mbar_s"), List.of("mbar_s", "mbar_c", "mbar_b", "m_t"));
    private static final Inputs PDG2026_DEFAULTS = load(PdgEdition.PDG2026);
    private static final Inputs PDG2024_DEFAULTS = load(PdgEdition.PDG2024);

    private final Map<String, Input> inputs;
    private final EwScheme scheme;
    private final TopMassScheme topMassScheme;
    private final TopMassScheme.TopMass loopTopMass;
    private final Ckm ckm;
    private final Electroweak electroweak;

    private Inputs(Map<String, Input> inputs, EwScheme scheme, TopMassScheme topMassScheme) {
        this.inputs = Collections.unmodifiableMap(inputs);
        this.scheme = scheme;
        this.topMassScheme = topMassScheme;
        this.loopTopMass = topMassScheme.topMass(this);
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
        return new Inputs(inputs, EwScheme.ALPHA0, TopMassScheme.POLE);
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
        return newScheme == scheme ? this : new Inputs(new LinkedHashMap<>(inputs), newScheme, topMassScheme);
    }

    public TopMassScheme topMassScheme() {
        return topMassScheme;
    }

    /** The top mass of the W-loop function F(m_t²/m_W²) (P0 eq. 3.8) in the chosen {@link TopMassScheme}. */
    public TopMassScheme.TopMass loopTopMass() {
        return loopTopMass;
    }

    /** The same inputs with another top-mass scheme in the loop function. */
    public Inputs withTopMassScheme(TopMassScheme newScheme) {
        return newScheme == topMassScheme ? this : new Inputs(new LinkedHashMap<>(inputs), scheme, newScheme);
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
            Parameter domain = domain(name);
            // A stable particle (width 0 in the table) keeps a width of 0.
            boolean stable = domain == Parameter.INPUT_WIDTH && value == 0 && inputs.get(name).value() == 0;
            if (!domain.accepts(value) && !stable) {
                throw InvalidInputException.of(source, name, value, domain.allowed());
            }
            put(replaced, name, value, OVERRIDE_SOURCE + " (" + source + "), default: " + inputs.get(name).source());
        }
        for (String name : overrides.keySet()) {
            requireNarrowWidth(replaced, name, source);
        }
        for (List<String> ordered : QUARK_MASS_ORDER) {
            requireMassOrdering(replaced, ordered, overrides.keySet(), source);
        }
        Ckm.requireRealAngles(value(replaced, InputName.CKM_LAMBDA), value(replaced, InputName.CKM_A),
                value(replaced, InputName.CKM_RHOBAR), value(replaced, InputName.CKM_ETABAR), source);
        return new Inputs(replaced, scheme, topMassScheme);
    }

    /** The domain of an input: masses, widths, s_W², couplings α, CKM parameters, ħ ({@link Parameter}). */
    private static Parameter domain(String name) {
        if (name.equals(InputName.MBAR_C.key())) {
            return Parameter.CHARM_MASS;
        }
        if (name.startsWith("m_") || name.startsWith("mbar_")) {
            return Parameter.INPUT_MASS;
        }
        if (name.startsWith("Gamma_")) {
            return Parameter.INPUT_WIDTH;
        }
        return switch (InputName.ofKey(name)) {
            case SIN2_THETA_W -> Parameter.WEAK_MIXING;
            case ALPHA_0, ALPHA_MZ -> Parameter.FINE_STRUCTURE;
            case ALPHA_S_MZ -> Parameter.STRONG_COUPLING;
            case CKM_LAMBDA -> Parameter.CKM_LAMBDA;
            case CKM_A -> Parameter.CKM_A;
            case CKM_RHOBAR, CKM_ETABAR -> Parameter.CKM_APEX;
            case HBAR -> Parameter.HBAR;
            default -> throw new IllegalStateException("no domain for input " + name);
        };
    }

    /** A particle's width below its mass (a width of the size of the mass is no particle); stable ones (Γ = 0) excepted. */
    private static void requireNarrowWidth(Map<String, Input> inputs, String name, String source) {
        String particle = name.startsWith("Gamma_") ? name.substring("Gamma_".length())
                : name.startsWith("m_") ? name.substring("m_".length()) : null;
        if (particle == null || !inputs.containsKey("Gamma_" + particle)) {
            return;
        }
        double width = inputs.get("Gamma_" + particle).value();
        double mass = inputs.get("m_" + particle).value();
        if (!(width < mass)) {
            throw InvalidInputException.of(source, name, inputs.get(name).value(),
                    "Gamma_" + particle + " < m_" + particle + " (here " + width + " GeV >= " + mass + " GeV)");
        }
    }

    /**
     * The quark masses keep the SM order m_u, m_d < m_s < m_c < m_b < m_t: the generations (and so
     * the CKM matrix, the loop functions of P0 eq. 3.6 and ST) are named by mass, and the running
     * of α_s for X → q q̄ crosses the thresholds in this order.
     */
    private static void requireMassOrdering(Map<String, Input> inputs, List<String> generations, Set<String> changed,
                                            String source) {
        for (int i = 0; i + 1 < generations.size(); i++) {
            String lighter = generations.get(i);
            String heavier = generations.get(i + 1);
            if (!(inputs.get(lighter).value() < inputs.get(heavier).value())) {
                String name = changed.contains(lighter) ? lighter : heavier;
                throw InvalidInputException.of(source, name, inputs.get(name).value(), lighter + " < " + heavier + " (here "
                        + inputs.get(lighter).value() + " GeV and " + inputs.get(heavier).value()
                        + " GeV): the quark generations are named by their mass");
            }
        }
    }

    private static double value(Map<String, Input> inputs, InputName name) {
        return inputs.get(name.key()).value();
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
        List<String> lines = UserFiles.readText(file, "inputs file").lines().toList();
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
