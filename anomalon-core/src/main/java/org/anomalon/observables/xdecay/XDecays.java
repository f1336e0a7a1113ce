package org.anomalon.observables.xdecay;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.anomalon.InvalidInputException;
import org.anomalon.inputs.Inputs;
import org.anomalon.model.Model;

/**
 * How X decays at tree level, for any model's charges (docs/physics.md §5, "X decays"; P0 eq. 3.28 is
 * the τ-flavour case): partial widths into every SM fermion pair X couples to, total width,
 * lifetime, decay length and BR(X → invisible).
 *
 * <p>Assumptions, all stated in docs/x-decays.md: no kinetic mixing; couplings flavour-diagonal in
 * the mass basis; right-handed neutrinos, where the model has them, are light (m ≪ m_X); no
 * dark-sector states. When a hadronic channel is "not computed" (resonance region) the total width
 * is a lower bound, the lifetime an upper bound and BR(invisible) an upper bound —
 * {@link #complete()} is then false and {@link #incompleteness()} says why.
 *
 * @param massX_GeV m_X
 * @param gX        g_X
 * @param channels  every channel X couples to, in {@link XDecayChannel} order
 * @param hbar_GeVs ħ in GeV s (input {@code hbar})
 */
public record XDecays(double massX_GeV, double gX, List<PartialWidth> channels, double hbar_GeVs) {

    /** Speed of light, m/s (exact by the SI definition of the metre). */
    public static final double SPEED_OF_LIGHT_M_PER_S = 299_792_458.0;

    public XDecays {
        channels = List.copyOf(channels);
    }

    /**
     * @param model     the charges
     * @param massX_GeV m_X &gt; 0
     * @param gX        g_X &gt; 0
     * @param inputs    masses (PDG, MS-bar), α_s(M_Z), ħ
     */
    public static XDecays of(Model model, double massX_GeV, double gX, Inputs inputs) {
        if (!(massX_GeV > 0) || Double.isInfinite(massX_GeV)) {
            throw InvalidInputException.of("--mx", "m_X", massX_GeV, "a finite mass > 0 in GeV");
        }
        if (!(gX > 0) || Double.isInfinite(gX)) {
            throw InvalidInputException.of("--gx", "g_X", gX, "a finite coupling > 0");
        }
        StrongCoupling alphaS = StrongCoupling.from(inputs);
        List<PartialWidth> widths = new ArrayList<>();
        for (XDecayChannel channel : XDecayChannel.values()) {
            if (channel.coupled(model)) {
                widths.add(partialWidth(channel, model, massX_GeV, gX, inputs, alphaS));
            }
        }
        return new XDecays(massX_GeV, gX, widths, inputs.value("hbar"));
    }

    private static PartialWidth partialWidth(XDecayChannel channel, Model model, double massX, double gX,
                                             Inputs inputs, StrongCoupling alphaS) {
        double alphaL = channel.leftCharge(model).doubleValue();
        double alphaR = channel.rightCharge(model).doubleValue();
        if (!channel.quark()) {
            double massF = channel.kind() == XDecayChannel.Kind.CHARGED_LEPTON ? leptonMass(channel, inputs) : 0;
            if (2 * massF >= massX) {
                return PartialWidth.closed(channel, "m_X <= 2 m_f = " + format(2 * massF) + " GeV");
            }
            return PartialWidth.open(channel, FermionPairWidth.width(massX, gX, alphaL, alphaR, massF, 1));
        }
        QuarkThresholds thresholds = QuarkThresholds.of(channel, inputs);
        if (massX < thresholds.closedBelow_GeV()) {
            return PartialWidth.closed(channel, "no hadronic state for m_X < " + format(thresholds.closedBelow_GeV()) + " GeV");
        }
        if (massX < thresholds.perturbativeFrom_GeV()) {
            return PartialWidth.notComputed(channel, "hadronic resonance region " + format(thresholds.closedBelow_GeV())
                    + " <= m_X < " + format(thresholds.perturbativeFrom_GeV()) + " GeV: no data-driven width");
        }
        // docs/physics.md §5: N_c × lepton formula × (1 + α_s/π).
        double qcd = 1 + alphaS.at(massX) / Math.PI;
        return PartialWidth.open(channel,
                qcd * FermionPairWidth.width(massX, gX, alphaL, alphaR, thresholds.quarkMass_GeV(), 3));
    }

    private static double leptonMass(XDecayChannel channel, Inputs inputs) {
        return switch (channel.generation()) {
            case 1 -> inputs.mass("e-");
            case 2 -> inputs.mass("mu-");
            default -> inputs.mass("tau-");
        };
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.4g", value);
    }

    /** Sum of the computed partial widths, GeV (a lower bound when not {@link #complete()}). */
    public double totalWidth_GeV() {
        return channels.stream().filter(PartialWidth::isOpen).mapToDouble(PartialWidth::width_GeV).sum();
    }

    /** Whether every channel X couples to is either computed or closed. */
    public boolean complete() {
        return channels.stream().noneMatch(c -> c.status() == PartialWidth.Status.NOT_COMPUTED);
    }

    /** Why the width is incomplete (the not-computed channels and their mass ranges), when it is. */
    public Optional<String> incompleteness() {
        List<String> notes = channels.stream().filter(c -> c.status() == PartialWidth.Status.NOT_COMPUTED)
                .map(c -> c.channel().label() + ": " + c.note()).toList();
        return notes.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", notes));
    }

    /** Whether X has any open channel at tree level; if not it is stable here (lifetime infinite). */
    public boolean decays() {
        return totalWidth_GeV() > 0;
    }

    /** ħ/Γ in seconds; +∞ without an open channel; an upper bound when not {@link #complete()}. */
    public double lifetime_s() {
        return hbar_GeVs / totalWidth_GeV();
    }

    /** Mean decay length βγ c τ in metres for boost βγ = |p|/m_X. */
    public double decayLength_m(double betaGamma) {
        if (!(betaGamma > 0) || Double.isInfinite(betaGamma)) {
            throw InvalidInputException.of("--beta-gamma", "beta*gamma", betaGamma, "a finite boost > 0");
        }
        return betaGamma * SPEED_OF_LIGHT_M_PER_S * lifetime_s();
    }

    /** Γ(channel)/Γ_total; NaN for a channel that is not open or when X has no open channel. */
    public double branchingRatio(PartialWidth channel) {
        return channel.isOpen() && decays() ? channel.width_GeV() / totalWidth_GeV() : Double.NaN;
    }

    /**
     * BR(X → invisible) = Σ Γ(ν ν̄) / Γ_total (P0 eq. 3.28 for τ flavour); an upper bound when not
     * {@link #complete()}; NaN when X has no open channel.
     */
    public double invisibleBranchingRatio() {
        if (!decays()) {
            return Double.NaN;
        }
        double invisible = channels.stream().filter(c -> c.isOpen() && c.channel().invisible())
                .mapToDouble(PartialWidth::width_GeV).sum();
        return invisible / totalWidth_GeV();
    }

    /** The partial width of one channel, if X couples to it. */
    public Optional<PartialWidth> channel(XDecayChannel channel) {
        return channels.stream().filter(c -> c.channel() == channel).findFirst();
    }
}
