package org.anomalon.gminus2;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;
import org.anomalon.Parameter;
import org.hipparchus.analysis.integration.gauss.GaussIntegrator;
import org.hipparchus.analysis.integration.gauss.LegendreRuleFactory;
import org.hipparchus.util.Pair;

/**
 * The one-loop contribution of a neutral vector X (mass M) to the anomalous magnetic moment
 * a_ℓ = (g − 2)_ℓ/2 of a lepton of mass m, for
 * <pre>  L ⊃ X_μ ℓ̄ γ^μ (g_V + g_A γ⁵) ℓ:
 *   Δa_ℓ = g_V² F_V(r) + g_A² F_A(r),   r = M²/m²,
 *   F_V = 1/(4π²) ∫₀¹ dx x²(1 − x) / (x² + r(1 − x)),
 *   F_A = −1/(4π²) ∫₀¹ dx [x(1 − x)(4 − x) + 2x³/r] / (x² + r(1 − x))</pre>
 * (the one-loop vector and axial-vector exchange of J. P. Leveille, Nucl. Phys. B 137 (1978) 63;
 * the vector part is eq. (6) of Endo:2012hp, the formula behind DarkCast's (g − 2) limits, with
 * z = 1 − x; docs/g-minus-2.md). The v·a cross term does not contribute to the magnetic moment.
 * Limits (checked in the tests):
 * <ul>
 *   <li>M ≪ m: F_V → 1/(8π²) (Schwinger's α/(2π) for g_V = e); F_A → −1/(4π² r), the
 *       longitudinal mode coupled like a pseudoscalar of Yukawa 2 g_A m/M;</li>
 *   <li>M ≫ m: F_V → 1/(12π² r), F_A → −5/(12π² r).</li>
 * </ul>
 * The integrals are evaluated by 16-point Gauss–Legendre rules on pieces that shrink geometrically
 * towards both ends of [0, 1] (down to 10⁻³ of the scales √r at x → 0 and 1/r at x → 1, where the
 * integrands change), with 1 − x carried exactly near x = 1: relative accuracy better than 1e-12
 * from r = 1e-20 to 1e20.
 */
public final class MomentLoop {
    private static final GaussIntegrator RULE = onUnitInterval(new LegendreRuleFactory().getRule(16));
    private static final double NORMALISATION = 1 / (4 * Math.PI * Math.PI);

    private MomentLoop() {
    }

    /**
     * F_V: Δa_ℓ per unit g_V².
     *
     * @param leptonMass m &gt; 0, GeV
     * @param massX      M &gt; 0, GeV
     */
    public static double vector(double leptonMass, double massX) {
        double r = ratio(leptonMass, massX);
        return NORMALISATION * integrate(r, (x, y) -> x * x * y / (x * x + r * y));
    }

    /** F_A: Δa_ℓ per unit g_A² (negative). */
    public static double axial(double leptonMass, double massX) {
        double r = ratio(leptonMass, massX);
        return -NORMALISATION * integrate(r, (x, y) -> (x * y * (3 + y) + 2 * x * x * x / r) / (x * x + r * y));
    }

    /** Δa_ℓ = g_V² F_V + g_A² F_A for absolute couplings g_V, g_A. */
    public static double contribution(double leptonMass, double massX, double vectorCoupling, double axialCoupling) {
        double total = 0;
        if (vectorCoupling != 0) {
            total += vectorCoupling * vectorCoupling * vector(leptonMass, massX);
        }
        if (axialCoupling != 0) {
            total += axialCoupling * axialCoupling * axial(leptonMass, massX);
        }
        return total;
    }

    /**
     * A rule on [−1, 1] moved to [0, 1] (nodes (1 + t)/2, weights halved), as GaussIntegratorFactory.legendre(n, 0, 1)
     * does, without the 40-digit Dfp field that factory computes on construction for its high-precision rules
     * (a tenth of a second of CPU at every start).
     */
    private static GaussIntegrator onUnitInterval(Pair<double[], double[]> rule) {
        return new GaussIntegrator(Arrays.stream(rule.getFirst()).map(t -> t * 0.5 + 0.5).toArray(),
                Arrays.stream(rule.getSecond()).map(w -> w * 0.5).toArray());
    }

    private static double ratio(double leptonMass, double massX) {
        Parameter.MASS_X.require(massX);
        if (!(leptonMass > 0) || Double.isInfinite(leptonMass)) {
            throw new IllegalArgumentException("lepton mass must be finite and > 0, got " + leptonMass);
        }
        return (massX / leptonMass) * (massX / leptonMass);
    }

    /** An integrand of x and y = 1 − x (given separately so that y is exact near x = 1). */
    @FunctionalInterface
    private interface Integrand {
        double at(double x, double y);
    }

    /** ∫₀¹ f dx: [0, ½] in x and [0, ½] in y = 1 − x, each cut at 10⁻¹, 10⁻², … towards 0. */
    private static double integrate(double r, Integrand f) {
        // the integrands vary on the scale x ~ √r near x = 0 and y ~ 1/r near y = 0 (for r > 1)
        double lowX = 1e-3 * Math.min(1, Math.sqrt(r));
        double lowY = 1e-3 * Math.min(1, 1 / r);
        return half(lowX, u -> f.at(u, 1 - u)) + half(lowY, u -> f.at(1 - u, u));
    }

    private static double half(double smallest, DoubleUnaryOperator f) {
        double sum = 0;
        double upper = 0.5;
        double lower = 0.1;
        while (true) {
            sum += piece(lower, upper, f);
            if (lower <= smallest) {
                // what is left below is ≤ 1e-3 of the scale of the integrand: a single rule is exact enough
                return sum + piece(0, lower, f);
            }
            upper = lower;
            lower /= 10;
        }
    }

    private static double piece(double a, double b, DoubleUnaryOperator f) {
        double sum = 0;
        for (int i = 0; i < RULE.getNumberOfPoints(); i++) {
            sum += RULE.getWeight(i) * f.applyAsDouble(a + (b - a) * RULE.getPoint(i));
        }
        return sum * (b - a);
    }
}
