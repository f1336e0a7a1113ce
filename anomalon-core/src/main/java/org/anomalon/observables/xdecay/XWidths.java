package org.anomalon.observables.xdecay;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import org.anomalon.inputs.Inputs;

/**
 * The partial widths of X for any coupling set ({@link XCouplings}) at any m_X: every fermion pair,
 * γγγ below 2 m_e, the exclusive hadronic channels and the axial-current hadrons below 2 GeV, matched
 * to perturbative u, d, s widths across 1.8–2 GeV, and c, b, t above their open-flavour thresholds
 * (docs/x-decays.md). Holds the inputs it needs (masses, α_s, e, ħ) and the shipped hadronic data;
 * immutable and thread-safe, so build it once ({@link #of}) and ask it at many masses.
 *
 * <ul>
 *   <li>Fermion pairs: {@link FermionPairWidth} with PDG lepton masses; neutrinos massless.</li>
 *   <li>γγγ (m_X &lt; 2 m_e): the electron loop, Seo 2020 eq. (3.5) as used by DarkCast
 *       (arXiv:2206.08563), Γ = g_X² v_e² e⁶/(4π)⁴/(2⁷3⁶5²π³) m⁹/m_e⁸ [17/5 + 67 m²/(42 m_e²) +
 *       128941 m⁴/(246960 m_e⁴)]. Only the vector coupling enters (an axial current is C-even and
 *       cannot make three photons); DarkCast keeps the a_e² term but drops the channel for any
 *       model with an axial coupling.</li>
 *   <li>Hadrons below 2 GeV: {@link HadronicWidths}; from 1.8 to 2 GeV their share falls smoothly
 *       to 0 while the perturbative u, d, s widths (N_c × the lepton formula × (1 + α_s/π),
 *       MS-bar masses) rise to 1.</li>
 *   <li>c, b: N_c × the lepton formula × (1 + α_s/π) from the open-flavour threshold 2 m_D⁰, 2 m_B⁺,
 *       with the meson mass in the phase space (continuous at threshold; the narrow cc̄ and bb̄
 *       resonances below are not modelled); t from 2 m_t (pole).</li>
 * </ul>
 */
public final class XWidths {
    private static final Map<Inputs, XWidths> CACHE = Collections.synchronizedMap(new WeakHashMap<>());

    private final HadronicWidths hadrons = HadronicWidths.shipped();
    private final StrongCoupling alphaS;
    private final double hbar;
    private final double electronMass;
    private final double threePhotonPrefactor;
    private final Map<XDecayChannel, Double> fermionMass = new EnumMap<>(XDecayChannel.class);
    private final Map<XDecayChannel, Double> threshold = new EnumMap<>(XDecayChannel.class);
    private final Map<XDecayChannel, String> closedNote = new EnumMap<>(XDecayChannel.class);
    private final Map<Double, String> dataThresholdNotes = new ConcurrentHashMap<>();
    private final double kaonPairThreshold;
    private final double isoscalarAxialThreshold;
    private final String isoscalarAxialClosed;
    private final String isoscalarAxialMissing;

    private XWidths(Inputs inputs) {
        alphaS = StrongCoupling.from(inputs);
        hbar = inputs.value("hbar");
        electronMass = inputs.mass("e-");
        double e2 = 4 * Math.PI * inputs.value("alpha_0");
        threePhotonPrefactor = e2 * e2 * e2 / Math.pow(4 * Math.PI, 4) / (128 * 729 * 25 * Math.pow(Math.PI, 3));
        kaonPairThreshold = 2 * inputs.mass("K+");
        isoscalarAxialThreshold = 4 * inputs.mass("pi0");
        isoscalarAxialClosed = "m_X <= 4 m_pi0 = " + format(isoscalarAxialThreshold) + " GeV (lightest isoscalar axial state)";
        isoscalarAxialMissing = "no data for the isoscalar axial-vector current (a_u + a_d) below "
                + format(HadronicWidths.MATCHING_TO_GEV) + " GeV; from " + format(HadronicWidths.MATCHING_FROM_GEV)
                + " GeV the perturbative u, d widths carry a growing share";
        pair(XDecayChannel.ELECTRON, electronMass, "2 m_e", "");
        pair(XDecayChannel.MUON, inputs.mass("mu-"), "2 m_mu", "");
        pair(XDecayChannel.TAU, inputs.mass("tau-"), "2 m_tau", "");
        for (XDecayChannel light : List.of(XDecayChannel.UP, XDecayChannel.DOWN, XDecayChannel.STRANGE)) {
            fermionMass.put(light, ModelCouplings.loopMass(light.flavour().orElseThrow(), inputs));
        }
        pair(XDecayChannel.CHARM, inputs.mass("D0"), "2 m_D0", " (open charm; the narrow charmonium resonances below are not modelled)");
        pair(XDecayChannel.BOTTOM, inputs.mass("B+"), "2 m_B+", " (open bottom; the narrow bottomonium resonances below are not modelled)");
        pair(XDecayChannel.TOP, inputs.mass("t"), "2 m_t", "");
    }

    /** A fermion pair opening at twice {@code mass}, which is also its phase-space mass. */
    private void pair(XDecayChannel channel, double mass, String threshold, String why) {
        fermionMass.put(channel, mass);
        this.threshold.put(channel, 2 * mass);
        closedNote.put(channel, "m_X <= " + threshold + " = " + format(2 * mass) + " GeV" + why);
    }

    /** The calculator for these inputs (built once per {@link Inputs} instance). */
    public static XWidths of(Inputs inputs) {
        return CACHE.computeIfAbsent(inputs, XWidths::new);
    }

