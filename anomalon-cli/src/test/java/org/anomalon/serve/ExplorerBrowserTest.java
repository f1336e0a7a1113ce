package org.anomalon.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.anomalon.cli.CliTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.interactions.WheelInput;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The explorer in a real browser: Debian's Chromium driven through Debian's chromedriver (no driver
 * or browser download), against the server on a free loopback port. CI installs both (.ci/run); on
 * a developer machine without them the test is skipped, but never on CI. Screenshots go to
 * {@code target/serve-screenshots/}.
 */
class ExplorerBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "serve-screenshots");

    @TempDir
    Path dir;

    private ServerFixture fixture;
    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void start() throws IOException {
        boolean onCi = System.getenv("CI") != null;
        assumeTrue(onCi || Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium and chromedriver not installed (CI installs them)");
        fixture = new ServerFixture();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + dir.resolve("profile"), "--window-size=1500,1900");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", dir.resolve("downloads").toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void typeChargesSeeTheLimitsToggleMoveDownloadAndGetTheMessage() throws IOException {
        browser.get(fixture.server.uri().toString());
        waitForLimitsOf("tau-flavour");

        // Typing charges updates the anomalies and redraws the limits for the new model.
        WebElement charges = browser.findElement(By.id("charges"));
        charges.sendKeys("Ltau=1");
        waitForLimitsOf("charges(Ltau=1)");
        assertThat(browser.findElement(By.id("model-name")).getText()).isEqualTo("charges(Ltau=1)");
        assertThat(browser.findElement(By.cssSelector("#anomalies td[data-trace=A_XWW]")).getText()).isEqualTo("-1");
        assertThat(curve("NA62-2025-KpiX")).isNotEmpty();
        screenshot("1-charges-Ltau=1.png");

        // Hovering a curve names its entry.
        hover(curve("NA62-2025-KpiX").get(0));
        WebElement tooltip = browser.findElement(By.id("tooltip"));
        wait.until(ExpectedConditions.visibilityOf(tooltip));
        assertThat(tooltip.getText()).contains("NA62-2025-KpiX", "NA62", "g_X <");
        screenshot("2-hover.png");

        // An entry switched off leaves the plot; the wheel zooms.
        browser.findElement(By.cssSelector("#legend input[data-id='NA62-2025-KpiX']")).click();
        assertThat(curve("NA62-2025-KpiX")).isEmpty();
        WebElement plot = browser.findElement(By.id("limits-plot"));
        String view = plot.getAttribute("data-view");
        new Actions(browser).scrollFromOrigin(WheelInput.ScrollOrigin.fromElement(plot), 0, -300).perform();
        wait.until(driver -> !view.equals(plot.getAttribute("data-view")));

        // Moving the m_X slider changes the rates.
        String kaonRate = "#rates tr[data-channel='B+->K+X'] td.br";
        wait.until(driver -> text(kaonRate) != null);
        String before = text(kaonRate);
        String massBefore = browser.findElement(By.id("mx")).getAttribute("value");
        WebElement slider = browser.findElement(By.id("mx-slider"));
        new Actions(browser).moveToElement(slider, -slider.getSize().getWidth() / 4, 0).click().perform();
        wait.until(driver -> !massBefore.equals(driver.findElement(By.id("mx")).getAttribute("value")));
        wait.until(driver -> text(kaonRate) != null && !before.equals(text(kaonRate)));
        assertThat(Double.parseDouble(browser.findElement(By.id("mx")).getAttribute("value"))).isLessThan(2.1);
        screenshot("3-entry-off-zoomed-slider-moved.png");

        // The limits table downloads as the command line's CSV.
        browser.findElement(By.cssSelector("a[data-table=limits][data-format=csv]")).click();
        Path csv = dir.resolve("downloads").resolve("anomalon-limits.csv");
        wait.until(driver -> Files.isRegularFile(csv) && size(csv) > 0);
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).startsWith("# anomalon limits: model charges(Ltau=1)");
        assertThat(lines).anyMatch(line -> line.startsWith("m_X_GeV,NA62-2025-KpiX"));
        assertThat(lines.stream().filter(line -> !line.startsWith("#"))).hasSize(401);

        // An invalid charge shows the command line's message next to the field.
        charges.clear();
        charges.sendKeys("Ltau=x");
        String message = CliTestSupport.run("anomalies", "--charges", "Ltau=x").err().strip();
        WebElement error = browser.findElement(By.id("charges-error"));
        wait.until(ExpectedConditions.textToBePresentInElement(error, message));
        assertThat(error.getText()).isEqualTo(message);
        assertThat(charges.getAttribute("class")).contains("invalid");
        screenshot("4-invalid-charge.png");

        // A model file is read as --model FILE: a good one is studied, a broken one gets the file's message.
        WebElement upload = browser.findElement(By.id("upload"));
        Path good = Files.writeString(dir.resolve("my-tau.yaml"), "name: my-tau\ncharges: {Ltau: 1, l3: 4, e3: -1}\n");
        upload.sendKeys(good.toString());
        waitForLimitsOf("my-tau");
        assertThat(browser.findElement(By.id("charges-error")).getText()).isEmpty();
        Path broken = Files.writeString(dir.resolve("broken.yaml"), "name: broken\ncharges: {Ltau: one}\n");
        upload.sendKeys(broken.toString());
        String fileMessage = CliTestSupport.run("anomalies", "--model", broken.toString()).err().strip()
                .replace(dir + "/", "");
        wait.until(ExpectedConditions.textToBePresentInElement(browser.findElement(By.id("upload-error")), fileMessage));
        screenshot("5-broken-model-file.png");
    }

    /** The text of the element {@code selector} names, read in one step (the page redraws tables as answers arrive). */
    private String text(String selector) {
        return (String) ((JavascriptExecutor) browser).executeScript(
                "const e = document.querySelector(arguments[0]); return e ? e.textContent : null;", selector);
    }

    private void waitForLimitsOf(String model) {
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#limits-plot[data-model='" + model + "'] path.curve[data-id]")));
    }

    private List<WebElement> curve(String id) {
        return browser.findElements(By.cssSelector("#limits-plot path.curve[data-id='" + id + "']"));
    }

    /** Moves the pointer onto the middle of an SVG path (its point at half its length, in page pixels). */
    private void hover(WebElement path) {
        @SuppressWarnings("unchecked")
        List<Number> point = (List<Number>) ((JavascriptExecutor) browser).executeScript(
                "const p = arguments[0], q = p.getPointAtLength(p.getTotalLength() / 2), m = p.getScreenCTM();"
                        + "return [q.x * m.a + q.y * m.c + m.e, q.x * m.b + q.y * m.d + m.f];", path);
        new Actions(browser).moveToLocation(point.get(0).intValue(), point.get(1).intValue()).perform();
    }

    private void screenshot(String name) throws IOException {
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
