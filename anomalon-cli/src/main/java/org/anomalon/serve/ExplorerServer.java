package org.anomalon.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.anomalon.cli.AnomalonCommand;
import org.anomalon.format.Json;

/**
 * The explorer's HTTP server (the JDK's {@code com.sun.net.httpserver}): the page and its assets
 * from the jar ({@code /}), the JSON API ({@code /api/COMMAND?option=value…}, see
 * {@link ApiCommands}) and the downloads ({@code /download/limits.png}, {@code fit.pdf},
 * {@code report.zip}, …). Every computation runs the same {@code anomalon} command a user would
 * type, in-process, on a bounded pool with a time limit ({@link Workers}); uploads and figures
 * live in a private temporary directory that is removed on {@link #close()}.
 */
public final class ExplorerServer implements AutoCloseable {
    /** The page's files, served from the jar; no other path is served. */
    private static final List<String> ASSETS = List.of("index.html", "app.js", "app.css");
    /** Commands that write a figure with {@code --plot}, and the figure formats. */
    private static final List<String> FIGURE_COMMANDS = List.of("limits", "fit");
    private static final Map<String, String> FIGURE_TYPES = Map.of("png", "image/png", "svg", "image/svg+xml",
            "pdf", "application/pdf");
    private static final Set<String> LOOPBACK_HOSTS = Set.of("127.0.0.1", "localhost", "[::1]");
    /** The JDK server's switch for TCP_NODELAY on its connections (off by default). */
    private static final String NO_DELAY = "sun.net.httpserver.nodelay";

    static {
        // The JDK's server sends a response's headers and body in two writes; with Nagle's algorithm the body
        // waits for the client's delayed ACK, ~40 ms per request on a kept-alive connection (JDK-6968351), more
        // than most computations take. The server reads the switch once, when the first server is created.
        if (System.getProperty(NO_DELAY) == null) {
            System.setProperty(NO_DELAY, "true");
        }
    }

    private final HttpServer http;
    private final ThreadPoolExecutor connections;
    private final Workers computations;
    private final Workers files;
    private final Path scratch;
    private final ApiCommands commands = new ApiCommands();
    private final Map<String, byte[]> assets = loadAssets();
    private final boolean loopbackOnly;
    private final CountDownLatch closed = new CountDownLatch(1);

    private ExplorerServer(InetSocketAddress address) throws IOException {
        this.loopbackOnly = address.getAddress().isLoopbackAddress();
        this.scratch = Files.createTempDirectory("anomalon-serve-");
        int cores = Runtime.getRuntime().availableProcessors();
        this.computations = new Workers("api", Math.max(4, 2 * cores), 256, Duration.ofSeconds(30));
        this.files = new Workers("download", 2, 16, Duration.ofSeconds(180));
        this.connections = new ThreadPoolExecutor(32, 32, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(512), task -> {
            Thread thread = new Thread(task, "anomalon-serve-http");
            thread.setDaemon(true);
            return thread;
        });
        connections.allowCoreThreadTimeOut(true);
        this.http = HttpServer.create(address, 128);
        http.setExecutor(connections);
        http.createContext("/", guarded(this::asset, "GET", "HEAD"));
        http.createContext("/api/", guarded(this::api, "GET", "HEAD", "POST"));
        http.createContext("/download/", guarded(this::download, "GET", "HEAD", "POST"));
        http.start();
    }

    /**
     * Starts a server on {@code address}; port 0 picks a free port.
     *
     * @throws java.net.BindException when the port is taken
     */
    public static ExplorerServer start(InetSocketAddress address) throws IOException {
        return new ExplorerServer(address);
    }

