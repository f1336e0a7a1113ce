package org.anomalon.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Figures through the plot package (limits/fit --plot) and the report as a zip. */
class DownloadTest {
    private static ServerFixture fixture;

    @BeforeAll
    static void start() {
        fixture = new ServerFixture();
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    private static HttpResponse<byte[]> get(String pathAndQuery) {
        return fixture.send(HttpRequest.newBuilder(fixture.uri(pathAndQuery)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "/download/limits.png?charges=Ltau%3D1&points=50                          | image/png       | \u0089PNG",
        "/download/limits.svg?charges=Ltau%3D1&points=50&entries=NA62-2025-KpiX   | image/svg+xml   | <?xml",
        "/download/limits.pdf?model=b-minus-l&points=50&projections=true          | application/pdf | %PDF",
        "/download/fit.png?charges=Ltau%3D1                                       | image/png       | \u0089PNG",
    })
    void figuresComeFromThePlotPackage(String pathAndQuery, String type, String magic) {
        HttpResponse<byte[]> response = get(pathAndQuery);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(type);
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment; filename=\"anomalon-");
        assertThat(new String(response.body(), 0, magic.length(), StandardCharsets.ISO_8859_1)).isEqualTo(magic);
    }

    @Test
    void aFigureOfABadModelGetsTheMessage() {
        HttpResponse<byte[]> response = get("/download/fit.png?mx=7");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).contains("anomalon: --mx: m_X = ").contains("is not allowed");
    }

    @Test
    void theReportIsOneZipOfTheReportDirectory() throws IOException {
        HttpResponse<byte[]> response = get("/download/report.zip?charges=Ltau%3D1");
        assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/zip");
        List<String> names = new ArrayList<>();
        String index = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(response.body()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                names.add(entry.getName());
                if (entry.getName().equals("anomalon-report/index.html")) {
                    index = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        assertThat(names).contains("anomalon-report/index.html", "anomalon-report/references.bib",
                "anomalon-report/figures/limits.pdf", "anomalon-report/tables/anomalies.csv").isSorted();
        assertThat(index).contains("charges(Ltau=1)");
        assertThat(get("/download/report.zip?out=%2Ftmp%2Fx").statusCode()).isEqualTo(400);
    }
}
