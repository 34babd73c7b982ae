package org.tori.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.tori.testing.DeployedPortal;
import org.tori.testing.Json;
import org.tori.testing.Mailbox;
import org.tori.testing.Portal;
import org.tori.testing.PortalClient;
import org.tori.testing.SearchNode;

/**
 * Both outboxes against real outages: Elasticsearch is stopped and started again, the SMTP server
 * refuses connections and comes back. Users' writes succeed throughout and nothing is lost or doubled.
 */
class OutboxIT extends DeployedPortal {

    @Test
    void aProfileSavedWhileElasticsearchIsDownIsSearchableWhenItReturns() throws Exception {
        var client = client();
        var email = Portal.uniqueEmail("zeppelin");
        client.register("Zeppelin Pilot", email, PASSWORD);
        client.get(Mailbox.linkPath(MAILBOX.waitFor(email, Duration.ofSeconds(30))));
        client.login(email, PASSWORD);
        var skill = "airship" + Long.toString(System.nanoTime(), 36);

        SearchNode.stop();
        try {
            var saved = client.putJson("api/accounts/me/profile", """
                    {"name": "Zeppelin Pilot", "skills": ["%s"], "interests": ["mobility"], "searchable": true, "language": "en"}
                    """.formatted(skill));
            assertEquals(204, saved.statusCode(), "the write succeeds while search is down: " + saved.body());
            assertTrue(client.get("search/?q=" + skill).body().contains("Search is not available right now"));
            assertEquals(503, client.get("health/ready").statusCode(), "readiness reports search down");
            assertEquals(skill, profileSkill(client), "the profile itself was saved");
        } finally {
            SearchNode.start();
        }

        var page = waitUntil(Duration.ofSeconds(60), () -> {
            var body = client.get("search/?q=" + URLEncoder.encode(skill, StandardCharsets.UTF_8))
                    .body();
            return body.contains("Zeppelin Pilot") ? body : null;
        });
        assertTrue(page.contains("One result"), "found exactly once");
    }

    @Test
    void aMailQueuedWhileSmtpRefusesIsDeliveredOnceWhenItReturns() throws Exception {
        var client = client();
        var email = Portal.uniqueEmail("patient");

        MAILBOX.stop();
        try {
            var created = client.register("Patient Person", email, PASSWORD);
            assertEquals(201, created.statusCode(), "registration succeeds while SMTP refuses: " + created.body());
            // let the sender fail a few rounds against the closed port
            Thread.sleep(3000);
        } finally {
            MAILBOX.start();
        }

        MAILBOX.waitFor(email, Duration.ofSeconds(60));
        // more retry rounds pass: a delivered mail must not go out again
        Thread.sleep(4000);
        assertEquals(1, MAILBOX.to(email).size(), "delivered exactly once");
    }

    @Test
    void aMailHandedOverBeforeACrashIsNeverSentAgainAndOneNotYetHandedOverIsSentOnce() throws Exception {
        var handed = Portal.uniqueEmail("handed");
        var claimed = Portal.uniqueEmail("claimed");
        var url = System.getenv().getOrDefault("TORI_DB_URL", "jdbc:postgresql://127.0.0.1:5432/tori_test");
        try (var db = DriverManager.getConnection(url, "tori", "tori")) {
            // the rows an instance killed mid-batch leaves behind, their lease just over: one mail it had
            // handed over in full (the server has it), one it had claimed but not reached
            var insert = db.prepareStatement("""
                    INSERT INTO mail_outbox (id, idempotency_key, template, recipient, subject, text_body, html_body, status,
                                             attempts, next_attempt_at, created_at, sent_at)
                    VALUES (nextval('mail_outbox_seq'), ?, 'crash', ?, 'Left by a crash', 'Hello', '<p>Hello</p>', ?, 0,
                            now() - interval '1 second', now() - interval '1 minute', ?)""");
            for (var row : new String[][] {{handed, "HANDED"}, {claimed, "PENDING"}}) {
                insert.setString(1, "crash-" + row[0]);
                insert.setString(2, row[0]);
                insert.setString(3, row[1]);
                insert.setObject(
                        4, row[1].equals("HANDED") ? OffsetDateTime.now().minusSeconds(61) : null);
                insert.executeUpdate();
            }
            MAILBOX.waitFor(claimed, Duration.ofSeconds(30));
            var outcome = waitUntil(Duration.ofSeconds(30), () -> {
                try (var rows = db.createStatement()
                        .executeQuery(
                                "SELECT status, last_error FROM mail_outbox WHERE recipient = '" + handed + "'")) {
                    rows.next();
                    return "SENT".equals(rows.getString(1)) ? rows.getString(2) : null;
                }
            });
            assertTrue(outcome.startsWith("presumed delivered"), "staff can see why it counts as sent: " + outcome);
            // more rounds pass: neither goes out (again)
            Thread.sleep(4000);
        }
        assertEquals(0, MAILBOX.to(handed).size(), "the handed-over mail is not sent a second time");
        assertEquals(1, MAILBOX.to(claimed).size(), "the claimed one is sent exactly once");
    }

    private static String profileSkill(PortalClient client) throws Exception {
        var body = client.get("api/accounts/me/profile").body();
        var skills = Json.parse(body).getJsonArray("skills");
        return skills.getString(0);
    }

    interface Probe {
        String check() throws Exception;
    }

    private static String waitUntil(Duration timeout, Probe probe) throws Exception {
        var end = Instant.now().plus(timeout);
        while (Instant.now().isBefore(end)) {
            var found = probe.check();
            if (found != null) {
                return found;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("not seen within " + timeout);
    }
}
