package org.anomalon.recast;

import org.anomalon.observables.xdecay.XCouplings;

import org.anomalon.observables.xdecay.Flavour;

import java.util.List;
import java.util.Map;

/** The flavour-SU(3) generators and vector-meson dominance of DarkCast (arXiv:1801.04847 Sec. 2.2). */
final class VectorMesonDominance {
    private static final double SQRT2 = Math.sqrt(2);
    static final Map<String, double[]> GENERATORS = Map.of(
            "gamma", new double[] {2.0 / 3, -1.0 / 3, -1.0 / 3},
            "rho0", new double[] {0.5, -0.5, 0},
            "pi0", new double[] {0.5, -0.5, 0},
            "omega", new double[] {0.5, 0.5, 0},
            "phi", new double[] {0, 0, 1 / SQRT2},
            "eta", new double[] {1 / Math.sqrt(6), 1 / Math.sqrt(6), -1 / Math.sqrt(6)},
            "eta'", new double[] {1 / (2 * Math.sqrt(3)), 1 / (2 * Math.sqrt(3)), 2 / (2 * Math.sqrt(3))},
            "D0", new double[] {1, 0, 0},
            "D*0", new double[] {1, 0, 0});
    static final List<String> MIXING = List.of("rho0", "omega", "phi");
    private static final double[][] VECTORS = {GENERATORS.get("rho0"), GENERATORS.get("omega"), GENERATORS.get("phi")};
    private static final BreitWigner[] LINE_SHAPES = {BreitWigner.RHO0, BreitWigner.OMEGA, BreitWigner.PHI};

    private VectorMesonDominance() {
    }

    /** c_T = T_u x_u + T_d x_d + T_s x_s (vector couplings). */
    static double charge(double[] generator, XCouplings x) {
        return generator[0] * x.vector(Flavour.U) + generator[1] * x.vector(Flavour.D) + generator[2] * x.vector(Flavour.S);
    }

    /** t_V = Σ_q T_A,q T_B,q T_V,q for V = ρ⁰, ω, φ. */
    static double[] decayWeights(double[] parent, double[] daughter) {
        double[] weights = new double[3];
        for (int v = 0; v < 3; v++) {
            for (int q = 0; q < 3; q++) {
                weights[v] += parent[q] * daughter[q] * VECTORS[v][q];
            }
        }
        return weights;
    }

    /** |Σ_V t_V c_V BW_V(m)|² with running-width Breit–Wigners (arXiv:1801.04847 eqs. 2.9–2.10, A.2). */
    static double vectorDominance(double[] weights, double m, XCouplings x) {
        double re = 0;
        double im = 0;
        for (int v = 0; v < 3; v++) {
            if (weights[v] == 0) {
                continue;
            }
            double amplitude = weights[v] * charge(VECTORS[v], x);
            double[] bw = LINE_SHAPES[v].runningWidth(m);
            re += amplitude * bw[0];
            im += amplitude * bw[1];
        }
        return re * re + im * im;
    }
}
