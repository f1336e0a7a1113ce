package org.anomalon.inputs;

/**
 * Electroweak gauge couplings of one scheme (docs/physics.md §4): e² = 4πα, g = e/s_W, g' = e/c_W.
 *
 * @param scheme       the scheme the couplings belong to
 * @param alpha        the fine-structure constant used
 * @param sin2ThetaW   s_W²
 * @param e            electric charge unit √(4πα)
 * @param g            SU(2)_L coupling
 * @param gPrime       U(1)_Y coupling
 */
public record Electroweak(EwScheme scheme, double alpha, double sin2ThetaW, double e, double g, double gPrime) {

    public static Electroweak of(EwScheme scheme, double alpha, double sin2ThetaW) {
        double e = Math.sqrt(4 * Math.PI * alpha);
        return new Electroweak(scheme, alpha, sin2ThetaW, e, e / Math.sqrt(sin2ThetaW),
                e / Math.sqrt(1 - sin2ThetaW));
    }

    public double cos2ThetaW() {
        return 1 - sin2ThetaW;
    }
}
