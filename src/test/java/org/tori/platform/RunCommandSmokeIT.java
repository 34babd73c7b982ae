package org.tori.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tori.testing.Processes.listening;
import static org.tori.testing.Processes.waitFor;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.tori.testing.PortalClient;

/**
 * Keeps README's run command honest: `bin/tori run` on the embedded defaults (H2 file database,
 * its own Elasticsearch and mail sink) serves the demo content, and stops everything on a signal.
 */
class RunCommandSmokeIT {

    private static final int PORT = 18080;
    private static final int ES_PORT = 9270;

    @Test
    void theRunCommandServesDemoContentOnEmbeddedDefaultsAndStopsCleanly() throws Exception {
        var basedir = new File(System.getProperty("tori.basedir", "."));
        var data = new File(basedir, "target/smoke-data");
        var log = new File(basedir, "target/smoke-run.log");
        // a first start on empty data, as on a fresh machine (an earlier run's data would skip the demo)
        if (data.exists()) {
            try (var files = Files.walk(data.toPath())) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
        var builder = new ProcessBuilder(new File(basedir, "bin/tori").getPath(), "run")
                .directory(basedir)
                .redirectErrorStream(true)
                .redirectOutput(log);
        // nothing of the integration tests' PostgreSQL or mail settings may leak into the embedded run
        builder.environment().keySet().removeIf(name -> name.startsWith("TORI_"));
        builder.environment().put("TORI_PORT", String.valueOf(PORT));
        builder.environment().put("TORI_DATA", data.getAbsolutePath());
        builder.environment().put("TORI_ES_PORT", String.valueOf(ES_PORT));
        builder.environment().put("TORI_SMTP_PORT", "2625");
        builder.environment().put("TORI_MAIL_API_PORT", "8125");
        builder.environment().put("TORI_SKIP_BUILD", "1");
        var run = builder.start();
        try {
            var http = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(2))
                    .build();
            waitFor(Duration.ofMinutes(5), () -> status(http, "/health/ready") == 200, run, log);

            var home = http.send(request("/"), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, home.statusCode());
            assertTrue(home.body().contains("Co-create the city with us"));
            // the command prints them once it has seen the portal ready itself (it asks every second)
            waitFor(
                    Duration.ofSeconds(30),
                    () -> Files.readString(log.toPath()).contains("citizen@demo.tori.fi"),
                    run,
                    log);
            // every public list answers on the embedded database too (H2 differs from PostgreSQL in SQL)
            for (var page : List.of(
                    "/spaces/",
                    "/knowledge/",
                    "/stories/",
                    "/scorecard/",
                    "/roadmap/",
                    "/valuestreams/",
                    "/valuestreams/stream?stream=family-with-children")) {
                assertEquals(
                        200,
                        http.send(request(page), HttpResponse.BodyHandlers.discarding())
                                .statusCode(),
                        page);
            }

            waitFor(
                    Duration.ofMinutes(1),
                    () -> http.send(request("/search/?q=robots"), HttpResponse.BodyHandlers.ofString())
                            .body()
                            .contains("Aino Virtanen"),
                    run,
                    log);

            var password =
                    Files.readString(new File(data, "demo-password").toPath()).strip();
            var staff = new PortalClient(
                    URI.create("http://127.0.0.1:" + PORT + "/").toURL());
            var login = staff.login("staff@demo.tori.fi", password);
            assertTrue(
                    login.statusCode() == 302 || login.statusCode() == 303,
                    "demo staff can log in: " + login.statusCode());
            var sink = staff.get("mail/staff/sink");
            assertEquals(200, sink.statusCode());
            assertTrue(sink.body().contains("Mail sink"));
        } finally {
            run.destroy();
            assertTrue(run.waitFor(90, TimeUnit.SECONDS), "bin/tori run stops on SIGTERM");
        }
        assertFalse(listening(PORT), "the portal stopped");
        assertFalse(listening(ES_PORT), "the embedded Elasticsearch stopped");
    }

    private static HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT + path))
                .timeout(Duration.ofSeconds(20))
                .header("Accept-Language", "en")
                .GET()
                .build();
    }

    private static int status(HttpClient http, String path) throws IOException, InterruptedException {
        return http.send(request(path), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
