package org.anomalon;

/**
 * A well-formed request that physics does not allow or that the implemented formulas do not
 * cover: a kinematically closed decay asked for on its own, a fit for a model that cannot
 * produce the measured process, a numerical procedure that did not converge.
 *
 * <p>The command line reports it on one line and exits with code 3 (invalid input is 2).
 */
public final class PhysicsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PhysicsException(String message) {
        super(message);
    }

    public PhysicsException(String message, Throwable cause) {
        super(message, cause);
    }
}