    /** The page's address, e.g. {@code http://127.0.0.1:8080/}. */
    public URI uri() {
        InetSocketAddress address = http.getAddress();
        String host = address.getAddress().getHostAddress();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort() + "/");
    }

    /** Blocks until {@link #close()}. */
    public void awaitClose() throws InterruptedException {
        closed.await();
    }

    /** Stops the server and removes its temporary files; a second call does nothing. */
    @Override
    public void close() {
        if (closed.getCount() == 0) {
            return;
        }
        http.stop(0);
        computations.close();
        files.close();
        connections.shutdownNow();
        deleteTree(scratch);
        closed.countDown();
    }

    /** One route: reads the exchange and sends the response (an {@link ApiException} becomes an error response). */
    @FunctionalInterface
    private interface Route {
        void handle(HttpExchange exchange) throws Exception;
    }

    private HttpHandler guarded(Route route, String... methods) {
        List<String> allowed = Arrays.asList(methods);
        return exchange -> {
            try {
                if (!allowed.contains(exchange.getRequestMethod())) {
                    exchange.getResponseHeaders().set("Allow", String.join(", ", allowed));
                    throw new ApiException(405, "anomalon serve: " + exchange.getRequestMethod() + " is not allowed here; use "
                            + String.join(" or ", allowed));
                }
                checkHost(exchange);
                route.handle(exchange);
            } catch (ApiException e) {
                sendQuietly(exchange, e.status(), e.getMessage(), null);
            } catch (Exception e) {
                sendQuietly(exchange, 500, "anomalon serve: internal error: " + e, null);
            } finally {
                exchange.close();
            }
        };
    }

    private static void sendQuietly(HttpExchange exchange, int status, String message, Integer exitCode) {
        try {
            Responses.error(exchange, status, message, exitCode);
        } catch (IOException | RuntimeException e) {
            // the client went away or the response had started: nothing more to tell it
        }
    }

    /** On a loopback address only requests for a loopback host name are served (no DNS rebinding from web pages). */
    private void checkHost(HttpExchange exchange) {
        if (!loopbackOnly) {
            return;
        }
        String host = exchange.getRequestHeaders().getFirst("Host");
        String name = host == null ? "" : host.replaceFirst(":\\d+$", "").toLowerCase(Locale.ROOT);
        if (!LOOPBACK_HOSTS.contains(name)) {
            throw new ApiException(403, "anomalon serve: Host '" + host + "' is not this machine's loopback address");
        }
    }

    private void asset(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String name = path.equals("/") ? "index.html" : path.substring(1);
        byte[] content = assets.get(name);
        if (content == null) {
            throw new ApiException(404, "anomalon serve: no page '" + path + "' (the explorer is at /, its API at /api/)");
        }
        String type = name.endsWith(".html") ? "text/html" : name.endsWith(".js") ? "text/javascript" : "text/css";
        Responses.send(exchange, 200, type + "; charset=utf-8", content, Map.of());
    }

    private void api(HttpExchange exchange) throws Exception {
        List<String> segments = segments(exchange, "/api/");
        if (segments.isEmpty()) {
            Responses.send(exchange, 200, Responses.JSON, Json.write(Json.object().put("documentation", "docs/serve.md")
                    .set("commands", Json.object().arrayNode().addAll(ApiCommands.COMMANDS.stream()
                            .map(c -> Json.object().textNode(c)).toList()))) + "\n");
            return;
        }
        ApiCommands.Target target = commands.target(segments, ApiCommands.COMMANDS);
        Query query = Query.parse(exchange.getRequestURI().getRawQuery());
        CommandRun run = execute(exchange, target, query, List.of(), computations);
        if (run.exitCode() != 0) {
            failed(exchange, run);
            return;
        }
        boolean hasFormat = target.spec().findOption("--format") != null;
        String format = hasFormat ? query.single("format").orElse("json") : "text";
        Responses.send(exchange, 200, Responses.contentType(format), run.out());
    }

    private void download(HttpExchange exchange) throws Exception {
        List<String> segments = segments(exchange, "/download/");
        String name = segments.size() == 1 ? segments.get(0) : "";
        int dot = name.lastIndexOf('.');
        String command = dot < 0 ? name : name.substring(0, dot);
        String extension = dot < 0 ? "" : name.substring(dot + 1);
        boolean report = name.equals("report.zip");
        if (!report && !(FIGURE_COMMANDS.contains(command) && FIGURE_TYPES.containsKey(extension))) {
            throw new ApiException(404, "anomalon serve: no download '" + name + "'; there are report.zip and "
                    + String.join(", ", FIGURE_COMMANDS) + " figures as .png, .svg or .pdf");
        }
        Query query = Query.parse(exchange.getRequestURI().getRawQuery());
        Path work = Files.createTempDirectory(scratch, "download-");
        try {
            Path output = work.resolve(report ? "anomalon-report" : command + "." + extension);
            List<String> serverOptions = report ? List.of("--out=" + output, "--quiet") : List.of("--plot=" + output);
            ApiCommands.Target target = commands.target(List.of(command), List.of(command));
            CommandRun run = execute(exchange, target, query, serverOptions, files);
            if (run.exitCode() != 0) {
                failed(exchange, run);
                return;
            }
            byte[] body = report ? ReportArchive.zip(output, "anomalon-report") : Files.readAllBytes(output);
            Responses.send(exchange, 200, report ? "application/zip" : FIGURE_TYPES.get(extension), body,
                    Map.of("Content-Disposition", "attachment; filename=\"anomalon-" + name + "\""));
        } finally {
            deleteTree(work);
        }
    }

    /** Runs the request's command on {@code workers}; a POST body is the model file ({@link ModelUpload}). */
    private CommandRun execute(HttpExchange exchange, ApiCommands.Target target, Query query, List<String> serverOptions,
                               Workers workers) throws Exception {
        if (!exchange.getRequestMethod().equals("POST")) {
            List<String> arguments = ApiCommands.arguments(target, query, serverOptions);
            return workers.run(() -> CommandRun.of(arguments));
        }
        String fileName = query.single("model").orElse("model.yaml");
        try (ModelUpload upload = ModelUpload.write(scratch, fileName, exchange.getRequestBody())) {
            List<String> options = new ArrayList<>(List.of(upload.option()));
            options.addAll(serverOptions);
            List<String> arguments = ApiCommands.arguments(target, query.without("model"), options);
            CommandRun run = workers.run(() -> CommandRun.of(arguments));
            return new CommandRun(run.exitCode(), upload.asUserNamedIt(run.out()), upload.asUserNamedIt(run.err()));
        }
    }

    /** A command that failed: HTTP 400 for invalid input (exit code 2), 422 for physics (3), 500 otherwise. */
    private static void failed(HttpExchange exchange, CommandRun run) throws IOException {
        int status = switch (run.exitCode()) {
            case AnomalonCommand.EXIT_INVALID_INPUT -> 400;
            case AnomalonCommand.EXIT_PHYSICS -> 422;
            default -> 500;
        };
        Responses.error(exchange, status, run.message(), run.exitCode());
    }

    /** The decoded path segments after {@code prefix}. */
    private static List<String> segments(HttpExchange exchange, String prefix) {
        String path = exchange.getRequestURI().getPath();
        String rest = path.length() > prefix.length() ? path.substring(prefix.length()) : "";
        return Stream.of(rest.split("/")).filter(s -> !s.isEmpty()).toList();
    }

    private static Map<String, byte[]> loadAssets() {
        Map<String, byte[]> loaded = new LinkedHashMap<>();
        for (String name : ASSETS) {
            try (InputStream in = ExplorerServer.class.getResourceAsStream("web/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("the jar lacks the explorer's file web/" + name);
                }
                loaded.put(name, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return loaded;
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // best effort: what is left is in the system's temporary directory, named anomalon-serve-*
        }
    }
}
