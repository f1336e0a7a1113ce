package org.anomalon.serve;

import java.awt.Desktop;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.concurrent.Callable;
import org.anomalon.InvalidInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code anomalon serve}: the interactive explorer in the browser, and its JSON API (docs/serve.md). */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"A local web explorer: pick or type a model and see its anomalies, limits plot, fit, rates and "
                + "spectra update as you type; download figures, tables and the report. Works with no network.",
            "Its JSON API, GET /api/COMMAND?option=value..., answers exactly what 'anomalon COMMAND --option value ... "
                + "--format json' prints (docs/serve.md)."})
public final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "8080", description = "TCP port; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; the explorer has no login, "
                    + "so another address lets anyone who can reach it use it).")
    String bind;

    @Option(names = "--open", description = "Open the page in the default browser.")
    boolean open;

    @Override
    public Integer call() throws IOException {
        if (port < 0 || port > 65535) {
            throw InvalidInputException.of("--port", "port", port, "a TCP port from 0 (any free port) to 65535");
        }
        ExplorerServer server;
        try {
            server = ExplorerServer.start(new InetSocketAddress(address(), port));
        } catch (BindException e) {
            throw InvalidInputException.because("--port", "cannot listen on " + bind + " port " + port + " (" + e.getMessage()
                    + "); choose another port, or --port 0 for any free one", e);
        }
        Thread stopOnExit = new Thread(server::close, "anomalon-serve-stop");
        Runtime.getRuntime().addShutdownHook(stopOnExit);
        PrintWriter out = spec.commandLine().getOut();
        out.println("anomalon explorer at " + server.uri() + "  (Ctrl-C stops it)");
        out.flush();
        if (open) {
            openBrowser(server.uri(), spec.commandLine().getErr());
        }
        try {
            server.awaitClose();
        } catch (InterruptedException e) {
            server.close();
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        }
        return 0;
    }

    private InetAddress address() {
        try {
            return InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            throw InvalidInputException.of("--bind", "address", bind, "an IP address or host name of this machine, e.g. 127.0.0.1");
        }
    }

    private static void openBrowser(URI uri, PrintWriter err) {
        try {
            if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                Desktop.getDesktop().browse(uri);
            } else {
                new ProcessBuilder("xdg-open", uri.toString()).inheritIO().start();
            }
        } catch (IOException | UnsupportedOperationException e) {
            err.println("anomalon serve: cannot open a browser here (" + e.getMessage() + "); open " + uri + " yourself");
            err.flush();
        }
    }
}
