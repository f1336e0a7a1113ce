package org.anomalon.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.anomalon.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ModelFilesTest {

    private static Model parse(String yaml) throws IOException {
        return ModelFiles.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml");
    }

    @Test
    void shorthandExpandsAndPerFieldKeysOverride() throws IOException {
        Model model = parse("""
                name: chiral
                charges: {B: 1/3, Ltau: 1, l3: 4, e3: "-1"}
                fermions:
                  - {name: L_L, chirality: L, su2: 3, Y: 1, X: -3}
                scalars:
                  - {name: S, X: 0.5}
                """);
        assertThat(model.charge(SmField.Q, 2)).isEqualTo(Rationals.of(1, 9));
        assertThat(model.charge(SmField.L, 3)).isEqualTo(Rationals.of(4));
        assertThat(model.charge(SmField.E, 3)).isEqualTo(Rationals.of(-1));
        assertThat(model.charge(SmField.L, 1)).isEqualTo(Rationals.of(0));
        assertThat(model.hasRightHandedNeutrino(3)).isFalse();
        assertThat(model.extraFermions()).singleElement()
                .satisfies(f -> assertThat(f.chargeX()).isEqualTo(Rationals.of(-3)));
        assertThat(model.scalars().get(0).chargeX()).isEqualTo(Rationals.of(1, 2));
    }

    @Test
    void decimalsAreExact() throws IOException {
        Model model = parse("name: d\ncharges: {Ltau: 0.1}\n");
        assertThat(model.charge(SmField.E, 3)).isEqualTo(Rationals.of(1, 10));
    }

    @Test
    void nuRFollowsItsLeptonDoublet() throws IOException {
        Model model = parse("name: bl\ncharges: {B: 1, Le: -1, Lmu: -1, Ltau: -1}\nnu_R: true\n");
        assertThat(model.hasRightHandedNeutrino(2)).isTrue();
        assertThat(model.charge(SmField.N, 2)).isEqualTo(Rationals.of(-1));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unknown top key     | 'name: a\ncharge: {B: 1}\n'                    | top level key = 'charge'",
            "unknown field key   | 'name: a\ncharges: {x7: 1}\n'                  | charge key = 'x7'",
            "not a number        | 'name: a\ncharges: {B: abc}\n'                 | charges.B = 'abc'",
            "zero denominator    | 'name: a\ncharges: {B: 1/0}\n'                 | charges.B = '1/0'",
            "duplicate key       | 'name: a\ncharges: {B: 1, B: 2}\n'             | malformed YAML: Duplicate field 'B'",
            "malformed yaml      | 'name: [a\n'                                   | malformed YAML",
            "empty file          | ''                                             | empty model file",
            "su2 below one       | 'name: a\nfermions:\n  - {name: F, chirality: L, su2: 0, Y: 0, X: 1}\n' | su2 = 0",
            "bad chirality       | 'name: a\nfermions:\n  - {name: F, chirality: X, su2: 1, Y: 0, X: 1}\n' | chirality = 'X'",
            "unknown fermion key | 'name: a\nfermions:\n  - {name: F, chirality: L, su2: 1, Y: 0, X: 1, colour: 3}\n' | key = 'colour'",
            "missing name        | 'charges: {B: 1}\n'                              | 'name'",
            "epsilon not a number | 'name: a\nkinetic_mixing: lots\n'             | kinetic_mixing = 'lots' is not allowed; expected none, loop, e",
            "epsilon NaN          | 'name: a\nkinetic_mixing: NaN\n'              | kinetic_mixing = 'NaN'",
            "epsilon YAML nan     | 'name: a\nkinetic_mixing: .nan\n'             | '.nan' at line 2: kinetic_mixing: .nan",
            "epsilon YAML inf     | 'name: a\nkinetic_mixing: .inf\n'             | at line 2: kinetic_mixing: .inf",
            "epsilon one          | 'name: a\nkinetic_mixing: 1\n'                | kinetic_mixing = '1' is not allowed; expected none, loop, e (the dark photon: epsilon = e) or a number epsilon with |epsilon| < 1",
            "epsilon minus two    | 'name: a\nkinetic_mixing: -2.5\n'             | kinetic_mixing = '-2.5'",
            "epsilon mapping key  | 'name: a\nkinetic_mixing: {value: 0.1, why: x}\n' | kinetic_mixing key = 'why'",
            "loop diverges        | 'name: a\ncharges: {Ltau: 1}\nkinetic_mixing: loop\n' | kinetic_mixing = 'loop' is not allowed; expected a fixed epsilon",
            "unknown nu option    | 'name: a\nright_handed_neutrinos: maybe\n'    | right_handed_neutrinos = 'maybe' is not allowed; expected true (light right-handed neutrinos carry X charge",
            "nu option and nu_R   | 'name: a\nnu_R: true\nright_handed_neutrinos: true\n' | either nu_R or right_handed_neutrinos",
    })
    void badFilesAreRejectedWithTheFileAndField(String description, String yaml, String expectedFragment) {
        assertThatThrownBy(() -> parse(yaml.replace("\\n", "\n")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("test.yaml")
                .hasMessageContaining(expectedFragment);
    }

    @Test
    void kineticMixingChoices() throws IOException {
        assertThat(parse("name: a\n").kineticMixing().kind()).isEqualTo(KineticMixing.Kind.NONE);
        assertThat(parse("name: a\nkinetic_mixing: 1e-3\n").kineticMixing().epsilon()).isEqualTo(1e-3);
        assertThat(parse("name: a\nkinetic_mixing: -0.25\n").kineticMixing().epsilon()).isEqualTo(-0.25);
        Model loop = parse("name: a\ncharges: {Lmu: 1, Ltau: -1}\nkinetic_mixing: {value: loop, source: mu and tau loops}\n");
        assertThat(loop.kineticMixing().kind()).isEqualTo(KineticMixing.Kind.LOOP);
        assertThat(loop.kineticMixing().describe()).startsWith("loop").endsWith("[mu and tau loops]");
        // The dark photon: all charges 0, epsilon = e.
        Model darkPhoton = parse("name: dark-photon\nkinetic_mixing: e\n");
        assertThat(darkPhoton.kineticMixing().kind()).isEqualTo(KineticMixing.Kind.ELECTRIC_CHARGE);
        assertThat(darkPhoton.photonMixingTrace()).isEqualTo(Rationals.of(0));
    }

    @Test
    void photonMixingTraceVanishesExactlyForLmuMinusLtau() throws IOException {
        assertThat(parse("name: a\ncharges: {Lmu: 1, Ltau: -1}\n").photonMixingTrace()).isEqualTo(Rationals.of(0));
        // B − L: per generation 3 (2/3)(1/3) + 3 (−1/3)(1/3) + (−1)(−1) = 4/3, three generations
        assertThat(parse("name: a\ncharges: {B: 1, Le: -1, Lmu: -1, Ltau: -1}\n").photonMixingTrace()).isEqualTo(Rationals.of(4));
    }

    @Test
    void neutrinoOption() throws IOException {
        Model dirac = parse("name: a\ncharges: {Lmu: 1}\nright_handed_neutrinos: true\n");
        assertThat(dirac.lightRightHandedNeutrino(2)).isTrue();
        assertThat(dirac.charge(SmField.N, 2)).isEqualTo(Rationals.of(1));
        assertThat(dirac.neutrinoDescription()).startsWith("Dirac");
        Model heavy = parse("name: a\ncharges: {Ltau: 1, n3: 1}\nright_handed_neutrinos: false\n");
        assertThat(heavy.hasRightHandedNeutrino(3)).isTrue();
        assertThat(heavy.lightRightHandedNeutrino(3)).isFalse();
        assertThat(heavy.neutrinoDescription()).startsWith("left-handed only: n3 taken heavier");
        Model plain = parse("name: a\ncharges: {Ltau: 1}\n");
        assertThat(plain.neutrinoDescription()).startsWith("left-handed only (no right-handed neutrinos)");
    }

    @Test
    void inlineChargesTakeTheSameOptions() {
        Model model = ChargeAssignment.parseInline("Lmu=1,Ltau=-1,kinetic_mixing=loop,right_handed_neutrinos=true", "--charges");
        assertThat(model.kineticMixing().kind()).isEqualTo(KineticMixing.Kind.LOOP);
        assertThat(model.lightRightHandedNeutrino(3)).isTrue();
        assertThat(ChargeAssignment.parseInline("B=1,kinetic_mixing=0.01", "--charges").kineticMixing().epsilon()).isEqualTo(0.01);
        assertThatThrownBy(() -> ChargeAssignment.parseInline("B=1,kinetic_mixing=2", "--charges"))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("--charges: kinetic_mixing = '2'");
        assertThatThrownBy(() -> ChargeAssignment.parseInline("B=1,right_handed_neutrinos=yes", "--charges"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("right_handed_neutrinos = 'yes'");
        assertThatThrownBy(() -> ChargeAssignment.parseInline("B=1,kinetic_mixing=loop", "--charges"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("diverges");
    }

    @Test
    void builtInModelsStateTheirKineticMixingAndItsSource() {
        for (Model model : BuiltinModels.all()) {
            assertThat(model.kineticMixing().source()).as(model.name()).isNotBlank();
        }
        assertThat(BuiltinModels.load("lmu-minus-ltau").kineticMixing().kind()).isEqualTo(KineticMixing.Kind.LOOP);
        assertThat(BuiltinModels.load("b-minus-l").kineticMixing().kind()).isEqualTo(KineticMixing.Kind.NONE);
    }

    @Test
    void missingFileIsInvalidInput() {
        assertThatThrownBy(() -> ModelFiles.read(Path.of("/nonexistent/model.yaml")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("/nonexistent/model.yaml");
    }
}
