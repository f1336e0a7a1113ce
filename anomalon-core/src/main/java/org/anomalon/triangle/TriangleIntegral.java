package org.anomalon.triangle;

import org.hipparchus.complex.Complex;
import org.hipparchus.util.FastMath;

/**
 * The scalar triangle integral of Smith–Tait (ST eq. 3 = eq. A7),
 * <pre>
 *   I00(p, q, m) = ∫₀¹dx ∫₀^{1−x}dz [m² − z(1−z)p² − x(1−x)q² − 2xz p·q − i0]⁻¹ ,
 * </pre>
 * for a triangle with one light-like leg, q² = 0 (the photon of Z → γX). Then the denominator is
 * linear in x; with s = (p+q)² (so 2p·q = s − p²) the x-integral gives logarithms and the z-integral
 * the closed form
 * <pre>
 *   I00 = [J(s) − J(p²)] / (p² − s),   J(k) = ∫₀¹ (dz/z) ln(1 − z(1−z) k/m² − i0),
 *   J(k) = −2 arcsin²(√(k/4m²))                 0 ≤ k ≤ 4m²,
 *        = +2 arsinh²(√(−k/4m²))                k &lt; 0,
 *        = ½ [ln((1+β)/(1−β)) − iπ]²,  β = √(1 − 4m²/k),   k &gt; 4m² (above the pair threshold).
 * </pre>
 * The −i0 fixes the sign of the imaginary part above threshold: Im J = −π ln((1+β)/(1−β)), the
 * measure of the z-interval where the logarithm's argument is negative. The derivation is in
 * docs/smith-tait.md; the tests check it against a direct numerical integration.
 *
 * <p>Limits (ST below eq. 3): for m² ≫ |p²|, |s|, J(k) → −k/(2m²) and 2m² I00 → 1 (decoupling);
 * for m → 0, 2m² I00 → 0 like m² ln²m².
 */
public final class TriangleIntegral {

    private TriangleIntegral() {
    }

    /**
     * I00 with q² = 0.
     *
     * @param p2   p², the squared momentum of the massive leg (e.g. m_Z²), GeV²
     * @param s    (p+q)², the squared momentum at the U(1)_X vertex (m_X²), GeV²; must differ from p²
     * @param m2   the squared mass of the fermion in the loop, GeV², &gt; 0
     * @return I00 in GeV⁻²
     */
    public static Complex i00(double p2, double s, double m2) {
        if (!(m2 > 0)) {
            throw new IllegalArgumentException("fermion mass squared must be > 0, got " + m2);
        }
        if (p2 == s) {
            throw new IllegalArgumentException("I00 with q² = 0 needs p² ≠ (p+q)², got both " + p2);
        }
        return zIntegral(s, m2).subtract(zIntegral(p2, m2)).divide(p2 - s);
    }

    /**
     * The weight 1 − 2m² I00 with which a fermion of mass m enters the anomalous triangle (ST eqs. 1,
     * 2 and 4): → 1 for a light fermion, → 0 for a heavy (decoupled) one.
     */
    public static Complex decouplingFactor(double p2, double s, double m2) {
        return Complex.ONE.subtract(i00(p2, s, m2).multiply(2 * m2));
    }

    /** J(k) = ∫₀¹ (dz/z) ln(1 − z(1−z) k/m² − i0), closed form (see class Javadoc). */
    static Complex zIntegral(double k, double m2) {
        double a = k / m2;
        if (a == 0) {
            return Complex.ZERO;
        }
        if (a < 0) {
            double arsinh = FastMath.asinh(Math.sqrt(-a) / 2);
            return new Complex(2 * arsinh * arsinh);
        }
        if (a <= 4) {
            double arcsin = Math.asin(Math.sqrt(a) / 2);
            return new Complex(-2 * arcsin * arcsin);
        }
        double beta = Math.sqrt(1 - 4 / a);
        // 1 − β written without cancellation: light fermions have 4/a ~ 1e-10.
        double oneMinusBeta = (4 / a) / (1 + beta);
        double log = Math.log((1 + beta) / oneMinusBeta);
        return new Complex((log * log - Math.PI * Math.PI) / 2, -Math.PI * log);
    }
}
