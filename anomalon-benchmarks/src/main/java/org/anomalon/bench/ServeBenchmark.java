package org.anomalon.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.anomalon.serve.ExplorerServer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One page update of {@code anomalon serve} for new charges: the three requests the page sends
 * when the model changes, answered one after the other through the server on 127.0.0.1 —
 * {@code /api/anomalies}, {@code /api/limits?points=400} (every current entry, UV lines, JSON of
 * 400 masses) and {@code /api/fit} — in ms. Target (issue 15): under 100 ms.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ServeBenchmark {
    /** Charges as typed on the page: the τ-flavour current and P2's chiral L = −4R current. */
    @Param({"Ltau=1", "l3=4,e3=-1"})
    public String charges;

    private ExplorerServer server;
    private HttpClient client;
    private List<URI> requests;

    @Setup(Level.Trial)
    public void start() throws IOException {
        server = ExplorerServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        client = HttpClient.newHttpClient();
        String model = "charges=" + URLEncoder.encode(charges, StandardCharsets.UTF_8);
        requests = List.of(server.uri().resolve("api/anomalies?" + model),
                server.uri().resolve("api/limits?points=400&" + model), server.uri().resolve("api/fit?" + model));
    }

    @TearDown(Level.Trial)
    public void stop() {
        server.close();
    }

    @Benchmark
    public long pageUpdate() throws IOException, InterruptedException {
        long bytes = 0;
        for (URI uri : requests) {
            HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(uri + " answered " + response.statusCode());
            }
            bytes += response.body().length;
        }
        return bytes;
    }
}
