package org.anomalon.fit;

/**
 * How a measured magnitude |g| = μ ± σ becomes a Gaussian in g² (P0 Sec. 3.2.5 takes "Gaussian
 * terms for the squared couplings", eqs. 3.25–3.26, because the B → K X rate scales with g²; the
 * paper does not say how ±σ is carried over, so this is a parameter).
 *
 * <ul>
 *   <li>{@link #ASYMMETRIC} (default): the interval endpoints map exactly,
 *       σ₊ = (μ+σ)² − μ², σ₋ = μ² − (μ−σ)²; for |g_S| = (1.6 ± 0.2)e-8 this is
 *       g_S² = 2.56 (+0.68 −0.60)e-16.</li>
 *   <li>{@link #LINEARISED}: first-order propagation, σ₊ = σ₋ = 2μσ (= 0.64e-16).</li>
 *   <li>{@link #UPPER}: the larger endpoint distance on both sides, σ₊ = σ₋ = (μ+σ)² − μ².</li>
 *   <li>{@link #LOWER}: the smaller one on both sides, σ₊ = σ₋ = μ² − (μ−σ)².</li>
 * </ul>
 */
public enum SquaredReading {
    ASYMMETRIC, LINEARISED, UPPER, LOWER;

    /** The Gaussian term in g² for |g| = central ± error. */
    public GaussianTerm square(double central, double error) {
        double centralSquared = central * central;
        double above = (central + error) * (central + error) - centralSquared;
        double below = centralSquared - (central - error) * (central - error);
        return switch (this) {
            case ASYMMETRIC -> new GaussianTerm(centralSquared, above, below);
            case LINEARISED -> GaussianTerm.symmetric(centralSquared, 2 * central * error);
            case UPPER -> GaussianTerm.symmetric(centralSquared, above);
            case LOWER -> GaussianTerm.symmetric(centralSquared, below);
        };
    }

    /** The spelling of options and output: lower case, '-' for '_' (e.g. {@code asymmetric}). */
    public String label() {
        return Readings.label(this);
    }
}