    /** ħ in GeV s, for lifetimes. */
    public double hbar_GeVs() {
        return hbar;
    }

    /**
     * Every channel X couples to at m_X, with its width at coupling g_X.
     *
     * @param notes statements the result carries (kinetic mixing, neutrino option)
     */
    public XDecays decays(XCouplings couplings, double massX_GeV, double gX, List<String> notes) {
        XDecays.checkPoint(massX_GeV, gX);
        List<PartialWidth> widths = new ArrayList<>(XDecayChannel.values().length);
        double unit = gX * gX * massX_GeV / (12 * Math.PI);
        leptons(couplings, massX_GeV, gX, widths);
        threePhotons(couplings, massX_GeV, gX, widths);
        hadronsBelowTwoGeV(couplings, massX_GeV, unit, widths);
        quarks(couplings, massX_GeV, gX, widths);
        return new XDecays(massX_GeV, gX, widths, hbar, notes);
    }

    private void leptons(XCouplings couplings, double massX, double gX, List<PartialWidth> widths) {
        for (XDecayChannel channel : List.of(XDecayChannel.NU_E, XDecayChannel.NU_MU, XDecayChannel.NU_TAU,
                XDecayChannel.ELECTRON, XDecayChannel.MUON, XDecayChannel.TAU)) {
            fermionPair(channel, couplings, massX, gX, 1, widths);
        }
    }

    private void fermionPair(XDecayChannel channel, XCouplings couplings, double massX, double gX, double share,
                             List<PartialWidth> widths) {
        Flavour flavour = channel.flavour().orElseThrow();
        if (!couplings.couples(flavour)) {
            return;
        }
        if (massX <= threshold.getOrDefault(channel, 0.0)) {
            widths.add(PartialWidth.closed(channel, closedNote.get(channel)));
            return;
        }
        double qcd = flavour.quark() ? 1 + alphaS.at(massX) / Math.PI : 1;
        widths.add(PartialWidth.open(channel, share * qcd * FermionPairWidth.width(massX, gX, couplings.vector(flavour),
                couplings.axial(flavour), fermionMass.getOrDefault(channel, 0.0), flavour.colours())));
    }

    private void threePhotons(XCouplings couplings, double massX, double gX, List<PartialWidth> widths) {
        double vector = couplings.vector(Flavour.E);
        if (vector == 0 || massX >= 2 * electronMass) {
            return;
        }
        double x2 = massX * massX / (electronMass * electronMass);
        double expansion = 17.0 / 5 + 67.0 / 42 * x2 + 128941.0 / 246960 * x2 * x2;
        double width = gX * gX * vector * vector * threePhotonPrefactor * Math.pow(massX, 9)
                / Math.pow(electronMass, 8) * expansion;
        widths.add(PartialWidth.open(XDecayChannel.THREE_PHOTONS, width));
    }

    private void hadronsBelowTwoGeV(XCouplings couplings, double massX, double unit, List<PartialWidth> widths) {
        if (massX >= HadronicWidths.MATCHING_TO_GEV) {
            return;
        }
        double share = 1 - HadronicWidths.perturbativeShare(massX);
        double vu = couplings.vector(Flavour.U);
        double vd = couplings.vector(Flavour.D);
        double rho = vu - vd;
        double omega = 3 * (vu + vd);
        double phi = 3 * couplings.vector(Flavour.S);
        for (HadronicWidths.VectorState state : hadrons.vectorStates()) {
            if (!state.coupled(rho, omega, phi)) {
                continue;
            }
            double opens = state.threshold(rho, omega, phi);
            widths.add(massX <= opens ? PartialWidth.closed(state.channel(), dataThresholdNote(opens))
                    : PartialWidth.open(state.channel(), share * unit * state.ratio(rho, omega, phi, massX)));
        }
        double isovector = couplings.axial(Flavour.U) - couplings.axial(Flavour.D);
        double strange = couplings.axial(Flavour.S);
        if (isovector != 0 || strange != 0) {
            double opens = hadrons.axialThreshold();
            widths.add(massX <= opens ? PartialWidth.closed(XDecayChannel.AXIAL_HADRONS, dataThresholdNote(opens))
                    : PartialWidth.open(XDecayChannel.AXIAL_HADRONS,
                    share * unit * hadrons.axialRatio(isovector, strange, massX, kaonPairThreshold)));
        }
        if (couplings.axial(Flavour.U) + couplings.axial(Flavour.D) != 0) {
            widths.add(massX <= isoscalarAxialThreshold
                    ? PartialWidth.closed(XDecayChannel.AXIAL_ISOSCALAR_HADRONS, isoscalarAxialClosed)
                    : PartialWidth.notComputed(XDecayChannel.AXIAL_ISOSCALAR_HADRONS, isoscalarAxialMissing));
        }
    }

    private void quarks(XCouplings couplings, double massX, double gX, List<PartialWidth> widths) {
        double share = HadronicWidths.perturbativeShare(massX);
        if (share > 0) {
            for (XDecayChannel light : List.of(XDecayChannel.UP, XDecayChannel.DOWN, XDecayChannel.STRANGE)) {
                fermionPair(light, couplings, massX, gX, share, widths);
            }
        }
        for (XDecayChannel heavy : List.of(XDecayChannel.CHARM, XDecayChannel.BOTTOM, XDecayChannel.TOP)) {
            fermionPair(heavy, couplings, massX, gX, 1, widths);
        }
    }

    private String dataThresholdNote(double opens) {
        return dataThresholdNotes.computeIfAbsent(opens, m -> "m_X <= " + format(m) + " GeV, where the data-driven curve opens");
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.4g", value);
    }
}
