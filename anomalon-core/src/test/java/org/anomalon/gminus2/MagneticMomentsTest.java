package org.anomalon.gminus2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.anomalon.inputs.Inputs;
import java.util.List;
import org.anomalon.limits.CouplingLimits;
import org.anomalon.limits.Exclusion;
import org.anomalon.limits.MassGrid;
import org.anomalon.model.BuiltinModels;
import org.anomalon.observables.xdecay.Flavour;
import org.anomalon.observables.xdecay.XCouplings;
import org.anomalon.study.LimitsRequest;
import org.anomalon.study.ModelStudy;
import org.anomalon.study.Point;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;

class MagneticMomentsTest {
    private final Inputs inputs = Inputs.defaults();

    @Test
    void aModelsMomentsUseItsLeptonCouplings() {
        // B3 - L2: the muon has L_mu = -1 (vector), the electron no charge and no mixing
        MagneticMoments moments = ModelStudy.of(BuiltinModels.load("b3-minus-l2")).magneticMoments(Point.of(0.02, 5e-4));
        double muonMass = inputs.mass("mu-");
        assertThat(moments.muon()).isCloseTo(25e-8 * MomentLoop.vector(muonMass, 0.02), Percentage.withPercentage(1e-10));
        assertThat(moments.electron()).isZero();
    }

    @Test
    void axialCouplingsGiveANegativeContribution() {
        XCouplings axial = XCouplings.builder().axial(Flavour.MU, 1).build();
        MagneticMoments moments = MagneticMoments.of(axial, 0.5, 1e-3, inputs);
        assertThat(moments.muon()).isNegative()
                .isCloseTo(1e-6 * MomentLoop.axial(inputs.mass("mu-"), 0.5), Percentage.withPercentage(1e-10));
    }

    @Test
    void constraintsTurnIntoCouplingsInClosedForm() {
        MomentConstraint limit = MomentConstraints.find("g-2-mu-Bodas2021");
        MomentConstraint band = MomentConstraints.find("g-2-mu-band-Bodas2021");
        assertThat(limit.high()).isCloseTo(2.79e-9 + 5 * 0.76e-9, within(1e-22));
        assertThat(limit.low()).isCloseTo(2.79e-9 - 5 * 0.76e-9, within(1e-22));
        double unit = 1e-3; // Delta a at g_X = 1
        assertThat(limit.couplings(unit)).isEqualTo(Exclusion.above(Math.sqrt(limit.high() / unit)));
        Exclusion favoured = band.couplings(unit);
        assertThat(favoured.low(0)).isCloseTo(Math.sqrt(band.low() / unit), Percentage.withPercentage(1e-12));
        assertThat(favoured.high(0)).isCloseTo(Math.sqrt(band.high() / unit), Percentage.withPercentage(1e-12));
        // a negative (axial) contribution is limited by the lower edge, and never explains the anomaly
        assertThat(limit.couplings(-unit)).isEqualTo(Exclusion.above(Math.sqrt(-limit.low() / unit)));
        assertThat(band.couplings(-unit).isEmpty()).isTrue();
        assertThat(limit.couplings(0).isEmpty()).isTrue();
        MomentConstraint electron = MomentConstraints.find("g-2-e-Cs-Bodas2021");
        assertThat(electron.high()).isCloseTo(8.7e-13 + 3 * 3.6e-13, within(1e-25));
        assertThat(electron.low()).isEqualTo(-electron.high());
        assertThat(electron.treeLevel()).isTrue();
        assertThat(band.isExclusion()).isFalse();
    }

    @Test
    void limitsCarryTheMuonBandAndLimitForALeptonCoupledModel() {
        // B3 - L2 (ST Fig. 4): the band contains the couplings whose Delta a_mu^X is within 2 sigma
        ModelStudy study = ModelStudy.of(BuiltinModels.load("b3-minus-l2"));
        MassGrid grid = MassGrid.logarithmic(0.01, 0.1, 3);
        CouplingLimits limits = study.limits(LimitsRequest.on(grid)
                .withEntries(List.of("g-2-mu-band-Bodas2021", "g-2-mu-Bodas2021", "g-2-e-Cs-Bodas2021"))).limits();
        CouplingLimits.EntryLimit band = limits.limits().stream().filter(l -> l.entry().id().equals("g-2-mu-band-Bodas2021"))
                .findFirst().orElseThrow();
        CouplingLimits.EntryLimit limit = limits.limits().stream().filter(l -> l.entry().id().equals("g-2-mu-Bodas2021"))
                .findFirst().orElseThrow();
        double muonMass = inputs.mass("mu-");
        for (int i = 0; i < grid.size(); i++) {
            double unit = MomentLoop.vector(muonMass, grid.mass(i)); // v_mu = -1
            assertThat(band.exclusion(i).low(0)).isCloseTo(Math.sqrt((2.79e-9 - 2 * 0.76e-9) / unit), Percentage.withPercentage(1e-9));
            assertThat(band.exclusion(i).high(0)).isCloseTo(Math.sqrt((2.79e-9 + 2 * 0.76e-9) / unit), Percentage.withPercentage(1e-9));
            assertThat(limits.envelope().values()[i]).isCloseTo(Math.sqrt((2.79e-9 + 5 * 0.76e-9) / unit), Percentage.withPercentage(1e-9));
            assertThat(limits.envelope().setBy()[i]).isEqualTo("g-2-mu-Bodas2021");
            assertThat(limit.exclusion(i).size()).isEqualTo(1); // Delta a^X > 0: the lower edge excludes nothing
        }
        // no electron coupling, no mixing: (g-2)_e is left out
        assertThat(limits.limits()).noneMatch(l -> l.entry().id().equals("g-2-e-Cs-Bodas2021"));
    }
}
