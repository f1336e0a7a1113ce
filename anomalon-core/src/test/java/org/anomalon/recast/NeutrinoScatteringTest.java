package org.anomalon.recast;

import org.anomalon.observables.xdecay.XCouplings;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;

class NeutrinoScatteringTest {
    private static final RecastDatabase DARKCAST = RecastDatabase.darkCast();

    /** The three functions of the catalogue against the exact (60-digit) values of the same formulas. */
    @Test
    void theFunctionsGiveDarkCastsValues() {
        for (JsonNode point : DarkCastValues.ROOT.get("functions")) {
            NeutrinoScattering.Function function = ((NeutrinoScattering) DARKCAST.find(switch (point.get("function").asText()) {
                case "nu_l_other_flavour" -> "CHARMII_Bauer2018onh";
                case "nubar_l_same_flavour" -> "Texono_Bauer2018onh";
                default -> "Borexino_Bauer2018onh";
            }).production()).terms().stream().filter(t -> t.function().name().equals(point.get("function").asText()))
                    .findFirst().orElseThrow().function();
            double[] ab = function.coefficients(point.get("m").asDouble(), point.get("en").asDouble(), point.get("ml").asDouble(),
                    point.get("an").asDouble(), point.get("vn").asDouble(), point.get("al").asDouble(), point.get("vl").asDouble());
            double g2 = Math.pow(point.get("g").asDouble(), 2);
            assertThat(Math.abs(g2 * ab[0] + g2 * g2 * ab[1])).as(point.toString())
                    .isCloseTo(point.get("value_exact").asDouble(), Percentage.withPercentage(1e-8));
        }
    }

    /** Each limit's summed cross-section for DarkCast's B − L boson against DarkCast's value. */
    @Test
    void eachLimitsCrossSectionGivesDarkCastsValue() {
        for (JsonNode point : DarkCastValues.ROOT.get("neutrino_scattering")) {
            NeutrinoScattering scattering = (NeutrinoScattering) DARKCAST.find(point.get("limit").asText()).production();
            double g = point.get("g").asDouble();
            double sigma = NeutrinoScattering.crossSection(scattering.coefficients(point.get("m").asDouble(), TestModels.bMinusL()), g * g);
            assertThat(sigma).as(point.toString()).isCloseTo(point.get("value_exact").asDouble(), Percentage.withPercentage(1e-8));
        }
    }

    @Test
    void theRoundingErrorIsSmallAtLowMassAndLargeWhereTheCrossSectionCancels() {
        NeutrinoScattering borexino = (NeutrinoScattering) DARKCAST.find("Borexino_Bauer2018onh").production();
        XCouplings x = TestModels.bMinusL();
        double s = 1e-8;
        double[] low = borexino.coefficients(0.003, x);
        double[] high = borexino.coefficients(20.0, x);
        assertThat(NeutrinoScattering.crossSectionError(low, s) / NeutrinoScattering.crossSection(low, s)).isLessThan(1e-12);
        assertThat(NeutrinoScattering.crossSectionError(high, s) / NeutrinoScattering.crossSection(high, s))
                .isGreaterThan(Recaster.CROSS_SECTION_PRECISION);
    }
}
