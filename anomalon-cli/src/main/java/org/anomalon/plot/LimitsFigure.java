package org.anomalon.plot;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.anomalon.data.Kind;
import org.anomalon.data.LimitSource;
import org.anomalon.limits.CouplingLimits;
import org.anomalon.limits.Exclusion;
import org.anomalon.limits.ExclusionRegion;
import org.anomalon.limits.Quantity;
import org.anomalon.limits.UvLines;
import org.anomalon.study.FitResult;

/**
 * The exclusion figure of P0 Figs. 1 and 3 and ST Figs. 3–4: anomaly- or triangle-induced limits as
 * filled regions (one colour and one label per experiment; outlines where X is long-lived and the
 * exclusion is a band), the tree-level limits of the recast
 * databases as one grey region (bands included), projections as dashed lines, the direct-search lines (dotted for y = 1,
 * solid for y = √(4π)) and grey naturalness bands. For g_X the figure has one panel (Fig. 3);
 * for g_X |A_XWW| one panel per channel (Fig. 1: NA62 left, KOTO right).
 */
public final class LimitsFigure {
    /** Colours per experiment, following P0 Fig. 3 (LEP pink, NA62 red, KOTO blue, CLEO orange, Belle purple, Belle II green). */
    private static final Map<String, Color> COLOURS = Map.ofEntries(
            Map.entry("L3", Palette.REDDISH_PURPLE), Map.entry("FCC-ee", Palette.REDDISH_PURPLE),
            Map.entry("NA62", Palette.VERMILLION), Map.entry("NA62 (recast)", Palette.VERMILLION),
            Map.entry("KOTO", Palette.BLUE), Map.entry("CLEO (recast)", Palette.ORANGE),
            Map.entry("Belle", Palette.INDIGO), Map.entry("Belle II (recast)", Palette.BLUISH_GREEN),
            Map.entry("Belle II", Palette.BLUISH_GREEN),
            Map.entry("BaBar (recast)", Palette.SKY_BLUE), Map.entry("E949", Palette.OLIVE),
            // visible searches (ST Sec. IV): Z in LEP's colour, B in Belle's, K in NA62's, LHCb's displaced island
            Map.entry("OPAL", Palette.REDDISH_PURPLE), Map.entry("LHCb", Palette.BLUE), Map.entry("KTeV", Palette.VERMILLION));

    /** Narrowest gap inside a group's masses that is labelled, in decades of m_X (the text's height on the default figure). */
    private static final double GAP_LABEL_DECADES = 0.1;
    private static final float NOTE_FONT = 8.5f;

    private LimitsFigure() {
    }

    /**
     * @param limits      the computed limits (entries to draw: all of them; filter before)
     * @param uv          UV lines, if X_S is known
     */
    public static Figure of(CouplingLimits limits, Optional<UvLines> uv) {
        return of(limits, uv, Optional.empty());
    }

    /**
     * The best fit of the model to the B → K E_miss excess on the limits figure: the point (m_X, ĝ_X)
     * and its 1σ interval as a vertical bar.
     */
    public record FitMark(double massX_GeV, double couplingX, double lower, double upper) {
        public static FitMark of(FitResult fit) {
            var best = fit.report().best();
            return new FitMark(fit.report().massX_GeV(), best.couplingX(), best.interval1Sigma().lower(),
                    best.interval1Sigma().upper());
        }
    }

