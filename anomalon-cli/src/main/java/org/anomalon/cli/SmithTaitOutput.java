package org.anomalon.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Map;
import org.anomalon.eft.FlavourTransition;
import org.anomalon.format.Json;
import org.anomalon.format.SmithTaitReason;
import org.anomalon.model.Rationals;
import org.anomalon.study.SmithTaitChoice;
import org.anomalon.triangle.SmithTait;
import org.hipparchus.complex.Complex;

/**
 * The Smith–Tait part of {@code anomalon rates} (docs/smith-tait.md): whether the ST contribution is
 * included and why, the exact traces the decoupled top leaves, and the couplings labelled
 * "ST contribution".
 */
final class SmithTaitOutput {

    private SmithTaitOutput() {
    }

    static ObjectNode toJson(SmithTaitChoice choice) {
        ObjectNode node = Json.object();
        node.put("included", choice.included());
        node.put("reason", SmithTaitReason.of(choice.decision()));
        if (!choice.included()) {
            return node;
        }
        SmithTait st = choice.triangles().orElseThrow();
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

    static String toText(SmithTaitChoice choice) {
        StringBuilder text = new StringBuilder("Smith-Tait contribution (ST, mass-dependent triangles): ");
        text.append(choice.included() ? "included" : "not included").append(" [").append(SmithTaitReason.of(choice.decision())).append("]\n");
        if (!choice.included()) {
            return text.toString();
        }
        SmithTait st = choice.triangles().orElseThrow();
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
