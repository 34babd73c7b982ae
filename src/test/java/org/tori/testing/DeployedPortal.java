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

    protected PortalClient client() {
        return new PortalClient(deployment);
    }

    protected String url(String path) {
        var base = deployment.toString().endsWith("/") ? deployment.toString() : deployment + "/";
        return base + (path.startsWith("/") ? path.substring(1) : path);
    }
}
