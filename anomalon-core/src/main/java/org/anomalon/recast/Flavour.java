package org.anomalon.recast;

import java.util.Arrays;
import java.util.Locale;
import org.anomalon.InvalidInputException;

/**
 * The SM fermions X couples to, by the names of DarkCast's limit definitions (the {@code x_f},
 * {@code a_f} of arXiv:1801.04847 eq. 2.1): the charged leptons, the three neutrino flavours and
 * the six quarks, with their electric charge in units of e.
 */
public enum Flavour {
    E("e", -1), MU("mu", -1), TAU("tau", -1),
    NU_E("nue", 0), NU_MU("numu", 0), NU_TAU("nutau", 0),
    U("u", 2.0 / 3), D("d", -1.0 / 3), S("s", -1.0 / 3), C("c", 2.0 / 3), B("b", -1.0 / 3), T("t", 2.0 / 3);

    private static final Flavour[] VALUES = values();

    private final String darkCastName;
    private final double charge;

    Flavour(String darkCastName, double charge) {
        this.darkCastName = darkCastName;
        this.charge = charge;
    }

    /** The name in DarkCast's files, e.g. {@code numu}. */
    public String darkCastName() {
        return darkCastName;
    }

    /** Electric charge Q_f in units of e. */
    public double charge() {
        return charge;
    }

    public boolean neutrino() {
        return this == NU_E || this == NU_MU || this == NU_TAU;
    }

    /** The flavour with this DarkCast name; anything else is bad input naming {@code source}. */
    public static Flavour parse(String name, String source, String field) {
        for (Flavour flavour : VALUES) {
            if (flavour.darkCastName.equals(name)) {
                return flavour;
            }
        }
        throw InvalidInputException.of(source, field, name, "one of "
                + String.join(", ", Arrays.stream(VALUES).map(Flavour::darkCastName).toList()));
    }

    @Override
    public String toString() {
        return darkCastName.toUpperCase(Locale.ROOT);
    }
}
