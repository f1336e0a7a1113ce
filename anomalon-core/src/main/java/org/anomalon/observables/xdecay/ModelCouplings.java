package org.anomalon.observables.xdecay;

import java.util.Locale;
import org.anomalon.inputs.Inputs;
import org.anomalon.model.KineticMixing;
import org.anomalon.model.Model;
import org.anomalon.model.SmField;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * X's couplings to the SM flavours as a {@link Model} fixes them: its chiral charges, its neutrino
 * option and its kinetic mixing (docs/x-decays.md, "Couplings").
 * <ul>
 *   <li>charged fermion f (Weyl charges X_L, X_R): v_f = (X_L + X_R)/2, a_f = (X_R − X_L)/2;</li>
 *   <li>neutrino of generation i: X_L = ℓ_i, X_R = n_i if the model has a light ν_R there, else 0
 *       (left-handed only: a = −v, Γ = ℓ_i² m_X/(24π); Dirac: Γ = (ℓ_i² + n_i²) m_X/(24π));</li>
 *   <li>kinetic mixing: v_f → v_f + ε Q_f, ε fixed, = e, or the one-loop {@link LoopMixing} ε(m_X).</li>
 * </ul>
 * Quark charges are taken flavour-diagonal in the mass basis (generation i of q, u, d).
 * Immutable and cheap to evaluate at many masses: build once per (model, inputs).
 */
public final class ModelCouplings {
    private final Model model;
    private final XCouplings charges;
    private final KineticMixing mixing;
    private final double fixedEpsilon;
    private final LoopMixing loop;

    private ModelCouplings(Model model, Inputs inputs) {
        this.model = model;
        this.charges = charges(model);
        this.mixing = model.kineticMixing();
        double electricCharge = Math.sqrt(4 * Math.PI * inputs.value("alpha_0"));
        this.fixedEpsilon = switch (mixing.kind()) {
            case NONE, LOOP -> 0;
            case FIXED -> mixing.epsilon();
            case ELECTRIC_CHARGE -> electricCharge;
        };
        this.loop = mixing.kind() == KineticMixing.Kind.LOOP
                ? LoopMixing.of(electricCharge, charges, flavour -> loopMass(flavour, inputs)) : null;
    }

    public static ModelCouplings of(Model model, Inputs inputs) {
        return new ModelCouplings(model, inputs);
    }

    public Model model() {
        return model;
    }

    /** The couplings at m_X (mass dependent only through loop-induced mixing). */
    public XCouplings at(double massX_GeV) {
        double epsilon = kineticMixing(massX_GeV);
        return epsilon == 0 ? charges : charges.plusKineticMixing(epsilon);
    }

    /** ε(m_X) in units of g_X: 0 without mixing. */
    public double kineticMixing(double massX_GeV) {
        return loop == null ? fixedEpsilon : loop.epsilon(massX_GeV);
    }

    /** The statements every output of X decays carries: the kinetic mixing and the neutrino option. */
    public java.util.List<String> notes(double massX_GeV) {
        String mixingNote = "kinetic mixing: " + mixing.describe();
        if (!mixing.isNone()) {
            mixingNote += String.format(Locale.ROOT, "; epsilon(m_X) = %.4g g_X", kineticMixing(massX_GeV));
        }
        if (loop != null && loop.includesLightQuarks()) {
            mixingNote += " (u, d, s loops with perturbative masses: an estimate below about 2 GeV)";
        }
        return java.util.List.of(mixingNote, "neutrinos: " + model.neutrinoDescription());
    }

    private static XCouplings charges(Model model) {
        XCouplings.Builder builder = XCouplings.builder();
        Flavour[] chargedLeptons = {Flavour.E, Flavour.MU, Flavour.TAU};
        Flavour[] neutrinos = {Flavour.NU_E, Flavour.NU_MU, Flavour.NU_TAU};
        Flavour[] upQuarks = {Flavour.U, Flavour.C, Flavour.T};
        Flavour[] downQuarks = {Flavour.D, Flavour.S, Flavour.B};
        for (int generation = 1; generation <= SmField.GENERATIONS; generation++) {
            int i = generation - 1;
            BigFraction doublet = model.charge(SmField.L, generation);
            chiral(builder, chargedLeptons[i], doublet, model.charge(SmField.E, generation));
            chiral(builder, neutrinos[i], doublet,
                    model.lightRightHandedNeutrino(generation) ? model.charge(SmField.N, generation) : BigFraction.ZERO);
            BigFraction quarkDoublet = model.charge(SmField.Q, generation);
            chiral(builder, upQuarks[i], quarkDoublet, model.charge(SmField.U, generation));
            chiral(builder, downQuarks[i], quarkDoublet, model.charge(SmField.D, generation));
        }
        return builder.build();
    }

    private static void chiral(XCouplings.Builder builder, Flavour flavour, BigFraction left, BigFraction right) {
        builder.vector(flavour, left.add(right).doubleValue() / 2).axial(flavour, right.subtract(left).doubleValue() / 2);
    }

    /** Loop masses: PDG lepton masses, MS-bar quark masses (m̄_q(2 GeV), m̄_c(m̄_c), m̄_b(m̄_b)), pole m_t. */
    static double loopMass(Flavour flavour, Inputs inputs) {
        return switch (flavour) {
            case E -> inputs.mass("e-");
            case MU -> inputs.mass("mu-");
            case TAU -> inputs.mass("tau-");
            case U -> inputs.value("mbar_u");
            case D -> inputs.value("mbar_d");
            case S -> inputs.value("mbar_s");
            case C -> inputs.value("mbar_c");
            case B -> inputs.value("mbar_b");
            case T -> inputs.mass("t");
            case NU_E, NU_MU, NU_TAU -> 0;
        };
    }
}
