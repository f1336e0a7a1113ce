package org.anomalon.observables.xdecay;

/**
 * Tree-level width of X → f f̄ for a fermion f coupled through g_X X_μ (α_L f̄_L γ^μ f_L + α_R f̄_R γ^μ f_R)
 * (docs/physics.md §5, "X decays"):
 * <pre>
 *   Γ = N_c g_X² m_X/(12π) · √(1−4r) [g_V² (1+2r) + g_A² (1−4r)],   r = m_f²/m_X²,
 *   g_V = (α_L+α_R)/2,  g_A = (α_R−α_L)/2.
 * </pre>
 * A left-handed neutrino (α_R = 0, m_f = 0) gives g_X² α_L² m_X/(24π); the vector τ current of P0
 * gives the τ⁺τ⁻ term of P0 eq. (3.28).
 */
public final class FermionPairWidth {

    private FermionPairWidth() {
    }

    /**
     * @param massX_GeV     m_X &gt; 0
     * @param gX            gauge coupling g_X
     * @param alphaL        U(1)_X charge of f_L
     * @param alphaR        U(1)_X charge of f_R (0 for a massless left-handed neutrino without partner)
     * @param massF_GeV     m_f ≥ 0
     * @param colours       N_c (1 for leptons, 3 for quarks)
     * @return Γ in GeV; 0 when 2 m_f ≥ m_X (closed — callers report that as "closed", not as 0)
     */
    public static double width(double massX_GeV, double gX, double alphaL, double alphaR, double massF_GeV,
                               int colours) {
        double r = massF_GeV * massF_GeV / (massX_GeV * massX_GeV);
        if (4 * r >= 1) {
            return 0;
        }
        double vector = (alphaL + alphaR) / 2;
        double axial = (alphaR - alphaL) / 2;
        double velocity = Math.sqrt(1 - 4 * r);
        return colours * gX * gX * massX_GeV / (12 * Math.PI) * velocity
                * (vector * vector * (1 + 2 * r) + axial * axial * (1 - 4 * r));
    }
}
