package org.anomalon.spectra;

import java.util.List;
import org.anomalon.PhysicsException;
import org.hipparchus.analysis.solvers.BrentSolver;

/**
 * Finite naturalness (P0 Sec. 2.1 after Farina–Pappadopulo–Strumia, arXiv:1303.7244): the largest
 * common anomalon mass M for which the calculable two-loop shift of the Higgs mass stays below
 * Δ M_h² (P0 eq. 2.8).
 *
 * <p>P0 eq. (2.9), summed over the heavy fermions (docs/physics.md §3):
 * δm_h² = Σ C N_c n M²/(4π)⁴ [(n²−1)/4 g⁴ + Y² g'⁴] (6 ln(M²/μ²) − 1) ≡ G M²/(4π)⁴ (6 ln(M²/μ²) − 1).
 *
 * <p>As a function of t = ln(M/μ), δm_h² = G μ² e^{2t} (12 t − 1)/(4π)⁴ falls from 0 (t → −∞) to its
 * minimum at t = −5/12, crosses zero at t = 1/12 and grows without bound. The bound returned is the
 * upper end of the natural interval that starts at M → 0, i.e. the largest M such that every mass
 * below it is natural: the root of δm_h² = −Δ M_h² below t = −5/12 when the minimum is deep enough
 * (always the case for μ ≫ TeV, the presets), otherwise the root of δm_h² = +Δ M_h² above t = 1/12.
 */
public final class FiniteNaturalness {
    /** (4π)⁴, the two-loop factor of P0 eq. (2.9). */
    private static final double TWO_LOOP = Math.pow(4 * Math.PI, 4);
    /** t = ln(M/μ) at the minimum of δm_h²(M). */
    private static final double T_MINIMUM = -5.0 / 12;
    /** t = ln(M/μ) where δm_h² changes sign. */
    private static final double T_ZERO = 1.0 / 12;
    /** Search window in t beyond the turning points; e^{±200} keeps G μ² e^{2t} finite in doubles. */
    private static final double T_WINDOW = 100;
    private static final int MAX_EVALUATIONS = 200;

    private FiniteNaturalness() {
    }

    /** G = Σ C N_c n [(n²−1)/4 g⁴ + Y² g'⁴] for the given fermions. */
    public static double groupFactor(List<NaturalnessMultiplet> fermions, NaturalnessParameters parameters) {
        double total = 0;
        for (NaturalnessMultiplet fermion : fermions) {
            total += fermion.groupFactor(parameters.su2Coupling(), parameters.hyperchargeCoupling());
        }
        return total;
    }

    /** δm_h² in GeV² for a common mass {@code mass} (GeV), P0 eq. (2.9). */
    public static double higgsMassShift(List<NaturalnessMultiplet> fermions, double mass,
                                        NaturalnessParameters parameters) {
        double mu = parameters.renormalisationScale();
        return groupFactor(fermions, parameters) * mass * mass / TWO_LOOP
                * (6 * Math.log(mass * mass / (mu * mu)) - 1);
    }

    /** Largest natural common mass M in GeV for the given fermions (see the class comment). */
    public static double massBound(List<NaturalnessMultiplet> fermions, NaturalnessParameters parameters) {
        return massBound(groupFactor(fermions, parameters), parameters);
    }

    /** Largest natural common mass M in GeV for a precomputed group factor G. */
    public static double massBound(double groupFactor, NaturalnessParameters parameters) {
        if (!(groupFactor > 0)) {
            throw new PhysicsException("no finite-naturalness bound: the fermions carry no electroweak charge "
                    + "(group factor " + groupFactor + ")");
        }
        double mu = parameters.renormalisationScale();
        double scale = groupFactor * mu * mu / TWO_LOOP;
        double allowed = parameters.allowedHiggsMassShift();
        // δm_h²(t) / scale = e^{2t} (12 t − 1)
        double deepestShift = scale * Math.exp(2 * T_MINIMUM) * (12 * T_MINIMUM - 1);
        BrentSolver solver = new BrentSolver(1e-13, 1e-12);
        double t;
        if (-deepestShift >= allowed) {
            t = solver.solve(MAX_EVALUATIONS, x -> scale * Math.exp(2 * x) * (12 * x - 1) + allowed,
                    T_MINIMUM - T_WINDOW, T_MINIMUM);
        } else {
            t = solver.solve(MAX_EVALUATIONS, x -> scale * Math.exp(2 * x) * (12 * x - 1) - allowed,
                    T_ZERO, T_ZERO + T_WINDOW);
        }
        return mu * Math.exp(t);
    }
}
