package org.anomalon.uv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.anomalon.model.Rationals;
import org.anomalon.spectra.RadiativeSplitting;
import org.junit.jupiter.api.Test;

class ChargedDecayTest {

    @Test
    void rateFollowsP2Eq37() {
        // wino-like triplet, I = 1 → 0: (j + I)(j − I + 1) = 2; Δm = 500 MeV gives 2/7.5e-12 s⁻¹
        assertThat(ChargedDecay.rate(3, Rationals.of(1), -1, 0.5)).isCloseTo(2 / 7.5e-12, within(1.0));
        // Higgsino-like doublet, I = −1/2 → +1/2: (j − I)(j + I + 1) = 1
        assertThat(ChargedDecay.rate(2, Rationals.of(-1, 2), +1, 0.5)).isCloseTo(1 / 7.5e-12, within(1.0));
        // cubic in the splitting
        assertThat(ChargedDecay.rate(3, Rationals.of(1), -1, 0.25) * 8).isCloseTo(2 / 7.5e-12, within(1.0));
    }

    @Test
    void winoWith166MeVIsADisappearingTrackAndDecaysInThreeCentimetres() {
        // P0 Sec. 4.1: m_B+ − m_B0 ≈ 166 MeV, disappearing-track searches apply
        List<ChargedDecay.Component> components = ChargedDecay.components(3, Rationals.of(0),
                RadiativeSplitting.standard());
        List<ChargedDecay.ChargedState> states = ChargedDecay.chargedStates(3, components, 0.13957039);
        assertThat(states).hasSize(2).allSatisfy(s -> {
            assertThat(s.lifetime_s()).isCloseTo(1.0247e-10, within(1e-14));
            assertThat(s.decayLength_m()).isCloseTo(0.03072, within(1e-5));
            assertThat(s.signature()).isEqualTo(ChargedDecay.TrackSignature.DISAPPEARING_TRACK);
            assertThat(s.pionOpen()).isTrue();
        });
    }

    @Test
    void chargedLightestStateIsStable() {
        // a Y = 1 singlet (the A of P0 Table 6) has no neutral partner
        List<ChargedDecay.ChargedState> states = ChargedDecay.chargedStates(1,
                ChargedDecay.components(1, Rationals.of(1), RadiativeSplitting.standard()), 0.1396);
        assertThat(states).singleElement().satisfies(s -> {
            assertThat(s.lifetime_s()).isInfinite();
            assertThat(s.signature()).isEqualTo(ChargedDecay.TrackSignature.STABLE_CHARGED);
        });
    }

    @Test
    void splittingBelowThePionMassIsFlagged() {
        List<ChargedDecay.ChargedState> states = ChargedDecay.chargedStates(3,
                ChargedDecay.components(3, Rationals.of(0), new RadiativeSplitting(0.1, 0.8768)), 0.1396);
        assertThat(states).allSatisfy(s -> assertThat(s.pionOpen()).isFalse());
    }
}
