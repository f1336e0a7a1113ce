package org.anomalon.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.anomalon.limits.CouplingLimits;
import org.anomalon.limits.MassGrid;
import org.anomalon.model.BuiltinModels;
import org.anomalon.study.LimitsRequest;
import org.anomalon.study.ModelStudy;
import org.anomalon.study.StudyOptions;
import org.junit.jupiter.api.Test;

/**
 * The limits figure draws a band where the exclusion is one, and the region above the limit elsewhere;
 * it fills the π⁰ window and says where the limit there comes from, labels the gaps of a search and
 * hatches the masses without any limit.
 */
class LimitsFigureTest {

    private static List<Layer> layers(String model) {
        LimitsRequest request = LimitsRequest.on(MassGrid.logarithmic(0.14, 0.3, 12)).withEntries(List.of("NA62-2025-KpiX"));
        CouplingLimits limits = ModelStudy.of(BuiltinModels.load(model), StudyOptions.defaults()).limits(request).limits();
        return LimitsFigure.of(limits, Optional.empty()).panels().get(0).layers();
    }

    @Test
    void aLongLivedBaryonicXIsDrawnAsTheOutlineOfItsBand() {
        // above m_π0 the baryonic X decays to π0 γ, slowly: NA62 excludes a band in g_X
        List<Layer> layers = layers("baryon");
        assertThat(layers).noneMatch(Layer.Region.class::isInstance);
        Layer.Area band = layers.stream().filter(Layer.Area.class::isInstance).map(Layer.Area.class::cast).findFirst().orElseThrow();
        assertThat(band.label()).contains("NA62");
        assertThat(band.polygons()).isNotEmpty();
        // the outline is closed above: its highest coupling lies below the figure's top
        double top = band.polygons().stream().flatMap(List::stream).mapToDouble(p -> p[1]).max().orElseThrow();
        double bottom = band.polygons().stream().flatMap(List::stream).mapToDouble(p -> p[1]).min().orElseThrow();
        assertThat(top).isGreaterThan(10 * bottom).isLessThan(1);
    }

    /** The whole default figure of a model (every database), on a coarse grid. */
    private static List<Layer> figure(String model) {
        LimitsRequest request = LimitsRequest.on(MassGrid.logarithmic(1e-3, 5, 40));
        CouplingLimits limits = ModelStudy.of(BuiltinModels.load(model), StudyOptions.defaults()).limits(request).limits();
        return LimitsFigure.of(limits, Optional.empty()).panels().get(0).layers();
    }

    private static String label(Layer layer) {
        return layer instanceof Layer.Region region ? region.label() : layer instanceof Layer.Area area ? area.label()
                : layer instanceof Layer.Band band ? band.label() : "";
    }

    @Test
    void stFigureThreeSeparatesTreeLevelFromTriangleInducedAndDrawsTheVisibleBAndKSearches() {
        List<Layer> layers = figure("b-minus-l");
        List<String> labels = layers.stream().map(LimitsFigureTest::label).toList();
        assertThat(labels).contains("\\text{B (X visible)}", "\\text{K (X visible)}", "\\text{NA62}",
                "\\text{anomaly / triangle induced (coloured, labelled)}",
                "\\text{tree level: DarkCast limits (recast), }(g-2)");
        // the grey tree-level region has outlines (the recast limits), drawn over the coloured regions
        Layer.Area grey = layers.stream().filter(Layer.Area.class::isInstance).map(Layer.Area.class::cast)
                .filter(area -> area.label().startsWith("\\text{tree level")).findFirst().orElseThrow();
        assertThat(grey.polygons()).isNotEmpty();
        assertThat(layers.indexOf(grey)).isGreaterThan(labels.indexOf("\\text{B (X visible)}"));
    }

    @Test
    void stFigureFourDrawsTheGMinusTwoMuonBandBetweenItsEdges() {
        List<Layer> layers = figure("b3-minus-l2");
        // one band: anomalon's; DarkCast's edges of the same band (AMMmu_Bodas2021fsy_2l/_2u, unbounded above) are not drawn
        List<Layer.Band> bands = layers.stream().filter(Layer.Band.class::isInstance).map(Layer.Band.class::cast)
                .filter(b -> b.label().contains("(g-2)_\\mu")).toList();
        assertThat(bands).hasSize(1);
        Layer.Band band = bands.get(0);
        assertThat(band.label()).isEqualTo("\\text{}(g-2)_\\mu\\text{ favoured (2 sigma)}");
        int finite = 0;
        for (int i = 0; i < band.lower().length; i++) {
            if (!Double.isNaN(band.lower()[i])) {
                assertThat(band.upper()[i]).isGreaterThan(band.lower()[i]);
                finite++;
            }
        }
        assertThat(finite).isEqualTo(band.lower().length);
        // B3 - L2 couples to muons only among the leptons: the band rises with m_X (Delta a_mu ~ g^2 m_mu^2/m_X^2 above m_mu)
        assertThat(band.lower()[band.lower().length - 1]).isGreaterThan(10 * band.lower()[0]);
    }

    @Test
    void anInvisibleXIsExcludedAboveTheLimit() {
        assertThat(layers("tau-flavour")).anyMatch(layer -> layer instanceof Layer.Region region && region.label().contains("NA62"))
                // no tree-level (grey) area: the only Area is the legend's empty key for the anomaly-induced regions
                .noneMatch(layer -> layer instanceof Layer.Area area && !area.polygons().isEmpty());
    }

    private static CouplingLimits limits(String model, LimitsRequest request) {
        return ModelStudy.of(BuiltinModels.load(model), StudyOptions.defaults()).limits(request).limits();
    }

    private static List<Layer.Text> texts(Figure figure) {
        return figure.panels().get(0).layers().stream().filter(Layer.Text.class::isInstance).map(Layer.Text.class::cast).toList();
    }

