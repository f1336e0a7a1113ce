package org.anomalon.fit;

import org.anomalon.eft.BelleTwoCouplings;
import org.anomalon.eft.EffectiveCouplings;
import org.anomalon.eft.WessZuminoCouplings;
import org.anomalon.inputs.Inputs;
import org.anomalon.observables.Channel;
import org.anomalon.observables.DecayRates;

/**
 * The predictions of P0 for the fit's observables, as quadratic forms in (g_X A_XWW, g_X A_XYY):
 * g_S², g_P² from g_{ξsb} (P0 eqs. 3.6, 3.25), the branching ratios of every {@link Channel}
 * (P0 eqs. 3.9, 3.10, 3.14). Each form is fixed by three evaluations of the couplings at g_X = 1,
 * traces (1, 0), (0, 1), (1, 1) (see {@link QuadraticResponse#fromSamples}).
 */
public final class AnomalyObservables implements ObservableResponse {
    private final Inputs inputs;
    private final WessZuminoCouplings couplings;
    private final DecayRates rates;

    private AnomalyObservables(Inputs inputs) {
        this.inputs = inputs;
        this.couplings = WessZuminoCouplings.forInputs(inputs);
        this.rates = DecayRates.forInputs(inputs);
    }

    public static AnomalyObservables forInputs(Inputs inputs) {
        return new AnomalyObservables(inputs);
    }

    @Override
    public QuadraticResponse response(Observable observable, double massX_GeV) {
        DecayRates.requirePositiveMass(massX_GeV);
        return QuadraticResponse.fromSamples(
                value(observable, couplings.of(1, 0, 1), massX_GeV),
                value(observable, couplings.of(0, 1, 1), massX_GeV),
                value(observable, couplings.of(1, 1, 1), massX_GeV));
    }

    /** The form-factor uncertainty of a channel's branching ratio (obsA's covariance propagation); 0 for g_S, g_P, Z → γX. */
    @Override
    public double relativeTheoryUncertainty(Observable observable, double massX_GeV) {
        if (!(observable instanceof Observable.Decay decay)) {
            return 0;
        }
        // Each meson channel depends on one flavour-changing coupling, ∝ A_XWW: any non-zero trace gives the ratio.
        var prediction = rates.predict(decay.channel(), couplings.of(1, 1, 1), massX_GeV);
        double branchingRatio = prediction.requireBranchingRatio();
        return branchingRatio > 0 ? prediction.branchingRatioUncertainty().orElse(0) / branchingRatio : 0;
    }

    private double value(Observable observable, EffectiveCouplings atUnitCoupling, double massX_GeV) {
        if (observable instanceof Observable.Decay decay) {
            return rates.predict(decay.channel(), atUnitCoupling, massX_GeV).requireBranchingRatio();
        }
        BelleTwoCouplings belle = BelleTwoCouplings.of(atUnitCoupling, inputs, massX_GeV);
        double modulus = (observable == Observable.BelleCoupling.SCALAR ? belle.gS() : belle.gP()).norm();
        return modulus * modulus;
    }
}
