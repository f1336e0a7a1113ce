package org.anomalon.observables.xdecay;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * X's couplings to every SM fermion flavour at one m_X, in units of g_X:
 * <pre>  L ⊃ g_X X_μ Σ_f f̄ γ^μ (v_f + a_f γ⁵) f,</pre>
 * v_f = (X_L + X_R)/2 (plus ε Q_f with kinetic mixing), a_f = (X_R − X_L)/2 (docs/physics.md §5).
 * For a massless left-handed neutrino a = −v. Widths depend only on v_f² and a_f², so DarkCast's
 * (vector, axial) pairs (arXiv:1801.04847, 2206.08563) can be given as they are.
 *
 * <p>Build one from a model with {@link ModelCouplings}, or directly with {@link #of(Map, Map)} /
 * {@link #builder()}. Immutable.
 */
public final class XCouplings {
    private static final int FLAVOURS = Flavour.values().length;
    private final double[] vector;
    private final double[] axial;

    private XCouplings(double[] vector, double[] axial) {
        this.vector = vector;
        this.axial = axial;
    }

    /**
     * @param vector v_f per flavour (absent flavours 0)
     * @param axial  a_f per flavour (absent flavours 0)
     * @throws IllegalArgumentException for a coupling that is not finite
     */
    public static XCouplings of(Map<Flavour, Double> vector, Map<Flavour, Double> axial) {
        Builder builder = builder();
        vector.forEach(builder::vector);
        axial.forEach(builder::axial);
        return builder.build();
    }

    /** No coupling at all. */
    public static XCouplings none() {
        return new XCouplings(new double[FLAVOURS], new double[FLAVOURS]);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** v_f in units of g_X. */
    public double vector(Flavour flavour) {
        return vector[flavour.ordinal()];
    }

    /** a_f in units of g_X. */
    public double axial(Flavour flavour) {
        return axial[flavour.ordinal()];
    }

    /** Whether X couples to this flavour at all. */
    public boolean couples(Flavour flavour) {
        return vector(flavour) != 0 || axial(flavour) != 0;
    }

    /** The couplings with kinetic mixing ε added: v_f → v_f + ε Q_f (ε in units of g_X). */
    public XCouplings plusKineticMixing(double epsilon) {
        double[] mixed = vector.clone();
        for (Flavour flavour : Flavour.values()) {
            mixed[flavour.ordinal()] += epsilon * flavour.electricCharge();
        }
        return new XCouplings(mixed, axial);
    }

    /** The vector couplings as a map (every flavour). */
    public Map<Flavour, Double> vectorCouplings() {
        return asMap(vector);
    }

    /** The axial couplings as a map (every flavour). */
    public Map<Flavour, Double> axialCouplings() {
        return asMap(axial);
    }

    private static Map<Flavour, Double> asMap(double[] values) {
        Map<Flavour, Double> map = new EnumMap<>(Flavour.class);
        for (Flavour flavour : Flavour.values()) {
            map.put(flavour, values[flavour.ordinal()]);
        }
        return map;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof XCouplings that && Arrays.equals(vector, that.vector) && Arrays.equals(axial, that.axial);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(vector) + Arrays.hashCode(axial);
    }

    @Override
    public String toString() {
        StringJoiner joiner = new StringJoiner(", ", "XCouplings[", "]");
        for (Flavour flavour : Flavour.values()) {
            if (couples(flavour)) {
                joiner.add(String.format(Locale.ROOT, "%s: v=%.6g a=%.6g", flavour.label(), vector(flavour), axial(flavour)));
            }
        }
        return joiner.toString();
    }

    /** Sets couplings flavour by flavour; unset ones are 0. */
    public static final class Builder {
        private final double[] vector = new double[FLAVOURS];
        private final double[] axial = new double[FLAVOURS];

        private Builder() {
        }

        public Builder vector(Flavour flavour, double value) {
            vector[flavour.ordinal()] = finite(flavour, value);
            return this;
        }

        public Builder axial(Flavour flavour, double value) {
            axial[flavour.ordinal()] = finite(flavour, value);
            return this;
        }

        private static double finite(Flavour flavour, double value) {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("coupling to " + flavour.label() + " must be finite, got " + value);
            }
            return value;
        }

        public XCouplings build() {
            return new XCouplings(vector.clone(), axial.clone());
        }
    }
}
