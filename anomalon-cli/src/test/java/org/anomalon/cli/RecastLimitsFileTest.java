package org.anomalon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A recast catalogue of one's own through {@code limits --recast-limits} (issue 13): its limits are
 * recast next to the shipped ones, and every bad file is one line naming the file and line, exit 2,
 * with nothing on standard output.
 */
class RecastLimitsFileTest {
    private static final String CATALOGUE = String.join("\n",
            "database: mine",
            "limits:",
            "  - id: Mine_2026_prompt",
            "    experiment: Mine",
            "    limit_model: dark_photon",
            "    production_table: mine.prd",
            "    decay: [mu_mu]",
            "    bounds: {file: mine.lmt, type: lower}",
            "    window: {t0_s: '0', t1_s: 'inf'}",
            "    notes: a prompt dimuon search",
            "    bibtex: '@article{Mine:2026, title = \"mine\"}'",
            "");
    private static final String BOUNDS = "# mass lower\n12 2e-3\n20 1.7e-3\n30 1.8e-3\n";
    private static final String PRODUCTION = "# mass d_d u_u\n10 0.15 0.85\n40 0.15 0.85\n";

    @TempDir
    Path directory;

    @Test
    void aCatalogueOfOnesOwnIsRecastBesideTheShippedDatabase() throws IOException {
        Path catalogue = files(CATALOGUE, BOUNDS, PRODUCTION);
        CliTestSupport result = CliTestSupport.run("limits", "--model", "b-minus-l", "--recast-limits", catalogue.toString(),
                "--databases", "mine", "--mx-min", "15", "--mx-max", "25", "--points", "3", "--format", "csv");
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("Mine_2026_prompt").doesNotContain("CMS_CMS2019kiy");
    }

    @Test
    void massesThatDecreaseNameTheBoundsFileAndLine() throws IOException {
        refused(files(CATALOGUE, "# mass lower\n12 2e-3\n20 1.7e-3\n18 1.8e-3\n", PRODUCTION),
                directory.resolve("mine.lmt") + ", line 4: mass 18.0000 GeV is below the mass 20.0000 GeV of line 3");
    }

    @Test
    void aNegativeCouplingNamesTheBoundsFileAndLine() throws IOException {
        refused(files(CATALOGUE, "# mass lower\n12 2e-3\n20 -1.7e-3\n30 1.8e-3\n", PRODUCTION),
                directory.resolve("mine.lmt") + ", line 3: lower bound on g");
    }

    @Test
    void aMissingProductionFileNamesTheCatalogueLineThatNamesIt() throws IOException {
        Path catalogue = files(CATALOGUE, BOUNDS, PRODUCTION);
        Files.delete(directory.resolve("mine.prd"));
        refused(catalogue, catalogue + ", line 6 (production_table of limit Mine_2026_prompt): no such file " + directory.resolve("mine.prd"));
    }

    @Test
    void anUnknownProductionNameInTheTableOrCatalogueNamesFileAndLine() throws IOException {
        refused(files(CATALOGUE, BOUNDS, "# mass d_d drell_yan\n10 0.15 0.85\n"),
                directory.resolve("mine.prd") + ", line 1: production mechanism = 'drell_yan' is not allowed");
        Path catalogue = files(CATALOGUE.replace("production_table: mine.prd", "production: drell_yan"), BOUNDS, PRODUCTION);
        refused(catalogue, catalogue + ", line 6: production mechanism = 'drell_yan' is not allowed");
    }

    @Test
    void anUnknownDecayNameNamesTheCatalogueLine() throws IOException {
        Path catalogue = files(CATALOGUE.replace("decay: [mu_mu]", "decay: [muons]"), BOUNDS, PRODUCTION);
        refused(catalogue, catalogue + ", line 7: decay = 'muons' is not allowed");
    }

    private Path files(String catalogue, String bounds, String production) throws IOException {
        Files.writeString(directory.resolve("mine.lmt"), bounds, StandardCharsets.UTF_8);
        Files.writeString(directory.resolve("mine.prd"), production, StandardCharsets.UTF_8);
        return Files.writeString(directory.resolve("mine.yaml"), catalogue, StandardCharsets.UTF_8);
    }

    private static void refused(Path catalogue, String message) {
        CliTestSupport result = CliTestSupport.run("limits", "--model", "b-minus-l", "--recast-limits", catalogue.toString(),
                "--points", "3");
        assertThat(result.exitCode()).as(result.err()).isEqualTo(AnomalonCommand.EXIT_INVALID_INPUT);
        assertThat(result.err().lines()).as("one line").hasSize(1);
        assertThat(result.err()).startsWith("anomalon: " + message);
        assertThat(result.out()).isEmpty();
    }
}
