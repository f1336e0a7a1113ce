package org.anomalon.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Many clients at once, a slow request beside fast ones, and the time limit. */
class ConcurrencyTest {
    private static final int CLIENTS = 20;
    private static final int UPDATES_PER_CLIENT = 3;

    /** A bounded load test against 127.0.0.1: 20 clients, each sending 3 page updates (anomalies, limits, fit). */
    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void twentyConcurrentClientsAreAllServed() throws Exception {
        try (ServerFixture fixture = new ServerFixture()) {
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            CountDownLatch ready = new CountDownLatch(CLIENTS);
            List<Future<List<HttpResponse<String>>>> results = new ArrayList<>();
            for (int client = 0; client < CLIENTS; client++) {
                // every client its own model, as if each typed different charges
                String model = "charges=" + URLEncoder.encode("Ltau=1,Lmu=" + client + "/7", StandardCharsets.UTF_8);
                results.add(clients.submit(() -> {
                    ready.countDown();
                    ready.await();
                    List<HttpResponse<String>> responses = new ArrayList<>();
                    for (int update = 0; update < UPDATES_PER_CLIENT; update++) {
                        responses.add(fixture.get("/api/anomalies?" + model));
                        responses.add(fixture.get("/api/limits?points=400&" + model));
                        responses.add(fixture.get("/api/fit?" + model));
                    }
                    return responses;
                }));
            }
            List<HttpResponse<String>> all = new ArrayList<>();
            for (Future<List<HttpResponse<String>>> result : results) {
                all.addAll(result.get(280, TimeUnit.SECONDS));
            }
            clients.shutdown();
            assertThat(all).hasSize(CLIENTS * UPDATES_PER_CLIENT * 3)
                    .allSatisfy(response -> assertThat(response.statusCode()).as(response.body()).isEqualTo(200));
            assertThat(all.stream().filter(r -> r.uri().getPath().endsWith("limits")))
                    .allSatisfy(response -> assertThat(response.body()).contains("\"masses_GeV\"", "\"envelope\""));
        }
    }

    /** The heaviest spectra search the API allows takes seconds; a page update meanwhile does not wait for it. */
    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aSlowRequestDoesNotHoldUpTheOthers() throws Exception {
        try (ServerFixture fixture = new ServerFixture()) {
            fixture.get("/api/anomalies?charges=Ltau%3D1"); // warm up
            HttpRequest slow = HttpRequest.newBuilder(fixture.uri(
                    "/api/spectra?charges=Ltau%3D1&npsi=4&coloured=true&all=true&max-n=50&max-denominator=12"))
                    .timeout(Duration.ofSeconds(100)).build();
            CompletableFuture<HttpResponse<String>> slowAnswer = fixture.client.sendAsync(slow, HttpResponse.BodyHandlers.ofString());
            Thread.sleep(100);
            for (int i = 0; i < 5; i++) {
                assertThat(fixture.get("/api/anomalies?charges=Ltau%3D" + i).statusCode()).isEqualTo(200);
            }
            assertThat(slowAnswer).as("the slow search is still running after five fast answers").isNotDone();
            assertThat(slowAnswer.get(100, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aComputationPastItsTimeLimitIsGivenUp() {
        try (Workers workers = new Workers("test", 1, 1, Duration.ofMillis(200))) {
            assertThatThrownBy(() -> workers.run(() -> {
                Thread.sleep(5_000);
                return 0;
            })).isInstanceOfSatisfying(ApiException.class, e -> {
                assertThat(e.status()).isEqualTo(503);
                assertThat(e.getMessage()).contains("took longer than 0.200 s").doesNotContain("Exception");
            });
        }
    }

    /** The time limit is the computation's own: waiting for a busy thread (others' work, a loaded machine) does not count. */
    @Test
    void theTimeLimitStartsWhenTheComputationDoes() throws Exception {
        try (Workers workers = new Workers("test", 1, 1, Duration.ofSeconds(1))) {
            ExecutorService callers = Executors.newFixedThreadPool(1);
            Future<Integer> first = callers.submit(() -> workers.run(() -> {
                Thread.sleep(900);
                return 1;
            }));
            Thread.sleep(100);
            // waits ~0.8 s for the thread, then runs 0.3 s: 1.1 s after it was asked, within its own 1 s
            assertThat(workers.run(() -> {
                Thread.sleep(300);
                return 2;
            })).isEqualTo(2);
            assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(1);
            callers.shutdown();
        }
    }

    @Test
    void aFullQueueIsRefusedAtOnce() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (Workers workers = new Workers("test", 1, 1, Duration.ofSeconds(30))) {
            ExecutorService callers = Executors.newFixedThreadPool(2);
            callers.submit(() -> workers.run(() -> release.await(30, TimeUnit.SECONDS)));
            Thread.sleep(200);
            callers.submit(() -> workers.run(() -> release.await(30, TimeUnit.SECONDS)));
            Thread.sleep(200);
            assertThatThrownBy(() -> workers.run(() -> 0)).isInstanceOfSatisfying(ApiException.class,
                    e -> assertThat(e.getMessage()).contains("too many test requests waiting"));
            release.countDown();
            callers.shutdown();
            assertThat(callers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
    }
}
