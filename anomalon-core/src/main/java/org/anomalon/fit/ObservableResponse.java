package org.anomalon.fit;

/**
 * The theory side of the fit: for an observable and m_X, its prediction as a quadratic form
 * in (g_X A_XWW, g_X A_XYY). {@link AnomalyObservables} implements it with the P0 couplings and
 * rates; tests use explicit forms.
 */
@FunctionalInterface
public interface ObservableResponse {
    /**
     * @throws org.anomalon.PhysicsException      when the channel is kinematically closed at m_X
     */
    QuadraticResponse response(Observable observable, double massX_GeV);

    /**
     * The relative 1σ theory uncertainty of the observable (hadronic form factors), independent of
     * the couplings; 0 when none is known.
     */
    default double relativeTheoryUncertainty(Observable observable, double massX_GeV) {
        return 0;
    }
}
