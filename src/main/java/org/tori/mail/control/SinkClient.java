package org.tori.mail.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tori.platform.time.ProgramTime;

/** Reads the local SMTP sink (GreenMail's REST API) that bin/tori run starts; absent in production. */
@ApplicationScoped
public class SinkClient {

    /** A received mail; {@code sentAt} is its Date header (null when it has none). */
    public record SinkMail(String recipient, String messageId, String subject, String text, OffsetDateTime sentAt) {}

    @Inject
    @ConfigProperty(name = "tori.mail.sink-api")
    Optional<String> api;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    public boolean configured() {
        return api.filter(a -> !a.isBlank()).isPresent();
    }

    /** Every mail in the sink, newest last as GreenMail keeps them, at most {@code limit}. */
    public List<SinkMail> mails(int limit) throws IOException, InterruptedException {
        var mails = new ArrayList<SinkMail>();
        for (var user : get("/api/user").asJsonArray().getValuesAs(JsonObject.class)) {
            var email = user.getString("email", user.getString("login", ""));
            var path = "/api/user/" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "/messages/";
            for (var message : get(path).asJsonArray().getValuesAs(JsonObject.class)) {
                mails.add(read(email, message));
            }
        }
        // newest first: staff look for the mail that was just sent
        mails.sort(
                Comparator.comparing(SinkMail::sentAt, Comparator.nullsLast(Comparator.<OffsetDateTime>reverseOrder()))
                        .thenComparing(SinkMail::recipient));
        return mails.size() > limit ? mails.subList(0, limit) : mails;
    }

    private JsonValue get(String path) throws IOException, InterruptedException {
        var base = api.orElseThrow().replaceAll("/+$", "");
        var response = http.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .timeout(Duration.ofSeconds(5))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            return JsonArray.EMPTY_JSON_ARRAY;
        }
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readValue();
        }
    }

    private static SinkMail read(String email, JsonObject json) {
        var raw = json.getString("mimeMessage", "");
        String text;
        OffsetDateTime sentAt = null;
        try {
            var message = new MimeMessage(
                    Session.getInstance(new Properties()),
                    new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
            text = text(message).orElse("");
            if (message.getSentDate() != null) {
                sentAt = ProgramTime.at(
                        LocalDateTime.ofInstant(message.getSentDate().toInstant(), ProgramTime.zone()));
            }
        } catch (Exception unreadable) {
            text = raw;
        }
        return new SinkMail(
                email, json.getString("Message-ID", ""), json.getString("subject", ""), lines(text), sentAt);
    }

    /** One kind of line break, whatever the sink kept (CRLF or CR). */
    static String lines(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static Optional<String> text(Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return Optional.of(String.valueOf(part.getContent()));
        }
        if (part.isMimeType("multipart/*")) {
            var multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                var found = text(multipart.getBodyPart(i));
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }
}
