package org.anomalon.limits;

import java.util.ArrayList;
import java.util.List;
import org.anomalon.anomaly.AnomalyAnalysis;
import org.anomalon.eft.EffectiveCouplings;
import org.anomalon.eft.WessZuminoCouplings;
import org.anomalon.inputs.Inputs;
import org.anomalon.model.Model;
import org.anomalon.model.Rationals;
import org.anomalon.observables.Channel;
import org.anomalon.observables.DecayRates;
import org.anomalon.observables.xdecay.ModelCouplings;
import org.anomalon.observables.xdecay.PartialWidth;
import org.anomalon.observables.xdecay.XDecayChannel;
import org.anomalon.observables.xdecay.XDecays;
import org.anomalon.observables.xdecay.XWidths;
import org.anomalon.triangle.SmithTait;
import org.anomalon.triangle.StContribution;

/**
 * The {@link SignalModel} of a {@link Model}: BR(g_X = 1) from {@link DecayRates} with P0's
 * Wess–Zumino couplings ({@link WessZuminoCouplings}) and/or the Smith–Tait contribution
 * ({@link SmithTait}: flavour-changing couplings with A_XWW → ΔA_XWW left by the top, mass-dependent
 * C_XZγ), and BR(X → invisible) from {@link XDecays}. Where X's width is not fully computed
 * (hadronic resonance region), BR(X → inv) is unknown and no limit is derived there.
 */
public final class ModelSignals implements SignalModel {
    private final Model model;
    private final Inputs inputs;
    private final ModelCouplings xCouplings;
    private final DecayRates rates;
    private final WessZuminoCouplings loops;
    private final EffectiveCouplings wessZumino;
    /** Couplings for the meson channels (mass independent; their C_XZγ is not used). */
    private final EffectiveCouplings mesonCouplings;
    private final boolean withSt;
    private final List<String> notes = new ArrayList<>();

    private ModelSignals(Model model, Inputs inputs, StContribution.Decision st) {
        this.model = model;
        this.inputs = inputs;
        this.xCouplings = ModelCouplings.of(model, inputs);
        this.rates = DecayRates.forInputs(inputs);
        AnomalyAnalysis analysis = AnomalyAnalysis.of(model);
        this.loops = WessZuminoCouplings.forInputs(inputs);
        this.wessZumino = loops.of(analysis, 1);
        boolean conserved = SmithTait.conservedVectorCurrent(model);
        this.withSt = st.included();
        // ST flavour-changing couplings (P0 eqs. 3.6-3.7 with A_XWW -> Delta A_XWW) do not depend on m_X
        this.mesonCouplings = withSt ? wessZumino.plus(SmithTait.of(model, 1, inputs).couplings(1, loops)) : wessZumino;
        if (withSt && conserved) {
            notes.add("Anomaly-free current: P0's Wess-Zumino couplings vanish; every meson and Z limit comes from the "
                    + "mass-dependent Smith-Tait (ST) contribution of the SM fermion masses (Delta A_XWW = "
                    + Rationals.format(SmithTait.of(model, 1, inputs).traceXWWLeftByTop()) + " left by the decoupled top).");
        } else if (withSt) {
            notes.add("Rates include the Smith-Tait (ST) contribution added to P0's Wess-Zumino couplings (ST requested: on).");
        } else if (conserved) {
            notes.add("Anomaly-free current with the ST contribution switched off: no meson or Z signal, hence no limits.");
        } else {
            notes.add("Rates from P0's Wess-Zumino couplings (anomalous SM traces A_XWW = "
                    + Rationals.format(analysis.traceXWW()) + ", A_XYY = " + Rationals.format(analysis.traceXYY()) + ").");
        }
        notes.add("Limits use BR(X -> invisible) from the X decay widths (hadrons data-driven below 2 GeV); no limit where a "
                + "channel X couples to has no data (isoscalar axial quark current below 2 GeV).");
    }

    /**
     * Signals of {@code model} for the inputs, with the Smith–Tait contribution as decided by
     * {@link StContribution#decide} (the same decision as the rates and the fit).
     */
    public static ModelSignals of(Model model, Inputs inputs, StContribution.Decision st) {
        return new ModelSignals(model, inputs, st);
    }

    public boolean includesSt() {
        return withSt;
    }

    @Override
    public double unitCouplingBranchingRatio(Channel channel, double mass) {
        EffectiveCouplings couplings = mesonCouplings;
        if (channel == Channel.Z_TO_GAMMA) {
            // ST's C_XZgamma depends on m_X through the triangle weights (docs/physics.md §6)
            couplings = withSt ? wessZumino.plus(SmithTait.of(model, mass, inputs).couplings(1, loops)) : wessZumino;
        }
        return rates.predict(channel, couplings, mass).branchingRatio().orElse(Double.NaN);
    }

    /**
     * X's fate at m_X, g_X = 1: BR(X → invisible), the one invisible fraction of the study (limits and
     * fit) — 1 for an X with no open channel (it is stable and leaves the detector unseen), NaN where
     * a hadronic width is not computed (unknown) —, BR(X → e⁺e⁻, μ⁺μ⁻, hadrons) for the visible
     * searches, and its total width for the lifetime.
     */
    @Override
    public XFate fate(double mass) {
        XDecays decays = XWidths.of(inputs).decays(xCouplings.at(mass), mass, 1, List.of());
        if (!decays.complete()) {
            return new XFate(Double.NaN, decays.totalWidth_GeV(), decays.hbar_GeVs());
        }
        if (!decays.decays()) {
            return new XFate(1, 0, decays.hbar_GeVs(), 0, 0, 0);
        }
        return new XFate(decays.invisibleBranchingRatio(), decays.totalWidth_GeV(), decays.hbar_GeVs(),
                fraction(decays, XDecayChannel.ELECTRON), fraction(decays, XDecayChannel.MUON), decays.hadronicBranchingRatio());
    }

    /** BR(X → channel), 0 where X does not couple to it or it is closed. */
    private static double fraction(XDecays decays, XDecayChannel channel) {
        return decays.channel(channel).filter(PartialWidth::isOpen).map(decays::branchingRatio).orElse(0.0);
    }

    @Override
    public List<String> notes() {
        return List.copyOf(notes);
    }
}
