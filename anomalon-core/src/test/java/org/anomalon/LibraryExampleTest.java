package org.anomalon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import java.util.OptionalDouble;
import java.util.Set;
import org.anomalon.anomaly.AnomalyAnalysis;
import org.anomalon.data.LimitsDatabase;
import org.anomalon.eft.EffectiveCouplings;
import org.anomalon.eft.WessZuminoCouplings;
import org.anomalon.fit.AnomalyObservables;
import org.anomalon.fit.ExcessFit;
import org.anomalon.fit.Likelihood;
import org.anomalon.fit.MeasurementSet;
import org.anomalon.fit.ModelFitReport;
import org.anomalon.fit.Readings;
import org.anomalon.inputs.Inputs;
import org.anomalon.limits.CouplingLimits;
import org.anomalon.limits.LimitCalculator;
import org.anomalon.limits.MassGrid;
import org.anomalon.limits.ModelSignals;
import org.anomalon.limits.Quantity;
import org.anomalon.model.ChargeAssignment;
import org.anomalon.model.Model;
import org.anomalon.observables.Channel;
import org.anomalon.observables.DecayRates;
import org.anomalon.triangle.StContribution;
import org.junit.jupiter.api.Test;

/** Runs the example of docs/library.md, line for line, and checks what it prints. */
class LibraryExampleTest {

    @Test
    void theDocumentedExampleRunsAndGivesThePaperNumbers() {
        // --- docs/library.md, begin ---
        Model model = ChargeAssignment.parseInline("Ltau=1", "my program");      // gauged τ flavour
        AnomalyAnalysis anomalies = AnomalyAnalysis.of(model);                   // exact traces
        Inputs inputs = Inputs.defaults();                                       // PDG 2026, alpha0 scheme

        // Rates at m_X = 2.1 GeV, g_X = 0.018 (P0 eqs. 3.6-3.14)
        EffectiveCouplings couplings = WessZuminoCouplings.forInputs(inputs).of(anomalies, 0.018);
        double zToPhotonX = DecayRates.forInputs(inputs).predict(Channel.Z_TO_GAMMA, couplings, 2.1)
                .requireBranchingRatio();

        // 90% CL limits on g_X from every measurement, 1 MeV - 5 GeV
        CouplingLimits limits = LimitCalculator.compute(model.name(), ModelSignals.of(model, inputs, StContribution.AUTO.decide(model)),
                LimitsDatabase.load().entries(), MassGrid.logarithmic(1e-3, 5, 200), Quantity.GX,
                anomalies.traceXWW().doubleValue());

        // Fit to the Belle II B -> K E_miss excess (P0 Sec. 3.2.5)
        AnomalyObservables theory = AnomalyObservables.forInputs(inputs);
        Likelihood likelihood = MeasurementSet.load(MeasurementSet.DEFAULT).likelihood(2.1, Set.of(), Readings.DEFAULT, theory);
        ModelFitReport fit = ExcessFit.fit(model.name(), anomalies.traceXWW().doubleValue(),
                anomalies.traceXYY().doubleValue(), likelihood, true, theory, OptionalDouble.of(1));

        System.out.printf("A_XWW = %s, B(Z -> gamma X) = %.2e, best g_X = %.4f (%.1f sigma), g_X < %.2e at 1 MeV%n",
                anomalies.traceXWW(), zToPhotonX, fit.best().couplingX(), fit.best().significanceSigma(),
                limits.envelope().values()[0]);
        // --- docs/library.md, end ---

        assertThat(anomalies.traceXWW().intValue()).isEqualTo(-1);
        assertThat(zToPhotonX).isCloseTo(5.6e-7, within(0.05e-7));          // P0 Sec. 3.2.5
        assertThat(fit.best().couplingX()).isCloseTo(0.0167, within(0.0001)); // docs/fit.md
        assertThat(fit.best().significanceSigma()).isCloseTo(4.09, within(0.01));
        assertThat(limits.envelope().setBy()[0]).startsWith("NA62");
    }
}
