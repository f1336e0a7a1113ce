package org.anomalon.fit;

/**
 * The fit of the SM B⁺ → K⁺νν̄ signal strength μ = B/B_SM in Belle II's workspace
 * ({@link BelleTwoWorkspace#signalStrengthFit()}); Belle II prints μ = 4.6 ± 1.0 (stat) ± 0.9 (syst),
 * 3.5σ from no signal and 2.7σ from the SM (arXiv:2311.14647).
 *
 * @param signalStrength        μ̂
 * @param errorAbove            upper end of the 68.3% profile-likelihood interval minus μ̂
 * @param errorBelow            μ̂ minus its lower end
 * @param statisticalAbove      the same with the systematic nuisance parameters frozen (see the method)
 * @param statisticalBelow      likewise below
 * @param systematicAbove       √(errorAbove² − statisticalAbove²)
 * @param systematicBelow       √(errorBelow² − statisticalBelow²)
 * @param significanceSigma     √q(μ = 0): the preference for a signal over none
 * @param significanceVsSmSigma √q(μ = 1): the tension with the SM expectation
 */
public record SignalStrengthFit(double signalStrength, double errorAbove, double errorBelow, double statisticalAbove,
                                double statisticalBelow, double systematicAbove, double systematicBelow,
                                double significanceSigma, double significanceVsSmSigma) {

    /** The symmetrised total error (errorAbove + errorBelow)/2. */
    public double signalStrengthError() {
        return (errorAbove + errorBelow) / 2;
    }
}
