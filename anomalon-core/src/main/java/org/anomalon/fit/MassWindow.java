package org.anomalon.fit;

/**
 * The X masses at which a measurement applies: a single mass (min = max) for a fit made at one
 * m_X, such as the Belle II two-body fit at 2.1 GeV, or a range.
 */
public record MassWindow(double min_GeV, double max_GeV) {
    private static final double TOLERANCE_GeV = 1e-9;

    public static MassWindow at(double mass_GeV) {
        return new MassWindow(mass_GeV, mass_GeV);
    }

    public boolean contains(double mass_GeV) {
        return mass_GeV >= min_GeV - TOLERANCE_GeV && mass_GeV <= max_GeV + TOLERANCE_GeV;
    }

    @Override
    public String toString() {
        return min_GeV == max_GeV ? "m_X = " + min_GeV + " GeV" : "m_X in [" + min_GeV + ", " + max_GeV + "] GeV";
    }
}
