package org.anomalon.observables.xdecay;

/**
 * The SM fermion flavours X can couple to, in DarkCast's list (arXiv:1801.04847): three charged
 * leptons, three neutrinos, six quarks. Each knows its electric charge and colour.
 */
public enum Flavour {
    E("e", -1, 1), MU("mu", -1, 1), TAU("tau", -1, 1),
    NU_E("nu_e", 0, 1), NU_MU("nu_mu", 0, 1), NU_TAU("nu_tau", 0, 1),
    U("u", 2.0 / 3, 3), D("d", -1.0 / 3, 3), S("s", -1.0 / 3, 3),
    C("c", 2.0 / 3, 3), B("b", -1.0 / 3, 3), T("t", 2.0 / 3, 3);

    private final String label;
    private final double electricCharge;
    private final int colours;

    Flavour(String label, double electricCharge, int colours) {
        this.label = label;
        this.electricCharge = electricCharge;
        this.colours = colours;
    }

    /** Short name, e.g. {@code mu}, {@code nu_tau}, {@code s}. */
    public String label() {
        return label;
    }

    /** Q in units of e. */
    public double electricCharge() {
        return electricCharge;
    }

    /** N_c: 3 for quarks, 1 for leptons. */
    public int colours() {
        return colours;
    }

    public boolean neutrino() {
        return electricCharge == 0;
    }

    public boolean quark() {
        return colours == 3;
    }
}
