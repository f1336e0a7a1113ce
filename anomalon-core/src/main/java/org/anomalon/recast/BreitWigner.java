package org.anomalon.recast;

/**
 * The vector-meson line shapes of DarkCast's production mechanisms (arXiv:1801.04847 eqs. A.2,
 * A.3), with DarkCast 2.1's masses, widths and decay tables (pars.py): ρ⁰ 0.77549 GeV
 * (Γ = 0.14910), ω 0.78265 (0.00849), φ 1.01946 (0.00426), a1 1.23 (0.42).
 * <pre>
 *   running width (P-wave, ℓ = 1):  BW(m) = s_V / (s_V − m² − i s_V Γ_V k(m)/m),
 *                                   k(m) = Σ_j BR_j [p_j(m)/p_j(m_V)]³ over the open channels j → m1 m2,
 *                                   p(x)² = (x² − (m1 + m2)²)(x² − (m1 − m2)²)/(4x²);
 *   fixed width, squared and normalised:
 *                                   B(m) = N / ((s_V − m²)² + m_V² Γ_V²),
 *                                   N = √8 m_V Γ_V γ / (π √(s_V + γ)),  γ = √(s_V (s_V + Γ_V²)).
 * </pre>
 */
enum BreitWigner {
    RHO0(0.77549, 0.14910, new double[][] {{0.9988447, 0.13957, 0.13957}}),
    OMEGA(0.78265, 0.00849, new double[][] {{0.8994773, 0.27914, 0.13498}, {0.0834941, 0.13498, 0}, {0.0154283, 0.13957, 0.13957}}),
    PHI(1.01946, 0.00426, new double[][] {{0.4893042, 0.49368, 0.49368}, {0.3422127, 0.49761, 0.49761}, {0.0130981, 0.54785, 0}}),
    A1(1.23, 0.42, new double[][] {{0.7, 0.13957, 0.77549}, {0.145, 0.89166, 0.49368}, {0.145, 0.89594, 0.49761}, {0.01, 0.13498, 0}});

    private final double mass;
    private final double width;
    /** Rows {BR, m1, m2}. */
    private final double[][] channels;

    BreitWigner(double mass, double width, double[][] channels) {
        this.mass = mass;
        this.width = width;
        this.channels = channels;
    }

    /** {Re, Im} of the running-width Breit–Wigner at m (GeV). */
    double[] runningWidth(double m) {
        double s = mass * mass;
        double k = 0;
        for (double[] channel : channels) {
            if (m > channel[1] + channel[2]) {
                double ratio = momentum(m, channel[1], channel[2]) / momentum(mass, channel[1], channel[2]);
                k += channel[0] * ratio * ratio * ratio;
            }
        }
        double re = s - m * m;
        double im = -s * width * k / m;
        double norm = re * re + im * im;
        return new double[] {s * re / norm, -s * im / norm};
    }

    /** The normalised square of the fixed-width Breit–Wigner at m (GeV). */
    double fixedWidthSquared(double m) {
        double s = mass * mass;
        double gamma = Math.sqrt(s * (s + width * width));
        double norm = Math.sqrt(8) * mass * width * gamma / (Math.PI * Math.sqrt(s + gamma));
        double re = s - m * m;
        return norm / (re * re + mass * mass * width * width);
    }

    private static double momentum(double x, double m1, double m2) {
        return Math.sqrt((x * x - (m1 + m2) * (m1 + m2)) * (x * x - (m1 - m2) * (m1 - m2)) / (4 * x * x));
    }
}
