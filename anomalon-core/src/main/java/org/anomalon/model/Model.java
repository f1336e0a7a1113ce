package org.anomalon.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;
import org.anomalon.InvalidInputException;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * A U(1)_X model: a rational charge for every SM Weyl field of every generation (the
 * right-handed neutrino only where the model has one), extra fermions (anomalons, singlets,
 * vector-like mediators), the scalars that break U(1)_X, the model's kinetic mixing with the photon
 * ({@link KineticMixing}) and whether its right-handed neutrinos are light enough for X → ν_R ν̄_R.
 *
 * <p>Immutable; build one with {@link ChargeAssignment}, {@link ModelFiles} or {@link BuiltinModels}.
 */
public final class Model {
    private final String name;
    private final String description;
    private final String reference;
    private final Map<String, BigFraction> smCharges;
    private final List<Fermion> extraFermions;
    private final List<Scalar> scalars;
    private final KineticMixing kineticMixing;
    private final boolean rightHandedNeutrinosLight;

    private Model(String name, String description, String reference, Map<String, BigFraction> smCharges,
                  List<Fermion> extraFermions, List<Scalar> scalars, KineticMixing kineticMixing,
                  boolean rightHandedNeutrinosLight) {
        this.name = Objects.requireNonNull(name);
        this.description = description == null ? "" : description;
        this.reference = reference == null ? "" : reference;
        this.smCharges = Collections.unmodifiableMap(new LinkedHashMap<>(smCharges));
        this.extraFermions = List.copyOf(extraFermions);
        this.scalars = List.copyOf(scalars);
        this.kineticMixing = Objects.requireNonNull(kineticMixing);
        this.rightHandedNeutrinosLight = rightHandedNeutrinosLight;
    }

