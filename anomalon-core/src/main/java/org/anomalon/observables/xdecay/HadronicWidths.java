package org.anomalon.observables.xdecay;

import java.util.List;

/**
 * X → hadrons below 2 GeV by the data-driven vector-meson-dominance method of DarkCast
 * (arXiv:1801.04847 eqs. 2.15–2.18; axial part arXiv:2206.08563 eq. 2.11), with DarkCast's
 * published curves (docs/x-decays.md). Widths in units of g_X² m_X/(12π).
 *
 * <p>Vector part, for each exclusive state F with ratio curves R_F^V (V = ρ, ω, φ and the ω–φ
 * interference), X's light-quark vector couplings enter through the meson amplitudes
 * r_ρ c_ρ = v_u − v_d, r_ω c_ω = 3(v_u + v_d), r_φ c_φ = 3 v_s:
 * <pre>  Γ_F = g_X² m/(12π) [ Σ_V (r_V c_V)² R_F^V + 2 (r_ω c_ω)(r_φ c_φ) R_F^{ωφ} ].</pre>
 * For the dark photon (all three amplitudes ±e) Γ_F / (e² m/(12π)) is the curves' own R_F, the
 * normalisation the tests check. Negative curve values (π⁺π⁻π⁰π⁰ just above 0.8 GeV, |R| &lt; 1e-5)
 * are clipped to a zero width.
 *
 * <p>Axial part, not split into exclusive states (light and strange spectral functions A₁, A₁ˢ,
 * c_φ = −0.66, arXiv:2206.08563 eq. 2.11):
 * <pre>  Γ_A = g_X² m/(4π) { (a_u − a_d)² A₁ + θ(m − 2m_K) a_s² [A₁/4 + A₁ˢ − c_φ √(A₁ A₁ˢ)] }.</pre>
 * The isoscalar axial combination a_u + a_d has no data and is not computed below the matching
 * window.
 */
final class HadronicWidths {
    /** Where the blend into perturbative u, d, s widths starts and ends (docs/x-decays.md, "Matching"). */
    static final double MATCHING_FROM_GEV = 1.8;
    static final double MATCHING_TO_GEV = 2.0;
    /** c_φ of arXiv:2206.08563 eq. (2.11): the s s̄ – a₁ˢ mixing in the strange axial spectral function. */
    private static final double STRANGE_AXIAL_MIXING = -0.66;

    /** One exclusive state and its curves; null where the state has no such component. */
    record VectorState(XDecayChannel channel, RatioCurve rho, RatioCurve omega, RatioCurve phi, RatioCurve omegaPhi) {

        /** The bracket of the class formula at m (≥ 0). */
        double ratio(double rhoAmplitude, double omegaAmplitude, double phiAmplitude, double mass) {
            double sum = 0;
            if (rho != null) {
                sum += rhoAmplitude * rhoAmplitude * rho.at(mass);
            }
            if (omega != null) {
                sum += omegaAmplitude * omegaAmplitude * omega.at(mass);
            }
            if (phi != null) {
                sum += phiAmplitude * phiAmplitude * phi.at(mass);
            }
            if (omegaPhi != null) {
                sum += 2 * omegaAmplitude * phiAmplitude * omegaPhi.at(mass);
            }
            return Math.max(sum, 0);
        }

        /** Whether the amplitudes feed this state at all. */
        boolean coupled(double rhoAmplitude, double omegaAmplitude, double phiAmplitude) {
            return (rho != null && rhoAmplitude != 0) || (omega != null && omegaAmplitude != 0)
                    || (phi != null && phiAmplitude != 0);
        }

        /** Where the data open (the first node of the curves that the amplitudes feed). */
        double threshold(double rhoAmplitude, double omegaAmplitude, double phiAmplitude) {
            double threshold = Double.POSITIVE_INFINITY;
            if (rho != null && rhoAmplitude != 0) {
                threshold = Math.min(threshold, rho.firstMass());
            }
            if (omega != null && omegaAmplitude != 0) {
                threshold = Math.min(threshold, omega.firstMass());
            }
            if (phi != null && phiAmplitude != 0) {
                threshold = Math.min(threshold, phi.firstMass());
            }
            return threshold;
        }
    }

    private static final HadronicWidths SHIPPED = new HadronicWidths();

    private final List<VectorState> states;
    private final RatioCurve lightAxial;
    private final RatioCurve strangeAxial;

    private HadronicWidths() {
        states = List.of(
                state(XDecayChannel.PI_PI, "pi+_pi-", true, false, false, false),
                state(XDecayChannel.PI_PI_PI0, "pi+_pi-_pi0", false, true, true, true),
                state(XDecayChannel.PI0_GAMMA, "pi0_gamma", false, true, false, false),
                state(XDecayChannel.K_KBAR, "K_K", false, false, true, false),
                state(XDecayChannel.K_KBAR_PI, "K_K_pi", false, false, true, false),
                state(XDecayChannel.FOUR_PI_CHARGED, "pi+_pi-_pi+_pi-", true, false, false, false),
                state(XDecayChannel.FOUR_PI_NEUTRAL, "pi+_pi-_pi0_pi0", true, false, false, false),
                state(XDecayChannel.OTHER_HADRONS, "other", true, true, true, false));
        lightAxial = RatioCurve.read("sf.u_d.a.dat");
        strangeAxial = RatioCurve.read("sf.s.a.dat");
    }

    private static VectorState state(XDecayChannel channel, String file, boolean rho, boolean omega, boolean phi,
                                     boolean omegaPhi) {
        return new VectorState(channel, rho ? curve(file, "rho0") : null, omega ? curve(file, "omega") : null,
                phi ? curve(file, "phi") : null, omegaPhi ? curve(file, "omega_phi") : null);
    }

    private static RatioCurve curve(String state, String meson) {
        return RatioCurve.read("rf." + state + "." + meson + ".dat");
    }

    static HadronicWidths shipped() {
        return SHIPPED;
    }

    List<VectorState> vectorStates() {
        return states;
    }

    /** Where the light axial spectral function opens (its first node), GeV. */
    double axialThreshold() {
        return lightAxial.firstMass();
    }

    /**
     * The axial bracket of the class formula in units of g_X² m/(12π) (the m/(4π) of the formula is
     * 3 m/(12π)).
     *
     * @param kaonPairThreshold 2 m_K, below which the strange term is absent
     */
    double axialRatio(double isovector, double strange, double mass, double kaonPairThreshold) {
        double light = lightAxial.at(mass);
        double sum = isovector * isovector * light;
        if (strange != 0 && mass > kaonPairThreshold) {
            double heavy = strangeAxial.at(mass);
            sum += strange * strange * (light / 4 + heavy - STRANGE_AXIAL_MIXING * Math.sqrt(light * heavy));
        }
        return 3 * sum;
    }

    /**
     * Share of the light-quark hadronic width given to the perturbative u, d, s widths: 0 below the
     * matching window, 1 above, the C¹ smoothstep 3t² − 2t³ in between (so the total width and its
     * slope are continuous).
     */
    static double perturbativeShare(double mass) {
        if (mass <= MATCHING_FROM_GEV) {
            return 0;
        }
        if (mass >= MATCHING_TO_GEV) {
            return 1;
        }
        double t = (mass - MATCHING_FROM_GEV) / (MATCHING_TO_GEV - MATCHING_FROM_GEV);
        return t * t * (3 - 2 * t);
    }
}
