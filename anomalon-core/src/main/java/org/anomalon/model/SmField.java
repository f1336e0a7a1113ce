package org.anomalon.model;

import org.apache.commons.numbers.fraction.BigFraction;

/**
 * The Standard-Model Weyl fields of one generation (plus the optional right-handed neutrino),
 * with their gauge quantum numbers (P0 Table 1, hypercharge convention Q = T3 + Y).
 */
public enum SmField {
    Q("q", Chirality.L, 3, 2, Rationals.of(1, 6)),
    U("u", Chirality.R, 3, 1, Rationals.of(2, 3)),
    D("d", Chirality.R, 3, 1, Rationals.of(-1, 3)),
    L("l", Chirality.L, 1, 2, Rationals.of(-1, 2)),
    E("e", Chirality.R, 1, 1, Rationals.of(-1)),
    N("n", Chirality.R, 1, 1, Rationals.of(0));

    /** Generations of the SM. */
    public static final int GENERATIONS = 3;

    private final String keyPrefix;
    private final Chirality chirality;
    private final int colourDimension;
    private final int su2Dimension;
    private final BigFraction hypercharge;

    SmField(String keyPrefix, Chirality chirality, int colourDimension, int su2Dimension, BigFraction hypercharge) {
        this.keyPrefix = keyPrefix;
        this.chirality = chirality;
        this.colourDimension = colourDimension;
        this.su2Dimension = su2Dimension;
        this.hypercharge = hypercharge;
    }

    /** Per-field key of the model files and {@code --charges}: {@code q1 … n3}. */
    public String key(int generation) {
        return keyPrefix + generation;
    }

    public boolean isQuark() {
        return colourDimension == 3;
    }

    /** The field of generation {@code generation} (1..3) with U(1)_X charge {@code chargeX}. */
    public Fermion withCharge(int generation, BigFraction chargeX) {
        return new Fermion(key(generation), chirality, colourDimension, su2Dimension, hypercharge, chargeX, 1);
    }
}
