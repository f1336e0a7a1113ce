package org.anomalon.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.anomalon.gminus2.Lepton;
import org.anomalon.gminus2.MagneticMoments;
import org.anomalon.gminus2.MomentConstraint;
import org.anomalon.gminus2.MomentConstraints;

/** The (g − 2) part of {@code anomalon rates}: Δa_e, Δa_μ and where they stand against the constraints. */
final class MomentsOutput {
    private MomentsOutput() {
    }

    /** {@code delta_a_e}, {@code delta_a_mu} on {@code root}, and {@code g_minus_2}: each constraint and whether it holds. */
    static void addJson(ObjectNode root, MagneticMoments moments) {
        for (Lepton lepton : Lepton.values()) {
            root.put("delta_a_" + lepton.key(), moments.of(lepton));
        }
        ArrayNode constraints = root.putArray("g_minus_2");
        for (MomentConstraint constraint : MomentConstraints.all()) {
            ObjectNode node = constraints.addObject();
            node.put("id", constraint.id());
            node.put("lepton", constraint.lepton().key());
            node.put("role", constraint.role() == MomentConstraint.Role.LIMIT ? "limit" : "preferred_band");
            node.put("delta_a_low", constraint.low());
            node.put("delta_a_high", constraint.high());
            node.put(constraint.role() == MomentConstraint.Role.LIMIT ? "allowed" : "favoured",
                    constraint.contains(moments.of(constraint.lepton())));
            node.put("rule", constraint.clSource());
            node.put("reference", constraint.reference().citation());
        }
    }

    static String toText(MagneticMoments moments) {
        StringBuilder text = new StringBuilder("(g-2) from one-loop X exchange (vector and axial couplings; docs/g-minus-2.md)\n");
        for (Lepton lepton : Lepton.values()) {
            text.append(String.format(Locale.ROOT, "  Delta a_%-2s = %+.4e%n", lepton.key(), moments.of(lepton)));
        }
        for (MomentConstraint constraint : MomentConstraints.all()) {
            boolean inside = constraint.contains(moments.of(constraint.lepton()));
            String verdict = constraint.role() == MomentConstraint.Role.LIMIT ? inside ? "allowed" : "EXCLUDED"
                    : inside ? "favoured" : "not favoured";
            text.append(String.format(Locale.ROOT, "  %-22s %-13s %s (%s)%n", constraint.id(), verdict, constraint.range(),
                    constraint.reference().key()));
        }
        return text.toString();
    }
}
