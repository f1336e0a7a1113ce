package org.anomalon.recast;

import org.anomalon.observables.xdecay.XCouplings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.anomalon.limits.Exclusion;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * Recasting a limit into the model it was set in returns the limit: for every shipped DarkCast
 * limit at every mass of its own table, to 10⁻⁶ (the solver is exact to ~10⁻¹²). Holds for any
 * widths, so the test models' widths serve.
 */
class RecastIdentityTest {
    private static final RecastDatabase DARKCAST = RecastDatabase.darkCast();
    private static final RecastModel DARK_PHOTON = TestModels.model("dark photon", TestModels.darkPhoton(), true);
    private static final RecastModel B_MINUS_L = TestModels.model("B-L", TestModels.bMinusL(), true);
    /** Below 2 m_e the dark photon has no width at all here (no X -> 3 gamma): its BRs are undefined. */
    private static final double TWO_ELECTRON_MASSES = 2 * 0.000511;

    /** The limit model with its total width over the limit's states only (KLOE_Babusci2012cr: e+e- and mu+mu-). */
    private static RecastModel restricted(RecastModel model, RecastLimit limit) {
        return new RecastModel() {
            @Override
            public String name() {
                return model.name() + " (total over " + limit.totalWidth() + ")";
            }

            @Override
            public XCouplings couplings(double massX_GeV) {
                return model.couplings(massX_GeV);
            }

            @Override
            public Widths widths(double massX_GeV) {
                return model.widths(massX_GeV).withTotalOver(limit.totalWidth());
            }
        };
    }

    @Test
    void everyLimitRecastIntoItsOwnModelIsItself() {
        int compared = 0;
        for (RecastLimit limit : DARKCAST.limits()) {
            // an invisible search's own model is the dark photon decaying 99% into the dark sector
            RecastModel own = limit.limitModel() == RecastLimit.LimitModel.B_MINUS_L ? B_MINUS_L
                    : limit.darkWidthOverVisible() == 0 ? DARK_PHOTON
                    : TestModels.model("invisible dark photon", TestModels.darkPhoton(), true, limit.darkWidthOverVisible());
            if (limit.totalWidth() != null) {
                own = restricted(own, limit);
            }
            Bounds bounds = limit.readBounds();
            double[] masses = bounds instanceof Bounds.RValues grid ? grid.masses()
                    : bounds instanceof Bounds.Lower lower ? lower.lower().masses() : ((Bounds.LowerUpper) bounds).lower().masses();
            RecastCurve curve = TestModels.recaster(own).recast(List.of(limit), masses).get(0);
            assertThat(curve.notes()).as(limit.id()).isEmpty();
            for (int i = 0; i < masses.length; i++) {
                double m = masses[i];
                if (m <= TWO_ELECTRON_MASSES) {
                    continue;
                }
                Exclusion exclusion = curve.exclusion(i);
                String where = limit.id() + " at m = " + m;
                if (bounds instanceof Bounds.Lower lower) {
                    double g = lower.lower().at(m);
                    if (g >= Bounds.NO_LIMIT) {
                        assertThat(exclusion).as(where).isNull();
                        continue;
                    }
                    assertThat(exclusion).as(where).isNotNull();
                    assertThat(exclusion.size()).as(where).isEqualTo(1);
                    assertThat(exclusion.low(0)).as(where).isCloseTo(g, Offset.offset(1e-6 * g));
                    assertThat(exclusion.high(0)).as(where).isInfinite();
                } else if (bounds instanceof Bounds.LowerUpper band) {
                    double low = band.lower().at(m);
                    double high = band.upper().at(m);
                    if (low >= Bounds.NO_LIMIT || high >= Bounds.NO_LIMIT || !(high > low)) {
                        assertThat(exclusion).as(where).isNull();
                        continue;
                    }
                    assertThat(exclusion.size()).as(where).isEqualTo(1);
                    assertThat(exclusion.low(0)).as(where).isCloseTo(low, Offset.offset(1e-6 * low));
                    assertThat(exclusion.high(0)).as(where).isCloseTo(high, Offset.offset(1e-6 * high));
                } else {
                    Bounds.RValues grid = (Bounds.RValues) bounds;
                    double[] couplings = grid.couplings();
                    for (int j = 0; j < couplings.length; j++) {
                        assertThat(exclusion.excludes(couplings[j])).as(where + ", g = " + couplings[j])
                                .isEqualTo(grid.at(m, j) < 1);
                    }
                }
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(5000);
    }
}
