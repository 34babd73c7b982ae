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
    protected static final String DEMO_PASSWORD = System.getenv().getOrDefault("TORI_DEMO_PASSWORD", "demo password for tests");

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
    protected record Member(PortalClient client, String email, long id) {
    }

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
        long id = Json.parse(client.get("api/accounts/me").body()).getJsonNumber("id").longValue();
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
}