    @Test
    void thePi0WindowIsDrawnExcludedAboveTheNa62Pi0InvisibleLimitAndSaysSo() throws java.io.IOException {
        // issue 16 saw white at g_X = 1.6-3.3e-4 in the window: true near its edges (m_X = 0.112-0.12 and
        // 0.146-0.152 GeV), where the pi0 -> invisible limit is weak and KOTO (2.8-4.0e-4) sets the envelope;
        // at 0.13 GeV everything above the pi0 -> invisible limit (1.59e-4) is excluded and drawn so
        var result = ModelStudy.of(BuiltinModels.load("tau-flavour"), StudyOptions.defaults())
                .limits(LimitsRequest.on(LimitsRequest.PAPER_GRID).withProjections());
        Figure figure = LimitsFigure.of(result.limits(), result.uv()); // UV lines and projections: a legend of ten entries
        PlotRenderer.Layout layout = PlotRenderer.layout(figure);
        java.awt.image.BufferedImage png = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(PlotFiles.png(figure)));
        Panel panel = figure.panels().get(0);
        java.awt.geom.Rectangle2D frame = layout.frames().get(0);
        for (double coupling : new double[] {2.0e-4, 2.5e-4, 3.2e-4}) {
            double x = frame.getX() + panel.x().fraction(0.13) * frame.getWidth();
            double y = frame.getMaxY() - panel.y().fraction(coupling) * frame.getHeight();
            assertThat(png.getRGB((int) (3 * x), (int) (3 * y)) & 0xFFFFFF).as("g_X = %s", coupling).isNotEqualTo(0xFFFFFF);
        }
        Layer.Text note = texts(figure).stream().filter(t -> t.latex().contains("\\pi^0\\to")).findFirst().orElseThrow();
        assertThat(note.latex()).contains("K^+\\to\\pi^+\\pi^0");
        assertThat(note.x()).isBetween(0.110, 0.155);
        assertThat(note.y()).isLessThan(1.6e-4);
    }

    @Test
    void theGapOfASearchIsLabelledWhereItHasNoLimit() {
        LimitsRequest request = LimitsRequest.on(LimitsRequest.PAPER_GRID).withEntries(List.of("NA62-2025-KpiX"));
        Figure figure = LimitsFigure.of(limits("tau-flavour", request), Optional.empty());
        List<Layer.Text> gaps = texts(figure).stream().filter(t -> t.latex().equals("\\text{no NA62 limit}")).toList();
        assertThat(gaps).hasSize(1);
        assertThat(gaps.get(0).x()).isBetween(0.110, 0.154);
        assertThat(gaps.get(0).angle()).isEqualTo(-Math.PI / 2);
        // filled by the pi0 -> invisible limit of the same label: no gap to label
        Figure both = LimitsFigure.of(limits("tau-flavour", LimitsRequest.on(LimitsRequest.PAPER_GRID)
                .withEntries(List.of("NA62-2025-KpiX", "NA62-2021-pi0inv-KpiX"))), Optional.empty());
        assertThat(texts(both)).noneMatch(t -> t.latex().startsWith("\\text{no "));
    }

    @Test
    void onlyMassesWithoutAnyLimitAreHatched() {
        CouplingLimits baryon = limits("baryon", LimitsRequest.on(LimitsRequest.PAPER_GRID));
        Layer.Hatch hatch = LimitsFigure.of(baryon, Optional.empty()).panels().get(0).layers().stream()
                .filter(Layer.Hatch.class::isInstance).map(Layer.Hatch.class::cast).findFirst().orElseThrow();
        assertThat(hatch.label()).contains("no limit");
        double[] masses = baryon.masses();
        for (int i = 0; i < masses.length; i++) {
            int at = i;
            boolean limited = baryon.limits().stream().anyMatch(l -> l.exclusion(at) != null && !l.exclusion(at).isEmpty());
            boolean hatched = hatch.spans().stream().anyMatch(span -> masses[at] >= span[0] && masses[at] <= span[1]);
            assertThat(hatched).as("m_X = %s", masses[i]).isEqualTo(!limited);
        }
        // above 0.3 GeV a baryonic X decays visibly inside the detectors: nothing is excluded
        assertThat(hatch.spans()).anyMatch(span -> span[0] < 0.3 && span[1] == 5.0);
        assertThat(LimitsFigure.of(limits("tau-flavour", LimitsRequest.on(LimitsRequest.PAPER_GRID)), Optional.empty())
                .panels().get(0).layers()).noneMatch(Layer.Hatch.class::isInstance);
    }

    @Test
    void theLegendNamesOnlyWhatIsDrawn() {
        LimitsRequest coarse = LimitsRequest.on(MassGrid.logarithmic(1e-3, 5, 40));
        java.util.function.Function<String, List<String>> labels = model -> LimitsFigure.of(limits(model, coarse), Optional.empty())
                .panels().get(0).layers().stream().filter(Layer.Area.class::isInstance).map(l -> ((Layer.Area) l).label()).toList();
        // the dark photon has tree-level limits only; an X of tau flavour (or the L-only chiral current) no tree-level
        // exclusion, and its coloured regions are still named as anomaly-induced
        assertThat(labels.apply("dark-photon")).noneMatch(label -> label.contains("anomaly / triangle induced"))
                .anyMatch(label -> label.contains("tree level"));
        assertThat(labels.apply("chiral-tau-l-only")).noneMatch(label -> label.contains("tree level"))
                .anyMatch(label -> label.contains("anomaly / triangle induced"));
        assertThat(labels.apply("b-minus-l")).anyMatch(label -> label.contains("tree level"))
                .anyMatch(label -> label.contains("anomaly / triangle induced"));
    }
}
