package org.anomalon.anomaly;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.anomalon.model.ChargeAssignment;
import org.anomalon.model.Chirality;
import org.anomalon.model.Fermion;
import org.anomalon.model.Model;
import org.anomalon.model.Rationals;
import org.anomalon.model.SmField;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * Checks the multiplet formulas against an independent sum over individual Weyl components:
 * every colour index c and every weak-isospin state T3 of every multiplet, with the anomaly of
 * SU(2)²X computed as Σ s X T3² and of SU(3)²X as Σ s X (λ3/2)² over colour states (triplets only).
 */
class BruteForceAnomalyTest {
    private static final Random RANDOM = new Random(20261121L);

    @RepeatedTest(200)
    void multipletFormulasEqualComponentSums() {
        List<Fermion> fermions = new ArrayList<>(randomModel().allFermions());
        for (int i = 0; i < 3; i++) {
            fermions.add(new Fermion("extra" + i, RANDOM.nextBoolean() ? Chirality.L : Chirality.R,
                    RANDOM.nextBoolean() ? 1 : 3, 1 + RANDOM.nextInt(7), randomRational(), randomRational(),
                    1 + RANDOM.nextInt(2)));
        }
        AnomalyCoefficients fromMultiplets = AnomalyCoefficients.of(fermions);
        assertThat(fromMultiplets).isEqualTo(componentSums(fermions));
    }

    @RepeatedTest(50)
    void vectorCurrentsSatisfyP0Eq27() {
        // P0 eq. (2.7): for X = a_B B + Σ a_i L_i, A_XYY = −A_XWW = 3 a_{B+L}.
        Map<String, BigFraction> shorthand = new LinkedHashMap<>();
        for (String key : ChargeAssignment.SHORTHAND_KEYS) {
            shorthand.put(key, randomRational());
        }
        Model model = Model.of("random", "", "", ChargeAssignment.expand(shorthand, false, "test"), List.of(),
                List.of());
        AnomalyAnalysis analysis = AnomalyAnalysis.of(model);
        BigFraction alphaBL = shorthand.get("B").add(
                shorthand.get("Le").add(shorthand.get("Lmu")).add(shorthand.get("Ltau")).divide(3));
        assertThat(analysis.alphaBL()).contains(alphaBL);
        assertThat(analysis.traceXYY()).isEqualTo(alphaBL.multiply(3));
        assertThat(analysis.traceXWW()).isEqualTo(alphaBL.multiply(-3));
    }

    @RepeatedTest(50)
    void chiralTauCurrentsSatisfyP2Eqs21And22() {
        BigFraction alphaL = randomRational();
        BigFraction alphaR = randomRational();
        Model model = Model.of("chiral", "", "",
                ChargeAssignment.expand(Map.of("l3", alphaL, "e3", alphaR), false, "test"), List.of(), List.of());
        AnomalyAnalysis analysis = AnomalyAnalysis.of(model);
        assertThat(analysis.traceXWW()).isEqualTo(alphaL.negate());
        assertThat(analysis.traceXYY()).isEqualTo(alphaR.multiply(2).subtract(alphaL));
    }

    @Test
    void wittenCountsDoubletsTimesColour() {
        Fermion quarkDoublet = SmField.Q.withCharge(1, BigFraction.ZERO);
        Fermion sextet = Fermion.colourless("sextet", Chirality.L, 6, BigFraction.ZERO, BigFraction.ZERO);
        Fermion quadruplet = Fermion.colourless("quad", Chirality.L, 4, BigFraction.ZERO, BigFraction.ZERO);
        assertThat(AnomalyAnalysis.wittenCount(List.of(quarkDoublet, sextet, quadruplet))).isEqualTo(4);
    }

    private static AnomalyCoefficients componentSums(List<Fermion> fermions) {
        BigFraction grav = BigFraction.ZERO;
        BigFraction cubic = BigFraction.ZERO;
        BigFraction su2 = BigFraction.ZERO;
        BigFraction yy = BigFraction.ZERO;
        BigFraction yx = BigFraction.ZERO;
        BigFraction su3 = BigFraction.ZERO;
        for (Fermion f : fermions) {
            int s = f.chirality().anomalySign();
            BigFraction x = f.chargeX();
            BigFraction y = f.hypercharge();
            for (int copy = 0; copy < f.copies(); copy++) {
                for (BigFraction colourT3 : colourStates(f.colourDimension())) {
                    for (int twiceT3 = -(f.su2Dimension() - 1); twiceT3 <= f.su2Dimension() - 1; twiceT3 += 2) {
                        BigFraction t3 = Rationals.of(twiceT3, 2);
                        grav = grav.add(x.multiply(s));
                        cubic = cubic.add(x.multiply(x).multiply(x).multiply(s));
                        su2 = su2.add(x.multiply(t3).multiply(t3).multiply(s));
                        yy = yy.add(y.multiply(y).multiply(x).multiply(s));
                        yx = yx.add(y.multiply(x).multiply(x).multiply(s));
                        su3 = su3.add(x.multiply(colourT3).multiply(colourT3).multiply(s));
                    }
                }
            }
        }
        return new AnomalyCoefficients(grav, cubic, su2, yy, yx, su3);
    }

    /** λ3/2 eigenvalues of the colour states: (1/2, −1/2, 0) for a triplet, 0 for a singlet. */
    private static List<BigFraction> colourStates(int dimension) {
        return dimension == 3
                ? List.of(Rationals.of(1, 2), Rationals.of(-1, 2), BigFraction.ZERO)
                : List.of(BigFraction.ZERO);
    }

    private static Model randomModel() {
        Map<String, BigFraction> perField = new LinkedHashMap<>();
        for (int generation = 1; generation <= SmField.GENERATIONS; generation++) {
            for (SmField field : SmField.values()) {
                perField.put(field.key(generation), randomRational());
            }
        }
        return Model.of("random", "", "", ChargeAssignment.expand(perField, true, "test"), List.of(), List.of());
    }

    private static BigFraction randomRational() {
        return Rationals.of(RANDOM.nextInt(21) - 10, 1 + RANDOM.nextInt(12));
    }
}
