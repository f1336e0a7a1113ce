package org.anomalon.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.anomalon.model.BuiltinModels;
import org.anomalon.study.ModelStudy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report page renders in a real browser with every figure decoded. CI installs Debian's
 * Chromium (.ci/run); on a developer machine without it the test is skipped, but never on CI.
 */
class ReportBrowserTest {
    private static final Pattern IMAGES = Pattern.compile("data-images=\"(\\d+)/(\\d+)\"");

    @Test
    void everyFigureLoadsInHeadlessChromium(@TempDir Path dir) throws IOException, InterruptedException {
        boolean onCi = System.getenv("CI") != null;
        assumeTrue(onCi || HeadlessChromium.available(), "Chromium not installed (CI installs it)");
        Path out = dir.resolve("report");
        Report.write(ModelStudy.of(BuiltinModels.load(BuiltinModels.DEFAULT)), out, "--out", Progress.silent());

        // A copy of the page with a probe that counts decoded images; the report itself has no scripts.
        String page = Files.readString(out.resolve("index.html"));
        String probe = "<script>window.addEventListener('load',()=>{const i=[...document.images];"
                + "document.body.setAttribute('data-images',i.filter(x=>x.complete&&x.naturalWidth>0).length+'/'+i.length);});</script>";
        Path probed = out.resolve("probe.html");
        Files.writeString(probed, page.replace("</body>", probe + "</body>"));
        String dom = HeadlessChromium.dumpDom(probed, dir.resolve("profile"));

        Matcher counts = IMAGES.matcher(dom);
        assertThat(counts.find()).as("the probe ran in Chromium; DOM was:%n%s", dom.length() > 500 ? dom.substring(0, 500) : dom).isTrue();
        assertThat(counts.group(1)).isEqualTo(counts.group(2));
        assertThat(dom).contains("Anomalies", "References");
        int figures = Integer.parseInt(counts.group(2));
        assertThat(figures).isEqualTo(Report.figureCount(out));

        Path screenshot = Path.of("target", "report-screenshot.png");
        HeadlessChromium.screenshot(out.resolve("index.html"), screenshot, dir.resolve("profile"));
        assertThat(Files.size(screenshot)).isGreaterThan(10_000);
    }
}