    /** The same with the model's best fit marked (on the g_X figure only). */
    public static Figure of(CouplingLimits limits, Optional<UvLines> uv, Optional<FitMark> fit) {
        double[] masses = limits.masses();
        Axis x = Axis.log("m_X\\,[\\mathrm{GeV}]", masses[0], masses[masses.length - 1]);
        if (limits.quantity() == Quantity.GX_AXWW) {
            Map<String, List<CouplingLimits.EntryLimit>> byChannel = new LinkedHashMap<>();
            limits.limits().forEach(l -> byChannel.computeIfAbsent(l.entry().channel(), c -> new ArrayList<>()).add(l));
            List<Panel> panels = new ArrayList<>();
            for (List<CouplingLimits.EntryLimit> group : byChannel.values()) {
                panels.add(panel(x, masses, group, Optional.empty(), "g_X\\,|\\mathcal{A}_{XWW}|",
                        channelLatex(group.get(0).entry().channel()), true).build());
            }
            return new Figure(panels, Math.min(2, panels.size()), Figure.DEFAULT_WIDTH, Figure.DEFAULT_HEIGHT);
        }
        Panel.Builder panel = panel(x, masses, limits.limits(), uv, "g_X", null, false);
        fit.ifPresent(mark -> {
            panel.add(Layer.Line.of(new double[] {mark.massX_GeV(), mark.massX_GeV()},
                    new double[] {Math.max(mark.lower(), 1e-300), mark.upper()}, Palette.BLACK, Dash.SOLID, null));
            panel.add(new Layer.Marker(mark.massX_GeV(), mark.couplingX(), Palette.BLACK, 3.2));
            panel.add(new Layer.Text("\\text{best fit}", mark.massX_GeV(), Math.max(mark.lower(), 1e-300), Palette.BLACK, 10f, Anchor.TOP_RIGHT));
        });
        return new Figure(List.of(panel.build()), 1, 460, 340);
    }

    /** Limits from X's tree-level couplings to SM fermions: DarkCast's searches, (g − 2). */
    private static boolean treeLevel(CouplingLimits.EntryLimit limit) {
        return limit.entry().treeLevel();
    }

    /** A band of couplings favoured by a measurement (the (g − 2)_μ band), not an exclusion. */
    private static boolean preferredBand(CouplingLimits.EntryLimit limit) {
        return !limit.entry().isExclusion() && !limit.entry().isProjection();
    }

    /** Grey: the union of the tree-level (recast) exclusions, bands included, as one outline (nothing where they exclude nothing). */
    private static void addTreeLevel(Panel.Builder panel, double[] masses, List<CouplingLimits.EntryLimit> limits, double[] range) {
        List<CouplingLimits.EntryLimit> tree = limits.stream().filter(LimitsFigure::treeLevel)
                .filter(l -> l.entry().isExclusion()).toList();
        if (tree.isEmpty()) {
            return;
        }
        Exclusion[] union = new Exclusion[masses.length];
        for (int i = 0; i < masses.length; i++) {
            List<double[]> intervals = new ArrayList<>();
            for (CouplingLimits.EntryLimit limit : tree) {
                if (limit.exclusion(i) != null) {
                    intervals.addAll(limit.exclusion(i).intervals());
                }
            }
            union[i] = Exclusion.of(intervals);
        }
        List<List<double[]>> polygons = ExclusionRegion.polygons(masses, union, range[0], range[1] * 10);
        if (!polygons.isEmpty()) { // no legend entry for what excludes nothing
            panel.add(new Layer.Area(polygons, Palette.GREY, 0.45, "\\text{tree level: DarkCast limits (recast), }(g-2)"));
        }
    }

    /**
     * Orange: couplings favoured by a measurement, between the band's edges at each mass. A recast
     * edge of a band (DarkCast's AMMmu_Bodas2021fsy_2l and _2u, unbounded above) is not a band: it
     * is left out, anomalon's own band from the same Δa_μ is drawn.
     */
    private static void addPreferredBands(Panel.Builder panel, double[] masses, List<CouplingLimits.EntryLimit> limits) {
        for (CouplingLimits.EntryLimit limit : limits.stream().filter(LimitsFigure::preferredBand)
                .filter(LimitsFigure::boundedAbove).toList()) {
            double[] lower = new double[masses.length];
            double[] upper = new double[masses.length];
            for (int i = 0; i < masses.length; i++) {
                Exclusion band = limit.exclusion(i);
                boolean present = band != null && !band.isEmpty();
                lower[i] = present ? band.low(0) : Double.NaN;
                upper[i] = present ? band.high(0) : Double.NaN;
            }
            panel.add(new Layer.Band(masses, lower, upper, Palette.ORANGE, 0.6, latexLabel(limit.entry().label())));
        }
    }

    /** Whether every interval of the entry has a finite upper edge (a band, not one edge of it). */
    private static boolean boundedAbove(CouplingLimits.EntryLimit limit) {
        return java.util.Arrays.stream(limit.exclusions()).filter(e -> e != null && !e.isEmpty())
                .allMatch(e -> Double.isFinite(e.high(e.size() - 1)));
    }

