package org.anomalon.inputs;


/**
 * The electroweak input scheme (docs/physics.md §4): which α the couplings g = e/s_W, g' = e/c_W use.
 * Both schemes take s_W² from the input {@code sin2_theta_w}.
 */
public enum EwScheme {
    /** α(0) = 1/137.035999: reproduces P0's printed numbers (default). */
    ALPHA0("alpha0", InputName.ALPHA_0),
    /** α(M_Z) = 1/127.951 (MS-bar): reproduces P2's printed numbers. */
    MSBAR_MZ("msbar-mz", InputName.ALPHA_MZ);

    private final String label;
    private final InputName alphaInput;

    EwScheme(String label, InputName alphaInput) {
        this.label = label;
        this.alphaInput = alphaInput;
    }

    /** The name used on the command line and in output, e.g. {@code alpha0}. */
    public String label() {
        return label;
    }

    /** The {@link Inputs} key of the fine-structure constant this scheme uses. */
    public InputName alphaInput() {
        return alphaInput;
    }
}
