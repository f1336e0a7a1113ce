package org.anomalon.spectra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.anomalon.model.BuiltinModels;
import org.anomalon.model.Chirality;
import org.anomalon.model.Fermion;
import org.anomalon.model.Model;
import org.anomalon.model.Rationals;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;

class AnomalyVerificationTest {
    private static final BigFraction ALPHA = Rationals.of(1, 3);

    private static AnomalonSpectrum a6(int m) {
        return AnomalonSearch.search(ALPHA, Topology.ONE_ML_ONE_DL, SearchBounds.colourless(2 * m)).stream()
                .filter(s -> s.family().equals("A.6") && s.fields().get(1).su2Dimension() == m).findFirst().orElseThrow();
    }

    @Test
    void searchReproducesTheAnomalonsOfP0Table5() {
        // the built-in model p0-1dl1ml-m3 (P0 Table 5, tau flavour, a_{B+L} = 1/3) written left-handed
        Model table5 = BuiltinModels.load("p0-1dl1ml-m3");
        List<String> builtin = new ArrayList<>();
        for (Fermion f : table5.extraFermions()) {
            if (f.su2Dimension() > 1) {
                boolean right = f.chirality() == Chirality.R;
                builtin.add(f.su2Dimension() + "," + Rationals.format(right ? f.hypercharge().negate() : f.hypercharge())
                        + "," + Rationals.format(right ? f.chargeX().negate() : f.chargeX()));
            }
        }
        List<String> searched = a6(3).fields().stream().map(f -> f.su2Dimension() + "," + Rationals.format(f.hypercharge())
                + "," + Rationals.format(f.chargeX())).toList();
        assertThat(searched).containsExactlyInAnyOrderElementsOf(builtin);
        assertThat(AnomalyVerification.of(table5, a6(3)).passed()).isTrue();
    }

    @Test
    void aWrongChargeFailsTheCheck() {
        AnomalonSpectrum right = a6(2);
        List<AnomalonField> fields = new ArrayList<>(right.fields());
        AnomalonField ml = fields.get(0);
        fields.set(0, new AnomalonField(ml.name(), ml.kind(), 1, ml.su2Dimension(), ml.hypercharge(),
                ml.chargeX().negate(), BigFraction.ZERO));
        AnomalonSpectrum wrong = new AnomalonSpectrum(right.topology(), "wrong", ALPHA, fields, right.scalarCharge());
        AnomalyVerification verification = AnomalyVerification.of(AnomalyVerification.baryonCurrent(ALPHA), wrong);
        assertThat(verification.passed()).isFalse();
        assertThat(verification.coefficients().su2su2X().signum()).isNotZero();
    }

    @Test
    void residualsAreLeftForTheSinglets() {
        AnomalyVerification verification = AnomalyVerification.of(AnomalyVerification.baryonCurrent(ALPHA), a6(2));
        // Σ X over Weyl components: SM baryon current is vector-like (0); anomalons −3·(3/2)·... exact value
        BigFraction expected = BigFraction.ZERO;
        for (AnomalonField f : a6(2).fields()) {
            expected = expected.subtract(f.chargeX().multiply(f.su2Dimension()));
        }
        assertThat(verification.gravityResidual()).isEqualTo(expected);
        assertThat(verification.wittenCount() % 2).isZero();
    }
}
