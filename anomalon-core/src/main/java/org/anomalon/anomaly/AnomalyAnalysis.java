package org.anomalon.anomaly;

import java.util.List;
import java.util.Optional;
import org.anomalon.model.Fermion;
import org.anomalon.model.Model;
import org.anomalon.model.SmField;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * Everything the anomaly algebra says about one model (docs/physics.md §1), exact.
 *
 * @param model        the model analysed
 * @param alphaBL      a_{B+L} = a_B + (a_e + a_μ + a_τ)/3 (P0 eq. 2.7), empty when the SM charges
 *                     are not a vector current of the form P0 eq. (1.1)
 * @param traceXWW     A_XWW of the SM fields, Σ_R − Σ_L X · 2T(n) · N_c (P0 eq. 3.2)
 * @param traceXYY     A_XYY of the SM fields, Σ_R − Σ_L 2 X Y² · n · N_c (P0 eq. 3.2)
 * @param coefficients the six anomaly coefficients over all fermions of the model
 * @param wittenCount  number of Weyl SU(2) multiplets with n = 4l + 2 (times colour and copies)
 */
public record AnomalyAnalysis(Model model, Optional<BigFraction> alphaBL, BigFraction traceXWW,
                              BigFraction traceXYY, AnomalyCoefficients coefficients, long wittenCount) {

    public static AnomalyAnalysis of(Model model) {
        List<Fermion> sm = model.smFermions();
        AnomalyCoefficients smOnly = AnomalyCoefficients.of(sm);
        // A_XWW = 2 × (SM part of the SU(2)²X coefficient), A_XYY = 2 × (SM part of Y²X).
        BigFraction traceXWW = smOnly.su2su2X().multiply(2);
        BigFraction traceXYY = smOnly.yyX().multiply(2);
        List<Fermion> all = model.allFermions();
        return new AnomalyAnalysis(model, alphaBL(model), traceXWW, traceXYY, AnomalyCoefficients.of(all),
                wittenCount(all));
    }

    /** C_WW = −A_XWW (P2 eq. 8): the Wess–Zumino coefficient left by heavy anomalons. */
    public BigFraction wessZuminoWW() {
        return traceXWW.negate();
    }

    /** C_BB = −A_XYY (P2 eq. 8). */
    public BigFraction wessZuminoBB() {
        return traceXYY.negate();
    }

    /**
     * Whether the SM fields leave A_XWW or A_XYY to be cancelled by heavy anomalons (P0 Sec. 3.3):
     * only then do anomalon masses, and the UV lines drawn from them, mean anything.
     */
    public boolean needsAnomalons() {
        return traceXWW.signum() != 0 || traceXYY.signum() != 0;
    }

    public boolean wittenEven() {
        return wittenCount % 2 == 0;
    }

    /** All six conditions vanish and the Witten count is even. */
    public boolean anomalyFree() {
        return coefficients.allVanish() && wittenEven();
    }

    static long wittenCount(List<Fermion> fermions) {
        return fermions.stream()
                .filter(f -> GroupTheory.isWittenOdd(f.su2Dimension()))
                .mapToLong(f -> (long) f.colourDimension() * f.copies())
                .sum();
    }

    /**
     * a_{B+L} when the SM charges are those of P0 eq. (1.1): all quarks carry one charge a_B/3 and,
     * per generation, ℓ_L, e_R (and ν_R, if present) carry one charge a_i.
     */
    static Optional<BigFraction> alphaBL(Model model) {
        BigFraction quark = model.charge(SmField.Q, 1);
        BigFraction leptonSum = BigFraction.ZERO;
        for (int generation = 1; generation <= SmField.GENERATIONS; generation++) {
            for (SmField field : List.of(SmField.Q, SmField.U, SmField.D)) {
                if (!model.charge(field, generation).equals(quark)) {
                    return Optional.empty();
                }
            }
            BigFraction lepton = model.charge(SmField.L, generation);
            boolean neutrinoMatches = !model.hasRightHandedNeutrino(generation)
                    || model.charge(SmField.N, generation).equals(lepton);
            if (!model.charge(SmField.E, generation).equals(lepton) || !neutrinoMatches) {
                return Optional.empty();
            }
            leptonSum = leptonSum.add(lepton);
        }
        // a_B = 3 × quark charge; P0 eq. (2.7).
        return Optional.of(quark.multiply(3).add(leptonSum.divide(3)));
    }
}
