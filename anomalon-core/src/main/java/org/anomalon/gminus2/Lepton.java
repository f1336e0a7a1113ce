package org.anomalon.gminus2;

import org.anomalon.observables.xdecay.Flavour;

/** The charged leptons whose anomalous magnetic moment anomalon evaluates. */
public enum Lepton {
    ELECTRON("e", "e-", Flavour.E),
    MUON("mu", "mu-", Flavour.MU);

    private final String key;
    private final String particle;
    private final Flavour flavour;

    Lepton(String key, String particle, Flavour flavour) {
        this.key = key;
        this.particle = particle;
        this.flavour = flavour;
    }

    /** {@code e} or {@code mu}, as in the constraint file and the output ({@code delta_a_mu}). */
    public String key() {
        return key;
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
            if (lepton.key.equals(text)) {
                return lepton;
            }
        }
        throw new IllegalStateException(source + ": unknown lepton '" + text + "' (e or mu)");
    }
}
