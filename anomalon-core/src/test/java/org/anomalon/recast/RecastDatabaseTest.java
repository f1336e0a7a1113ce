package org.anomalon.recast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.anomalon.InvalidInputException;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecastDatabaseTest {
    private static final RecastDatabase DARKCAST = RecastDatabase.darkCast();

    @Test
    void theShippedDatabaseHasEveryRecastableDarkCastLimitWithNotesAndBibtex() {
        assertThat(DARKCAST.name()).isEqualTo("darkcast");
        assertThat(DARKCAST.limits()).hasSize(51);
        assertThat(DARKCAST.limits().stream().filter(l -> l.limitModel() == RecastLimit.LimitModel.B_MINUS_L).map(RecastLimit::id))
                .containsExactlyInAnyOrder("Borexino_Bauer2018onh", "CHARMII_Bauer2018onh", "Texono_Bauer2018onh");
        for (RecastLimit limit : DARKCAST.limits()) {
            assertThat(limit.notes()).as(limit.id()).isNotBlank();
            assertThat(limit.bibtex()).as(limit.id()).startsWith("@");
            assertThat(limit.citationKey()).as(limit.id()).isNotBlank();
            assertThat(limit.bibtex()).as(limit.id()).doesNotContain("\r");
            Bounds bounds = limit.readBounds();
            assertThat(bounds.minimumMass()).as(limit.id()).isNotNegative().isLessThan(bounds.maximumMass());
        }
        RecastLimit lhcb = DARKCAST.find("LHCb_Aaij2017rft_prompt");
        assertThat(lhcb.citationKey()).isEqualTo("Aaij:2017rft");
        assertThat(lhcb.production().describe()).startsWith("pp (rho0 + eta_gamma + omega_pi0");
        assertThat(lhcb.reference().field("arxiv")).isEqualTo("1710.02867");
        assertThat(lhcb.reference().field("journal")).isEqualTo("Phys. Rev. Lett.");
        assertThat(DARKCAST.find("CHARM_Bergsma1985qz").production().describe()).isEqualTo("eta_gamma");
        assertThat(DARKCAST.find("KLOE_Babusci2012cr").totalWidth()).containsExactlyInAnyOrder(DecayState.E_E, DecayState.MU_MU);
        assertThat(DARKCAST.find("NA64_NA642019imj").darkWidthOverVisible()).isEqualTo(99);
        assertThat(DARKCAST.find("AMMmu_Bodas2021fsy_2u").role()).isEqualTo(RecastLimit.Role.PREFERRED_BAND_UPPER);
        assertThat(DARKCAST.find("AMMmu_Bodas2021fsy").validForAxial()).isFalse();
        assertThat(DARKCAST.find("LHCb_Aaij2019bvg_displaced").readBounds()).isInstanceOf(Bounds.RValues.class);
    }

    /** Every window, length ratio and production fraction against DarkCast's own values (1e-12). */
    @Test
    void everyExpressionOfTheCatalogueGivesDarkCastsValues() {
        int checked = 0;
        for (JsonNode point : DarkCastValues.ROOT.get("expressions")) {
            RecastLimit limit = DARKCAST.find(point.get("limit").asText());
            String kind = point.get("kind").asText();
            double m = point.get("m").asDouble();
            Expression expression;
            if (kind.equals("t0") || kind.equals("t1")) {
                Window.Prompt window = (Window.Prompt) limit.window();
                expression = kind.equals("t0") ? window.start_s() : window.end_s();
            } else if (kind.equals("length_ratio")) {
                expression = ((Window.Displaced) limit.window()).lengthRatio();
            } else {
                expression = ((Production.Mixture) limit.production()).fractions().get(Integer.parseInt(kind.substring(8)));
            }
            double expected = Double.parseDouble(point.get("value").asText());
            double value = expression.evaluate(m);
            if (Double.isInfinite(expected) || expected == 0) {
                assertThat(value).as(limit.id() + " " + kind + " at " + m).isEqualTo(expected);
            } else {
                assertThat(value).as(limit.id() + " " + kind + " at " + m).isCloseTo(expected, Percentage.withPercentage(1e-10));
            }
            checked++;
        }
        assertThat(checked).isGreaterThan(200);
    }

    @Test
    void aUserCatalogueIsReadWithFilesBesideIt(@TempDir Path directory) throws IOException {
        Files.writeString(directory.resolve("my_search.lmt"), "# mass lower\n0.02 1e-3\n0.05 2e-3\n0.08 3e-3\n");
        Path catalogue = write(directory, LIMIT);
        RecastDatabase database = RecastDatabase.read(catalogue);
        assertThat(database.name()).isEqualTo("mine");
        RecastLimit limit = database.limits().get(0);
        assertThat(limit.id()).isEqualTo("Mine_2026_prompt");
        assertThat(limit.production().describe()).isEqualTo("pi0_gamma");
        assertThat(((Window.Prompt) limit.window()).end_s().evaluate(0.03)).isCloseTo(0.01 / (299792458.0 * 10 / 0.03),
                Percentage.withPercentage(1e-12));
        assertThat(limit.source()).startsWith(catalogue + ", line 3");
    }

    @Test
    void unknownProductionOrDecayNamesAreErrorsNamingFileAndLine(@TempDir Path directory) throws IOException {
        Files.writeString(directory.resolve("my_search.lmt"), "# mass lower\n0.02 1e-3\n0.05 2e-3\n");
        Path catalogue = write(directory, LIMIT.replace("production: pi0_gamma", "production: pion_decay"));
        assertThatThrownBy(() -> RecastDatabase.read(catalogue)).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith(catalogue + ", line 6: production mechanism = 'pion_decay' is not allowed")
                .hasMessageContaining("pi0_gamma");
        Path badDecay = write(directory, LIMIT.replace("decay: [e_e]", "decay: [e_e, electrons]"));
        assertThatThrownBy(() -> RecastDatabase.read(badDecay)).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith(badDecay + ", line 7: decay = 'electrons' is not allowed").hasMessageContaining("mu_mu");
        Path badKey = write(directory, LIMIT.replace("experiment:", "experimnet:"));
        assertThatThrownBy(() -> RecastDatabase.read(badKey)).hasMessageStartingWith(badKey + ", line 4: key = 'experimnet'");
        Path badWindow = write(directory, LIMIT.replace("t1_s: '0.01/(c*10/m)'", "t1_s: '0.01/(c*10/mass)'"));
        assertThatThrownBy(() -> RecastDatabase.read(badWindow)).hasMessageStartingWith(badWindow + ", line 9: ")
                .hasMessageContaining("unknown name 'mass'");
    }

    @Test
    void missingFilesAreErrorsNamingTheFile(@TempDir Path directory) throws IOException {
        Path noBounds = write(directory, LIMIT);
        assertThatThrownBy(() -> RecastDatabase.read(noBounds)).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith(noBounds + ", line 8 (bounds of limit Mine_2026_prompt): no such file "
                        + directory.resolve("my_search.lmt"));
        Files.writeString(directory.resolve("my_search.lmt"), "# mass lower\n0.02 1e-3\n0.05 2e-3\n");
        Path noProduction = write(directory, LIMIT.replace("production: pi0_gamma", "production_table: my_production.prd"));
        assertThatThrownBy(() -> RecastDatabase.read(noProduction)).hasMessageStartingWith(noProduction
                + ", line 6 (production_table of limit Mine_2026_prompt): no such file " + directory.resolve("my_production.prd"));
        Files.writeString(directory.resolve("my_production.prd"), "# mass pi0_gamma kaon_decay\n0.01 0.5 0.5\n");
        assertThatThrownBy(() -> RecastDatabase.read(noProduction))
                .hasMessageStartingWith(directory.resolve("my_production.prd") + ", line 1: production mechanism = 'kaon_decay'");
    }

    @Test
    void badBoundsAreErrorsNamingFileAndLine(@TempDir Path directory) throws IOException {
        Files.writeString(directory.resolve("my_search.lmt"), "# mass lower\n0.02 1e-3\n0.05 2e-3\n0.04 2e-3\n");
        Path catalogue = write(directory, LIMIT);
        assertThatThrownBy(() -> RecastDatabase.read(catalogue)).hasMessageStartingWith(directory.resolve("my_search.lmt") + ", line 4: mass 0.0400000 GeV")
                .hasMessageContaining("must not decrease");
        Files.writeString(directory.resolve("my_search.lmt"), "# mass lower\n0.02 1e-3\n0.05 -2e-3\n");
        assertThatThrownBy(() -> RecastDatabase.read(catalogue)).hasMessageStartingWith(directory.resolve("my_search.lmt") + ", line 3: lower bound on g");
        Path wrongType = write(directory, LIMIT.replace("type: lower", "type: lower_upper"));
        assertThatThrownBy(() -> RecastDatabase.read(wrongType)).hasMessageContaining("do not go with this window");
    }

    @Test
    void idsMustBeUnique(@TempDir Path directory) throws IOException {
        Files.writeString(directory.resolve("my_search.lmt"), "# mass lower\n0.02 1e-3\n0.05 2e-3\n");
        Path shippedId = write(directory, LIMIT.replace("Mine_2026_prompt", "NA48_Batley2015lha"));
        assertThatThrownBy(() -> RecastDatabase.read(shippedId)).hasMessageContaining("already used by the shipped database darkcast");
        Path shippedName = write(directory, LIMIT.replace("database: mine", "database: darkcast"));
        assertThatThrownBy(() -> RecastDatabase.read(shippedName)).hasMessageContaining("a name of your own");
    }

    private static final String LIMIT = String.join("\n",
            "database: mine",
            "limits:",
            "  - id: Mine_2026_prompt",
            "    experiment: Mine",
            "    limit_model: dark_photon",
            "    production: pi0_gamma",
            "    decay: [e_e]",
            "    bounds: {file: my_search.lmt, type: lower}",
            "    window: {t0_s: '0', t1_s: '0.01/(c*10/m)'}",
            "    notes: a prompt search with decays within 1 cm of a 10 GeV beam",
            "    bibtex: '@article{Mine:2026, title = \"{Mine}\"}'",
            "");

    private static Path write(Path directory, String text) throws IOException {
        Path file = directory.resolve("mine-" + Math.abs(text.hashCode()) + ".yaml");
        Files.writeString(file, text);
        return file;
    }

    @Test
    void everyBoundsFileIsBesideTheCatalogue() {
        List<String> files = DARKCAST.limits().stream().map(l -> l.readBounds().file()).toList();
        assertThat(files).doesNotHaveDuplicates().hasSize(51);
    }
}
