package org.tori.mail.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tori.mail.entity.OutgoingMail;
import org.tori.platform.outbox.Backoff;

/**
 * Sends one batch of due mails over one SMTP connection: claim them for a lease (rows other
 * instances hold are skipped), then send each and commit its outcome at once (sent, or the retry
 * scheduled). A mail whose address is refused for good is given up at once, so it never holds up
 * the mails behind it. No transaction spans the SMTP conversation.
 */
@ApplicationScoped
public class MailDelivery {

    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());

    @Inject
    MailClaims claims;
    @Inject
    MailTransport transport;
    @Inject
    Clock clock;
    @Inject
    RateLimit rateLimit;
    @Inject
    @ConfigProperty(name = "tori.mail.retry.first-millis", defaultValue = "5000")
    long firstRetry;
    @Inject
    @ConfigProperty(name = "tori.mail.retry.max-millis", defaultValue = "1800000")
    long maxRetry;
    @Inject
    @ConfigProperty(name = "tori.mail.claim-lease-millis", defaultValue = "60000")
    long leaseMillis;

    /** @return how many mails were claimed; fewer than a full batch means the outbox is drained */
    public int deliverBatch() {
        var now = OffsetDateTime.now(clock);
        var mails = claims.claim(now, Duration.ofMillis(leaseMillis));
        if (mails.isEmpty()) {
            return 0;
        }
        var backoff = Backoff.ofMillis(firstRetry, maxRetry);
        Transport connection = null;
        try {
            connection = transport.connect();
        } catch (MessagingException e) {
            LOG.warning(() -> "SMTP server unreachable; " + mails.size() + " mails wait for the next round: " + e);
        }
        try {
            // stop well inside the lease: past it, another instance may take the mails left over
            var stopAt = now.plus(Duration.ofMillis(leaseMillis / 2));
            for (var mail : mails) {
                if (OffsetDateTime.now(clock).isAfter(stopAt)) {
                    break;
                }
                if (connection == null) {
                    // one refused connection is enough to know; the rest wait for the next round
                    claims.record(mail.getId(), m -> m.failed("not sent: SMTP server unreachable", now, backoff));
                    continue;
                }
                connection = deliver(connection, mail, now, backoff);
            }
        } finally {
            close(connection);
        }
        return mails.size();
    }

    private Transport deliver(Transport connection, OutgoingMail mail, OffsetDateTime now, Backoff backoff) {
        rateLimit.acquire();
        try {
            transport.send(connection, mail);
            claims.record(mail.getId(), m -> m.sent(now));
        } catch (AddressException e) {
            LOG.warning(() -> "Mail " + mail.getId() + " has an unusable address; given up: " + e.getMessage());
            claims.record(mail.getId(), m -> m.givenUp(String.valueOf(e), now));
        } catch (SendFailedException e) {
            if (e.getInvalidAddresses() != null && e.getInvalidAddresses().length > 0) {
                // the server refused this recipient for good (5xx): another try would get the same answer
                LOG.warning(() -> "Mail " + mail.getId() + " refused by the server; given up: " + e.getMessage());
                claims.record(mail.getId(), m -> m.givenUp(String.valueOf(e), now));
            } else {
                claims.record(mail.getId(), m -> m.failed(String.valueOf(e), now, backoff));
            }
        } catch (IllegalStateException connectionLost) {
            claims.record(mail.getId(), m -> m.failed("not sent: SMTP connection lost", now, backoff));
            close(connection);
            return null;
        } catch (MessagingException e) {
            LOG.warning(() -> "Mail " + mail.getId() + " not sent (attempt " + (mail.getAttempts() + 1) + "): " + e);
            claims.record(mail.getId(), m -> m.failed(String.valueOf(e), now, backoff));
            if (!connection.isConnected()) {
                close(connection);
                try {
                    return transport.connect();
                } catch (MessagingException unreachable) {
                    return null;
                }
            }
        }
        return connection;
    }

    private static void close(Transport connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (MessagingException alreadyGone) {
                // the mails are marked; a broken QUIT changes nothing
            }
        }
    }
}
