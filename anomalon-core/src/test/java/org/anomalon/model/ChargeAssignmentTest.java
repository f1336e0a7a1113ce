package org.anomalon.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.anomalon.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChargeAssignmentTest {

    @Test
    void inlineChargesAreExactAndOverride() {
        Model model = ChargeAssignment.parseInline("B=1/3, Ltau=-1, e3=0.25", "--charges");
        assertThat(model.charge(SmField.U, 1)).isEqualTo(Rationals.of(1, 9));
        assertThat(model.charge(SmField.L, 3)).isEqualTo(Rationals.of(-1));
        assertThat(model.charge(SmField.E, 3)).isEqualTo(Rationals.of(1, 4));
        assertThat(model.hasRightHandedNeutrino(1)).isFalse();
    }

    @Test
    void perFieldNeutrinoKeyAddsTheNeutrino() {
        Model model = ChargeAssignment.parseInline("Lmu=-1,n2=-1", "--charges");
        assertThat(model.hasRightHandedNeutrino(2)).isTrue();
        assertThat(model.hasRightHandedNeutrino(1)).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "B=abc        | B = 'abc'",
            "B=1/0        | denominator must not be 0",
            "Lx=1         | charge key = 'Lx'",
            "B=1,B=2      | each key at most once",
            "B            | key=value",
            "'   '        | empty charge list",
    })
    void badInlineChargesNameTheFlagAndField(String text, String fragment) {
        assertThatThrownBy(() -> ChargeAssignment.parseInline(text, "--charges"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("--charges")
                .hasMessageContaining(fragment);
    }

    @Test
    void rationalsRoundTrip() {
        assertThat(Rationals.format(Rationals.parse("-10/4", "t", "f"))).isEqualTo("-5/2");
        assertThat(Rationals.format(Rationals.parse("3", "t", "f"))).isEqualTo("3");
        assertThat(Rationals.format(Rationals.parse("1e-1", "t", "f"))).isEqualTo("1/10");
    }
}