    /** "(g-2)_mu favoured (2 sigma)" → LaTeX. */
    private static String latexLabel(String label) {
        return "\\text{" + label.replace("(g-2)_mu", "}(g-2)_\\mu\\text{").replace("(g-2)_e", "}(g-2)_e\\text{") + "}";
    }

    private static Panel.Builder panel(Axis x, double[] masses, List<CouplingLimits.EntryLimit> limits, Optional<UvLines> uv,
                                       String yLabel, String title, boolean figureOne) {
        double[] range = yRange(limits);
        Panel.Builder panel = Panel.builder(x, Axis.log(yLabel, range[0], range[1]));
        if (title != null) {
            panel.title(title);
        }
        uv.ifPresent(lines -> addUvLines(panel, masses, lines));
        List<CouplingLimits.EntryLimit> induced = limits.stream().filter(l -> !treeLevel(l) && !preferredBand(l)).toList();
        List<Group> groups = groups(induced);
        // weakest first, so that stronger limits are drawn over them
        groups.sort(Comparator.comparingDouble(Group::typicalLogLimit).reversed());
        // texts first: the region labels placed later keep clear of them
        for (Group group : groups) {
            if (!group.projection) {
                if (!(figureOne && group.recast)) { // a line shows its own gaps
                    addGapLabels(panel, masses, group, colour(group, figureOne));
                }
                addFigureNotes(panel, masses, group, colour(group, figureOne));
            }
        }
        addNoLimitHatching(panel, masses, limits);
        int index = 0;
        for (Group group : groups) {
            if (group.projection) {
                continue;
            }
            if (figureOne) {
                // P0 Fig. 1: experimental limits in blue, the phenomenological recast as a red line
                if (group.recast) {
                    panel.add(new Layer.Line(masses, group.values, Palette.VERMILLION, Dash.SOLID, 1.6f,
                            "\\text{" + group.label + "}"));
                } else {
                    panel.add(group.region(masses, Palette.BLUE, range));
                }
                continue;
            }
            panel.add(group.region(masses, COLOURS.getOrDefault(group.experiment, Palette.cycle(index++)), range));
        }
        // over the pastel regions, translucent, so that both stay visible where they overlap
        addTreeLevel(panel, masses, limits, range);
        if (groups.stream().anyMatch(g -> !g.projection && g.drawsSomething())) {
            // legend only: which regions are the anomaly / triangle-induced ones (also where no tree-level region is drawn)
            panel.add(new Layer.Area(List.of(), Palette.VERMILLION, 0.3,
                    "\\text{anomaly / triangle induced (coloured, labelled)}"));
        }
        addPreferredBands(panel, masses, limits);
        for (Group group : groups) {
            if (group.projection) {
                Color colour = COLOURS.getOrDefault(group.experiment, Palette.BLACK);
                panel.add(new Layer.Line(masses, group.values, colour, Dash.DASHED, 1.8f,
                        "\\text{" + group.label + " (projection)}"));
            }
        }
        return panel;
    }

    /** The ink of a group's texts: its region's colour, darker. */
    private static Color colour(Group group, boolean figureOne) {
        return (figureOne ? Palette.BLUE : COLOURS.getOrDefault(group.experiment, Palette.GREY)).darker();
    }

    /**
     * "no NA62 limit" written upwards in every gap inside a group's mass range (a window of the
     * search without a limit), where the text fits between the masses on either side.
     */
    private static void addGapLabels(Panel.Builder panel, double[] masses, Group group, Color ink) {
        int last = -1;
        for (int i = 0; i < masses.length; i++) {
            if (Double.isNaN(group.values[i])) {
                continue;
            }
            if (last >= 0 && i > last + 1 && Math.log10(masses[i] / masses[last]) >= GAP_LABEL_DECADES) {
                double x = Math.sqrt(masses[i] * masses[last]);
                double y = 1.5 * Math.max(group.values[i], group.values[last]);
                panel.add(new Layer.Text("\\text{no " + group.label + " limit}", x, y, ink, NOTE_FONT, Anchor.LEFT, -Math.PI / 2));
            }
            last = i;
        }
    }

