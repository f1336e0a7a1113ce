package org.anomalon.recast;

import org.anomalon.observables.xdecay.XCouplings;

import org.anomalon.observables.xdecay.Flavour;

import org.anomalon.InvalidInputException;

/**
 * How a search produces X, as far as the model enters: σ(m, couplings) at g = 1, up to factors
 * that cancel between two models (arXiv:1801.04847 Sec. 2.1; the axial parts arXiv:2206.08563).
 * A recast uses only ratios σ(model)/σ(limit model) at equal mass. The names are DarkCast's:
 * <ul>
 *   <li>{@code f_brem}, {@code f_f} (f any fermion, e.g. {@code e_brem}, {@code mu_mu}, {@code b_b}):
 *       bremsstrahlung off f, f f̄ annihilation or Drell–Yan, σ = x_f² + a_f²;</li>
 *   <li>{@code p_brem}: proton bremsstrahlung (arXiv:1801.04847 eq. 2.4), σ = (2x_u + x_d)²
 *       + κ (2a_u + a_d)² [(1 + m²/m_v²)/(1 + m²/m_a²)]⁴ with DarkCast's κ = 1.6, m_v = 1.01 GeV,
 *       m_a = 0.84 GeV (axial over vector nucleon form factor);</li>
 *   <li>{@code pi_brem}: σ = (x_u − x_d)² + (a_u − a_d)² [κ_π B_ρ(0) B_a1(m)/(B_a1(0) B_ρ(m))]², κ_π = 0.52;</li>
 *   <li>{@code rho0}, {@code omega}, {@code phi}: vector-meson mixing (eq. 2.11), σ = c_V², c_V = T_V · x;</li>
 *   <li>{@code A_B} for mesons or photon A, B (e.g. {@code pi0_gamma}, {@code eta_gamma},
 *       {@code omega_pi0}, {@code phi_eta}, {@code D*0_D0}): A → B X through vector-meson
 *       dominance (eqs. 2.7–2.10), σ = |Σ_V t_V c_V BW_V(m)|², t_V = Σ_q T_A,q T_B,q T_V,q;</li>
 *   <li>{@code none}: production that does not involve X's couplings, σ = 1.</li>
 * </ul>
 * Generators T (diagonal in u, d, s; DarkCast 2.1 pars.py): γ (2, −1, −1)/3, ρ⁰ and π⁰ (1, −1, 0)/2,
 * ω (1, 1, 0)/2, φ (0, 0, 1)/√2, η (1, 1, −1)/√6, η′ (1, 1, 2)/(2√3), D⁰ and D*⁰ (1, 0, 0).
 * Only vector couplings enter meson mixing and meson decays.
 */
public final class Mechanism {
    private final String name;
    private final Sigma formula;

    private Mechanism(String name, Sigma formula) {
        this.name = name;
        this.formula = formula;
    }

    /** σ(m, couplings) at g = 1 (arbitrary normalisation common to all models). */
    public double sigma(double massX_GeV, XCouplings couplings) {
        return formula.sigma(massX_GeV, couplings);
    }

    /** DarkCast's name. */
    public String name() {
        return name;
    }

    /** The mechanism called {@code name}; an unknown name is bad input naming {@code source}. */
    public static Mechanism parse(String name, String source) {
        if (name.equals("none")) {
            return new Mechanism(name, (m, x) -> 1);
        }
        if (name.equals("p_brem")) {
            return new Mechanism(name, Mechanism::protonBremsstrahlung);
        }
        if (name.equals("pi_brem")) {
            return new Mechanism(name, Mechanism::pionBremsstrahlung);
        }
        double[] generator = VectorMesonDominance.GENERATORS.get(name);
        if (generator != null && VectorMesonDominance.MIXING.contains(name)) {
            return new Mechanism(name, (m, x) -> {
                double charge = VectorMesonDominance.charge(generator, x);
                return charge * charge;
            });
        }
        int separator = name.lastIndexOf('_');
        if (separator > 0) {
            String first = name.substring(0, separator);
            String second = name.substring(separator + 1);
            if (second.equals("brem") || second.equals(first)) {
                Flavour flavour = DarkCastNames.flavourOrNull(first);
                if (flavour != null) {
                    return new Mechanism(name, (m, x) -> DarkCastNames.squared(x, flavour));
                }
            }
            double[] parent = first.equals("gamma") ? null : VectorMesonDominance.GENERATORS.get(first);
            double[] daughter = VectorMesonDominance.GENERATORS.get(second);
            if (parent != null && daughter != null && !first.equals(second)) {
                double[] weights = VectorMesonDominance.decayWeights(parent, daughter);
                if (weights[0] != 0 || weights[1] != 0 || weights[2] != 0) {
                    return new Mechanism(name, (m, x) -> VectorMesonDominance.vectorDominance(weights, m, x));
                }
            }
        }
        throw InvalidInputException.of(source, "production mechanism", name, "f_brem or f_f for a fermion f ("
                + DarkCastNames.known()
                + "), p_brem, pi_brem, rho0, omega, phi, a meson decay A_B with A, B in "
                + String.join(", ", VectorMesonDominance.GENERATORS.keySet().stream().sorted().toList())
                + " (A not gamma, e.g. pi0_gamma), or none");
    }

    /** arXiv:1801.04847 eq. 2.4 with the axial term of arXiv:2206.08563 (DarkCast's constants). */
    private static double protonBremsstrahlung(double m, XCouplings x) {
        double vector = 2 * x.vector(Flavour.U) + x.vector(Flavour.D);
        double axial = 2 * x.axial(Flavour.U) + x.axial(Flavour.D);
        double formFactors = Math.pow((1 + m * m / (1.01 * 1.01)) / (1 + m * m / (0.84 * 0.84)), 4);
        return vector * vector + 1.6 * axial * axial * formFactors;
    }

    /** Pion bremsstrahlung: isovector vector part, axial part through the a1 over the ρ line shape (arXiv:2206.08563). */
    private static double pionBremsstrahlung(double m, XCouplings x) {
        double vector = x.vector(Flavour.U) - x.vector(Flavour.D);
        double axial = x.axial(Flavour.U) - x.axial(Flavour.D);
        double shape = 0.52 * BreitWigner.RHO0.fixedWidthSquared(0) * BreitWigner.A1.fixedWidthSquared(m)
                / (BreitWigner.A1.fixedWidthSquared(0) * BreitWigner.RHO0.fixedWidthSquared(m));
        return vector * vector + axial * axial * shape * shape;
    }

    @FunctionalInterface
    private interface Sigma {
        double sigma(double massX_GeV, XCouplings couplings);
    }
}
