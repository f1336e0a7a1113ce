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

/** The limits figure draws a band where the exclusion is one, and the region above the limit elsewhere. */
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
                .noneMatch(Layer.Area.class::isInstance);
    }
}
