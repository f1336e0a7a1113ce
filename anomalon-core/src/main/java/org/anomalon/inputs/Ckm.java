package org.anomalon.inputs;

import org.anomalon.InvalidInputException;
import org.hipparchus.complex.Complex;

/**
 * The CKM matrix in the exact standard (PDG) parametrisation built from the Wolfenstein parameters
 * (λ, A, ρ̄, η̄) (docs/physics.md §4; PDG Review "CKM quark-mixing matrix", eqs. 12.2–12.4):
 * s12 = λ, s23 = Aλ², s13 e^{iδ} = Aλ³(ρ̄ + iη̄)√(1 − A²λ⁴) / (√(1 − λ²)[1 − A²λ⁴(ρ̄ + iη̄)]).
 * The result is unitary to machine precision for any parameter values.
 *
 * <p>Rows are up-type quarks (u, c, t = 0, 1, 2), columns down-type quarks (d, s, b = 0, 1, 2).
 */
public final class Ckm {
    private final Complex[][] elements;
    private final double lambda;
    private final double a;
    private final double rhoBar;
    private final double etaBar;

    private Ckm(Complex[][] elements, double lambda, double a, double rhoBar, double etaBar) {
        this.elements = elements;
        this.lambda = lambda;
        this.a = a;
        this.rhoBar = rhoBar;
        this.etaBar = etaBar;
    }

    public static Ckm fromWolfenstein(double lambda, double a, double rhoBar, double etaBar) {
        double s12 = lambda;
        double s23 = a * lambda * lambda;
        double aLambda4 = a * a * Math.pow(lambda, 4);
        Complex rhoEta = new Complex(rhoBar, etaBar);
        Complex s13Phase = rhoEta.multiply(a * Math.pow(lambda, 3) * Math.sqrt(1 - aLambda4))
                .divide(Complex.ONE.subtract(rhoEta.multiply(aLambda4)).multiply(Math.sqrt(1 - lambda * lambda)));
        double s13 = s13Phase.norm();
        double c12 = Math.sqrt(1 - s12 * s12);
        double c23 = Math.sqrt(1 - s23 * s23);
        double c13 = Math.sqrt(1 - s13 * s13);
        Complex s13e = s13Phase; // s13 e^{iδ}
        Complex[][] v = new Complex[3][3];
        v[0][0] = new Complex(c12 * c13);
        v[0][1] = new Complex(s12 * c13);
        v[0][2] = s13e.conjugate();
        v[1][0] = s13e.multiply(-c12 * s23).subtract(s12 * c23);
        v[1][1] = s13e.multiply(-s12 * s23).add(c12 * c23);
        v[1][2] = new Complex(s23 * c13);
        v[2][0] = s13e.multiply(-c12 * c23).add(s12 * s23);
        v[2][1] = s13e.multiply(-s12 * c23).subtract(c12 * s23);
        v[2][2] = new Complex(c23 * c13);
        return new Ckm(v, lambda, a, rhoBar, etaBar);
    }

    /**
     * Requires Wolfenstein parameters for which the standard parametrisation has real mixing angles,
     * s12 = λ, s23 = Aλ² and s13 (from ρ̄, η̄) all below 1; otherwise the "matrix" is not unitary.
     *
     * @param source where the parameters came from (e.g. {@code --set}), for the error
     * @throws InvalidInputException naming the sine that is not one
     */
    static void requireRealAngles(double lambda, double a, double rhoBar, double etaBar, String source) {
        double s23 = a * lambda * lambda;
        String parameters = String.format(java.util.Locale.ROOT, "(ckm_lambda, ckm_A, ckm_rhobar, ckm_etabar) = (%s, %s, %s, %s)",
                lambda, a, rhoBar, etaBar);
        String allowed = "Wolfenstein parameters with real angles (PDG parametrisation): 0 <= lambda < 1, A lambda^2 < 1 "
                + "and s13 = A lambda^3 |rhobar + i etabar| (1 - A^2 lambda^4)^(1/2) / ((1 - lambda^2)^(1/2) "
                + "|1 - A^2 lambda^4 (rhobar + i etabar)|) < 1; here ";
        if (!(lambda < 1) || !(s23 < 1)) {
            throw InvalidInputException.of(source, "CKM parameters", parameters, allowed + "A lambda^2 = " + s23);
        }
        double s13 = fromWolfenstein(lambda, a, rhoBar, etaBar).element(0, 2).norm();
        if (!(s13 < 1)) {
            throw InvalidInputException.of(source, "CKM parameters", parameters, allowed + "s13 = " + s13);
        }
    }

    /** V_{up, down}: up ∈ {0 = u, 1 = c, 2 = t}, down ∈ {0 = d, 1 = s, 2 = b}. */
    public Complex element(int up, int down) {
        return elements[up][down];
    }

    /** The CP phase δ of the standard parametrisation, in radians. */
    public double delta() {
        return elements[0][2].conjugate().getArgument();
    }

    public double lambda() {
        return lambda;
    }

    public double a() {
        return a;
    }

    public double rhoBar() {
        return rhoBar;
    }

    public double etaBar() {
        return etaBar;
    }
}
