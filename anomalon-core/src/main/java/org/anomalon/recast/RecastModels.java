package org.anomalon.recast;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleFunction;
import org.anomalon.inputs.Inputs;
import org.anomalon.model.Model;
import org.anomalon.observables.xdecay.Flavour;
import org.anomalon.observables.xdecay.ModelCouplings;
import org.anomalon.observables.xdecay.PartialWidth;
import org.anomalon.observables.xdecay.XCouplings;
import org.anomalon.observables.xdecay.XDecayChannel;
import org.anomalon.observables.xdecay.XDecays;
import org.anomalon.observables.xdecay.XWidths;

/**
 * The models a recast uses, with anomalon's X decays ({@link XWidths}: fermion pairs, three photons,
 * the data-driven hadronic channels and the axial part, perturbative quarks above 2 GeV): any
 * anomalon {@link Model} (its charges, neutrino option and kinetic mixing), and the two limit models
 * of DarkCast's limits, defined by their couplings as DarkCast defines them (arXiv:1801.04847):
 * the dark photon, x_f = e Q_f with g = ε, and the B − L boson, x_f = B − L for every fermion with
 * both neutrino chiralities charged (DarkCast 2.1's convention).
 */
public final class RecastModels {
    private static final Map<XDecayChannel, DecayState> STATES = new EnumMap<>(Map.ofEntries(
            Map.entry(XDecayChannel.NU_E, DecayState.NUE_NUE), Map.entry(XDecayChannel.NU_MU, DecayState.NUMU_NUMU),
            Map.entry(XDecayChannel.NU_TAU, DecayState.NUTAU_NUTAU), Map.entry(XDecayChannel.ELECTRON, DecayState.E_E),
            Map.entry(XDecayChannel.MUON, DecayState.MU_MU), Map.entry(XDecayChannel.TAU, DecayState.TAU_TAU),
            Map.entry(XDecayChannel.THREE_PHOTONS, DecayState.GAMMA_GAMMA_GAMMA), Map.entry(XDecayChannel.PI_PI, DecayState.PI_PI),
            Map.entry(XDecayChannel.PI_PI_PI0, DecayState.THREE_PI), Map.entry(XDecayChannel.PI0_GAMMA, DecayState.PI0_GAMMA),
            Map.entry(XDecayChannel.K_KBAR, DecayState.K_K), Map.entry(XDecayChannel.K_KBAR_PI, DecayState.K_K_PI),
            Map.entry(XDecayChannel.FOUR_PI_CHARGED, DecayState.FOUR_PI_CHARGED),
            Map.entry(XDecayChannel.FOUR_PI_NEUTRAL, DecayState.TWO_PI_TWO_PI0),
            Map.entry(XDecayChannel.OTHER_HADRONS, DecayState.OTHER_HADRONS), Map.entry(XDecayChannel.AXIAL_HADRONS, DecayState.HADRONS_AXIAL),
            Map.entry(XDecayChannel.UP, DecayState.U_U), Map.entry(XDecayChannel.DOWN, DecayState.D_D),
            Map.entry(XDecayChannel.STRANGE, DecayState.S_S), Map.entry(XDecayChannel.CHARM, DecayState.C_C),
            Map.entry(XDecayChannel.BOTTOM, DecayState.B_B), Map.entry(XDecayChannel.TOP, DecayState.T_T)));

    private RecastModels() {
    }

    /** An anomalon model. */
    public static RecastModel of(Model model, Inputs inputs) {
        ModelCouplings couplings = ModelCouplings.of(model, inputs);
        return new WithWidths(model.name(), couplings::at, XWidths.of(inputs));
    }

    /** A model given by its couplings at every mass (DarkCast's coupling-level models). */
    public static RecastModel of(String name, DoubleFunction<XCouplings> couplings, Inputs inputs) {
        return new WithWidths(name, couplings, XWidths.of(inputs));
    }

    /** DarkCast's models that are couplings rather than U(1)_X charges (resource darkcast/models.yaml). */
    public static final List<String> DARKCAST_COUPLING_MODELS = List.of("protophobic", "axial", "chiral", "2hdm");

    /**
     * One of {@link #DARKCAST_COUPLING_MODELS} (DarkCast 2.1's models/*.py): fixed x_f, a_f, no
     * kinetic mixing; an unknown name is bad input.
     */
    public static RecastModel darkCastCouplings(String name, Inputs inputs) {
        if (!DARKCAST_COUPLING_MODELS.contains(name)) {
            throw org.anomalon.InvalidInputException.of("model", "DarkCast coupling model", name, "one of " + DARKCAST_COUPLING_MODELS);
        }
        com.fasterxml.jackson.databind.JsonNode node;
        try (java.io.InputStream in = RecastModels.class.getResourceAsStream("darkcast/models.yaml")) {
            node = new com.fasterxml.jackson.databind.ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory())
                    .readTree(in).get("models").get(name);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        XCouplings.Builder builder = XCouplings.builder();
        for (Flavour f : Flavour.values()) {
            // the file lists e mu tau nue numu nutau u d s c b t, the order of Flavour
            builder.vector(f, node.get("vector").get(f.ordinal()).asDouble()).axial(f, node.get("axial").get(f.ordinal()).asDouble());
        }
        XCouplings couplings = builder.build();
        return of(name + " (DarkCast)", m -> couplings, inputs);
    }

    /** The limit models of DarkCast's limits. */
    public static Map<RecastLimit.LimitModel, RecastModel> limitModels(Inputs inputs) {
        double e = Math.sqrt(4 * Math.PI * inputs.value("alpha_0"));
        XCouplings.Builder darkPhoton = XCouplings.builder();
        XCouplings.Builder bMinusL = XCouplings.builder();
        for (Flavour f : Flavour.values()) {
            darkPhoton.vector(f, e * f.electricCharge());
            bMinusL.vector(f, f.quark() ? 1.0 / 3 : -1);
        }
        XCouplings dark = darkPhoton.build();
        XCouplings boson = bMinusL.build();
        Map<RecastLimit.LimitModel, RecastModel> models = new EnumMap<>(RecastLimit.LimitModel.class);
        models.put(RecastLimit.LimitModel.DARK_PHOTON, of("dark photon (DarkCast)", m -> dark, inputs));
        models.put(RecastLimit.LimitModel.B_MINUS_L, of("B-L boson (DarkCast)", m -> boson, inputs));
        return models;
    }

    /** The recast's view of one set of couplings: XWidths at g = 1, mapped onto DarkCast's state names. */
    private record WithWidths(String name, DoubleFunction<XCouplings> couplings, XWidths calculator) implements RecastModel {
        @Override
        public XCouplings couplings(double massX_GeV) {
            return couplings.apply(massX_GeV);
        }

        @Override
        public Widths widths(double massX_GeV) {
            XDecays decays = calculator.decays(couplings.apply(massX_GeV), massX_GeV, 1, List.of());
            Map<DecayState, Double> widths = new EnumMap<>(DecayState.class);
            for (PartialWidth channel : decays.channels()) {
                DecayState state = STATES.get(channel.channel());
                if (channel.isOpen() && state != null) {
                    widths.merge(state, channel.width_GeV(), Double::sum);
                }
            }
            return Widths.of(widths, decays.complete());
        }
    }
}
