package org.anomalon.observables;

/**
 * A form factor in the BSZ z-expansion (Bharucha–Straub–Zwicky, arXiv:1503.05534 eq. 11;
 * docs/physics.md §5): F(q²) = Σ_k a_k [z(q²) − z(0)]^k / (1 − q²/m_R²),
 * z(t) = (√(t₊−t) − √(t₊−t₀))/(√(t₊−t) + √(t₊−t₀)), t± = (m_P ± m_M)², t₀ = t₊(1 − √(1 − t₋/t₊)).
 *
 * <p>F is linear in the a_k, so linear error propagation with the published covariance is exact:
 * ∂F/∂a_k = [z(q²) − z(0)]^k / (1 − q²/m_R²).
 */
public final class BszFormFactor implements FormFactor {
    private final String id;
    private final String citation;
    private final double poleMass;
    private final FormFactorParameters parameters;
    private final double[] coefficients;

    public BszFormFactor(String id, String citation, double poleMass, FormFactorParameters parameters) {
        this.id = id;
        this.citation = citation;
        this.poleMass = poleMass;
        this.parameters = parameters;
        this.coefficients = parameters.means();
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String citation() {
        return citation;
    }

    @Override
    public FormFactorParameters parameters() {
        return parameters;
    }

    public double poleMass() {
        return poleMass;
    }

    @Override
    public double value(double q2, double massParent, double massDaughter) {
        double dz = zShift(q2, massParent, massDaughter);
        double sum = 0;
        for (int k = coefficients.length - 1; k >= 0; k--) {
            sum = sum * dz + coefficients[k]; // Horner
        }
        return sum / pole(q2);
    }

    @Override
    public double uncertainty(double q2, double massParent, double massDaughter) {
        double dz = zShift(q2, massParent, massDaughter);
        double[] gradient = new double[coefficients.length];
        double power = 1 / pole(q2);
        for (int k = 0; k < coefficients.length; k++) {
            gradient[k] = power;
            power *= dz;
        }
        return parameters.propagate(gradient);
    }

    private double pole(double q2) {
        return 1 - q2 / (poleMass * poleMass);
    }

    /** z(q²) − z(0). */
    static double zShift(double q2, double massParent, double massDaughter) {
        double tPlus = (massParent + massDaughter) * (massParent + massDaughter);
        double tMinus = (massParent - massDaughter) * (massParent - massDaughter);
        double t0 = tPlus * (1 - Math.sqrt(1 - tMinus / tPlus));
        return z(q2, tPlus, t0) - z(0, tPlus, t0);
    }

    private static double z(double t, double tPlus, double t0) {
        double a = Math.sqrt(tPlus - t);
        double b = Math.sqrt(tPlus - t0);
        return (a - b) / (a + b);
    }
}
