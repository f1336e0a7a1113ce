package org.anomalon.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import org.anomalon.InvalidInputException;
import org.anomalon.data.Kind;
import org.anomalon.data.LimitEntry;
import org.anomalon.data.LimitSource;
import org.anomalon.format.Json;
import org.anomalon.format.SignificantDigits;
import org.anomalon.limits.CouplingLimits;
import org.anomalon.limits.DetectorAssumption;
import org.anomalon.limits.Exclusion;
import org.anomalon.limits.MassGrid;
import org.anomalon.limits.Quantity;
import org.anomalon.limits.UvLines;
import org.anomalon.model.Model;
import org.anomalon.plot.LimitsFigure;
import org.anomalon.recast.RecastDatabase;
import org.anomalon.plot.PlotFiles;
import org.anomalon.study.FitRequest;
import org.anomalon.study.LimitsRequest;
import org.anomalon.study.LimitsResult;
import org.anomalon.study.ModelStudy;
import org.anomalon.study.StudyOptions;
import org.anomalon.triangle.StContribution;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code anomalon limits}: 90% CL upper limits on g_X (or g_X |A_XWW|) versus m_X for a model (P0 Figs. 1, 3). */
@Command(name = "limits", mixinStandardHelpOptions = true, sortOptions = false,
        description = "90%% CL upper limits on g_X (or g_X |A_XWW|) versus m_X from every entry of the limits database "
                + "(see 'anomalon data list'), with the envelope, indicative UV lines and an optional plot (P0 Figs. 1 and 3).")
