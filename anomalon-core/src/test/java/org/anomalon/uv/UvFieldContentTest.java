package org.anomalon.uv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.anomalon.InvalidInputException;
import org.anomalon.model.BuiltinModels;
import org.anomalon.model.Chirality;
import org.anomalon.model.Fermion;
import org.anomalon.model.Model;
import org.anomalon.model.Rationals;
import org.anomalon.model.Scalar;
import org.anomalon.spectra.AnomalonKind;
import org.junit.jupiter.api.Test;

class UvFieldContentTest {

    @Test
    void p0Table5HasADiracTripletAndAMajoranaQuintupletFromS() {
        UvFieldContent content = UvFieldContent.of(BuiltinModels.load("p0-1dl1ml-m3"));
        assertThat(content.anomalons()).extracting(AnomalonMultiplet::name, AnomalonMultiplet::kind,
                        AnomalonMultiplet::su2Dimension)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("A", AnomalonKind.DL, 3),
                        org.assertj.core.groups.Tuple.tuple("B", AnomalonKind.ML, 5));
        assertThat(content.anomalons()).allSatisfy(a -> assertThat(a.scalar().name()).isEqualTo("S"));
        assertThat(content.vectorLike()).isEmpty();
        assertThat(content.singlets()).extracting(Fermion::name).containsExactly("N_R");
    }

    @Test
    void p2LMinus4RSeparatesAnomalonMediatorAndSinglets() {
        UvFieldContent content = UvFieldContent.of(BuiltinModels.load("p2-l-minus-4r"));
        assertThat(content.anomalons()).singleElement().satisfies(a -> {
            assertThat(a.name()).isEqualTo("L");
            assertThat(a.su2Dimension()).isEqualTo(3);
            assertThat(a.hypercharge()).isEqualTo(Rationals.of(1));
            assertThat(a.scalar().name()).isEqualTo("S1");
        });
        assertThat(content.vectorLike()).extracting(UvFieldContent.VectorLikePair::name).containsExactly("E");
        assertThat(content.singlets()).hasSize(2);
    }

    @Test
    void p0Table6HasTwoDiracPairs() {
        UvFieldContent content = UvFieldContent.of(BuiltinModels.load("p0-2dl-m1"));
        assertThat(content.anomalons()).extracting(AnomalonMultiplet::name).containsExactly("A", "B");
        assertThat(content.anomalons()).allSatisfy(a -> assertThat(a.kind()).isEqualTo(AnomalonKind.DL));
    }

    @Test
    void pairWithoutMatchingScalarIsAnInconsistentScalarCharge() {
        Model model = withFermions(List.of(
                Fermion.colourless("A_L", Chirality.L, 2, Rationals.of(1, 2), Rationals.of(1)),
                Fermion.colourless("A_R", Chirality.R, 2, Rationals.of(1, 2), Rationals.of(0))),
                List.of(new Scalar("S", Rationals.of(2))));
        assertThatThrownBy(() -> UvFieldContent.of(model)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("A_L").hasMessageContaining("X_1 + X_2 = ±X_S");
    }

    @Test
    void unpairableFieldIsRejected() {
        Model model = withFermions(List.of(
                Fermion.colourless("A_L", Chirality.L, 2, Rationals.of(1, 2), Rationals.of(1))),
                List.of(new Scalar("S", Rationals.of(1))));
        assertThatThrownBy(() -> UvFieldContent.of(model)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("A_L").hasMessageContaining("partner");
    }

    @Test
    void neutralScalarIsRejected() {
        Model model = withFermions(List.of(), List.of(new Scalar("S", Rationals.of(0))));
        assertThatThrownBy(() -> UvFieldContent.of(model)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("scalar S X");
    }

    static Model withFermions(List<Fermion> fermions, List<Scalar> scalars) {
        Model tau = BuiltinModels.load("tau-flavour");
        return Model.of("test", "", "", tau.smCharges(), fermions, scalars);
    }

    @Test
    void unitarityRulesReproduceEveryPrintedCoupling() {
        // P0 eqs. (4.5), (4.7), (4.10); P2 after eqs. (43) and (59)
        Map<Double, Double> printedVsOurs = Map.of(
                Math.sqrt(4 * Math.PI), PerturbativeUnitarity.maxYukawa(AnomalonKind.DL, 2),
                Math.sqrt(16 * Math.PI / 3), PerturbativeUnitarity.maxYukawa(AnomalonKind.ML, 3),
                Math.sqrt(8 * Math.PI / 3), PerturbativeUnitarity.maxYukawa(AnomalonKind.DL, 3),
                Math.sqrt(16 * Math.PI / 5), PerturbativeUnitarity.maxYukawa(AnomalonKind.ML, 5),
                Math.sqrt(8 * Math.PI), PerturbativeUnitarity.maxYukawa(AnomalonKind.DL, 1));
        printedVsOurs.forEach((printed, ours) -> assertThat(ours).isCloseTo(printed, org.assertj.core.data.Offset.offset(1e-12)));
    }
}
