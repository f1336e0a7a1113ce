package org.anomalon.uv;

import java.util.Locale;

import org.anomalon.PhysicsException;

/**
 * The charged-lepton mass matrix of a Froggatt–Nielsen τ sector, P2 eq. (47), and its exact diagonalisation:
 * <pre>
 *   (ē_L  Ē_L) ( 0  a ) ( e_R )      a = y_L ⟨φ_a⟩,  b = y_R ⟨φ_b⟩  (⟨φ⟩ = VEV/√2)
 *              ( b  M ) ( E_R )
 * </pre>
 * For P2's L = −4R model a = y_L v/√2 and b = y_R V_5/√2; for the L-only model (P2 eq. 40) a = y_L v_X/√2 and
 * b = y_R v/√2. The singular values are the τ and heavy-lepton masses; the left (right) rotation angle
 * diagonalises 𝓜𝓜ᵀ (𝓜ᵀ𝓜), P2 eqs. (48)–(51), with τ_{L,R} = cos θ e³ + sin θ E (P2 eq. 52).
 *
 * @param entryLeft_GeV  a, the (e_L, E_R) entry
 * @param entryRight_GeV b, the (E_L, e_R) entry
 * @param bareMass_GeV   M
 */
public record TauMassMatrix(double entryLeft_GeV, double entryRight_GeV, double bareMass_GeV) {

    /**
     * The bare mass M for which the light singular value equals {@code tauMass_GeV}: from
     * m_τ m_E = ab and m_τ² + m_E² = a² + b² + M², M² = (a² − m_τ²)(b² − m_τ²)/m_τ².
     *
     * @throws PhysicsException if a or b is below m_τ (then no M makes m_τ the light state)
     */
    public static TauMassMatrix withTauMass(double entryLeft_GeV, double entryRight_GeV, double tauMass_GeV) {
        double a2 = entryLeft_GeV * entryLeft_GeV;
        double b2 = entryRight_GeV * entryRight_GeV;
        double t2 = tauMass_GeV * tauMass_GeV;
        if (a2 < t2 || b2 < t2) {
            throw new PhysicsException(String.format(Locale.ROOT, "the tau mass %.5g GeV cannot be the light eigenvalue: "
                    + "both off-diagonal entries must exceed it (here %.4g and %.4g GeV, P2 eq. 47); "
                    + "raise the Yukawa couplings or the VEVs", tauMass_GeV, entryLeft_GeV, entryRight_GeV));
        }
        return new TauMassMatrix(entryLeft_GeV, entryRight_GeV, Math.sqrt((a2 - t2) * (b2 - t2) / t2));
    }

    /** Heavy singular value m_E (≈ M for M ≫ a, b; P2 eq. 55). */
    public double heavyMass() {
        double trace = traceSquared();
        double product = entryLeft_GeV * entryRight_GeV;
        return Math.sqrt(0.5 * (trace + Math.sqrt(trace * trace - 4.0 * product * product)));
    }

    /** Light singular value m_τ = |ab|/m_E (exact; written as a ratio to avoid cancellation). */
    public double tauMass() {
        return Math.abs(entryLeft_GeV * entryRight_GeV) / heavyMass();
    }

    /** m_τ ≈ ab/M, the large-M limit (P2 eqs. 42, 54). */
    public double tauMassLeadingOrder() {
        return entryLeft_GeV * entryRight_GeV / bareMass_GeV;
    }

    /** θ_L, exact: light eigenvector of 𝓜𝓜ᵀ (P2 eqs. 48, 50). */
    public double thetaLeft() {
        return lightAngle(entryLeft_GeV * entryLeft_GeV, entryLeft_GeV * bareMass_GeV);
    }

    /** θ_R, exact: light eigenvector of 𝓜ᵀ𝓜 (P2 eqs. 49, 51). */
    public double thetaRight() {
        return lightAngle(entryRight_GeV * entryRight_GeV, entryRight_GeV * bareMass_GeV);
    }

    /** θ_L ≈ −a/M, i.e. tan 2θ_L ≈ −√2 y_L v/M (P2 eq. 50, M ≫ a, b). */
    public double thetaLeftLeadingOrder() {
        return -entryLeft_GeV / bareMass_GeV;
    }

    /** θ_R ≈ −b/M, i.e. tan 2θ_R ≈ −√2 y_R V_5/M (P2 eq. 51). */
    public double thetaRightLeadingOrder() {
        return -entryRight_GeV / bareMass_GeV;
    }

    private double traceSquared() {
        return entryLeft_GeV * entryLeft_GeV + entryRight_GeV * entryRight_GeV + bareMass_GeV * bareMass_GeV;
    }

    /**
     * Angle of the light eigenvector (cos θ, sin θ) of the symmetric matrix [[d, o], [o, tr − d]], whose
     * eigenvalues are m_τ² and m_E²: (d − m_τ²) cos θ + o sin θ = 0.
     */
    private double lightAngle(double diagonal, double offDiagonal) {
        double lightSquared = tauMass() * tauMass();
        if (offDiagonal == 0.0) {
            return diagonal <= lightSquared ? 0.0 : Math.PI / 2;
        }
        return Math.atan((lightSquared - diagonal) / offDiagonal);
    }
}
