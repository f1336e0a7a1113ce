package org.anomalon.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.anomalon.limits.BreakingCharge;
import org.anomalon.limits.MassGrid;
import org.anomalon.model.BuiltinModels;
import org.anomalon.model.Model;
import org.junit.jupiter.api.Test;

/** UV lines are anomalon masses: drawn for a current the SM leaves anomalous, never for an anomaly-free one, whatever X_S. */
class UvLinesOnlyWithAnomalonsTest {
    private static final LimitsRequest ONE_ENTRY = LimitsRequest.on(MassGrid.logarithmic(0.5, 1, 2))
            .withEntries(List.of("L3-1997-ZgammaX"));

    @Test
    void anomalyFreeCurrentsGetNoUvLinesEvenWithAUserCharge() {
        for (String name : List.of("b-minus-l", "lmu-minus-ltau", "le-minus-lmu", "le-minus-ltau", "b3-minus-l2", "dark-photon")) {
            ModelStudy study = ModelStudy.of(BuiltinModels.load(name), StudyOptions.defaults().withBreakingCharge(BreakingCharge.user(1)));
            assertThat(study.anomalies().needsAnomalons()).as(name).isFalse();
            assertThat(study.limits(ONE_ENTRY).uv()).as(name).isEmpty();
        }
    }

    @Test
    void everyBuiltInModelHasUvLinesExactlyWhenItsSmFieldsNeedAnomalons() {
        for (Model model : BuiltinModels.all()) {
            ModelStudy study = ModelStudy.of(model, StudyOptions.defaults().withBreakingCharge(BreakingCharge.user(1)));
            assertThat(study.limits(ONE_ENTRY).uv().isPresent()).as(model.name()).isEqualTo(study.anomalies().needsAnomalons());
        }
        assertThat(ModelStudy.of(BuiltinModels.load("tau-flavour"), StudyOptions.defaults()).limits(ONE_ENTRY).uv()).isPresent();
    }
}
