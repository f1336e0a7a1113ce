package org.anomalon.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.anomalon.format.Json;
import org.anomalon.limits.MissingEnergyView;
import org.anomalon.observables.xdecay.PartialWidth;
import org.anomalon.observables.xdecay.XDecays;

/**
 * The {@code x_decays} block of {@code anomalon rates} (JSON object and text table). Numbers that do
 * not exist are {@code null} in JSON and named in text: closed channels, the lifetime of an X with no
 * open channel, BR(invisible) of a stable X. When a channel is not computed (no data), the width is
 * a lower bound and BR(invisible) an upper bound, and the output says so. The model's kinetic mixing
 * and neutrino option travel with the numbers ({@code notes}).
 */
final class XDecaysOutput {

    private XDecaysOutput() {
    }

    /**
     * @param betaGamma the boost for the decay length, if the user gave one
     */
    static ObjectNode toJson(XDecays decays, OptionalDouble betaGamma, List<MissingEnergyView> missingEnergy) {
        ObjectNode node = Json.object();
        node.put("width_GeV", decays.totalWidth_GeV());
        putFinite(node, "lifetime_s", decays.lifetime_s());
        putFinite(node, "BR_invisible", decays.invisibleBranchingRatio());
        putFinite(node, "BR_hadrons", decays.hadronicBranchingRatio());
        node.put("complete", decays.complete());
        node.put("BR_invisible_is_upper_bound", !decays.complete());
        node.put("not_computed", decays.incompleteness().orElse(null));
        if (betaGamma.isPresent()) {
            node.put("beta_gamma", betaGamma.getAsDouble());
            putFinite(node, "decay_length_m", decays.decayLength_m(betaGamma.getAsDouble()));
        }
        decays.notes().forEach(node.putArray("notes")::add);
        ArrayNode experiments = node.putArray("missing_energy");
        for (MissingEnergyView view : missingEnergy) {
            ObjectNode entry = experiments.addObject();
            entry.put("id", view.entryId());
            entry.put("channel", view.channel());
            entry.put("experiment", view.experiment());
            entry.put("beta_gamma", view.boost().betaGamma());
            entry.put("frame", view.boost().frame());
            putFinite(entry, "decay_length_m", view.decayLength_m());
            entry.put("P_unseen", view.unseenProbability());
            entry.put("escape", view.method());
        }
        ObjectNode channels = node.putObject("channels");
        for (PartialWidth channel : decays.channels()) {
            ObjectNode entry = channels.putObject(channel.channel().label());
            entry.put("status", channel.status().label());
            putFinite(entry, "width_GeV", channel.width_GeV());
            putFinite(entry, "BR", decays.branchingRatio(channel));
            entry.put("invisible", channel.channel().invisible());
            if (!channel.note().isEmpty()) {
                entry.put("note", channel.note());
            }
        }
        return node;
    }

    static String toText(XDecays decays, OptionalDouble betaGamma, List<MissingEnergyView> missingEnergy) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "X decays (m_X = %s GeV, g_X = %s; hadrons data-driven below 2 GeV, "
                        + "docs/x-decays.md)%n", number(decays.massX_GeV()), number(decays.gX())));
        decays.notes().forEach(note -> text.append("  ").append(note).append('\n'));
        text.append(String.format(Locale.ROOT, "  %-24s %-13s %-12s %s%n", "channel", "status", "width [GeV]", "BR"));
        for (PartialWidth channel : decays.channels()) {
            text.append(String.format(Locale.ROOT, "  %-24s %-13s %-12s %s%n", channel.channel().label()
                            + (channel.channel().invisible() ? " (inv)" : ""), channel.status().label(),
                    channel.isOpen() ? number(channel.width_GeV()) : "-",
                    channel.isOpen() ? number(decays.branchingRatio(channel)) : channel.note()));
        }
        if (!decays.decays()) {
            text.append("  No open channel: X is stable here (X -> gamma gamma is forbidden, Landau-Yang).\n");
            return text.toString();
        }
        String bound = decays.complete() ? "" : " (lower bound)";
        text.append(String.format(Locale.ROOT, "  total width %s GeV%s, lifetime %s s%s%n", number(decays.totalWidth_GeV()),
                bound, number(decays.lifetime_s()), decays.complete() ? "" : " (upper bound)"));
        if (betaGamma.isPresent()) {
            text.append(String.format(Locale.ROOT, "  decay length at beta*gamma = %s: %s m%n", number(betaGamma.getAsDouble()),
                    number(decays.decayLength_m(betaGamma.getAsDouble()))));
        }
        text.append(String.format(Locale.ROOT, "  BR(X -> invisible) = %s%s%n", number(decays.invisibleBranchingRatio()),
                decays.complete() ? "" : " (UPPER BOUND: a hadronic width is not computed)"));
        if (decays.channels().stream().anyMatch(channel -> channel.channel().hadronic())) {
            text.append(String.format(Locale.ROOT, "  BR(X -> hadrons) = %s%s%n", number(decays.hadronicBranchingRatio()),
                    decays.complete() ? "" : " (lower bound)"));
        }
        decays.incompleteness().ifPresent(note -> text.append("  not computed: ").append(note).append('\n'));
        if (!missingEnergy.isEmpty()) {
            text.append("  What each missing-energy measurement covering m_X sees (P_unseen = BR(inv) + BR(visible) "
                    + "P(decay beyond the detector)):\n");
            text.append(String.format(Locale.ROOT, "    %-32s %-10s %-11s %-12s %-9s %s%n", "entry", "channel", "beta*gamma",
                    "decay [m]", "P_unseen", "P(escape) from"));
            for (MissingEnergyView view : missingEnergy) {
                text.append(String.format(Locale.ROOT, "    %-32s %-10s %-11s %-12s %-9s %s%n", view.entryId(), view.channel(),
                        number(view.boost().betaGamma()) + (view.boost().frame().startsWith("parent rest") ? "*" : ""),
                        number(view.decayLength_m()), number(view.unseenProbability()), shortMethod(view.method())));
            }
            text.append("    * boost in the parent's rest frame: the parent's momentum in that experiment is not in the database\n");
        }
        return text.toString();
    }

    /** The method without its sources (those are in the JSON and in 'anomalon data show'). */
    private static String shortMethod(String method) {
        int bracket = method.indexOf(" (");
        return bracket < 0 ? method : method.substring(0, bracket);
    }

    private static void putFinite(ObjectNode node, String key, double value) {
        if (Double.isFinite(value)) {
            node.put(key, value);
        } else {
            node.putNull(key);
        }
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.4g", value);
    }
}
