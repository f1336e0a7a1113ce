package org.anomalon.spectra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.anomalon.InvalidInputException;
import org.junit.jupiter.api.Test;

class PerturbativityTest {
    @Test
    void gOf065AllowsUpToElevenPlets() {
        // P0 eq. (2.11) computed: n = 11 (Table 2's last row) passes, n = 12 fails
        assertThat(Perturbativity.largestDimension(Perturbativity.SU2_COUPLING)).isEqualTo(11);
        assertThat(Perturbativity.isPerturbative(11, 0.65)).isTrue();
        assertThat(Perturbativity.isPerturbative(12, 0.65)).isFalse();
    }

    @Test
    void strengthIsGSquaredT3SquaredOverFourPi() {
        assertThat(Perturbativity.strength(11, 0.65)).isCloseTo(0.65 * 0.65 * 25 / (4 * Math.PI), within(1e-15));
        assertThat(Perturbativity.strength(1, 0.65)).isZero();
    }

    @Test
    void largerCouplingAllowsSmallerMultiplets() {
        assertThat(Perturbativity.largestDimension(1.0)).isEqualTo(8);
        assertThatThrownBy(() -> Perturbativity.largestDimension(0)).isInstanceOf(InvalidInputException.class);
    }
}
