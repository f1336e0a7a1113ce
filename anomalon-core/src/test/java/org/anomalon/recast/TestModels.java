package org.anomalon.recast;

import org.anomalon.observables.xdecay.Flavour;

import org.anomalon.observables.xdecay.XCouplings;

import java.util.EnumMap;
import java.util.Map;

/**
 * Models for the recast tests, with DarkCast's couplings (arXiv:1801.04847 eq. 2.1) and widths that
 * are exact for fermion pairs (arXiv:1801.04847 eq. 2.13: Γ = C m/(12π) [x²(1 + 2r)√(1 − 4r) +
 * a²(1 − 4r)^{3/2}], r = m_f²/m², DarkCast 2.1's masses) and, for every other single channel,
 * an arbitrary positive width: those are only for tests whose answer does not depend on the widths
 * (a recast into the limit's own model), never for numbers.
 */
final class TestModels {
    static final double E = 0.302822;
    static final double HBAR = 6.58211951e-25;
    private static final Map<Flavour, Double> MASS = Map.of(Flavour.E, 0.000511, Flavour.MU, 0.10566, Flavour.TAU, 1.77682,
            Flavour.C, 1.5, Flavour.B, 4.8, Flavour.T, 171.0);
    private static final Map<DecayState, Flavour> PAIRS = Map.of(DecayState.E_E, Flavour.E, DecayState.MU_MU, Flavour.MU,
            DecayState.TAU_TAU, Flavour.TAU, DecayState.NUE_NUE, Flavour.NU_E, DecayState.NUMU_NUMU, Flavour.NU_MU,
            DecayState.NUTAU_NUTAU, Flavour.NU_TAU, DecayState.C_C, Flavour.C, DecayState.B_B, Flavour.B, DecayState.T_T, Flavour.T);

    private TestModels() {
    }

    /** x_f = e Q_f. */
    static XCouplings darkPhoton() {
        XCouplings.Builder builder = XCouplings.builder();
        for (Flavour f : Flavour.values()) {
            builder.vector(f, E * f.electricCharge());
        }
        return builder.build();
    }

    /** DarkCast's B − L boson: quarks 1/3, leptons and neutrinos −1, vector. */
    static XCouplings bMinusL() {
        XCouplings.Builder builder = XCouplings.builder();
        for (Flavour f : Flavour.values()) {
            builder.vector(f, f.quark() ? 1.0 / 3 : -1);
        }
        return builder.build();
    }

    static RecastModel model(String name, XCouplings couplings, boolean fakeHadrons) {
        return model(name, couplings, fakeHadrons, 0);
    }

    /** With a dark-sector width of {@code darkOverVisible} times the visible width (DarkCast's invisible searches). */
    static RecastModel model(String name, XCouplings couplings, boolean fakeHadrons, double darkOverVisible) {
        return new RecastModel() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public XCouplings couplings(double massX_GeV) {
                return couplings;
            }

            @Override
            public Widths widths(double m) {
                Map<DecayState, Double> widths = new EnumMap<>(DecayState.class);
                PAIRS.forEach((state, f) -> widths.put(state, pairWidth(couplings, f, m)));
                if (fakeHadrons && m > 0.28) {
                    for (DecayState state : DecayState.HADRONS.channels()) {
                        widths.put(state, 0.01 * m / (12 * Math.PI));
                    }
                }
                Widths result = Widths.of(widths);
                return darkOverVisible == 0 ? result : result.withDarkWidthTimesVisible(darkOverVisible);
            }
        };
    }

    /** arXiv:1801.04847 eq. 2.13 (colour 3 for quarks). */
    static double pairWidth(XCouplings x, Flavour f, double m) {
        double massF = MASS.getOrDefault(f, 0.0);
        if (m <= 2 * massF) {
            return 0;
        }
        double r = massF * massF / (m * m);
        double colour = f.colours();
        double v = x.vector(f);
        double a = x.axial(f);
        return colour * m / (12 * Math.PI) * (v * v * (1 + 2 * r) * Math.sqrt(1 - 4 * r) + a * a * Math.pow(1 - 4 * r, 1.5));
    }

    static Recaster recaster(RecastModel model) {
        return new Recaster(model, Map.of(RecastLimit.LimitModel.DARK_PHOTON, model("dark photon", darkPhoton(), true),
                RecastLimit.LimitModel.B_MINUS_L, model("B-L", bMinusL(), true)), HBAR);
    }
}