    /**
     * @param smCharges charges keyed {@code q1 … e3} (all required) and {@code n1 … n3} (optional,
     *                  present only for generations with a right-handed neutrino)
     * @return the model without kinetic mixing, its right-handed neutrinos (if any) light
     */
    public static Model of(String name, String description, String reference, Map<String, BigFraction> smCharges,
                           List<Fermion> extraFermions, List<Scalar> scalars) {
        for (SmField field : SmField.values()) {
            for (int generation = 1; generation <= SmField.GENERATIONS; generation++) {
                if (field != SmField.N && !smCharges.containsKey(field.key(generation))) {
                    throw new IllegalArgumentException("missing SM charge " + field.key(generation));
                }
            }
        }
        return new Model(name, description, reference, smCharges, extraFermions, scalars, KineticMixing.none(), true);
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    /** Where the model comes from (paper and table), empty for user models without one. */
    public String reference() {
        return reference;
    }

    /** The SM charges keyed {@code q1 … n3}, in canonical order. */
    public Map<String, BigFraction> smCharges() {
        return smCharges;
    }

    /** U(1)_X charge of SM field {@code field} in generation {@code generation} (1..3); 0 for an absent ν_R. */
    public BigFraction charge(SmField field, int generation) {
        return smCharges.getOrDefault(field.key(generation), BigFraction.ZERO);
    }

    public boolean hasRightHandedNeutrino(int generation) {
        return smCharges.containsKey(SmField.N.key(generation));
    }

    /**
     * Whether X can decay into the right-handed neutrino of this generation: the model has one and
     * it is light (m ≪ m_X/2). With light ν_R the neutrino is Dirac-like for X and the invisible
     * width of a vector charge doubles relative to left-handed neutrinos only.
     */
    public boolean lightRightHandedNeutrino(int generation) {
        return rightHandedNeutrinosLight && hasRightHandedNeutrino(generation);
    }

    /** The neutrino option in words, for {@code models}, {@code anomalies} and {@code rates}. */
    public String neutrinoDescription() {
        List<String> present = IntStream.rangeClosed(1, SmField.GENERATIONS).filter(this::hasRightHandedNeutrino)
                .mapToObj(SmField.N::key).toList();
        if (present.isEmpty()) {
            return "left-handed only (no right-handed neutrinos): Gamma(nu nubar) = alpha_L^2 m_X/(24 pi) per flavour";
        }
        if (!rightHandedNeutrinosLight) {
            return "left-handed only: " + String.join(", ", present) + " taken heavier than m_X/2 "
                    + "(right_handed_neutrinos: false); they count in the anomaly traces only";
        }
        return "Dirac: light right-handed neutrinos " + String.join(", ", present)
                + " carry X charge, X -> nu nubar through both chiralities";
    }

    /** Kinetic mixing with the photon, as the model states it. */
    public KineticMixing kineticMixing() {
        return kineticMixing;
    }

    /**
     * Σ_f N_c Q_f v_f over the charged SM fermions, v_f = (X_L + X_R)/2 the vector charge: the
     * coefficient of the divergence of the one-loop γ–X mixing. Loop-induced kinetic mixing is
     * finite (and calculable) only when it vanishes, as for L_μ − L_τ.
     */
    public BigFraction photonMixingTrace() {
        BigFraction trace = BigFraction.ZERO;
        BigFraction up = Rationals.of(2, 3);
        BigFraction down = Rationals.of(-1, 3);
        for (int generation = 1; generation <= SmField.GENERATIONS; generation++) {
            BigFraction quarkDoublet = charge(SmField.Q, generation);
            trace = trace.add(up.multiply(3).multiply(quarkDoublet.add(charge(SmField.U, generation))))
                    .add(down.multiply(3).multiply(quarkDoublet.add(charge(SmField.D, generation))))
                    .subtract(charge(SmField.L, generation).add(charge(SmField.E, generation)));
        }
        return trace.divide(2);
    }

    /**
     * The same model with another kinetic mixing.
     *
     * @param source where the choice was made (file or flag), for the error message
     * @throws InvalidInputException for {@code loop} when {@link #photonMixingTrace()} ≠ 0 (the loop diverges)
     */
    public Model withKineticMixing(KineticMixing mixing, String source) {
        if (mixing.kind() == KineticMixing.Kind.LOOP && photonMixingTrace().signum() != 0) {
            throw InvalidInputException.of(source, "kinetic_mixing", "loop",
                    "a fixed epsilon (e.g. kinetic_mixing: 1e-3) or none: the one-loop mixing of this model diverges, "
                            + "since sum_f N_c Q_f v_f = " + Rationals.format(photonMixingTrace())
                            + " != 0 over the charged SM fermions (it is finite only for currents such as L_mu - L_tau)");
        }
        return new Model(name, description, reference, smCharges, extraFermions, scalars, mixing,
                rightHandedNeutrinosLight);
    }

    /** The same model with its right-handed neutrinos (if any) light or heavy for X decays. */
    public Model withRightHandedNeutrinosLight(boolean light) {
        return new Model(name, description, reference, smCharges, extraFermions, scalars, kineticMixing, light);
    }

    /** The SM Weyl fields (one entry per field and generation) with their charges. */
    public List<Fermion> smFermions() {
        List<Fermion> fermions = new ArrayList<>();
        for (int generation = 1; generation <= SmField.GENERATIONS; generation++) {
            for (SmField field : SmField.values()) {
                if (field != SmField.N || hasRightHandedNeutrino(generation)) {
                    fermions.add(field.withCharge(generation, charge(field, generation)));
                }
            }
        }
        return fermions;
    }

    /**
     * True when both models give every SM field except ν_R the same charge, i.e. the same current
     * in the SM traces; used to find the UV completions of an SM-only model.
     */
    public boolean sameSmCurrentAs(Model other) {
        for (int generation = 1; generation <= SmField.GENERATIONS; generation++) {
            for (SmField field : SmField.values()) {
                if (field != SmField.N && !charge(field, generation).equals(other.charge(field, generation))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Fermions beyond the SM: anomalons, SM singlets, vector-like mediators. */
    public List<Fermion> extraFermions() {
        return extraFermions;
    }

    /** SM fields followed by the extra fermions. */
    public List<Fermion> allFermions() {
        List<Fermion> all = new ArrayList<>(smFermions());
        all.addAll(extraFermions);
        return all;
    }

    public List<Scalar> scalars() {
        return scalars;
    }

    /** The same charges under another name (used when a file or flag defines an ad-hoc model). */
    public Model withName(String newName) {
        return new Model(newName, description, reference, smCharges, extraFermions, scalars, kineticMixing,
                rightHandedNeutrinosLight);
    }

    @Override
    public String toString() {
        return "Model[" + name + "]";
    }
}
