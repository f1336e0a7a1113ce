package org.anomalon.observables.xdecay;

/**
 * Tree-level width of X → f f̄ for couplings g_X X_μ f̄ γ^μ (v + a γ⁵) f (docs/physics.md §5;
 * arXiv:1801.04847 eq. 2.13, axial term as in arXiv:2206.08563):
 * <pre>
 *   Γ = N_c g_X² m_X/(12π) · √(1−4r) [v² (1+2r) + a² (1−4r)],   r = m_f²/m_X².
 * </pre>
 * A massless left-handed neutrino (a = −v = −α_L/2) gives g_X² α_L² m_X/(24π); the vector τ current
 * of P0 gives the τ⁺τ⁻ term of P0 eq. (3.28). A pure axial coupling opens as β³.
 */
public final class FermionPairWidth {

    private FermionPairWidth() {
    }

    /**
     * @param massX_GeV m_X &gt; 0
     * @param gX        gauge coupling g_X
     * @param vector    v (units of g_X)
     * @param axial     a (units of g_X)
     * @param massF_GeV m_f ≥ 0
     * @param colours   N_c (1 for leptons, 3 for quarks)
     * @return Γ in GeV; 0 when 2 m_f ≥ m_X (closed — callers report that as "closed", not as 0)
     */
    public static double width(double massX_GeV, double gX, double vector, double axial, double massF_GeV,
                               int colours) {
        double r = massF_GeV * massF_GeV / (massX_GeV * massX_GeV);
        if (4 * r >= 1) {
            return 0;
        }
        double velocity = Math.sqrt(1 - 4 * r);
        return colours * gX * gX * massX_GeV / (12 * Math.PI) * velocity
                * (vector * vector * (1 + 2 * r) + axial * axial * (1 - 4 * r));
    }
}
