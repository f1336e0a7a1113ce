package org.anomalon.cli;

import static org.assertj.core.api.Assertions.assertThat;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.anomalon.format.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class LimitsCommandTest {
    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        CommandLine commandLine = AnomalonCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int exit = commandLine.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void jsonHasTheDocumentedShapeWithNullOutsideWindows() {
        Run run = run("limits", "--model", "tau-flavour", "--points", "50", "--format", "json");
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode root = Json.read(run.out());
        assertThat(root.get("model").asText()).isEqualTo("tau-flavour");
        assertThat(root.get("quantity").asText()).isEqualTo("gx");
        assertThat(root.get("cl").asDouble()).isEqualTo(0.9);
        assertThat(root.get("masses_GeV")).hasSize(50);
        JsonNode first = root.get("limits").get(0);
        assertThat(first.get("id").asText()).isEqualTo("NA62-2025-KpiX");
        for (String field : List.of("channel", "experiment", "reference", "kind", "cl_source", "values")) {
            assertThat(first.has(field)).as(field).isTrue();
        }
        assertThat(first.get("values").get(0).isNumber()).isTrue();   // 1 MeV: inside the window
        assertThat(first.get("values").get(49).isNull()).isTrue();    // 5 GeV: K+ -> pi+ X closed
        assertThat(root.get("envelope").get("values")).hasSize(50);
        assertThat(root.get("envelope").get("set_by").get(0).asText()).startsWith("NA62");
        assertThat(root.get("notes").toString()).contains("Wess-Zumino");
        List<String> ids = new ArrayList<>();
        root.get("limits").forEach(l -> ids.add(l.get("id").asText()));
        assertThat(ids).doesNotContain("FCCee-projection-ZgammaX");
    }

    @Test
    void csvHasOneColumnPerEntryAndProjectionsOnRequest() {
        Run run = run("limits", "--points", "4", "--format", "csv", "--projections",
                "--entries", "CLEO-MartinCamalich2020-DpiX,FCCee-projection-ZgammaX");
        assertThat(run.exit()).as(run.err()).isZero();
        List<String> rows = run.out().lines().filter(l -> !l.startsWith("#")).toList();
        assertThat(rows.get(0)).isEqualTo("m_X_GeV,CLEO-MartinCamalich2020-DpiX,FCCee-projection-ZgammaX,envelope,envelope_set_by");
        assertThat(rows).hasSize(5);
        // CLEO stops at 100 MeV: the 5 GeV row has an empty CLEO cell; the projection never sets the envelope
        assertThat(rows.get(4)).startsWith("5.00000,,");
        assertThat(rows.get(1).split(",")[1]).isNotEmpty();
        assertThat(rows.get(4)).endsWith(",,");
    }

    @Test
    void bMinusLMesonLimitsComeOnlyFromTheStContributionAndTheOutputSaysSo() {
        Run on = run("limits", "--model", "b-minus-l", "--points", "5", "--mx-max", "0.1", "--format", "json",
                "--entries", "NA62-2025-KpiX,KOTO-2019-KLpi0X");
        assertThat(on.exit()).as(on.err()).isZero();
        JsonNode root = Json.read(on.out());
        assertThat(root.get("notes").toString()).contains("Smith-Tait (ST) contribution").contains("Anomaly-free");
        assertThat(root.get("limits").get(0).get("values").get(0).isNumber()).isTrue();
        Run off = run("limits", "--model", "b-minus-l", "--st", "off", "--points", "5", "--mx-max", "0.1", "--format", "json",
                "--entries", "NA62-2025-KpiX,KOTO-2019-KLpi0X");
        JsonNode offRoot = Json.read(off.out());
        assertThat(offRoot.get("notes").toString()).contains("ST contribution switched off");
        offRoot.get("limits").forEach(l -> l.get("values").forEach(v -> assertThat(v.isNull()).isTrue()));
        offRoot.get("envelope").get("values").forEach(v -> assertThat(v.isNull()).isTrue());
    }

    @Test
    void aPlotOfManyMassesIsWrittenWithABoundedNumberOfDrawnPoints() throws IOException {
        int points = 20_000;
        Path svg = dir.resolve("many.svg");
        Run run = run("limits", "--points", String.valueOf(points), "--format", "csv", "--plot", svg.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        String paths = String.join(" ", java.util.regex.Pattern.compile(" d='([^']*)'").matcher(Files.readString(svg))
                .results().map(m -> m.group(1)).toList());
        long vertices = paths.chars().filter(c -> c == 'L').count();
        long limitSamples = run.out().lines().filter(line -> !line.startsWith("#")).skip(1)
                .flatMap(line -> java.util.Arrays.stream(line.split(",")).skip(1)).filter(cell -> !cell.isBlank()).count();
        // unthinned, every limit sample would be a vertex (twice for a filled region); thinned, a
        // curve keeps a few points per quarter point of page width whatever the number of masses
        assertThat(vertices).isGreaterThan(1000).isLessThan(limitSamples / 4);
    }

    @Test
    void plotIsWrittenInEachFormat() throws IOException {
        for (String name : List.of("fig.pdf", "fig.svg", "fig.png")) {
            Run run = run("limits", "--points", "40", "--xs", "1", "--plot", dir.resolve(name).toString());
            assertThat(run.exit()).as(run.err()).isZero();
            assertThat(Files.size(dir.resolve(name))).isGreaterThan(1000);
        }
        Run fig1 = run("limits", "--points", "40", "--quantity", "gx-axww", "--entries",
                "NA62-2025-KpiX,NA62-2021-pi0inv-KpiX,NA62-Guadagnoli2025-KpiX,KOTO-2019-KLpi0X",
                "--plot", dir.resolve("fig1.png").toString());
        assertThat(fig1.exit()).as(fig1.err()).isZero();
        assertThat(Files.exists(dir.resolve("fig1.png"))).isTrue();
    }

    @Test
    void badInputExitsWith2NamesTheProblemAndWritesNoFile() throws IOException {
        Path plot = dir.resolve("out.pdf");
        List<List<String>> bad = List.of(
                List.of("--mx-min", "5", "--mx-max", "1"),
                List.of("--mx-min", "1", "--mx-max", "1"),
                List.of("--mx-min", "0"),
                List.of("--mx-min", "-1e-3"),
                List.of("--points", "1"),
                List.of("--points", "100001"),
                List.of("--quantity", "gy"),
                List.of("--st", "maybe"),
                List.of("--xs", "0"),
                List.of("--format", "latex"),
                List.of("--entries", "NA63-KpiX"),
                List.of("--detector-length", "KOTO-2019-KLpi0X=0", "--parent-momentum", "KOTO-2019-KLpi0X=1.5"),
                List.of("--detector-length", "KOTO-2019-KLpi0X=-3", "--parent-momentum", "KOTO-2019-KLpi0X=1.5"),
                List.of("--detector-length", "KOTO-2019-KLpi0X=3"),
                List.of("--parent-momentum", "KOTO-2019-KLpi0X=1.5"),
                List.of("--detector-length", "NA62-2025-KpiX=3"));
        List<String> expected = List.of("--mx-min", "--mx-min", "1e-9 GeV (1 eV) <= m_X", "--mx-min", "--points", "--points",
                "gx, gx-axww", "auto, on, off", "--xs", "--format", "NA63-KpiX",
                "detector length of KOTO-2019-KLpi0X: L = 0.0 is not allowed; expected a finite length > 0 in metres",
                "detector length of KOTO-2019-KLpi0X: L = -3.0", "parent momentum of KOTO-2019-KLpi0X",
                "--parent-momentum: entry = 'KOTO-2019-KLpi0X'", "lifetime-dependent limits");
        for (int i = 0; i < bad.size(); i++) {
            List<String> args = new ArrayList<>(List.of("limits", "--plot", plot.toString()));
            args.addAll(bad.get(i));
            Run run = run(args.toArray(String[]::new));
            assertThat(run.exit()).as(bad.get(i).toString()).isEqualTo(2);
            assertThat(run.err()).as(bad.get(i).toString()).contains(expected.get(i));
            assertThat(Files.exists(plot)).as(bad.get(i).toString()).isFalse();
        }
        Run missingDirectory = run("limits", "--plot", dir.resolve("no/such/dir/out.pdf").toString());
        assertThat(missingDirectory.exit()).isEqualTo(2);
        assertThat(missingDirectory.err()).contains("an existing directory");
        Run unknownFormat = run("limits", "--plot", dir.resolve("out.jpeg").toString());
        assertThat(unknownFormat.exit()).isEqualTo(2);
        assertThat(unknownFormat.err()).contains(".pdf, .svg or .png");
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void baryonGetsBandsFromNa62AndTheOutputSaysHowXEscapes() {
        JsonNode json = CliTestSupport.json("limits", "--model", "baryon", "--points", "3", "--mx-min", "0.1",
                "--mx-max", "0.2", "--entries", "NA62-2025-KpiX,KOTO-2019-KLpi0X");
        JsonNode na62 = json.get("limits").get(0);
        assertThat(na62.get("values").get(0).asDouble()).isPositive();   // stable X at 0.1 GeV
        assertThat(na62.get("values").get(2).asDouble()).isPositive();   // long-lived X -> pi0 gamma at 0.2 GeV
        assertThat(json.get("notes").toString()).contains("P_unseen = BR(inv) + BR(visible) P(escape)")
                .contains("lifetime-dependent limits for NA62-2025-KpiX").contains("for the other entries the database has no detector size");
    }

    @Test
    void ratesListTheDecayLengthAndUnseenFractionOfEveryMeasurement() {
        JsonNode x = CliTestSupport.json("rates", "--model", "baryon", "--mx", "0.17", "--gx", "1e-4").get("x_decays");
        JsonNode first = x.get("missing_energy").get(0);
        assertThat(first.get("id").asText()).isEqualTo("NA62-2025-KpiX");
        assertThat(first.get("decay_length_m").asDouble())
                .isCloseTo(first.get("beta_gamma").asDouble() * 299_792_458.0 * x.get("lifetime_s").asDouble(),
                        org.assertj.core.api.Assertions.within(1e-6 * first.get("decay_length_m").asDouble()));
        assertThat(first.get("P_unseen").asDouble()).isBetween(0.5, 1.0);
        assertThat(first.get("escape").asText()).contains("lifetime-dependent");
        assertThat(CliTestSupport.run("rates", "--model", "baryon", "--mx", "0.17", "--gx", "1e-4").out())
                .contains("What each missing-energy measurement covering m_X sees").contains("P_unseen");
    }

    @Test
    void dataCommandsListShowAndCite() {
        Run list = run("data", "list");
        assertThat(list.exit()).isZero();
        assertThat(list.out()).contains("NA62-2025-KpiX").contains("L3-1997-ZgammaX").contains("95%");
        Run show = run("data", "show", "L3-1997-ZgammaX");
        assertThat(show.out()).contains("converted to 90% CL").contains("7.7913e-07");
        Run cite = run("data", "cite", "all");
        assertThat(cite.out()).contains("@article{NA62:2025upx,").contains("@article{KOTO:2018dsc,");
        Run unknown = run("data", "cite", "nope");
        assertThat(unknown.exit()).isEqualTo(2);
    }
}
