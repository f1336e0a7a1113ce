package org.anomalon.fit;

/**
 * The theory side of the fit: for an observable name and m_X, its prediction as a quadratic form
 * in (g_X A_XWW, g_X A_XYY). {@link AnomalyObservables} implements it with the P0 couplings and
 * rates; tests use explicit forms.
 */
@FunctionalInterface
public interface ObservableResponse {
    /**
     * @throws org.anomalon.InvalidInputException for an unknown observable
     * @throws org.anomalon.PhysicsException      when the channel is kinematically closed at m_X
     */
    QuadraticResponse response(String observable, double massX_GeV);
}
