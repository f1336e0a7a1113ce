package org.anomalon.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.anomalon.observables.xdecay.PartialWidth;
import org.anomalon.observables.xdecay.XDecays;

/** The {@code x_decays} part of {@code anomalon rates}: how X decays (org.anomalon.observables.xdecay). */
final class XDecaysOutput {
    private XDecaysOutput() {
    }

    static ObjectNode json(XDecays decays) {
        ObjectNode node = Json.object();
        putNumber(node, "width_GeV", decays.totalWidth_GeV());
        putNumber(node, "lifetime_s", decays.lifetime_s());
        putNumber(node, "BR_invisible", decays.invisibleBranchingRatio());
        node.put("complete", decays.complete());
        decays.incompleteness().ifPresent(note -> node.put("incomplete_because", note));
        ObjectNode channels = node.putObject("channels");
        for (PartialWidth width : decays.channels()) {
            ObjectNode channel = channels.putObject(width.channel().label());
            channel.put("status", width.status().label());
            putNumber(channel, "width_GeV", width.width_GeV());
            putNumber(channel, "BR", decays.branchingRatio(width));
            if (!width.note().isEmpty()) {
                channel.put("note", width.note());
            }
        }
        return node;
    }

    /** JSON has no NaN or infinity: those become null (closed channel, stable X). */
    private static void putNumber(ObjectNode node, String key, double value) {
        if (Double.isFinite(value)) {
            node.put(key, value);
        } else {
            node.putNull(key);
        }
    }

    static String text(XDecays decays) {
        StringBuilder text = new StringBuilder("X decays");
        text.append(decays.complete() ? "" : " (incomplete: " + decays.incompleteness().orElse("") + ")").append('\n');
        text.append(String.format(Locale.ROOT, "  total width = %.4e GeV, lifetime = %.4e s, BR(X -> invisible) = %.4g%n",
                decays.totalWidth_GeV(), decays.lifetime_s(), decays.invisibleBranchingRatio()));
        for (PartialWidth width : decays.channels()) {
            if (width.isOpen()) {
                text.append(String.format(Locale.ROOT, "  %-18s %.4e GeV   BR = %.4g%n", width.channel().label(),
                        width.width_GeV(), decays.branchingRatio(width)));
            } else {
                text.append(String.format(Locale.ROOT, "  %-18s %s (%s)%n", width.channel().label(),
                        width.status().label(), width.note()));
            }
        }
        return text.toString();
    }
}
