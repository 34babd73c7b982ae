package org.tori.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tori.testing.Processes.listening;
import static org.tori.testing.Processes.waitFor;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.tori.testing.Mailbox;
import org.tori.testing.PortalClient;

/**
 * The lighter twin of bench/cluster-proof.sh: `bin/tori cluster` (two instances on PostgreSQL and the
 * test Elasticsearch) keeps a member signed in, with roles and an open form, when the instance that
 * served them is killed, and the two instances send each of 1,000 queued mails, also across the kill;
 * log-in failures for an unknown address count across both instances.
 */
class ClusterIT {

    private static final int PORT = 18380;
    private static final int SMTP = 2735;
    private static final int MAILS = 1000;
    private static final String PASSWORD = "correct horse battery";
    private static final String OPERATOR_TOKEN = "operator token of the cluster test";

    @Test
    void aSessionAndTheMailOutboxSurviveTheKillOfAnInstance() throws Exception {
        var basedir = new File(System.getProperty("tori.basedir", "."));
        var data = new File(basedir, "target/cluster-it");
        var log = new File(basedir, "target/cluster-it.log");
        var mail = new GreenMail(new ServerSetup(SMTP, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        var builder = new ProcessBuilder(new File(basedir, "bin/tori").getPath(), "cluster")
                .directory(basedir)
                .redirectErrorStream(true)
                .redirectOutput(log);
        var env = builder.environment();
        var search = env.get("TORI_SEARCH_URL");
        env.keySet().removeIf(name -> name.startsWith("TORI_"));
        env.putAll(Map.of(
                "TORI_PORT",
                "" + PORT,
                "TORI_HZ_PORT",
                "6970",
                "TORI_DATA",
                data.getAbsolutePath(),
                "TORI_CLUSTER_DB",
                "tori_cluster_it",
                "TORI_CLUSTER_FRESH",
                "1",
                "TORI_CLUSTER_NAME",
                "tori-cluster-it",
                "TORI_SKIP_BUILD",
                "1",
                "TORI_MAIL_HOST",
                "127.0.0.1",
                "TORI_MAIL_PORT",
                "" + SMTP));
        // one Elasticsearch (the suite's) is enough here; the bench stops one of two nodes
        env.put("TORI_SEARCH_URL", search == null ? "http://127.0.0.1:9250" : search);
        env.put("TORI_SEARCH_INDEX_PREFIX", "tori-cluster-it");
        env.put("TORI_MAIL_POLL_MILLIS", "500");
        // production's start: no demo content; the first staff member is made with the operator token
        env.put("TORI_DEMO_ENABLED", "false");
        env.put("TORI_OPERATOR_TOKEN", OPERATOR_TOKEN);
        // the killed instance's claimed mails are due again when their lease ends
        env.put("TORI_MAIL_CLAIM_LEASE_MILLIS", "10000");
        var cluster = builder.start();
        try (var db = waitForCluster(cluster, log)) {
            var a = new URL("http://127.0.0.1:" + PORT + "/");
            var b = new URL("http://127.0.0.1:" + (PORT + 1) + "/");
            var onA = new PortalClient(a);
            var email = appointedStaff(onA, mail, cluster, log);
            var login = onA.login(email, PASSWORD);
            assertTrue(
                    login.statusCode() == 302 || login.statusCode() == 303,
                    "log-in on portal-1: " + login.statusCode());
            var onB = onA.at(b);
            assertEquals(200, onB.get("accounts/profile").statusCode(), "portal-2 knows the member and the roles");
            var form = onA.open("accounts/profile", "profile");

            // an address without an account is paused after five failures, however they are spread
            // over the instances: exactly like a member's, so the pause does not tell who is a member
            var stranger = "nobody-" + System.nanoTime() + "@cluster.tori";
            for (int i = 0; i < 4; i++) {
                new PortalClient(i % 2 == 0 ? a : b).login(stranger, "wrong " + i);
            }
            assertEquals(
                    429, new PortalClient(a).login(stranger, "wrong 4").statusCode(), "the fifth failure pauses it");
            assertEquals(429, new PortalClient(b).login(stranger, "wrong 5").statusCode(), "on the other instance too");

            db.createStatement().executeUpdate("""
                    INSERT INTO mail_outbox (id, idempotency_key, template, recipient, subject, text_body, html_body, status,
                                             attempts, next_attempt_at, created_at)
                    SELECT 7000000 + i, 'cluster-it-' || i, 'cluster-it', 'member' || i || '@cluster.tori', 'Cluster mail ' || i,
                           'Hello', '<p>Hello</p>', 'PENDING', 0, now(), now()
                    FROM generate_series(0, %d) AS i""".formatted(MAILS - 1));
            waitFor(Duration.ofMinutes(3), () -> sent(db) >= MAILS / 5, cluster, log);
            ProcessHandle.of(Long.parseLong(Files.readString(new File(data, "cluster/portal-1.pid").toPath())
                            .strip()))
                    .orElseThrow()
                    .destroyForcibly();

            var killedAt = Instant.now();
            var me = onB.get("api/accounts/me");
            assertEquals(200, me.statusCode(), "still signed in on portal-2 right after portal-1 was killed");
            var saved = onB.send(
                    form, Map.of("name", "Staff after failover", "language", "en", "searchable", "on", "save", ""));
            assertEquals(200, saved.statusCode());
            assertTrue(
                    saved.body().contains("Staff after failover"), "the form opened on portal-1 is saved on portal-2");
            System.out.println("ClusterIT: signed in and form saved on portal-2 within "
                    + Duration.between(killedAt, Instant.now()).toMillis() + " ms of the kill");

            waitFor(Duration.ofMinutes(5), () -> sent(db) == MAILS, cluster, log);
            var messageIds = new HashSet<String>();
            int received = 0;
            for (var message : mail.getReceivedMessages()) {
                if (String.valueOf(message.getSubject()).startsWith("Cluster mail")) {
                    messageIds.add(message.getHeader("Message-ID")[0]);
                    received++;
                }
            }
            assertEquals(MAILS, messageIds.size(), "each queued mail reached the SMTP server");
            // a mail is marked handed over in the transaction open while its end of data goes out: the one
            // mail a kill may cut between the "." and the commit can arrive twice, with the same Message-ID
            assertTrue(
                    received - MAILS <= 1, (received - MAILS) + " mails were sent twice (one kill cuts one at most)");
        } finally {
            cluster.destroy();
            assertTrue(cluster.waitFor(120, TimeUnit.SECONDS), "bin/tori cluster stops on SIGTERM");
            mail.stop();
        }
        assertFalse(listening(PORT + 1), "portal-2 stopped");
    }

    /** Registers on the portal, follows the mailed link, and has the operator make the account staff. */
    private static String appointedStaff(PortalClient portal, GreenMail mail, Process cluster, File log)
            throws Exception {
        var email = "staff-" + System.nanoTime() + "@cluster.tori";
        assertEquals(201, portal.register("Cluster staff", email, PASSWORD).statusCode(), "registration");
        var verification = new MimeMessage[1];
        waitFor(
                Duration.ofMinutes(1),
                () -> {
                    for (var message : mail.getReceivedMessages()) {
                        if (Arrays.toString(message.getAllRecipients()).contains(email)) {
                            verification[0] = message;
                        }
                    }
                    return verification[0] != null;
                },
                cluster,
                log);
        portal.get(Mailbox.linkPath(verification[0]));
        var appointed = portal.request(
                "PUT",
                "api/accounts/staff",
                "{\"email\": \"" + email + "\"}",
                "Authorization",
                "Bearer " + OPERATOR_TOKEN);
        assertEquals(200, appointed.statusCode(), appointed.body());
        return email;
    }

    private static Connection waitForCluster(Process cluster, File log) throws Exception {
        waitFor(
                Duration.ofMinutes(6),
                () -> Files.readString(log.toPath()).contains("Tori runs as a cluster of two"),
                cluster,
                log);
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/tori_cluster_it", "tori", "tori");
    }

    private static long sent(Connection db) throws SQLException {
        try (var result = db.createStatement()
                .executeQuery("SELECT COUNT(*) FROM mail_outbox WHERE status = 'SENT' AND template = 'cluster-it'")) {
            result.next();
            return result.getLong(1);
        }
    }
}
