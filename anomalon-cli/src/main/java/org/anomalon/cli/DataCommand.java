package org.anomalon.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.anomalon.data.LimitCurve;
import org.anomalon.data.LimitEntry;
import org.anomalon.data.LimitsDatabase;
import org.anomalon.data.MassWindow;
import org.anomalon.data.Reference;
import org.anomalon.format.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code anomalon data list|show ID|cite ID|all}: the experimental limits database with provenance. */
@Command(name = "data", mixinStandardHelpOptions = true,
        description = "The experimental limits database (upper limits on invisible two-body channels) with provenance and BibTeX.",
        subcommands = {DataCommand.ListEntries.class, DataCommand.Show.class, DataCommand.Cite.class})
final class DataCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    private static void print(CommandSpec spec, String text) {
        PrintWriter out = spec.commandLine().getOut();
        out.println(text);
        out.flush();
    }

    static String windows(LimitEntry entry) {
        return entry.curve().windows().stream().map(MassWindow::toString).collect(Collectors.joining(", "));
    }

    static String quotedCl(LimitEntry entry) {
        return entry.quotedCl().isPresent() ? String.format(Locale.ROOT, "%.0f%%", 100 * entry.quotedCl().getAsDouble()) : "n/s";
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "One line per entry.")
    static final class ListEntries implements Runnable {
        @Spec
        CommandSpec spec;

        @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
        OutputFormat format;

        @Override
        public void run() {
            FormatSupport.require(format, "--format", OutputFormat.text, OutputFormat.json);
            List<LimitEntry> entries = LimitsDatabase.load().entries();
            if (format == OutputFormat.json) {
                ArrayNode array = Json.object().arrayNode();
                entries.forEach(entry -> array.add(summary(entry)));
                print(spec, Json.write(array));
                return;
            }
            int channelWidth = entries.stream().mapToInt(entry -> entry.channel().length()).max().orElse(0);
            String row = "%-32s %-" + channelWidth + "s %-18s %-10s %-4s %-24s %s%n";
            StringBuilder text = new StringBuilder(String.format(Locale.ROOT, row,
                    "id", "channel", "experiment", "kind", "CL", "reference", "mass windows"));
            for (LimitEntry entry : entries) {
                text.append(String.format(Locale.ROOT, row, entry.id(), entry.channel(),
                        entry.experiment(), entry.kind().label(), quotedCl(entry), entry.reference().key(), windows(entry)));
            }
            text.append("\nCL = as quoted (n/s: not stated); every limit is used at 90% CL, see 'anomalon data show ID'.");
            print(spec, text.toString());
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Everything about one entry, with its curve at 90%% CL.")
    static final class Show implements Runnable {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "ID", description = "Entry id (see 'anomalon data list').")
        String id;

        @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
        OutputFormat format;

        @Override
        public void run() {
            FormatSupport.require(format, "--format", OutputFormat.text, OutputFormat.json);
            LimitEntry entry = LimitsDatabase.load().entry(id);
            if (format == OutputFormat.json) {
                ObjectNode node = summary(entry);
                node.put("obtained", entry.obtained());
                node.put("notes", entry.notes());
                ArrayNode points = node.putArray("curve_90CL");
                curve(entry).forEach((mass, limit) -> points.addObject().put("m_X_GeV", mass).put("BR_UL", limit));
                print(spec, Json.write(node));
                return;
            }
            StringBuilder text = new StringBuilder();
            text.append(String.format(Locale.ROOT, "%-12s %s%n", "id", entry.id()));
            text.append(String.format(Locale.ROOT, "%-12s %s%n", "channel", entry.channel()));
            text.append(String.format(Locale.ROOT, "%-12s %s%n", "experiment", entry.experiment()));
            text.append(String.format(Locale.ROOT, "%-12s %s%n", "kind", entry.kind().label()));
            text.append(String.format(Locale.ROOT, "%-12s %s%n", "reference", entry.reference().citation()));
            entry.otherReferences().forEach(r -> text.append(String.format(Locale.ROOT, "%-12s %s%n", "also", r.citation())));
            text.append(String.format(Locale.ROOT, "%-12s %s%n", "CL", entry.clSource()));
            text.append(String.format(Locale.ROOT, "%-12s %s%n", "windows", windows(entry)));
            entry.visible().ifPresent(seen -> text.append(String.format(Locale.ROOT, "%-12s X -> %s with %.4g s <= tau_X <= %.4g s (%s)%n",
                    "seen", seen.finalState().label(), seen.minLifetime_s(), seen.maxLifetime_s(), seen.lifetimeSource())));
            text.append(String.format(Locale.ROOT, "%-12s %s%n", "obtained", entry.obtained()));
            text.append(String.format(Locale.ROOT, "%-12s %s%n%n", "notes", entry.notes()));
            text.append(String.format(Locale.ROOT, "%-14s %s%n", "m_X [GeV]", "BR upper limit (90% CL)"));
            curve(entry).forEach((mass, limit) -> text.append(String.format(Locale.ROOT, "%-14.6g %.4e%n", mass, limit)));
            print(spec, text.toString().stripTrailing());
        }

        private static Map<Double, Double> curve(LimitEntry entry) {
            Map<Double, Double> points = new LinkedHashMap<>();
            if (entry.curve() instanceof LimitCurve.Tabulated table) {
                double[] masses = table.masses();
                double[] limits = table.limits90();
                for (int i = 0; i < masses.length; i++) {
                    points.put(masses[i], limits[i]);
                }
            } else if (entry.curve() instanceof LimitCurve.Constant constant) {
                for (MassWindow window : constant.windows()) {
                    points.put(window.min(), constant.limit90());
                    if (!window.upToKinematicEndpoint()) {
                        points.put(window.max(), constant.limit90());
                    }
                }
            }
            return points;
        }
    }

    @Command(name = "cite", mixinStandardHelpOptions = true, description = "BibTeX (keyed by INSPIRE texkeys) for one entry or 'all'.")
    static final class Cite implements Runnable {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "ID|all", description = "Entry id or 'all'.")
        String id;

        @Override
        public void run() {
            LimitsDatabase db = LimitsDatabase.load();
            List<Reference> references = id.equals("all")
                    ? List.copyOf(db.references().values())
                    : db.entry(id).references();
            print(spec, references.stream().map(Reference::bibtex).collect(Collectors.joining("\n")).stripTrailing());
        }
    }

    static ObjectNode summary(LimitEntry entry) {
        ObjectNode node = Json.object();
        node.put("id", entry.id());
        node.put("channel", entry.channel());
        node.put("experiment", entry.experiment());
        node.put("kind", entry.kind().label());
        node.put("reference", entry.reference().citation());
        if (entry.quotedCl().isPresent()) {
            node.put("cl_quoted", entry.quotedCl().getAsDouble());
        } else {
            node.putNull("cl_quoted");
        }
        node.put("cl_source", entry.clSource());
        entry.visible().ifPresent(seen -> {
            ObjectNode visible = node.putObject("visible");
            visible.put("final_state", seen.finalState().label());
            visible.putArray("lifetime_s").add(seen.minLifetime_s()).add(seen.maxLifetime_s());
            visible.put("lifetime_source", seen.lifetimeSource());
        });
        ArrayNode windows = node.putArray("windows_GeV");
        for (MassWindow window : entry.curve().windows()) {
            ArrayNode pair = windows.addArray().add(window.min());
            if (window.upToKinematicEndpoint()) {
                pair.addNull();
            } else {
                pair.add(window.max());
            }
        }
        return node;
    }
}
