package org.tori.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Talks to the portal as a browser without a screen would: cookies, Faces forms and the JSON API. */
public final class PortalClient {

    private static final Pattern HIDDEN =
            Pattern.compile("<input[^>]*type=\"hidden\"[^>]*name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"");
    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private final URI base;
    private final HttpClient http;

    public PortalClient(URL deployment) {
        this(
                deployment,
                HttpClient.newBuilder()
                        .cookieHandler(new CookieManager())
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .connectTimeout(Duration.ofSeconds(5))
                        .build());
    }

    private PortalClient(URL deployment, HttpClient http) {
        this.base = URI.create(deployment.toString().endsWith("/") ? deployment.toString() : deployment + "/");
        this.http = http;
    }

    /** The same visitor (same cookies, so the same session) talking to another portal instance. */
    public PortalClient at(URL otherInstance) {
        return new PortalClient(otherInstance, http);
    }

    /** Sends a form that an earlier {@link #open} returned, to this instance. */
    public HttpResponse<String> send(OpenForm form, Map<String, String> values)
            throws IOException, InterruptedException {
        var fields = new LinkedHashMap<>(form.fields());
        fields.putAll(values);
        return http.send(
                HttpRequest.newBuilder(uri(form.action()))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Accept-Language", "en")
                        .POST(HttpRequest.BodyPublishers.ofString(form(fields)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A Faces form as a page rendered it: where it posts, and its hidden fields with the view state. */
    public record OpenForm(String action, Map<String, String> fields) {}

    public URI uri(String path) {
        return base.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Accept-Language", "en")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Reads the page again and again until {@code done} holds for the answer, which it returns;
     * fails with {@code what} when it never does within {@code within}.
     */
    public HttpResponse<String> getUntil(
            String path, Predicate<HttpResponse<String>> done, Duration within, String what)
            throws IOException, InterruptedException {
        var deadline = System.nanoTime() + within.toNanos();
        var answer = get(path);
        while (!done.test(answer)) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError(what + " (within " + within + ")");
            }
            Thread.sleep(250);
            answer = get(path);
        }
        return answer;
    }

    public HttpResponse<String> postJson(String path, String json, String language)
            throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "application/json")
                        .header("Accept-Language", language)
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> postBytes(String path, byte[] body, String contentType)
            throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", contentType)
                        .header("Accept-Language", "en")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /**
     * Sends a JSON body of the given size while reading the answer at the same time, as curl does:
     * a portal that refuses early answers before the body is through.
     */
    public String answerToBodyOf(String path, int length) throws IOException, InterruptedException {
        var target = uri(path);
        try (var socket = new Socket(target.getHost(), target.getPort())) {
            socket.setSoTimeout(30_000);
            var head = "POST " + target.getRawPath() + " HTTP/1.1\r\nHost: " + target.getHost() + ":" + target.getPort()
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + length
                    + "\r\nConnection: close\r\n\r\n";
            var writer = new Thread(() -> {
                try {
                    var out = socket.getOutputStream();
                    out.write(head.getBytes(StandardCharsets.US_ASCII));
                    var chunk = new byte[8192];
                    Arrays.fill(chunk, (byte) ' ');
                    for (int sent = 0; sent < length; sent += chunk.length) {
                        out.write(chunk, 0, Math.min(chunk.length, length - sent));
                    }
                    out.flush();
                } catch (IOException refusedMidway) {
                    // the portal closed the connection after answering: expected for a refused body
                }
            });
            writer.start();
            var answer = new String(socket.getInputStream().readNBytes(4096), StandardCharsets.UTF_8);
            writer.join(30_000);
            return answer.replaceFirst("(?s)^HTTP/1.1 100 Continue\r\n\r\n", "");
        }
    }

    public HttpResponse<String> http(String method, String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(uri(path))
                        .method(method, HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Any request, with the headers given as name, value, name, value…; a null body sends none. */
    public HttpResponse<String> request(String method, String path, String body, String... headers)
            throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(uri(path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.setHeader(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> putJson(String path, String json) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> register(String name, String email, String password)
            throws IOException, InterruptedException {
        return postJson("api/accounts", """
                {"name": "%s", "email": "%s", "password": "%s", "role": "CITIZEN", "language": "en"}
                """.formatted(name, email, password), "en");
    }

    /** Fills in and sends the log-in page, as a person would. */
    public HttpResponse<String> login(String email, String password) throws IOException, InterruptedException {
        return submit("accounts/login", "login", Map.of("email", email, "password", password));
    }

    /**
     * Opens a page, fills in its Faces form (ids as the page names them) and presses the button
     * with id "submit"; hidden fields the page rendered (view parameters) go along unchanged.
     */
    public HttpResponse<String> submit(String page, String formId, Map<String, String> values)
            throws IOException, InterruptedException {
        return send(open(page, formId), values);
    }

    /** Opens a page and keeps its form (hidden fields, view state, button "submit") for a later {@link #send}. */
    public OpenForm open(String page, String formId) throws IOException, InterruptedException {
        var opened = get(page);
        var matcher = VIEW_STATE.matcher(opened.body());
        if (!matcher.find()) {
            throw new AssertionError("no form on " + page + ": " + opened.statusCode());
        }
        var fields = new LinkedHashMap<String, String>();
        fields.put(formId, formId);
        var hidden = HIDDEN.matcher(opened.body());
        while (hidden.find()) {
            if (!hidden.group(1).startsWith("jakarta.faces")) {
                fields.put(hidden.group(1), hidden.group(2));
            }
        }
        fields.put("submit", "");
        fields.put("jakarta.faces.ViewState", matcher.group(1).replace("&#58;", ":"));
        return new OpenForm(page.contains("?") ? page.substring(0, page.indexOf('?')) : page, fields);
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
