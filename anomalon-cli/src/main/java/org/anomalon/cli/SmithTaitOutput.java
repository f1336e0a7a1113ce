package org.anomalon.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Map;
import org.anomalon.eft.EffectiveCouplings;
import org.anomalon.eft.FlavourTransition;
import org.anomalon.eft.WessZuminoCouplings;
import org.anomalon.inputs.Inputs;
import org.anomalon.model.Model;
import org.anomalon.model.Rationals;
import org.anomalon.triangle.SmithTait;
import org.anomalon.triangle.StContribution;
import org.hipparchus.complex.Complex;

/**
 * The Smith–Tait part of {@code anomalon rates} (docs/smith-tait.md): whether the ST contribution is
 * included ({@code --st on|off}; by default on exactly for currents conserved in the SM and
 * vector-like), the exact traces the decoupled top leaves, and the couplings labelled
 * "ST contribution".
 */
public final class SmithTaitOutput {

    /**
     * @param included   whether the ST couplings were added to P0's
     * @param reason     why (flag or default rule)
     * @param triangles  the ST traces and weights, when included
     * @param couplings  the ST couplings, when included ({@link EffectiveCouplings#none()} otherwise)
     */
    public record Choice(boolean included, String reason, SmithTait triangles, EffectiveCouplings couplings) {
    }

    private SmithTaitOutput() {
    }

    /**
     * @param requested {@code --st}; for {@code on} with a chiral current {@link SmithTait#of} refuses (exit 3)
     */
    static Choice choose(StContribution requested, Model model, double massX, double gX, Inputs inputs,
                         WessZuminoCouplings wessZumino) {
        boolean included = requested.requestedFor(model);
        String reason = requested != StContribution.AUTO ? "--st " + requested.option()
                : included ? "default: on, the current is conserved in the SM (A_XWW = A_XYY = 0) and vector-like"
                : "default: off, the current is not a conserved vector current of the SM (use --st on to add the "
                        + "fermion-mass correction)";
        if (!included) {
            return new Choice(false, reason, null, EffectiveCouplings.none());
        }
        SmithTait triangles = SmithTait.of(model, massX, inputs);
        return new Choice(true, reason, triangles, triangles.couplings(gX, wessZumino));
    }

    static ObjectNode toJson(Choice choice) {
        ObjectNode node = Json.object();
        node.put("included", choice.included());
        node.put("reason", choice.reason());
        if (!choice.included()) {
            return node;
        }
        SmithTait st = choice.triangles();
        node.put("label", SmithTait.ORIGIN);
        node.put("delta_A_XWW_top_decoupled", Json.rational(st.traceXWWLeftByTop()));
        node.put("Zgamma_trace_top_decoupled", Json.rational(st.zPhotonTraceLeftByTop()));
        putComplex(node, "Zgamma_trace_all_masses", st.zPhotonMassCorrection());
        ObjectNode weights = node.putObject("weights_1_minus_2m2I00");
        st.weights().forEach((fermion, weight) -> putComplex(weights, fermion, weight));
        ObjectNode couplings = node.putObject("couplings");
        for (FlavourTransition transition : FlavourTransition.values()) {
            putComplex(couplings, transition.key(), choice.couplings().flavourChanging(transition));
        }
        putComplex(couplings, "C_XZgamma", choice.couplings().cXZgamma());
        return node;
    }

    static String toText(Choice choice) {
        StringBuilder text = new StringBuilder("Smith-Tait contribution (ST, mass-dependent triangles): ");
        text.append(choice.included() ? "included" : "not included").append(" [").append(choice.reason()).append("]\n");
        if (!choice.included()) {
            return text.toString();
        }
        SmithTait st = choice.triangles();
        text.append(String.format(Locale.ROOT,
                "  trace left by the decoupled top: Delta A_XWW = %s (flavour couplings, ST eqs. 6-8)%n",
                Rationals.format(st.traceXWWLeftByTop())));
        if (st.weights().isEmpty()) {
            text.append("  Z->gammaX is closed (m_X >= M_Z): no Z-photon triangle term\n");
        } else {
            Complex trace = st.zPhotonMassCorrection();
            text.append(String.format(Locale.ROOT,
                    "  Z->gammaX trace with all fermion masses: %.4f %+.4f i  (top decoupled, rest massless: %s)%n",
                    trace.getReal(), trace.getImaginary(), Rationals.format(st.zPhotonTraceLeftByTop())));
            text.append("  weights 1 - 2 m_f^2 I00 at the Z pole:");
            for (Map.Entry<String, Complex> weight : st.weights().entrySet()) {
                text.append(String.format(Locale.ROOT, " %s %.3g%+.2gi", weight.getKey(), weight.getValue().getReal(),
                        weight.getValue().getImaginary()));
            }
            text.append('\n');
        }
        for (FlavourTransition transition : FlavourTransition.values()) {
            Complex g = choice.couplings().flavourChanging(transition);
            text.append(String.format(Locale.ROOT, "  %-10s = %11.4e %+11.4e i   (ST contribution)%n", transition.key(),
                    g.getReal(), g.getImaginary()));
        }
        Complex c = choice.couplings().cXZgamma();
        text.append(String.format(Locale.ROOT, "  %-10s = %11.4e %+11.4e i   (ST contribution)%n", "C_XZgamma",
                c.getReal(), c.getImaginary()));
        return text.toString();
    }

    private static void putComplex(ObjectNode parent, String key, Complex value) {
        ObjectNode node = parent.putObject(key);
        node.put("re", value.getReal());
        node.put("im", value.getImaginary());
    }
}
