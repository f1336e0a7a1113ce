package org.anomalon.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Optional;
import org.anomalon.limits.MassGrid;
import org.anomalon.limits.Quantity;
import org.anomalon.model.BuiltinModels;
import org.anomalon.study.LimitsRequest;
import org.anomalon.study.LimitsResult;
import org.anomalon.study.ModelStudy;
import org.anomalon.study.StudyOptions;
import org.junit.jupiter.api.Test;

/** Legends go below the axes: no legend box covers any panel's data area, and every box lies on the page. */
class LegendPlacementTest {

    private static void assertLegendsOutsideTheData(Figure figure) {
        PlotRenderer.Layout layout = PlotRenderer.layout(figure);
        Rectangle2D page = new Rectangle2D.Double(0, 0, layout.width(), layout.height());
        for (int i = 0; i < figure.panels().size(); i++) {
            if (layout.legends().get(i).isEmpty()) {
                continue;
            }
            Rectangle2D box = layout.legendBoxes().get(i);
            assertThat(page.contains(box)).as("legend %d %s on the page %s", i, box, page).isTrue();
            for (Rectangle2D frame : layout.frames()) {
                assertThat(box.intersects(frame)).as("legend %d %s over frame %s", i, box, frame).isFalse();
            }
        }
    }

    @Test
    void theLimitsFigureWithUvLinesAndProjectionsKeepsItsLegendOutsideTheData() {
        ModelStudy study = ModelStudy.of(BuiltinModels.load("tau-flavour"), StudyOptions.defaults());
        LimitsResult result = study.limits(LimitsRequest.on(MassGrid.logarithmic(1e-3, 5, 40)).withProjections());
        assertThat(result.uv()).isPresent();
        Figure figure = LimitsFigure.of(result.limits().only(entry -> entry.plotByDefault()), result.uv());
        assertLegendsOutsideTheData(figure);
        // every labelled line, band and area is in the legend
        List<String> labelled = figure.panels().get(0).layers().stream().map(l -> l instanceof Layer.Line line ? line.label()
                : l instanceof Layer.Band band ? band.label() : l instanceof Layer.Area area ? area.label() : null)
                .filter(java.util.Objects::nonNull).toList();
        assertThat(labelled).hasSizeGreaterThan(5);
        assertThat(PlotRenderer.layout(figure).legends().get(0).entries()).extracting(Legend.Entry::label)
                .containsExactlyElementsOf(labelled);
    }

    @Test
    void eachPanelOfATwoPanelFigureHasItsLegendBelowItsOwnAxes() {
        ModelStudy study = ModelStudy.of(BuiltinModels.load("tau-flavour"), StudyOptions.defaults());
        LimitsResult result = study.limits(LimitsRequest.on(MassGrid.logarithmic(1e-3, 0.3, 20)).withQuantity(Quantity.GX_AXWW)
                .withEntries(List.of("NA62-2025-KpiX", "NA62-Guadagnoli2025-KpiX", "KOTO-2019-KLpi0X")));
        Figure figure = LimitsFigure.of(result.limits(), Optional.empty());
        assertThat(figure.panels()).hasSize(2);
        assertThat(PlotRenderer.layout(figure).legends().get(0).isEmpty()).isFalse(); // the recast line
        assertLegendsOutsideTheData(figure);
    }

    @Test
    void aLineDrawnOutsideTheAxesHasNoLegendEntry() {
        double[] x = {1e-3, 1};
        Panel panel = Panel.builder(Axis.log("m_X", 1e-3, 1), Axis.log("g_X", 1e-6, 1))
                .add(Layer.Line.of(x, new double[] {10, 100}, Palette.BLUE, Dash.DASHED, "\\text{above the axes}"))
                .add(Layer.Line.of(x, new double[] {10, 1e-8}, Palette.BLUE, Dash.SOLID, "\\text{crossing}"))
                .add(Layer.Line.of(x, new double[] {1e-3, 1e-2}, Palette.BLUE, Dash.SOLID, "\\text{inside}"))
                .build();
        assertThat(Legend.of(panel, 400).entries()).extracting(Legend.Entry::label)
                .containsExactly("\\text{crossing}", "\\text{inside}");
    }
}
