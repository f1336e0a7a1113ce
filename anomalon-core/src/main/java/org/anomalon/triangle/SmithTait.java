package org.anomalon.triangle;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.anomalon.Parameter;
import org.anomalon.PhysicsException;
import org.anomalon.anomaly.AnomalyAnalysis;
import org.anomalon.eft.EffectiveCouplings;
import org.anomalon.eft.WessZuminoCouplings;
import org.anomalon.inputs.Inputs;
import org.anomalon.model.Model;
import org.anomalon.model.Rationals;
import org.anomalon.model.SmField;
import org.apache.commons.numbers.fraction.BigFraction;
import org.hipparchus.complex.Complex;

/**
 * The Smith–Tait contribution (ST, "Conserved currents are not anomaly-safe"): what the SM fermion
 * masses leave in the XWW and XZγ triangles of a vector-like U(1)_X. Each fermion enters with
 * weight 1 − 2m_f² I00 (ST eqs. 1–4, {@link TriangleIntegral}); P0's couplings assume weight 1 for
 * every SM fermion, so the ST contribution is the difference, −2m_f² I00 per fermion, and it adds to
 * P0's Wess–Zumino couplings. For a current that is conserved in the SM (B−L, B₃−L₂, L_μ−L_τ), P0's
 * part vanishes and the ST contribution is everything.
 *
 * <ul>
 *   <li><b>Z → γX</b>, every SM fermion mass, I00 at p² = M_Z², (p+q)² = m_X², q² = 0:
 *   C_XZγ^ST = g_X g g'/(8π²) · Σ_f (−2 N_c X_f Q_f T3_f) (−2m_f² I00(m_f)) (docs/physics.md §6).
 *   With the top fully decoupled and the others massless this is g_X g g'/(8π²) · 2X_t:
 *   {@link #zPhotonTraceLeftByTop()} (= 2/3 for B−L).</li>
 *   <li><b>Flavour-changing couplings</b> (ST eqs. 6–8): the W-loop of P0 eqs. (3.6)–(3.7) with the
 *   XWW triangle of the top removed (ST neglect all other masses, and the momenta in the loop are
 *   ≪ m_t in the meson decays). The top is one of the two components of q₃, so the effective trace
 *   left behind is ΔA_XWW = +(3/2) X(q₃) ({@link #traceXWWLeftByTop()}, = 1/2 for B−L): the
 *   couplings are P0's with A_XWW → ΔA_XWW.</li>
 * </ul>
 *
 * @param model                   the charges
 * @param massX_GeV               m_X
 * @param traceXWWLeftByTop       ΔA_XWW = (3/2) X(q₃), exact
 * @param zPhotonTraceLeftByTop   2 X(t): Σ_f (−2N_c X Q T3) over all charged fermions but the top, exact
 * @param zPhotonMassCorrection   Σ_f (−2N_c X_f Q_f T3_f)(−2m_f² I00(m_f)) with all masses (complex
 *                                above the b b̄, τ τ̄ … thresholds of the Z leg); 0 when m_X ≥ M_Z
 * @param weights                 1 − 2m_f² I00 of every charged fermion at this m_X, by name
 */
