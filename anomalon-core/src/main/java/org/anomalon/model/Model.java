package org.anomalon.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * A U(1)_X model: a rational charge for every SM Weyl field of every generation (the
 * right-handed neutrino only where the model has one), extra fermions (anomalons, singlets,
 * vector-like mediators) and the scalars that break U(1)_X.
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

    private Model(String name, String description, String reference, Map<String, BigFraction> smCharges,
                  List<Fermion> extraFermions, List<Scalar> scalars) {
        this.name = Objects.requireNonNull(name);
        this.description = description == null ? "" : description;
        this.reference = reference == null ? "" : reference;
        this.smCharges = Collections.unmodifiableMap(new LinkedHashMap<>(smCharges));
        this.extraFermions = List.copyOf(extraFermions);
        this.scalars = List.copyOf(scalars);
    }

    /**
     * @param smCharges charges keyed {@code q1 … e3} (all required) and {@code n1 … n3} (optional,
     *                  present only for generations with a right-handed neutrino)
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
        return new Model(name, description, reference, smCharges, extraFermions, scalars);
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
        return new Model(newName, description, reference, smCharges, extraFermions, scalars);
    }

    @Override
    public String toString() {
        return "Model[" + name + "]";
    }
}
