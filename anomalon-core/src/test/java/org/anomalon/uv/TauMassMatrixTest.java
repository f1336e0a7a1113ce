package org.anomalon.uv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.anomalon.PhysicsException;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.SingularValueDecomposition;
import org.junit.jupiter.api.Test;

class TauMassMatrixTest {
    private static final double HIGGS_VEV = 246.0;   // P2 eq. (34)

    @Test
    void singularValuesAgreeWithHipparchusSvd() {
        TauMassMatrix m = new TauMassMatrix(120.0, 35.0, 300.0);
        RealMatrix matrix = MatrixUtils.createRealMatrix(new double[][] {{0, 120.0}, {35.0, 300.0}});
        double[] singular = new SingularValueDecomposition(matrix).getSingularValues();
        assertThat(m.heavyMass()).isCloseTo(singular[0], within(1e-9));
        assertThat(m.tauMass()).isCloseTo(singular[1], within(1e-9));
    }

    @Test
    void anglesSolveTheExactTan2ThetaOfEqs50And51() {
        double a = 120.0;
        double b = 35.0;
        double bigM = 300.0;
        TauMassMatrix m = new TauMassMatrix(a, b, bigM);
        // P2 eq. (50): tan 2θ_L = 2aM/(a² − M² − b²); eq. (51) with a ↔ b
        assertThat(Math.tan(2 * m.thetaLeft())).isCloseTo(2 * a * bigM / (a * a - bigM * bigM - b * b), within(1e-12));
        assertThat(Math.tan(2 * m.thetaRight())).isCloseTo(2 * b * bigM / (b * b - bigM * bigM - a * a), within(1e-12));
        // and the light left eigenvector of M Mᵀ is (cos θ_L, sin θ_L)
        double c = Math.cos(m.thetaLeft());
        double s = Math.sin(m.thetaLeft());
        double t2 = m.tauMass() * m.tauMass();
        assertThat(a * a * c + a * bigM * s).isCloseTo(t2 * c, within(1e-9));
    }

    @Test
    void largeMassLimitReproducesP2Eq54Normalisation() {
        // P2 eq. (54): m_τ ≈ (y_L y_R/2) v V5/M "= 1.78 GeV y_L y_R (V5/M / 0.014)". With v = 246 GeV the
        // coefficient is 246 × 0.014/2 = 1.722 GeV; 1.78 GeV needs V5/M = 2 m_τ/v = 0.01445, which the
        // paper printed rounded to 0.014.
        double v5 = 14.0;
        double bigM = 1000.0;
        TauMassMatrix m = new TauMassMatrix(HIGGS_VEV / Math.sqrt(2), v5 / Math.sqrt(2), bigM);
        assertThat(m.tauMassLeadingOrder()).isCloseTo(1.722, within(1e-12));
        assertThat(m.tauMass()).isCloseTo(1.722, within(0.06));   // exact value is smaller: v/M is not tiny
        TauMassMatrix tuned = new TauMassMatrix(HIGGS_VEV / Math.sqrt(2), 2 * 1.77693 / HIGGS_VEV * 1e5 / Math.sqrt(2), 1e5);
        assertThat(tuned.tauMass()).isCloseTo(1.77693, within(1e-4));   // exact = leading order × (1 − O(V5²/M²))
    }

    @Test
    void solvingForTheBareMassReturnsTheTauMassExactly() {
        TauMassMatrix m = TauMassMatrix.withTauMass(HIGGS_VEV / Math.sqrt(2), 20.0, 1.77693);
        assertThat(m.tauMass()).isCloseTo(1.77693, within(1e-10));
        assertThat(m.thetaRight()).isCloseTo(m.thetaRightLeadingOrder(), within(5e-3));
        assertThatThrownBy(() -> TauMassMatrix.withTauMass(1.0, 20.0, 1.77693)).isInstanceOf(PhysicsException.class);
    }
}
