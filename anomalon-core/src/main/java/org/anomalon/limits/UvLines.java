package org.anomalon.limits;

import java.util.ArrayList;
import java.util.List;

/**
 * Indicative UV lines in the (m_X, g_X) plane (P0 Sec. 3.3). With m_X = X_S g_X v_X (P0 eq. 4.2)
 * and anomalon masses m_Ψ = y v_X/√2 (docs/physics.md §8),
 * <pre>  g_X = y m_X / (√2 X_S m_Ψ).</pre>
 * Direct searches, m_Ψ &gt; 100 GeV, exclude g_X above the line for y = 1 and y = √(4π); finite
 * naturalness, m_Ψ &lt; √Δ TeV (tuning 1/Δ), disfavours g_X below the band spanned by y = 1 … √(4π).
 * P0 writes the relation as m_Ψ = y v_X = y m_X/g_X (no √2, X_S = 1); we keep both factors.
 */
public record UvLines(BreakingCharge charge, List<Line> directSearch, List<Band> naturalness) {
    /** Direct-search bound on anomalon masses used by P0 Sec. 3.3 [GeV]. */
    public static final double DIRECT_SEARCH_MASS = 100;
    /** Perturbative upper benchmark for the Yukawa coupling. */
    public static final double YUKAWA_MAX = Math.sqrt(4 * Math.PI);
    /** Tunings shown as naturalness bands: 10%, 1%, 0.1%. */
    public static final List<Double> TUNINGS = List.of(10.0, 100.0, 1000.0);

    public UvLines {
        directSearch = List.copyOf(directSearch);
        naturalness = List.copyOf(naturalness);
    }

    /** g_X (times {@code scale}, e.g. |A_XWW|) at which m_Ψ = {@code anomalonMass} for Yukawa y. */
    public static double coupling(double mass, double yukawa, double charge, double anomalonMass) {
        return yukawa * mass / (Math.sqrt(2) * charge * anomalonMass);
    }

    public static UvLines of(double[] masses, BreakingCharge charge, double scale) {
        List<Line> direct = new ArrayList<>();
        for (double yukawa : new double[] {1, YUKAWA_MAX}) {
            direct.add(new Line(yukawa, DIRECT_SEARCH_MASS, curve(masses, yukawa, charge.value(), DIRECT_SEARCH_MASS, scale)));
        }
        List<Band> bands = new ArrayList<>();
        for (double delta : TUNINGS) {
            double anomalonMass = Math.sqrt(delta) * 1000;
            bands.add(new Band(delta, anomalonMass, curve(masses, 1, charge.value(), anomalonMass, scale),
                    curve(masses, YUKAWA_MAX, charge.value(), anomalonMass, scale)));
        }
        return new UvLines(charge, direct, bands);
    }

    private static double[] curve(double[] masses, double yukawa, double charge, double anomalonMass, double scale) {
        double[] values = new double[masses.length];
        for (int i = 0; i < masses.length; i++) {
            values[i] = scale * coupling(masses[i], yukawa, charge, anomalonMass);
        }
        return values;
    }

    /** Direct-search line: m_Ψ = {@code anomalonMass} for Yukawa y; larger couplings are excluded. */
    public record Line(double yukawa, double anomalonMass, double[] values) {
        public Line {
            values = values.clone();
        }

        @Override
        public double[] values() {
            return values.clone();
        }
    }

    /** Naturalness band for tuning 1/Δ: m_Ψ = √Δ TeV, between y = 1 (lower) and y = √(4π) (upper). */
    public record Band(double delta, double anomalonMass, double[] lower, double[] upper) {
        public Band {
            lower = lower.clone();
            upper = upper.clone();
        }

        @Override
        public double[] lower() {
            return lower.clone();
        }

        @Override
        public double[] upper() {
            return upper.clone();
        }
    }
}
