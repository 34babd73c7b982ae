package org.tori.mail.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.tori.mail.control.MailTransport;

/** Is the SMTP server there? Mails are queued either way; this tells operators they are waiting. */
@Readiness
@ApplicationScoped
public class MailHealth implements HealthCheck {

    @Inject
    MailTransport transport;

    @Override
    public HealthCheckResponse call() {
        var builder = HealthCheckResponse.named("mail").withData("smtp", transport.host() + ":" + transport.port());
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress(transport.host(), transport.port()), 1000);
            return builder.up().build();
        } catch (IOException e) {
            return builder.down()
                    .withData("error", String.valueOf(e.getMessage()))
                    .build();
        }
    }
}
