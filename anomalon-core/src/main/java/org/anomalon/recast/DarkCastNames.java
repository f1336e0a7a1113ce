package org.anomalon.recast;

import java.util.Arrays;
import org.anomalon.InvalidInputException;
import org.anomalon.observables.xdecay.Flavour;
import org.anomalon.observables.xdecay.XCouplings;

/** The names DarkCast's limit definitions give the SM fermions (e, mu, tau, nue, numu, nutau, u, d, s, c, b, t). */
final class DarkCastNames {
    private DarkCastNames() {
    }

    static String name(Flavour flavour) {
        return flavour.label().replace("_", "");
    }

    /** The flavour called {@code name}, or null. */
    static Flavour flavourOrNull(String name) {
        return Arrays.stream(Flavour.values()).filter(f -> name(f).equals(name)).findFirst().orElse(null);
    }

    /** The flavour called {@code name}; anything else is bad input naming {@code source}. */
    static Flavour flavour(String name, String source, String field) {
        Flavour flavour = flavourOrNull(name);
        if (flavour == null) {
            throw InvalidInputException.of(source, field, name, "one of " + known());
        }
        return flavour;
    }

    static String known() {
        return String.join(", ", Arrays.stream(Flavour.values()).map(DarkCastNames::name).toList());
    }

    /** x_f² + a_f²: the rate of f f̄ annihilation, Drell–Yan and bremsstrahlung off f (arXiv:1801.04847 Sec. 2). */
    static double squared(XCouplings x, Flavour flavour) {
        return x.vector(flavour) * x.vector(flavour) + x.axial(flavour) * x.axial(flavour);
    }

    /**
     * Whether a charged fermion has an axial (axial = true) or vector coupling. DarkCast asks it of
     * every fermion; a neutrino's axial part only says which chiralities are charged (a = −v for
     * left-handed neutrinos) and decides no limit's validity.
     */
    static boolean chargedFermionCouples(XCouplings x, boolean axial) {
        return Arrays.stream(Flavour.values()).anyMatch(f -> !f.neutrino() && (axial ? x.axial(f) : x.vector(f)) != 0);
    }
}
