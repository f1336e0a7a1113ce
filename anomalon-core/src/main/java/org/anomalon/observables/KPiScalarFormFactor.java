package org.anomalon.observables;

import java.util.List;

/**
 * The K → π scalar form factor in the dispersive representation of Bernard, Oertel, Passemar and
 * Stern (arXiv:0903.1654 eq. A.1; Antonelli et al., arXiv:1005.2323 eq. 33), normalised to the FLAG
 * f₊(0) (docs/physics.md §5):
 * f0(t) = f₊(0) exp[ t/Δ_Kπ (ln C − G(x)) ], G(x) = x D + (1 − x) d + x (1 − x) k,
 * x = t/t₀, t₀ = (m_K − m_π)², Δ_Kπ = m_K² − m_π².
 * Parameters f₊(0), ln C, D, d, k are uncorrelated Gaussians (flavio inputs); the error is
 * propagated linearly with a central-difference gradient.
 */
public final class KPiScalarFormFactor implements FormFactor {
    static final List<String> NAMES = List.of("K->pi f+(0)", "K->pi ln(C)", "K->pi D", "K->pi d", "K->pi k");
    private final FormFactorParameters parameters;
    private final double[] means;

    public KPiScalarFormFactor(FormFactorParameters parameters) {
        this.parameters = parameters;
        this.means = parameters.means();
    }

    @Override
    public String id() {
        return "K->pi f0";
    }

    @Override
    public String citation() {
        return "FLAG 2021 f+(0); dispersive shape arXiv:0903.1654, ln C from arXiv:1602.04113 (flavio inputs)";
    }

    @Override
    public FormFactorParameters parameters() {
        return parameters;
    }

    @Override
    public double value(double q2, double massParent, double massDaughter) {
        return evaluate(means, q2, massParent, massDaughter);
    }

    @Override
    public double uncertainty(double q2, double massParent, double massDaughter) {
        double[] gradient = new double[means.length];
        double[] shifted = means.clone();
        for (int i = 0; i < means.length; i++) {
            double step = 1e-3 * parameters.sigma(i);
            shifted[i] = means[i] + step;
            double up = evaluate(shifted, q2, massParent, massDaughter);
            shifted[i] = means[i] - step;
            double down = evaluate(shifted, q2, massParent, massDaughter);
            shifted[i] = means[i];
            gradient[i] = (up - down) / (2 * step);
        }
        return parameters.propagate(gradient);
    }

    private static double evaluate(double[] p, double q2, double massKaon, double massPion) {
        double deltaKPi = massKaon * massKaon - massPion * massPion;
        double t0 = (massKaon - massPion) * (massKaon - massPion);
        double x = q2 / t0;
        double g = x * p[2] + (1 - x) * p[3] + x * (1 - x) * p[4]; // arXiv:0903.1654 eq. (A.1)
        return p[0] * Math.exp(q2 / deltaKPi * (p[1] - g));         // arXiv:1005.2323 eq. (33)
    }
}
