package org.tori.testing;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every integration test class shares: the built WAR deployed on Payara Micro (one boot per
 * class, so classes are few and hold many tests), tests run as clients, and a real SMTP server.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class DeployedPortal {

    protected static final String PASSWORD = "correct horse battery";
    protected static final Mailbox MAILBOX = new Mailbox();
    /** The demo accounts' password the test run gives the portal (bin/tori test sets it). */
    protected static final String DEMO_PASSWORD =
            System.getenv().getOrDefault("TORI_DEMO_PASSWORD", "demo password for tests");

    @ArquillianResource
    protected URL deployment;

    @Deployment(testable = false)
    public static WebArchive portal() {
        return Portal.war();
    }

    @BeforeAll
    static void startSmtp() {
        MAILBOX.start();
    }

    @AfterAll
    static void stopSmtp() {
        MAILBOX.stop();
    }

    /** A member as a test needs one: signed in through the pages, with the account id. */
    protected record Member(PortalClient client, String email, long id) {}

    /** Registers, follows the mailed verification link, logs in. */
    protected Member verifiedMember(String who) throws Exception {
        var email = Portal.uniqueEmail(who.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
        var client = client();
        var created = client.register(who, email, PASSWORD);
        if (created.statusCode() != 201) {
            throw new AssertionError("registration failed: " + created.body());
        }
        client.get(Mailbox.linkPath(MAILBOX.waitFor(email, java.time.Duration.ofSeconds(30))));
        var login = client.login(email, PASSWORD);
        if (login.statusCode() != 302 && login.statusCode() != 303) {
            throw new AssertionError("log-in failed: " + login.statusCode());
        }
        long id = Json.parse(client.get("api/accounts/me").body())
                .getJsonNumber("id")
                .longValue();
        return new Member(client, email, id);
    }

    /** A demo account (see the README's table), logged in. */
    protected PortalClient signedIn(String email) throws Exception {
        return signedIn(email, DEMO_PASSWORD);
    }

    protected PortalClient signedIn(String email, String password) throws Exception {
        var client = client();
        var login = client.login(email, password);
        if (login.statusCode() != 302 && login.statusCode() != 303) {
            throw new AssertionError(email + " logs in: " + login.statusCode());
        }
        return client;
    }

    protected PortalClient client() {
        return new PortalClient(deployment);
    }

    protected String url(String path) {
        var base = deployment.toString().endsWith("/") ? deployment.toString() : deployment + "/";
        return base + (path.startsWith("/") ? path.substring(1) : path);
    }

    // --- companies and partner cities: self-registration asks staff, who approve on their pages ----

    /**
     * Registers as a company ({@code organisation}) or partner city ({@code city}), follows the
     * verification link, has the demo staff approve the request on the staff pages, and logs in.
     */
    protected Member approvedMember(String who, String role, String organisation, String city) throws Exception {
        var email = Portal.uniqueEmail(who.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
        var client = client();
        var created = client.postJson(
                "api/accounts", """
                {"name": "%s", "email": "%s", "password": "%s", "role": "%s", "organisation": %s, "city": %s, "language": "en"}
                """.formatted(who, email, PASSWORD, role, quoted(organisation), quoted(city)), "en");
        if (created.statusCode() != 201) {
            throw new AssertionError("registration failed: " + created.body());
        }
        client.get(Mailbox.linkPath(MAILBOX.waitFor(email, java.time.Duration.ofSeconds(30))));
        approveRoleRequestOf(email);
        var login = client.login(email, PASSWORD);
        if (login.statusCode() != 302 && login.statusCode() != 303) {
            throw new AssertionError("log-in failed: " + login.statusCode());
        }
        long id = Json.parse(client.get("api/accounts/me").body())
                .getJsonNumber("id")
                .longValue();
        return new Member(client, email, id);
    }

    /** The demo staff open the pending request of this address from the requests page and approve it as claimed. */
    protected void approveRoleRequestOf(String email) throws Exception {
        var staff = signedIn("staff@demo.tori.fi");
        var list = staff.get("accounts/staff/requests").body();
        var row = java.util.regex.Pattern.compile("request\\?id=(\\d+)\">[^<]*</a>\\s*<span class=\"meta\">"
                        + java.util.regex.Pattern.quote(email) + "</span>")
                .matcher(list);
        if (!row.find()) {
            throw new AssertionError("no pending request of " + email + " on the staff page");
        }
        var approved = staff.submit("accounts/staff/request?id=" + row.group(1), "decide", java.util.Map.of());
        if (approved.statusCode() != 200 || !approved.body().contains("is now approved")) {
            throw new AssertionError("approval failed: " + approved.statusCode());
        }
    }

    private static String quoted(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }
}
