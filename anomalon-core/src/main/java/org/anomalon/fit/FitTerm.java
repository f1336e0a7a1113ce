package org.anomalon.fit;

import org.anomalon.observables.Channel;

/**
 * The Gaussian terms of P0's construction (P0 Sec. 3.2.5) that a fit can keep or drop: the Belle II
 * two-body couplings g_S² and g_P² (P0 eqs. 3.26–3.27) and the L3 bound on B(Z → γX) (P0 eq. 3.15).
 */
public enum FitTerm {
    G_S("gS", Observable.BelleCoupling.SCALAR),
    G_P("gP", Observable.BelleCoupling.PSEUDOSCALAR),
    Z("Z", Observable.of(Channel.Z_TO_GAMMA));

    private final String label;
    private final Observable observable;

    FitTerm(String label, Observable observable) {
        this.label = label;
        this.observable = observable;
    }

    /** The name on the command line and in output: {@code gS}, {@code gP}, {@code Z}. */
    public String label() {
        return label;
    }

    /** The observable of the likelihood terms it names. */
    public Observable observable() {
        return observable;
    }
}
