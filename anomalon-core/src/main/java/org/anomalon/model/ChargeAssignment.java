package org.anomalon.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.anomalon.InvalidInputException;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * Turns the user's description of the SM charges into per-field charges.
 *
 * <p>The vector shorthand of P0 eq. (1.1), X = a_B B + a_e L_e + a_μ L_μ + a_τ L_τ (keys
 * {@code B, Le, Lmu, Ltau}), gives every quark a_B/3 and every lepton of generation i (and its
 * ν_R, if present) a_i. Per-field keys {@code q1 … n3} then override single fields, which is how
 * chiral currents are written (P2: {@code l3 = α_L}, {@code e3 = α_R}). A per-field key
 * {@code n_i} also adds the right-handed neutrino of generation i.
 */
public final class ChargeAssignment {
    /** Keys of the vector shorthand, P0 eq. (1.1). */
    public static final List<String> SHORTHAND_KEYS = List.of("B", "Le", "Lmu", "Ltau");
    /** Keys of the inline form that set an option of the model rather than a charge. */
    private static final List<String> INLINE_OPTIONS = List.of(ModelFiles.KINETIC_MIXING, ModelFiles.RIGHT_HANDED_NEUTRINOS);

    private ChargeAssignment() {
    }

    /** Every key accepted in a charge list, for error messages. */
    public static String allowedKeys() {
        StringBuilder keys = new StringBuilder(String.join(", ", SHORTHAND_KEYS));
        for (int generation = 1; generation <= SmField.GENERATIONS; generation++) {
            for (SmField field : SmField.values()) {
                keys.append(", ").append(field.key(generation));
            }
        }
        return keys + " (inline also " + String.join(", ", INLINE_OPTIONS) + ")";
    }

    /**
     * @param charges             shorthand and per-field keys with their exact values
     * @param rightHandedNeutrinos whether every generation has a ν_R (charged like its lepton doublet)
     * @param source              where the charges came from, for error messages
     * @return the per-field charges, keys {@code q1 … e3} and {@code n1 … n3} where present
     */
    public static Map<String, BigFraction> expand(Map<String, BigFraction> charges, boolean rightHandedNeutrinos,
                                                  String source) {
        BigFraction baryon = BigFraction.ZERO;
        BigFraction[] lepton = {BigFraction.ZERO, BigFraction.ZERO, BigFraction.ZERO};
        Map<String, BigFraction> overrides = new LinkedHashMap<>();
        for (Map.Entry<String, BigFraction> entry : charges.entrySet()) {
            String key = entry.getKey();
            int shorthand = SHORTHAND_KEYS.indexOf(key);
            if (shorthand == 0) {
                baryon = entry.getValue();
            } else if (shorthand > 0) {
                lepton[shorthand - 1] = entry.getValue();
            } else if (isFieldKey(key)) {
                overrides.put(key, entry.getValue());
            } else {
                throw InvalidInputException.of(source, "charge key", key, "one of " + allowedKeys());
            }
        }
        Map<String, BigFraction> perField = new LinkedHashMap<>();
        BigFraction quarkCharge = baryon.divide(3);
        for (int generation = 1; generation <= SmField.GENERATIONS; generation++) {
            BigFraction leptonCharge = lepton[generation - 1];
            for (SmField field : SmField.values()) {
                String key = field.key(generation);
                boolean present = field != SmField.N || rightHandedNeutrinos || overrides.containsKey(key);
                if (present) {
                    BigFraction shorthandValue = field.isQuark() ? quarkCharge : leptonCharge;
                    perField.put(key, overrides.getOrDefault(key, shorthandValue));
                }
            }
        }
        return perField;
    }

    private static boolean isFieldKey(String key) {
        for (int generation = 1; generation <= SmField.GENERATIONS; generation++) {
            for (SmField field : SmField.values()) {
                if (field.key(generation).equals(key)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Parses the inline form {@code "B=1/3,Ltau=-1,l3=4"}: comma-separated {@code key=value}
     * pairs, values exact rationals. A key given twice is an error. Two keys are options, not
     * charges, with the meaning they have in a model file: {@code kinetic_mixing=none|loop|e|<ε>}
     * and {@code right_handed_neutrinos=true|false}.
     *
     * @param text   the inline charges
     * @param source the flag, e.g. {@code --charges}
     */
    public static Model parseInline(String text, String source) {
        if (text == null || text.isBlank()) {
            throw InvalidInputException.because(source, "empty charge list; expected key=value pairs such as B=1/3,Ltau=-1");
        }
        Map<String, BigFraction> charges = new LinkedHashMap<>();
        Map<String, String> options = new LinkedHashMap<>();
        for (String pair : text.split(",")) {
            int equals = pair.indexOf('=');
            if (equals < 0) {
                throw InvalidInputException.of(source, "entry", pair.strip(), "key=value, e.g. Ltau=-1");
            }
            String key = pair.substring(0, equals).strip();
            String value = pair.substring(equals + 1).strip();
            boolean repeated = charges.containsKey(key) || options.containsKey(key);
            if (repeated) {
                throw InvalidInputException.of(source, key, pair.strip(), "each key at most once");
            }
            if (INLINE_OPTIONS.contains(key)) {
                options.put(key, value);
            } else {
                charges.put(key, Rationals.parse(value, source, key));
            }
        }
        String neutrinos = options.get(ModelFiles.RIGHT_HANDED_NEUTRINOS);
        if (neutrinos != null && !neutrinos.equals("true") && !neutrinos.equals("false")) {
            throw InvalidInputException.of(source, ModelFiles.RIGHT_HANDED_NEUTRINOS, neutrinos,
                    "true (light right-handed neutrinos carry X charge) or false (left-handed neutrinos only)");
        }
        Map<String, BigFraction> perField = expand(charges, "true".equals(neutrinos), source);
        Model model = Model.of("charges(" + text.strip() + ")", "charges given on the command line", "", perField,
                List.of(), List.of()).withRightHandedNeutrinosLight(!"false".equals(neutrinos));
        String mixing = options.get(ModelFiles.KINETIC_MIXING);
        return mixing == null ? model
                : model.withKineticMixing(KineticMixing.parse(mixing, source, ModelFiles.KINETIC_MIXING), source);
    }
}
