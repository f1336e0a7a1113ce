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
        Figure figure = LimitsFigure.of(result.limits(), result.uv());
        assertLegendsOutsideTheData(figure);
        // every labelled line, band and area is in the legend
        long labelled = figure.panels().get(0).layers().stream().filter(l -> l instanceof Layer.Line line && line.label() != null
                || l instanceof Layer.Band band && band.label() != null || l instanceof Layer.Area area && area.label() != null).count();
        assertThat(labelled).isGreaterThan(5);
        assertThat(PlotRenderer.layout(figure).legends().get(0).entries()).hasSize((int) labelled);
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
}
