package org.anomalon.observables.xdecay;

import java.util.ArrayList;
import java.util.List;
import org.hipparchus.complex.Complex;

/**
 * Kinetic mixing of X with the photon induced at one loop by SM fermions that carry both electric
 * and X charge. The γ–X vacuum polarisation of fermions f (colour N_c, charge Q_f, vector X charge
 * v_f, mass M_f) shifts X's vector coupling to every charged fermion by ε Q_f, with ε in units of g_X:
 * <pre>
 *   ε(m) = e²/(2π²) Σ_f N_c Q_f v_f G(M_f, m),   G(M, m) = ∫₀¹ dx x(1−x) ln(M² − x(1−x) m² − i0).
 * </pre>
 * The renormalisation scale drops out only when Σ_f N_c Q_f v_f = 0 (otherwise ε is not calculable
 * and a model must state a fixed ε). For L_μ − L_τ (μ: v = 1, τ: v = −1) this is
 * ε(0) = e²/(12π²) ln(m_τ²/m_μ²) and, at any m, the integrated form of Amaral et al. 2020 eq. (7)
 * that DarkCast uses for its L_μ − L_τ boson (arXiv:1801.04847); the tests reproduce DarkCast's
 * values to 1e-9 with its masses. This class is its generalisation to any set of fermions.
 *
 * <p>Above 2 M_f the loop is complex. Couplings are real here: ε is the modulus |e²/(2π²) Σ …|
 * (DarkCast's choice, exact for fermions that couple to X only through the mixing), with the sign
 * of the m → 0 limit, so that ε is continuous in m; the phase would matter only in the O(ε)
 * interference with a fermion's own X charge.
 *
 * <p>Accuracy: G is evaluated by its power series in s = m²/M² for s &lt; 0.1 (no cancellation for
 * m ≪ M, where the closed form loses digits) and in closed form otherwise, agreeing with numerical
 * integration to 1e-13. Quark loops use perturbative masses: for u, d, s at m ≲ 2 GeV this is an
 * estimate (the honest tool would be the hadronic vacuum polarisation); {@link #includesLightQuarks()} says when.
 */
public final class LoopMixing {
    /** Series coefficients ((n+1)!)²/(n (2n+3)!) of ∫ x(1−x) ln(1 − x(1−x) s) = −Σ cₙ sⁿ. */
    private static final double[] SERIES = seriesCoefficients(20);
    private static final double SERIES_BELOW = 0.1;

    private final double prefactor;
    private final double[] weights;
    private final double[] masses;
    private final double sign;
    private final boolean lightQuarks;

    private LoopMixing(double electricCharge, double[] weights, double[] masses, boolean lightQuarks) {
        this.prefactor = electricCharge * electricCharge / (2 * Math.PI * Math.PI);
        this.weights = weights;
        this.masses = masses;
        this.lightQuarks = lightQuarks;
        double lowEnergy = 0;
        for (int i = 0; i < weights.length; i++) {
            lowEnergy += weights[i] * Math.log(masses[i] * masses[i]) / 6;
        }
        this.sign = lowEnergy < 0 ? -1 : 1;
    }

    /**
     * @param electricCharge e (√(4πα(0)) in anomalon)
     * @param couplings      the model's couplings before any mixing; every charged flavour with v_f ≠ 0 enters
     * @param mass           the loop mass of each charged flavour, GeV
     * @throws IllegalArgumentException when Σ N_c Q_f v_f ≠ 0 (the loop diverges); models check this exactly first
     */
    public static LoopMixing of(double electricCharge, XCouplings couplings, java.util.function.ToDoubleFunction<Flavour> mass) {
        List<double[]> terms = new ArrayList<>();
        double divergence = 0;
        double scale = 0;
        boolean lightQuarks = false;
        for (Flavour flavour : Flavour.values()) {
            double weight = flavour.colours() * flavour.electricCharge() * couplings.vector(flavour);
            if (weight != 0) {
                terms.add(new double[] {weight, mass.applyAsDouble(flavour)});
                divergence += weight;
                scale += Math.abs(weight);
                lightQuarks |= flavour == Flavour.U || flavour == Flavour.D || flavour == Flavour.S;
            }
        }
        if (Math.abs(divergence) > 1e-12 * scale) {
            throw new IllegalArgumentException("one-loop kinetic mixing diverges: sum N_c Q_f v_f = " + divergence);
        }
        return new LoopMixing(electricCharge, terms.stream().mapToDouble(t -> t[0]).toArray(),
                terms.stream().mapToDouble(t -> t[1]).toArray(), lightQuarks);
    }

    /** ε(m_X) in units of g_X (real, see the class comment). */
    public double epsilon(double massX_GeV) {
        double real = 0;
        double imaginary = 0;
        for (int i = 0; i < weights.length; i++) {
            Complex loop = vacuumPolarisation(masses[i], massX_GeV);
            real += weights[i] * loop.getReal();
            imaginary += weights[i] * loop.getImaginary();
        }
        return sign * prefactor * Math.hypot(real, imaginary);
    }

    /** Whether u, d or s quarks run in the loop (then ε at m ≲ 2 GeV is a perturbative estimate). */
    public boolean includesLightQuarks() {
        return lightQuarks;
    }

    /**
     * G(M, m) = ∫₀¹ dx x(1−x) ln(M² − x(1−x) m² − i0); imaginary part −π β(3 − β²)/12 above
     * m = 2M, β = √(1 − 4M²/m²). Closed form:
     * 6G = ln M² − 5/3 + [2(m² + 2M²) A − 4 m M²]/m³, A = √(4M² − m²) atan(m/√(4M² − m²)) below 2M,
     * A = (q/2) ln((m+q)/(m−q)) − iπq/2 with q = √(m² − 4M²) above.
     */
    public static Complex vacuumPolarisation(double fermionMass_GeV, double massX_GeV) {
        double mass2 = fermionMass_GeV * fermionMass_GeV;
        double m = massX_GeV;
        double s = m * m / mass2;
        if (s < SERIES_BELOW) {
            double sum = 0;
            double power = s;
            for (double coefficient : SERIES) {
                sum += coefficient * power;
                power *= s;
            }
            return new Complex(Math.log(mass2) / 6 - sum, 0);
        }
        double r = 4 * mass2 - m * m;
        double realA;
        double imaginaryA = 0;
        if (r > 0) {
            double root = Math.sqrt(r);
            realA = root * Math.atan(m / root);
        } else {
            double q = Math.sqrt(-r);
            // (m+q)/(m−q) = (m+q)²/(4M²): no cancellation for m ≫ M
            realA = q / 2 * Math.log((m + q) * (m + q) / (4 * mass2));
            imaginaryA = -Math.PI * q / 2;
        }
        double factor = 2 * (m * m + 2 * mass2) / (m * m * m);
        double real = Math.log(mass2) - 5.0 / 3 + factor * realA - 4 * mass2 / (m * m);
        return new Complex(real / 6, factor * imaginaryA / 6);
    }

    private static double[] seriesCoefficients(int terms) {
        double[] coefficients = new double[terms];
        for (int n = 1; n <= terms; n++) {
            // ((n+1)!)²/(2n+3)! as a running product, divided by n
            double beta = 1;
            for (int k = 1; k <= n + 1; k++) {
                beta *= (double) k / (n + 1 + k);
            }
            coefficients[n - 1] = beta / (2 * n + 3) / n;
        }
        return coefficients;
    }
}
