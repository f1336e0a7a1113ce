package org.anomalon.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.anomalon.cli.AnomalonCommand;
import org.anomalon.cli.CliTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import picocli.CommandLine;

class ServeCommandTest {
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void servesThePageOnLoopbackUntilStopped() throws Exception {
        StringWriter out = new StringWriter();
        CommandLine commandLine = AnomalonCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        int[] exitCode = {-1};
        Thread serve = new Thread(() -> exitCode[0] = commandLine.execute("serve", "--port", "0"));
        serve.start();
        Pattern address = Pattern.compile("anomalon explorer at (http://127\\.0\\.0\\.1:(\\d+)/) ");
        Matcher matcher = address.matcher("");
        while (!matcher.reset(out.toString()).find()) {
            Thread.sleep(50);
        }
        URI page = URI.create(matcher.group(1));
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(page).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("<title>anomalon explorer</title>");
        serve.interrupt();
        serve.join(10_000);
        assertThat(exitCode[0]).isZero();
        try (ServerSocket again = new ServerSocket(Integer.parseInt(matcher.group(2)), 1, InetAddress.getLoopbackAddress())) {
            assertThat(again.isBound()).as("the port is free again after the server stopped").isTrue();
        }
    }

    @Test
    void aTakenPortIsBadInputWithAClearMessage() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CliTestSupport result = CliTestSupport.run("serve", "--port", String.valueOf(taken.getLocalPort()));
            assertThat(result.exitCode()).isEqualTo(2);
            assertThat(result.err()).startsWith("anomalon: --port: cannot listen on 127.0.0.1 port " + taken.getLocalPort())
                    .contains("--port 0 for any free one").doesNotContain("\tat ");
        }
    }

    @Test
    void portAndAddressAreChecked() {
        assertThat(CliTestSupport.run("serve", "--port", "70000").err()).startsWith("anomalon: --port: port = 70000 is not allowed");
        CliTestSupport unknown = CliTestSupport.run("serve", "--bind", "no-such-host.invalid");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("anomalon: --bind: address = 'no-such-host.invalid' is not allowed");
    }
}
