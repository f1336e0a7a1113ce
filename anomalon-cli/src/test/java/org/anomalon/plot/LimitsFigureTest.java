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

    @Test
    void anInvisibleXIsExcludedAboveTheLimit() {
        assertThat(layers("tau-flavour")).anyMatch(layer -> layer instanceof Layer.Region region && region.label().contains("NA62"))
                .noneMatch(Layer.Area.class::isInstance);
    }
}
