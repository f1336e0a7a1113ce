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
    })
    void badFilesAreRejectedWithTheFileAndField(String description, String yaml, String expectedFragment) {
        assertThatThrownBy(() -> parse(yaml.replace("\\n", "\n")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("test.yaml")
                .hasMessageContaining(expectedFragment);
    }

    @Test
    void missingFileIsInvalidInput() {
        assertThatThrownBy(() -> ModelFiles.read(Path.of("/nonexistent/model.yaml")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("/nonexistent/model.yaml");
    }
}
