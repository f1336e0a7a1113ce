package org.anomalon.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.anomalon.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlotFilesTest {
    @TempDir
    Path dir;

    private static Figure sample() {
        double[] x = {1e-3, 1e-2, 0.1, 0.2, 1};
        double[] limit = {1e-4, 2e-4, Double.NaN, 5e-4, 1e-3};
        Panel panel = Panel.builder(Axis.log("m_X\\,[\\mathrm{GeV}]", 1e-3, 1), Axis.log("g_X", 1e-6, 1))
                .add(Layer.Region.excludedAbove(x, limit, Palette.VERMILLION, "\\text{NA62}"))
                .add(Layer.Line.of(x, limit, Palette.BLUE, Dash.DASHED, "\\text{projection}"))
                .build();
        return Figure.of(panel);
    }

    @Test
    void writesAllThreeFormatsWithVectorTextAndAPngOfTheFigureSize() throws IOException {
        PlotFiles.write(sample(), dir.resolve("f.pdf"), "--plot");
        PlotFiles.write(sample(), dir.resolve("f.svg"), "--plot");
        PlotFiles.write(sample(), dir.resolve("f.png"), "--plot");
        assertThat(Files.readString(dir.resolve("f.pdf"), StandardCharsets.ISO_8859_1)).startsWith("%PDF-");
        String svg = Files.readString(dir.resolve("f.svg"));
        assertThat(svg).contains("<svg").doesNotContain("<text");
        BufferedImage png = ImageIO.read(dir.resolve("f.png").toFile());
        assertThat(png.getWidth()).isEqualTo(3 * (int) Figure.DEFAULT_WIDTH);
        // the legend (one labelled line) adds a row below the panel
        double height = PlotRenderer.layout(sample()).height();
        assertThat(height).isGreaterThan(Figure.DEFAULT_HEIGHT + Legend.ROW_HEIGHT);
        assertThat(png.getHeight()).isEqualTo((int) Math.ceil(3 * height));
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("f.pdf", "f.svg", "f.png");
        }
    }

    @Test
    void excludedRegionIsFilledAboveTheLimitOnly() throws IOException {
        PlotFiles.write(sample(), dir.resolve("f.png"), "--plot");
        BufferedImage png = ImageIO.read(dir.resolve("f.png").toFile());
        // frame spans x = 62..386 pt, y = 22..256 pt; g_X = 1e-2 at m_X = 1e-3 lies above the limit 1e-4
        int above = png.getRGB(3 * 70, 3 * (22 + 234 / 3));
        int below = png.getRGB(3 * 70, 3 * (256 - 10));
        assertThat(above & 0xFFFFFF).isNotEqualTo(0xFFFFFF);
        assertThat(below & 0xFFFFFF).isEqualTo(0xFFFFFF);
    }

    @Test
    void unknownExtensionMissingDirectoryAndDirectoryTargetAreRejectedWithoutWriting() throws IOException {
        assertThatThrownBy(() -> PlotFiles.write(sample(), dir.resolve("f.jpg"), "--plot"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("--plot").hasMessageContaining(".pdf, .svg or .png");
        assertThatThrownBy(() -> PlotFiles.write(sample(), dir.resolve("missing/f.pdf"), "--plot"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("an existing directory");
        Files.createDirectory(dir.resolve("d.png"));
        assertThatThrownBy(() -> PlotFiles.write(sample(), dir.resolve("d.png"), "--plot"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not a directory");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("d.png");
        }
    }

    @Test
    void logAxisHasLabelledPowersOfTenAndUnlabelledMinorTicks() {
        var ticks = PlotRenderer.Tick.of(Axis.log("x", 1e-3, 5));
        assertThat(ticks).filteredOn(t -> t.label() != null).extracting(PlotRenderer.Tick::label)
                .containsExactly("10^{-3}", "10^{-2}", "10^{-1}", "10^{0}");
        assertThat(ticks).filteredOn(t -> t.label() == null).hasSize(3 * 8 + 4);
    }

    @Test
    void aLogAxisShorterThanADecadeLabelsTwoThreeAndFiveTimesPowersOfTen() {
        assertThat(PlotRenderer.Tick.of(Axis.log("x", 0.012, 0.04))).filteredOn(t -> t.label() != null)
                .extracting(PlotRenderer.Tick::label).containsExactly("2\\times10^{-2}", "3\\times10^{-2}");
    }

    @Test
    void pdfDatesAreFixedWithoutMovingTheCrossReferenceOffsets() {
        byte[] original = PlotFiles.pdf(sample());
        byte[] fixed = PlotFiles.withFixedDates(original, java.time.Instant.ofEpochSecond(1_700_000_000L));
        String text = new String(fixed, StandardCharsets.ISO_8859_1);
        assertThat(fixed).hasSameSizeAs(original);
        assertThat(text).contains("/CreationDate (D:20231114221320Z00'00", "/ModDate (D:20231114221320Z00'00");
        // every xref offset still points at "N 0 obj"
        String xref = text.substring(text.lastIndexOf("\nxref") + 5, text.lastIndexOf("trailer")).strip();
        String[] lines = xref.split("\\R");
        int objects = Integer.parseInt(lines[0].split(" ")[1]);
        for (int n = 1; n < objects; n++) {
            int offset = Integer.parseInt(lines[n + 1].substring(0, 10));
            assertThat(text.substring(offset)).as("object %d", n).startsWith(n + " 0 obj");
        }
    }

    @Test
    void sourceDateEpochIsReadStrictly() {
        assertThat(DocumentDate.parse(null)).isEqualTo(java.time.Instant.EPOCH);
        assertThat(DocumentDate.parse("1700000000")).isEqualTo(java.time.Instant.ofEpochSecond(1_700_000_000L));
        for (String bad : new String[] {"-1", "1e9", "yesterday", "999999999999"}) {
            assertThatThrownBy(() -> DocumentDate.parse(bad)).as(bad).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("SOURCE_DATE_EPOCH");
        }
    }

    @Test
    void svgIdsDoNotChangeBetweenRuns() throws InterruptedException {
        String first = PlotFiles.svg(sample());
        Thread.sleep(5);
        assertThat(PlotFiles.svg(sample())).isEqualTo(first);
    }
}
