package org.anomalon.observables.xdecay;

import java.util.List;
import java.util.Optional;
import org.anomalon.Parameter;
import org.anomalon.inputs.Inputs;
import org.anomalon.model.Model;

/**
 * How X decays at one (m_X, g_X): partial widths into every channel X couples to ({@link XWidths}),
 * total width, lifetime, decay length and the invisible, visible and hadronic branching ratios
 * (docs/x-decays.md). Immutable.
 *
 * <p>Assumptions, stated in docs/x-decays.md: couplings flavour-diagonal in the mass basis;
 * right-handed neutrinos, where the model has light ones, massless; no dark-sector states; the
 * model's extra fermions heavier than m_X/2. {@link #complete()} is false only where a channel X
 * couples to has no data (the isoscalar axial hadronic current below 2 GeV); the total width is then
 * a lower bound, the lifetime and BR(invisible) upper bounds.
 */
public final class XDecays {

    /** Speed of light, m/s (exact by the SI definition of the metre). */
    public static final double SPEED_OF_LIGHT_M_PER_S = 299_792_458.0;

    private final double massX_GeV;
    private final double gX;
    private final List<PartialWidth> channels;
    private final double hbar_GeVs;
    private final List<String> notes;
    private final double totalWidth;
    private final double invisibleWidth;
    private final double hadronicWidth;

    XDecays(double massX_GeV, double gX, List<PartialWidth> channels, double hbar_GeVs, List<String> notes) {
        this.massX_GeV = massX_GeV;
        this.gX = gX;
        this.channels = List.copyOf(channels);
        this.hbar_GeVs = hbar_GeVs;
        this.notes = List.copyOf(notes);
        double total = 0;
        double invisible = 0;
        double hadronic = 0;
        for (PartialWidth channel : this.channels) {
            if (channel.isOpen()) {
                total += channel.width_GeV();
                invisible += channel.channel().invisible() ? channel.width_GeV() : 0;
                hadronic += channel.channel().hadronic() ? channel.width_GeV() : 0;
            }
        }
        this.totalWidth = total;
        this.invisibleWidth = invisible;
        this.hadronicWidth = hadronic;
    }

    /**
     * X decays of a model: its charges, kinetic mixing and neutrino option ({@link ModelCouplings}).
     *
     * @param massX_GeV m_X &gt; 0
     * @param gX        g_X &gt; 0
     * @param inputs    masses (PDG, MS-bar), α(0), α_s(M_Z), ħ
     */
    public static XDecays of(Model model, double massX_GeV, double gX, Inputs inputs) {
        checkPoint(massX_GeV, gX);
        ModelCouplings couplings = ModelCouplings.of(model, inputs);
        return XWidths.of(inputs).decays(couplings.at(massX_GeV), massX_GeV, gX, couplings.notes(massX_GeV));
    }

    /** X decays for any coupling set, e.g. DarkCast's (vector, axial) couplings of a model. */
    public static XDecays of(XCouplings couplings, double massX_GeV, double gX, Inputs inputs) {
        return XWidths.of(inputs).decays(couplings, massX_GeV, gX, List.of());
    }

    static void checkPoint(double massX_GeV, double gX) {
        Parameter.MASS_X.require(massX_GeV);
        Parameter.COUPLING_X.require(gX);
    }

    public double massX_GeV() {
        return massX_GeV;
    }

    public double gX() {
        return gX;
    }

    /** Every channel X couples to, in {@link XDecayChannel} order. */
    public List<PartialWidth> channels() {
        return channels;
    }

    /** ħ in GeV s used for the lifetime. */
    public double hbar_GeVs() {
        return hbar_GeVs;
    }

    /** What the widths assume for this model: kinetic mixing, neutrino option (empty for bare couplings). */
    public List<String> notes() {
        return notes;
    }

    /** Sum of the computed partial widths, GeV (a lower bound when not {@link #complete()}). */
    public double totalWidth_GeV() {
        return totalWidth;
    }

    /** Whether every channel X couples to is either computed or closed. */
    public boolean complete() {
        return channels.stream().noneMatch(c -> c.status() == PartialWidth.Status.NOT_COMPUTED);
    }

    /** Why the width is incomplete (the not-computed channels and their mass ranges), when it is. */
    public Optional<String> incompleteness() {
        List<String> missing = channels.stream().filter(c -> c.status() == PartialWidth.Status.NOT_COMPUTED)
                .map(c -> c.channel().label() + ": " + c.note()).toList();
        return missing.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", missing));
    }

    /** Whether X has any open channel; if not it is stable here (lifetime infinite). */
    public boolean decays() {
        return totalWidth > 0;
    }

    /** ħ/Γ in seconds; +∞ without an open channel; an upper bound when not {@link #complete()}. */
    public double lifetime_s() {
        return hbar_GeVs / totalWidth;
    }

    /** Mean decay length βγ c τ in metres for boost βγ = |p|/m_X. */
    public double decayLength_m(double betaGamma) {
        Parameter.BOOST.require(betaGamma);
        return betaGamma * SPEED_OF_LIGHT_M_PER_S * lifetime_s();
    }

    /** Γ(channel)/Γ_total; NaN for a channel that is not open or when X has no open channel. */
    public double branchingRatio(PartialWidth channel) {
        return channel.isOpen() && decays() ? channel.width_GeV() / totalWidth : Double.NaN;
    }

    /**
     * BR(X → invisible) = Σ Γ(ν ν̄)/Γ_total (P0 eq. 3.28 for τ flavour); an upper bound when not
     * {@link #complete()}; NaN when X has no open channel.
     */
    public double invisibleBranchingRatio() {
        return decays() ? invisibleWidth / totalWidth : Double.NaN;
    }

    /** BR(X → hadrons): the exclusive, axial and quark-level hadronic channels; NaN for a stable X. */
    public double hadronicBranchingRatio() {
        return decays() ? hadronicWidth / totalWidth : Double.NaN;
    }

    /** The partial width of one channel, if X couples to it. */
    public Optional<PartialWidth> channel(XDecayChannel channel) {
        return channels.stream().filter(c -> c.channel() == channel).findFirst();
    }
}
