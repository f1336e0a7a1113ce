package org.anomalon.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.anomalon.cli.CliTestSupport;
import org.anomalon.format.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The JSON API answers exactly what the command line prints, and refuses what it must. */
class ApiTest {
    private static ServerFixture fixture;

    @BeforeAll
    static void start() {
        fixture = new ServerFixture();
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** {@code name=value} pairs as a query and as {@code --name value} arguments. */
    private static String query(String... pairs) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            parts.add(encode(pairs[i]) + "=" + encode(pairs[i + 1]));
        }
        return String.join("&", parts);
    }

    private static List<String> cliArguments(String command, String... pairs) {
        List<String> arguments = new ArrayList<>(List.of(command.split(" ")));
        for (int i = 0; i < pairs.length; i += 2) {
            arguments.add("--" + pairs[i]);
            if (!pairs[i + 1].equals("true")) { // projections=true in a query is the flag --projections
                arguments.add(pairs[i + 1]);
            }
        }
        arguments.add("--format");
        arguments.add("json");
        return arguments;
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "anomalies | charges=Ltau=1",
        "anomalies | model=p2-l-minus-4r",
        "limits    | charges=Ltau=1 ; points=60 ; mx-max=2",
        "limits    | model=b-minus-l ; points=40 ; projections=true",
        "limits    | charges=l3=4,e3=-1 ; points=30 ; quantity=gx-axww ; entries=NA62-2025-KpiX,L3-1997-ZgammaX",
        "fit       | charges=Ltau=1",
        "fit       | model=chiral-tau-l-minus-4r ; without-z=true",
        "rates     | charges=B=1/3,Ltau=-1 ; mx=0.2 ; gx=0.001",
        "rates     | mx=2.1 ; gx=0.018 ; channel=B+->K+X ; channel=Z->gammaX",
        "spectra   | charges=Ltau=1 ; npsi=2",
        "uv        | model=p0-1dl1ml-m3 ; mx=2.1 ; gx=0.018",
        "models    | ",
        "data      | ",
    })
    void answersExactlyWhatTheCommandLinePrints(String command, String options) {
        List<String> pairs = new ArrayList<>();
        if (options != null) {
            for (String option : options.split(";")) {
                int equals = option.indexOf('=');
                pairs.add(option.substring(0, equals).strip());
                pairs.add(option.substring(equals + 1).strip());
            }
        }
        String[] flat = pairs.toArray(String[]::new);
        HttpResponse<String> response = fixture.get("/api/" + command + "?" + query(flat));
        List<String> arguments = cliArguments(command.equals("data") ? "data list" : command, flat);
        CliTestSupport cli = CliTestSupport.run(arguments.toArray(String[]::new));
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        assertThat(response.body()).isEqualTo(cli.out());
    }

    @Test
    void dataShowTakesTheEntryIdAsAPathSegment() {
        HttpResponse<String> response = fixture.get("/api/data/show/NA62-2025-KpiX");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(CliTestSupport.run("data", "show", "NA62-2025-KpiX", "--format", "json").out());
        HttpResponse<String> cite = fixture.get("/api/data/cite/NA62-2025-KpiX");
        assertThat(cite.headers().firstValue("Content-Type")).hasValue("text/plain; charset=utf-8");
        assertThat(cite.body()).isEqualTo(CliTestSupport.run("data", "cite", "NA62-2025-KpiX").out()).contains("@article");
    }

    @Test
    void csvIsTheCommandLinesCsv() {
        HttpResponse<String> response = fixture.get("/api/limits?" + query("charges", "Ltau=1", "points", "20", "format", "csv"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/csv; charset=utf-8");
        assertThat(response.body())
                .isEqualTo(CliTestSupport.run("limits", "--charges", "Ltau=1", "--points", "20", "--format", "csv").out())
                .contains("m_X_GeV,");
    }

    @ParameterizedTest(name = "{0}?{1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "anomalies | charges=Ltau=x            | 400 | anomalies --charges Ltau=x",
        "anomalies | charges=Ltau=1&model=baryon | 400 | anomalies --charges Ltau=1 --model baryon",
        "limits    | points=abc                | 400 | limits --points abc",
        "limits    | points=1                  | 400 | limits --points 1",
        "limits    | bogus=1                   | 400 | limits --bogus=1",
        "rates     | mx=2.1&gx=0.01&channel=K%2B-%3Epi%2BX | 422 | rates --mx 2.1 --gx 0.01 --channel K+->pi+X",
        "fit       | mx=7                      | 400 | fit --mx 7",
        "spectra   | model=chiral-tau-l-only   | 400 | spectra --model chiral-tau-l-only",
    })
    void badInputGetsTheCommandLinesOneLineMessage(String command, String rawQuery, int status, String cliLine) {
        HttpResponse<String> response = fixture.get("/api/" + command + "?" + rawQuery);
        List<String> arguments = new ArrayList<>(List.of(cliLine.split(" ")));
        arguments.addAll(List.of("--format", "json"));
        CliTestSupport cli = CliTestSupport.run(arguments.toArray(String[]::new));
        String firstLine = cli.err().strip().lines().findFirst().orElseThrow();
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        JsonNode error = Json.read(response.body());
        assertThat(error.get("error").asText()).isEqualTo(firstLine);
        assertThat(error.get("exit_code").asInt()).isEqualTo(cli.exitCode()).isEqualTo(status == 422 ? 3 : 2);
        assertThat(response.body()).doesNotContain("\tat ");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "/api/limits?plot=x.png           | --plot is not available over the API",
        "/api/rates?inputs=%2Fetc%2Fpasswd | --inputs is not available over the API",
        "/api/limits?help=true            | --help is not available over the API",
        "/api/anomalies?model=%2Fetc%2Fpasswd | the API reads no file of the server",
        "/api/fit?data=..%2Fsecret.yaml   | the API reads no file of the server",
        "/api/limits?points=5000          | --points = 5000 is above the explorer's bound 2000",
        "/api/spectra?max-n=100           | --max-n = 100 is above the explorer's bound 50",
        "/api/limits?projections=maybe    | --projections is a flag",
    })
    void refusesWhatTheApiDoesNotOffer(String pathAndQuery, String message) {
        HttpResponse<String> response = fixture.get(pathAndQuery);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Json.read(response.body()).get("error").asText()).startsWith("anomalon serve: ").contains(message);
    }

    @Test
    void unknownCommandsAndPagesAreNotFound() {
        assertThat(fixture.get("/api/serve").statusCode()).isEqualTo(404);
        assertThat(fixture.get("/api/report").statusCode()).isEqualTo(404);
        assertThat(fixture.get("/api/data/nothing").statusCode()).isEqualTo(404);
        assertThat(fixture.get("/download/limits.exe").statusCode()).isEqualTo(404);
        assertThat(fixture.get("/etc/passwd").statusCode()).isEqualTo(404);
        assertThat(fixture.get("/..%2F..%2Fetc%2Fpasswd").statusCode()).isEqualTo(404);
        assertThat(Json.read(fixture.get("/api/").body()).get("commands").toString()).contains("limits", "fit");
    }

    @Test
    void requestsAreBounded() {
        HttpResponse<String> long1 = fixture.get("/api/anomalies?charges=" + "B".repeat(Query.MAX_LENGTH));
        assertThat(long1.statusCode()).isEqualTo(400);
        assertThat(long1.body()).contains("too long");
        String many = String.join("&", java.util.Collections.nCopies(Query.MAX_PARAMETERS + 1, "set=m_t%3D172"));
        assertThat(fixture.get("/api/rates?" + many).body()).contains("too many");
        HttpResponse<String> big = fixture.post("/api/anomalies?model=big.yaml", "#".repeat(ModelUpload.MAX_BYTES + 1));
        assertThat(big.statusCode()).isEqualTo(413);
        assertThat(big.body()).contains("big.yaml: model file larger than 65536 bytes");
    }

    @Test
    void anUploadedModelIsReadLikeAFileOnTheCommandLine(@TempDir Path dir) throws IOException {
        String yaml = "name: my-tau\ncharges: {Ltau: 1, l3: 4, e3: -1}\nscalars:\n  - {name: S, X: 1}\n";
        Path file = Files.writeString(dir.resolve("my-tau.yaml"), yaml);
        for (String command : List.of("anomalies", "limits", "fit")) {
            String points = command.equals("limits") ? "&points=30" : "";
            HttpResponse<String> response = fixture.post("/api/" + command + "?model=my-tau.yaml" + points, yaml);
            List<String> arguments = new ArrayList<>(List.of(command, "--model", file.toString(), "--format", "json"));
            if (command.equals("limits")) {
                arguments.addAll(List.of("--points", "30"));
            }
            CliTestSupport cli = CliTestSupport.run(arguments.toArray(String[]::new));
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertThat(response.body()).isEqualTo(cli.out().replace(dir + "/", ""));
        }
    }

    @Test
    void aBadUploadGetsTheFileMessageNamingTheFileAsTheUserDid(@TempDir Path dir) throws IOException {
        String yaml = "name: broken\ncharges: {Ltau: one}\n";
        Path file = Files.writeString(dir.resolve("broken.yaml"), yaml);
        HttpResponse<String> response = fixture.post("/api/anomalies?model=broken.yaml", yaml);
        String cli = CliTestSupport.run("anomalies", "--model", file.toString()).err().strip();
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Json.read(response.body()).get("error").asText()).isEqualTo(cli.replace(dir + "/", ""))
                .startsWith("anomalon: broken.yaml: ");
        assertThat(fixture.post("/api/anomalies?model=..%2Fx.yaml", yaml).statusCode()).isEqualTo(400);
        assertThat(fixture.post("/api/anomalies?model=x.txt", yaml).body()).contains("ending in .yaml or .yml");
    }

    @Test
    void onlyLoopbackHostNamesAreServed() throws IOException {
        try (java.net.Socket socket = new java.net.Socket(fixture.server.uri().getHost(), fixture.server.uri().getPort())) {
            socket.getOutputStream().write("GET /api/models HTTP/1.1\r\nHost: attacker.example\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 403").contains("not this machine's loopback address");
        }
    }

    @Test
    void thePageAndItsFilesComeFromTheJar() {
        HttpResponse<String> page = fixture.get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(page.body()).contains("<script src=\"app.js\">", "app.css");
        for (String asset : List.of("/", "/app.js", "/app.css")) {
            HttpResponse<String> file = fixture.get(asset);
            assertThat(file.statusCode()).isEqualTo(200);
            // the SVG namespace is a name, not a resource; anything else with a scheme would need the network
            assertThat(file.body().replace("http://www.w3.org/2000/svg", "")).as("no network resource in " + asset)
                    .doesNotContain("http://", "https://", "//cdn");
        }
        assertThat(fixture.send(java.net.http.HttpRequest.newBuilder(fixture.uri("/")).method("DELETE",
                java.net.http.HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(405);
    }
}
