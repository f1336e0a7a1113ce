package org.anomalon.gminus2;

import org.anomalon.observables.xdecay.Flavour;

/** The charged leptons whose anomalous magnetic moment anomalon evaluates. */
public enum Lepton {
    ELECTRON("e-", Flavour.E),
    MUON("mu-", Flavour.MU);

    private final String particle;
    private final Flavour flavour;

    Lepton(String particle, Flavour flavour) {
        this.particle = particle;
        this.flavour = flavour;
    }

    /** {@code e} or {@code mu}, as in the constraint file and the output ({@code delta_a_mu}). */
    public String key() {
        return flavour.label();
    }

    /** The {@link org.anomalon.inputs.Inputs} mass key. */
    public String particle() {
        return particle;
    }

    public Flavour flavour() {
        return flavour;
    }

    static Lepton parse(String text, String source) {
        for (Lepton lepton : values()) {
            if (lepton.key().equals(text)) {
                return lepton;
            }
        }
        throw new IllegalStateException(source + ": unknown lepton '" + text + "' (e or mu)");
    }
}