public record SmithTait(Model model, double massX_GeV, BigFraction traceXWWLeftByTop,
                        BigFraction zPhotonTraceLeftByTop, Complex zPhotonMassCorrection,
                        Map<String, Complex> weights) {

    /** The label every output of this class carries. */
    public static final String ORIGIN = "ST contribution";

    public SmithTait {
        weights = Collections.unmodifiableMap(new LinkedHashMap<>(weights));
    }

    /**
     * Whether ST's formulas apply: X couples vector-like to every charged SM fermion (ST Sec. II treat
     * "theories which gauge a global symmetry of the SM under which the SM fermions are vector-like").
     */
    public static boolean applies(Model model) {
        for (int generation = 1; generation <= SmField.GENERATIONS; generation++) {
            BigFraction quarks = model.charge(SmField.Q, generation);
            if (!quarks.equals(model.charge(SmField.U, generation)) || !quarks.equals(model.charge(SmField.D, generation))
                    || !model.charge(SmField.L, generation).equals(model.charge(SmField.E, generation))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the current is conserved within the SM (A_XWW = A_XYY = 0 over the SM fields) and
     * vector-like: then P0's Wess–Zumino couplings vanish and ST's are the whole effect. This is when
     * {@code anomalon rates} adds the ST contribution by default.
     */
    public static boolean conservedVectorCurrent(Model model) {
        AnomalyAnalysis analysis = AnomalyAnalysis.of(model);
        return analysis.traceXWW().signum() == 0 && analysis.traceXYY().signum() == 0 && applies(model);
    }

    /**
     * @throws PhysicsException naming the first charged fermion X couples to chirally, when there is one
     */
    static void requireVectorLike(Model model) {
        // The charges do not depend on the inputs; the default masses only fill the records.
        for (DiracFermion fermion : DiracFermion.chargedFermions(model, Inputs.defaults())) {
            if (!fermion.vectorLike()) {
                throw new PhysicsException("the Smith-Tait contribution is implemented for vector-like currents only;"
                        + " model " + model.name() + " gives the " + fermion.name() + " charges X_L = "
                        + Rationals.format(fermion.leftChargeX()) + ", X_R = " + Rationals.format(fermion.rightChargeX()));
            }
        }
    }

    /**
     * @throws PhysicsException when X is not vector-like (chiral currents: ST's weights do not apply)
     */
    public static SmithTait of(Model model, double massX_GeV, Inputs inputs) {
        Parameter.MASS_X.require(massX_GeV);
        requireVectorLike(model);
        List<DiracFermion> fermions = DiracFermion.chargedFermions(model, inputs);
        double massZ2 = square(inputs.mass("Z"));
        double s = square(massX_GeV);
        Complex correction = Complex.ZERO;
        Map<String, Complex> weights = new LinkedHashMap<>();
        if (s < massZ2) { // otherwise Z → γX is closed and there is no Z-photon term to correct
            for (DiracFermion fermion : fermions) {
                Complex weight = TriangleIntegral.decouplingFactor(massZ2, s, square(fermion.mass_GeV()));
                weights.put(fermion.name(), weight);
                // ST contribution = share × (weight − 1) = share × (−2 m² I00).
                correction = correction.add(weight.subtract(1).multiply(fermion.zPhotonShare().doubleValue()));
            }
        }
        BigFraction topShare = fermions.stream().filter(f -> f.name().equals("t")).findFirst().orElseThrow()
                .zPhotonShare();
        // q₃'s SU(2)²X trace is −N_c X(q₃) (left-handed, 2T(2) = 1); the top carries half of it.
        BigFraction traceLeftByTop = model.charge(SmField.Q, 3).multiply(Rationals.of(3, 2));
        return new SmithTait(model, massX_GeV, traceLeftByTop, topShare.negate(), correction, weights);
    }

    /**
     * C_XZγ^ST = g_X g g'/(8π²) · {@link #zPhotonMassCorrection()} for the electroweak scheme of
     * {@code inputs} (same normalisation as P0 eq. 3.13).
     */
    public Complex zPhotonCoefficient(double gX, Inputs inputs) {
        double g = inputs.electroweak().g();
        double gPrime = inputs.electroweak().gPrime();
        return zPhotonMassCorrection.multiply(gX * g * gPrime / (8 * Math.PI * Math.PI));
    }

    /**
     * The ST contribution as an additive {@link EffectiveCouplings} labelled {@value #ORIGIN}: the
     * flavour-changing couplings of P0 eqs. (3.6)–(3.7) with A_XWW → ΔA_XWW (the trace left by the
     * decoupled top), and C_XZγ^ST. Add it to P0's Wess–Zumino couplings with
     * {@link EffectiveCouplings#plus}.
     *
     * @param wessZumino the loop sums Σ V V* F(x) and electroweak couplings of the same inputs
     */
    public EffectiveCouplings couplings(double gX, WessZuminoCouplings wessZumino) {
        EffectiveCouplings flavour = wessZumino.of(traceXWWLeftByTop.doubleValue(), 0, gX);
        return new EffectiveCouplings(ORIGIN, flavour.gSd(), flavour.gBd(), flavour.gBs(), flavour.gCu(),
                zPhotonCoefficient(gX, wessZumino.inputs()));
    }

    private static double square(double x) {
        return x * x;
    }
}