    /** An entry's figure note (docs/limits.md), under the longest stretch of masses where it sets its group's limit. */
    private static void addFigureNotes(Panel.Builder panel, double[] masses, Group group, Color ink) {
        for (LimitSource entry : Arrays.stream(group.setBy).filter(java.util.Objects::nonNull).distinct().toList()) {
            if (entry.figureNote().isEmpty()) {
                continue;
            }
            int bestStart = -1;
            int bestEnd = -1;
            for (int i = 0; i < masses.length; i++) {
                int start = i;
                while (i < masses.length && group.setBy[i] == entry) {
                    i++;
                }
                if (i - start > bestEnd - bestStart) {
                    bestStart = start;
                    bestEnd = i;
                }
            }
            double lowest = Arrays.stream(group.values, bestStart, bestEnd).min().orElseThrow();
            double x = Math.sqrt(masses[bestStart] * masses[bestEnd - 1]);
            panel.add(new Layer.Text(entry.figureNote().get(), x, lowest / 1.3, ink, NOTE_FONT, Anchor.TOP));
        }
    }

    /**
     * Hatching over the masses where no entry drawn excludes any coupling (every search is outside its
     * window there, or excludes nothing, e.g. for an X that decays visibly inside the detector), from
     * midway to the last mass with a limit to midway to the next one (in log m_X).
     */
    private static void addNoLimitHatching(Panel.Builder panel, double[] masses, List<CouplingLimits.EntryLimit> limits) {
        List<CouplingLimits.EntryLimit> exclusions = limits.stream().filter(l -> l.entry().isExclusion()).toList();
        boolean[] limited = new boolean[masses.length];
        for (int i = 0; i < masses.length; i++) {
            for (CouplingLimits.EntryLimit limit : exclusions) {
                limited[i] |= limit.exclusion(i) != null && !limit.exclusion(i).isEmpty();
            }
        }
        List<double[]> spans = new ArrayList<>();
        for (int i = 0; i < masses.length; i++) {
            if (limited[i]) {
                continue;
            }
            int start = i;
            while (i + 1 < masses.length && !limited[i + 1]) {
                i++;
            }
            spans.add(new double[] {start == 0 ? masses[0] : Math.sqrt(masses[start - 1] * masses[start]),
                    i == masses.length - 1 ? masses[i] : Math.sqrt(masses[i] * masses[i + 1])});
        }
        if (!spans.isEmpty()) {
            panel.add(new Layer.Hatch(spans, Palette.GREY, "\\text{no limit at these masses}"));
        }
    }

    /** Entries sharing a label (e.g. the four Belle B → π/ρ limits) are drawn as one region: their envelope. */
    private static List<Group> groups(List<CouplingLimits.EntryLimit> limits) {
        Map<String, Group> groups = new LinkedHashMap<>();
        for (CouplingLimits.EntryLimit limit : limits) {
            LimitSource entry = limit.entry();
            String key = entry.label() + (entry.isProjection() ? "/projection" : "");
            Group group = groups.computeIfAbsent(key, k -> new Group(entry.label(), entry.experiment(), entry.isProjection(),
                    entry.kind() == Kind.RECAST, limit.values().length));
            double[] values = limit.values();
            for (int i = 0; i < values.length; i++) {
                if (!Double.isNaN(values[i]) && !(values[i] >= group.values[i])) {
                    group.values[i] = values[i];
                    group.setBy[i] = entry;
                }
                if (limit.exclusion(i) != null) {
                    group.intervals.get(i).addAll(limit.exclusion(i).intervals());
                }
            }
        }
        return new ArrayList<>(groups.values());
    }

    /**
     * One drawn curve: the envelope of the entries with one label, and the union of their excluded
     * intervals (a long-lived X escapes at small g_X and decays inside at large g_X: a band).
     */
    private static final class Group {
        final String label;
        final String experiment;
        final boolean projection;
        final boolean recast;
        final double[] values;
        /** The entry whose limit is the envelope at each mass (null where none is). */
        final LimitSource[] setBy;
        final List<List<double[]>> intervals;

