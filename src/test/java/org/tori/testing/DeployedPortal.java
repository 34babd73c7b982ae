package org.tori.testing;

import java.net.URL;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
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
    /** The deployment's operator token (the pom gives the portal one), as bin/tori staff presents it. */
    protected static final String OPERATOR_TOKEN =
            System.getenv().getOrDefault("TORI_OPERATOR_TOKEN", "operator token for integration tests");
    /** One staff member per test class, made on first use. */
    private static final Map<Class<?>, Member> STAFF = new ConcurrentHashMap<>();
    /** The demo accounts' password: only FormWalkerIT signs in as them, to walk the demo portal's forms as each role. */
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
        var client = client();
        var email = registerAndVerify(client, who);
        return loggedIn(client, email);
    }

    /**
     * This class's programme staff: a fresh account, verified, made staff with the operator token
     * as {@code bin/tori staff} does in production, then signed in. The same one for every test of
     * the class (its client keeps the session).
     */
    protected Member staff() throws Exception {
        var known = STAFF.get(getClass());
        if (known != null) {
            return known;
        }
        var client = client();
        var email = registerAndVerify(client, "Programme staff");
        appointStaff(email);
        var staff = loggedIn(client, email);
        STAFF.put(getClass(), staff);
        return staff;
    }

    /** The operator appoints a verified account as staff, as `bin/tori staff EMAIL` does. */
    protected void appointStaff(String email) throws Exception {
        var appointed = client().request(
                        "PUT",
                        "api/accounts/staff",
                        "{\"email\": \"" + email + "\"}",
                        "Authorization",
                        "Bearer " + OPERATOR_TOKEN);
        if (appointed.statusCode() != 200) {
            throw new AssertionError(
                    "the operator could not appoint staff: " + appointed.statusCode() + " " + appointed.body());
        }
    }

    /** A fresh partner city of {@code city}, its request approved by this class's staff. */
    protected Member cityPartner(String who, String city) throws Exception {
        return approvedMember(who, "CITY_PARTNER", null, city);
    }

    /** A fresh company account of {@code organisation}, its request approved by this class's staff. */
    protected Member company(String who, String organisation) throws Exception {
        return approvedMember(who, "COMPANY", organisation, null);
    }

    /** A fresh citizen: registered, verified and signed in. */
    protected Member citizen(String who) throws Exception {
        return verifiedMember(who);
    }

    /**
     * A space of this kind (HACKATHON, CONTEST, LIVING_LAB…) that this class's staff create in
     * {@code city} on the given themes and open now, taking submissions for two weeks; returns its id.
     */
    protected long openSpace(String kind, String title, String city, String... themes) throws Exception {
        var staff = staff().client();
        var body = """
                {"kind": "%s", "title": %s, "summary": "Ideas wanted.", "domain": "MOBILITY", "city": %s, "themes": [%s],
                 "opensAt": "%s", "submissionDeadline": "%s"}
                """.formatted(
                kind,
                jakarta.json.Json.createValue(title),
                jakarta.json.Json.createValue(city),
                String.join(
                        ", ", Arrays.stream(themes).map(t -> "\"" + t + "\"").toList()),
                OffsetDateTime.now().plusMinutes(10),
                OffsetDateTime.now().plusDays(14));
        var created = staff.postJson("api/spaces", body, "en");
        if (created.statusCode() != 201) {
            throw new AssertionError("staff could not create the space: " + created.body());
        }
        long id = Json.parse(created.body())
                .getJsonObject("summary")
                .getJsonNumber("id")
                .longValue();
        var opened = staff.putJson("api/spaces/" + id + "/phase", "{\"phase\": \"OPEN\"}");
        if (opened.statusCode() != 200) {
            throw new AssertionError("staff could not open the space: " + opened.body());
        }
        return id;
    }

    private String registerAndVerify(PortalClient client, String who) throws Exception {
        var email = Portal.uniqueEmail(who.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
        var created = client.register(who, email, PASSWORD);
        if (created.statusCode() != 201) {
            throw new AssertionError("registration failed: " + created.body());
        }
        client.get(Mailbox.linkPath(MAILBOX.waitFor(email, Duration.ofSeconds(30))));
        return email;
    }

    private Member loggedIn(PortalClient client, String email) throws Exception {
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
     * verification link, has this class's staff approve the request on the staff pages, and logs in.
     */
    protected Member approvedMember(String who, String role, String organisation, String city) throws Exception {
        var email = Portal.uniqueEmail(who.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
        var client = client();
        var created = client.postJson(
                "api/accounts", """
                {"name": "%s", "email": "%s", "password": "%s", "role": "%s", "organisation": %s, "city": %s, "language": "en"}
                """.formatted(who, email, PASSWORD, role, quoted(organisation), quoted(city)), "en");
        if (created.statusCode() != 201) {
            throw new AssertionError("registration failed: " + created.body());
        }
        client.get(Mailbox.linkPath(MAILBOX.waitFor(email, Duration.ofSeconds(30))));
        approveRoleRequestOf(email);
        return loggedIn(client, email);
    }

    /** This class's staff open the pending request of this address from the requests page and approve it as claimed. */
    protected void approveRoleRequestOf(String email) throws Exception {
        var staff = staff().client();
        var list = staff.get("accounts/staff/requests").body();
        var row = Pattern.compile(
                        "request\\?id=(\\d+)\">[^<]*</a>\\s*<span class=\"meta\">" + Pattern.quote(email) + "</span>")
                .matcher(list);
        if (!row.find()) {
            throw new AssertionError("no pending request of " + email + " on the staff page");
        }
        var approved = staff.submit("accounts/staff/request?id=" + row.group(1), "decide", Map.of());
        if (approved.statusCode() != 200 || !approved.body().contains("is now approved")) {
            throw new AssertionError("approval failed: " + approved.statusCode());
        }
    }

    private static String quoted(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }
}