final class LimitsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ModelOptions modelOptions;

    @Mixin
    InputOptions inputOptions;

    @Option(names = "--mx-min", defaultValue = "1e-3", paramLabel = "GeV", description = "Lowest m_X (default: ${DEFAULT-VALUE}).")
    double massMin;

    @Option(names = "--mx-max", defaultValue = "5", paramLabel = "GeV", description = "Highest m_X (default: ${DEFAULT-VALUE}).")
    double massMax;

    @Option(names = "--points", defaultValue = "400", description = "Masses, log-spaced, 2..100000 (default: ${DEFAULT-VALUE}).")
    int points;

    @Option(names = "--quantity", defaultValue = "gx", converter = EnumOptions.Quantities.class, description = "gx (g_X, P0 Fig. 3) or gx-axww (g_X |A_XWW|, P0 Fig. 1).")
    Quantity quantity;

    @Option(names = "--projections", description = "Also future projections (P0 Fig. 3 lower panel), drawn dashed.")
    boolean projections;

    @Option(names = "--entries", split = ",", paramLabel = "ID", description = "Only these entries, of any database (comma-separated ids).")
    List<String> entryIds;

    @Option(names = "--databases", split = ",", paramLabel = "NAME", description = "Only the entries of these databases: anomalon "
            + "(branching-ratio limits), darkcast (DarkCast's limit set, recast into the model), or the database of a --recast-limits "
            + "file (default: every database).")
    List<String> databases;

    @Option(names = "--recast-limits", paramLabel = "FILE.yaml", description = "Add the limits of a recast catalogue of your own "
            + "(DarkCast's format, docs/recast.md); repeatable.")
    List<Path> recastLimits;

    @Option(names = "--st", defaultValue = "auto", paramLabel = "auto|on|off", converter = EnumOptions.SmithTaitRules.class, description = "Smith-Tait contribution of the SM fermion masses: auto (only for "
            + "anomaly-free vector currents, where it is the whole effect), on, off (default: ${DEFAULT-VALUE}).")
    StContribution st;

    @Mixin
    BreakingChargeOption breakingCharge;

    @Option(names = "--detector-length", paramLabel = "ID=METRES", description = "ASSUMPTION for an entry without a sourced "
            + "detector size: the flight distance beyond which a decay of X is not seen (repeatable; labelled as an assumption "
            + "in the output). Entries with the experiment's lifetime-dependent limits (NA62, E949) do not take one.")
    Map<String, Double> detectorLengths = new LinkedHashMap<>();

    @Option(names = "--parent-momentum", paramLabel = "ID=GEV", description = "ASSUMPTION: the decaying parent's momentum in that "
            + "experiment, with --detector-length for the same entry (needed where the database has none).")
    Map<String, Double> parentMomenta = new LinkedHashMap<>();

    @Option(names = "--format", defaultValue = "text", description = "text, json or csv (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = "--plot", paramLabel = "FILE", description = "Also write the figure: FILE.pdf, FILE.svg or FILE.png.")
    Path plot;

    @Override
    public Integer call() {
        FormatSupport.require(format, "--format", OutputFormat.text, OutputFormat.json, OutputFormat.csv);
        MassGrid grid = MassGrid.logarithmic(massMin, massMax, points);
        if (plot != null) {
            PlotFiles.check(plot, "--plot");
        }
        StudyOptions options = StudyOptions.defaults().withInputs(inputOptions.resolve()).withSmithTait(st);
        options = breakingCharge.resolve().map(options::withBreakingCharge).orElse(options);
        ModelStudy study = ModelStudy.of(modelOptions.resolve(), options);
        LimitsRequest request = LimitsRequest.on(grid).withQuantity(quantity);
        if (projections) {
            request = request.withProjections();
        }
        if (entryIds != null) {
            request = request.withEntries(entryIds);
        }
        if (databases != null) {
            request = request.withDatabases(databases);
        }
        for (Path catalogue : recastLimits == null ? List.<Path>of() : recastLimits) {
            request = request.withUserDatabase(RecastDatabase.read(catalogue));
        }
        request = request.withDetectors(detectorAssumptions());
        LimitsResult result = study.limits(request);
        CouplingLimits limits = result.limits();
        Optional<UvLines> uv = result.uv();
        List<String> notes = new ArrayList<>(limits.notes());
        notes.add(uv.map(lines -> "UV lines (P0 Sec. 3.3): g_X = y m_X/(sqrt2 X_S m_Psi) with X_S = "
                        + number(lines.charge().value()) + " from " + lines.charge().source()
                        + "; direct search m_Psi > 100 GeV (y = 1, sqrt(4 pi)); naturalness m_Psi < sqrt(Delta) TeV.")
                .orElse(study.anomalies().needsAnomalons()
                        ? "No UV lines: X_S unknown (no single U(1)_X-breaking scalar and no anomalon spectrum for this current); give --xs."
                        : "No UV lines: the SM fields leave A_XWW = A_XYY = 0, so there are no anomalons whose masses they would show."));

        if (plot != null) {
            // A model that explains the excess: its best fit and 1 sigma interval on the figure.
            Optional<LimitsFigure.FitMark> fit = quantity == Quantity.GX
                    ? study.tryFit(FitRequest.excess()).fit().map(LimitsFigure.FitMark::of) : Optional.empty();
            PlotFiles.write(LimitsFigure.of(limits.only(entry -> entryIds != null || entry.plotByDefault()), uv, fit), plot,
                    "--plot");
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(switch (format) {
            case json -> Json.write(json(limits, uv, notes)) + "\n";
            case csv -> csv(limits, notes);
            default -> text(limits, uv, notes);
        });
        out.flush();
        return 0;
    }

    private List<DetectorAssumption> detectorAssumptions() {
        parentMomenta.keySet().stream().filter(id -> !detectorLengths.containsKey(id)).findFirst().ifPresent(id -> {
            throw InvalidInputException.of("--parent-momentum", "entry", id, "an entry that also has --detector-length " + id + "=METRES");
        });
        List<DetectorAssumption> assumptions = new ArrayList<>();
        detectorLengths.forEach((id, length) -> assumptions.add(new DetectorAssumption(id, length,
                parentMomenta.containsKey(id) ? OptionalDouble.of(parentMomenta.get(id)) : OptionalDouble.empty())));
        return assumptions;
    }

    private static ObjectNode json(CouplingLimits limits, Optional<UvLines> uv, List<String> notes) {
        ObjectNode root = Json.object();
        root.put("model", limits.model());
        root.put("quantity", limits.quantity().option());
        root.put("cl", limits.cl());
        ArrayNode masses = root.putArray("masses_GeV");
        Arrays.stream(limits.masses()).forEach(masses::add);
        ArrayNode entries = root.putArray("limits");
        for (CouplingLimits.EntryLimit limit : limits.limits()) {
            LimitSource entry = limit.entry();
            ObjectNode node = entries.addObject();
            node.put("id", entry.id());
            node.put("database", entry.database());
            node.put("channel", entry.channel());
            node.put("experiment", entry.experiment());
            node.put("reference", entry.reference().citation());
            node.put("kind", entry.kind().label());
            node.put("cl_source", entry.clSource());
            node.put("plot_by_default", entry.plotByDefault());
            values(node.putArray("values"), limit.values());
            excluded(node.putArray("excluded"), limit.exclusions());
        }
        ObjectNode envelope = root.putObject("envelope");
        values(envelope.putArray("values"), limits.envelope().values());
        ArrayNode setBy = envelope.putArray("set_by");
        Arrays.stream(limits.envelope().setBy()).forEach(setBy::add);
        excluded(envelope.putArray("excluded"), limits.envelope().excluded());
        uv.ifPresent(lines -> {
            ObjectNode node = root.putObject("uv_lines");
            node.put("x_s", lines.charge().value());
            node.put("x_s_source", lines.charge().source());
            for (UvLines.Line line : lines.directSearch()) {
                ObjectNode direct = node.withArray("direct_search").addObject();
                direct.put("yukawa", line.yukawa());
                direct.put("m_psi_GeV", line.anomalonMass());
                values(direct.putArray("values"), line.values());
            }
            for (UvLines.Band band : lines.naturalness()) {
                ObjectNode natural = node.withArray("naturalness").addObject();
                natural.put("delta", band.delta());
                natural.put("m_psi_GeV", band.anomalonMass());
                values(natural.putArray("lower_y1"), band.lower());
                values(natural.putArray("upper_y_sqrt4pi"), band.upper());
            }
        });
        ArrayNode noteArray = root.putArray("notes");
        notes.forEach(noteArray::add);
        return root;
    }

    private static void values(ArrayNode array, double[] values) {
        for (double value : values) {
            if (Double.isNaN(value)) {
                array.addNull();
            } else {
                array.add(value);
            }
        }
    }

    /** Per mass: null (no statement) or the excluded intervals [low, high], high null when unbounded. */
    private static void excluded(ArrayNode array, Exclusion[] exclusions) {
        for (Exclusion exclusion : exclusions) {
            if (exclusion == null) {
                array.addNull();
                continue;
            }
            ArrayNode intervals = array.addArray();
            for (int k = 0; k < exclusion.size(); k++) {
                ArrayNode interval = intervals.addArray().add(exclusion.low(k));
                if (Double.isInfinite(exclusion.high(k))) {
                    interval.addNull();
                } else {
                    interval.add(exclusion.high(k));
                }
            }
        }
    }

    private static String csv(CouplingLimits limits, List<String> notes) {
        StringBuilder text = new StringBuilder();
        text.append("# anomalon limits: model ").append(limits.model()).append(", upper limits on ")
                .append(limits.quantity().symbol()).append(" (lowest excluded value; bands in --format json); empty = no limit\n");
        notes.forEach(note -> text.append("# ").append(note).append('\n'));
        text.append("m_X_GeV");
        limits.limits().forEach(l -> text.append(',').append(l.entry().id()));
        text.append(",envelope,envelope_set_by\n");
        double[] masses = limits.masses();
        double[] envelope = limits.envelope().values();
        String[] setBy = limits.envelope().setBy();
        for (int i = 0; i < masses.length; i++) {
            text.append(number(masses[i]));
            for (CouplingLimits.EntryLimit limit : limits.limits()) {
                text.append(',').append(csvValue(limit.value(i)));
            }
            text.append(',').append(csvValue(envelope[i])).append(',').append(setBy[i] == null ? "" : setBy[i]).append('\n');
        }
        return text.toString();
    }

    private static String abbreviate(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 3) + "...";
    }

    private static String csvValue(double value) {
        return Double.isNaN(value) ? "" : number(value);
    }

    private static String number(double value) {
        return SignificantDigits.format(value, 6); // "%.6g", without a Formatter per number
    }

    private static String text(CouplingLimits limits, Optional<UvLines> uv, List<String> notes) {
        StringBuilder text = new StringBuilder();
        double[] masses = limits.masses();
        text.append(String.format(Locale.ROOT, "Model: %s   upper limits on %s (%s)   m_X = %s .. %s GeV (%d log-spaced points)%n",
                limits.model(), limits.quantity().symbol(), limits.limits().stream().anyMatch(l -> l.entry().kind() == Kind.RECAST
                        && !l.entry().database().equals(LimitEntry.DATABASE)) ? "90% CL; recast databases at each search's CL" : "90% CL", number(masses[0]), number(masses[masses.length - 1]), masses.length));
        notes.forEach(note -> text.append("  * ").append(note).append('\n'));
        text.append(String.format(Locale.ROOT, "%n%-32s %-9s %-18s %-9s %-12s %-12s%n", "entry", "database", "channel", "kind",
                "strongest", "at m_X [GeV]"));
        for (CouplingLimits.EntryLimit limit : limits.limits()) {
            int best = -1;
            for (int i = 0; i < masses.length; i++) {
                if (!Double.isNaN(limit.value(i)) && (best < 0 || limit.value(i) < limit.value(best))) {
                    best = i;
                }
            }
            String strongest = best < 0 ? "none" : number(limit.value(best));
            if (best >= 0 && Double.isFinite(limit.exclusion(best).high(0))) {
                strongest += " (band)";
            }
            text.append(String.format(Locale.ROOT, "%-32s %-9s %-18s %-9s %-12s %-12s%n", limit.entry().id(), limit.entry().database(),
                    abbreviate(limit.entry().channel(), 18), limit.entry().kind().label(), strongest, best < 0 ? "-" : number(masses[best])));
        }
        text.append(String.format(Locale.ROOT, "%nEnvelope of current limits (sample of the grid; --format json|csv for all):%n"));
        text.append(String.format(Locale.ROOT, "%-12s %-12s %-32s %s%n", "m_X [GeV]", "excl. above", "set by",
                "also excluded (bands)"));
        int samples = Math.min(masses.length, 13);
        double[] envelope = limits.envelope().values();
        Exclusion[] excluded = limits.envelope().excluded();
        for (int k = 0; k < samples; k++) {
            int i = (int) Math.round((double) k * (masses.length - 1) / (samples - 1));
            List<String> bands = new ArrayList<>();
            for (int b = 0; b < excluded[i].size(); b++) {
                if (Double.isFinite(excluded[i].high(b))) {
                    bands.add("[" + number(excluded[i].low(b)) + ", " + number(excluded[i].high(b)) + "]");
                }
            }
            text.append(String.format(Locale.ROOT, "%-12s %-12s %-32s %s%n", number(masses[i]),
                    Double.isNaN(envelope[i]) ? "none" : number(envelope[i]),
                    limits.envelope().setBy()[i] == null ? "-" : limits.envelope().setBy()[i], String.join(" ", bands)).stripTrailing()
                    + "\n");
        }
        uv.ifPresent(lines -> text.append(String.format(Locale.ROOT,
                "%nDirect searches (m_Psi > 100 GeV) exclude %s above %s x m_X/GeV (y = 1) and %s x m_X/GeV (y = sqrt(4 pi)).%n",
                limits.quantity().symbol(), number(lines.directSearch().get(0).values()[0] / masses[0]),
                number(lines.directSearch().get(1).values()[0] / masses[0]))));
        return text.toString();
    }
}