        Group(String label, String experiment, boolean projection, boolean recast, int size) {
            this.label = label;
            this.experiment = experiment;
            this.projection = projection;
            this.recast = recast;
            this.values = new double[size];
            Arrays.fill(values, Double.NaN);
            this.setBy = new LimitSource[size];
            this.intervals = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                intervals.add(new ArrayList<>());
            }
        }

        /** Excluded above the envelope, or, where some interval is bounded above, the outline of the bands. */
        Layer region(double[] masses, Color colour, double[] range) {
            String text = "\\text{" + label + "}";
            boolean banded = intervals.stream().flatMap(List::stream).anyMatch(interval -> Double.isFinite(interval[1]));
            if (!banded) {
                return new Layer.Region(masses, values, Layer.Side.ABOVE, colour, 0.3, text, Optional.empty());
            }
            Exclusion[] union = intervals.stream().map(Exclusion::of).toArray(Exclusion[]::new);
            return new Layer.Area(ExclusionRegion.polygons(masses, union, range[0], range[1] * 10), colour, 0.3, text);
        }

        /** Whether any mass has a limit (an anomaly-free current without ST gives none). */
        boolean drawsSomething() {
            return Arrays.stream(values).anyMatch(Double::isFinite);
        }

        double typicalLogLimit() {
            return Arrays.stream(values).filter(v -> v > 0 && Double.isFinite(v)).map(Math::log).average().orElse(0);
        }
    }

    private static void addUvLines(Panel.Builder panel, double[] masses, UvLines lines) {
        for (UvLines.Band band : lines.naturalness()) {
            String label = String.format(Locale.ROOT, "m_\\Psi<\\sqrt{\\Delta}\\,\\text{TeV},\\ \\Delta=10^{%d}", Math.round(Math.log10(band.delta())));
            // darker for milder tuning: Δ = 10, 100, 1000 → 45%, 30%, 15% grey
            double opacity = 0.6 - 0.15 * Math.log10(band.delta());
            panel.add(new Layer.Band(masses, band.lower(), band.upper(), Palette.GREY, opacity, label));
        }
        for (UvLines.Line line : lines.directSearch()) {
            boolean perturbativeMax = line.yukawa() > 1;
            panel.add(new Layer.Line(masses, line.values(), Palette.YELLOW_DARK, perturbativeMax ? Dash.SOLID : Dash.DOTTED, 2f,
                    perturbativeMax ? "m_\\Psi>100\\,\\text{GeV},\\ y=\\sqrt{4\\pi}" : "m_\\Psi>100\\,\\text{GeV},\\ y=1"));
        }
    }

    /** Decades spanning the finite limits and the upper edges of anomalon's bands, at most 8 decades below the weakest one shown. */
    private static double[] yRange(List<CouplingLimits.EntryLimit> limits) {
        double low = Double.POSITIVE_INFINITY;
        double high = 0;
        for (CouplingLimits.EntryLimit limit : limits) {
            for (Exclusion exclusion : limit.exclusions()) {
                if (exclusion == null || exclusion.isEmpty()) {
                    continue;
                }
                double lowest = exclusion.lowest();
                double upperEdge = exclusion.high(exclusion.size() - 1);
                if (lowest > 0 && Double.isFinite(lowest)) {
                    low = Math.min(low, lowest);
                    // the recasts' beam-dump bands are one grey outline cut at the top of this range
                    high = Math.max(high, Double.isFinite(upperEdge) && !treeLevel(limit) ? upperEdge : lowest);
                }
            }
        }
        if (high == 0) {
            return new double[] {1e-6, 1};
        }
        double top = Math.pow(10, Math.ceil(Math.log10(Math.min(high, 10))));
        double bottom = Math.pow(10, Math.floor(Math.log10(low) - 0.5));
        return new double[] {Math.max(bottom, top * 1e-9), top};
    }

    /** "K+->pi+X" → "K^+\to\pi^+X" for titles. */
    static String channelLatex(String channel) {
        return channel.replace("->", "\\to ").replace("pi", "\\pi").replace("rho", "\\rho").replace("gamma", "\\gamma ")
                .replace("KL", "K_L").replace("K*", "K^{*}").replaceAll("([A-Za-z}])([+0])", "$1^$2");
    }
}
