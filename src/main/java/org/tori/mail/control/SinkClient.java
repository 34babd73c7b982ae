package org.tori.mail.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Reads the local SMTP sink (GreenMail's REST API) that bin/tori run starts; absent in production. */
@ApplicationScoped
public class SinkClient {

    public record SinkMail(String recipient, String messageId, String subject, String text) {
    }

    @Inject
    @ConfigProperty(name = "tori.mail.sink-api")
    Optional<String> api;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

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
                mails.add(new SinkMail(email, message.getString("Message-ID", ""), message.getString("subject", ""),
                        textPart(message.getString("mimeMessage", ""))));
            }
        }
        mails.sort(Comparator.comparing(SinkMail::recipient));
        return mails.size() > limit ? mails.subList(0, limit) : mails;
    }

    private jakarta.json.JsonValue get(String path) throws IOException, InterruptedException {
        var base = api.orElseThrow().replaceAll("/+$", "");
        var response = http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(5)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            return JsonArray.EMPTY_JSON_ARRAY;
        }
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readValue();
        }
    }

    private static String textPart(String raw) {
        try {
            var message = new MimeMessage(Session.getInstance(new Properties()),
                    new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
            return text(message).orElse("");
        } catch (Exception unreadable) {
            return raw;
        }
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
