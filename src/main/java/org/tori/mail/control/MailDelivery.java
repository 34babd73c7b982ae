package org.tori.mail.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tori.mail.entity.OutgoingMail;
import org.tori.platform.outbox.Backoff;

/**
 * Sends one batch of due mails in one transaction over one SMTP connection: claim (rows other
 * instances hold are skipped), send, mark sent or schedule the retry, commit. A mail whose address
 * is refused for good is given up at once, so it never holds up the mails behind it.
 */
@ApplicationScoped
public class MailDelivery {

    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());

    @PersistenceContext(unitName = "tori")
    EntityManager em;
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

    /** @return how many mails were claimed; fewer than a full batch means the outbox is drained */
    @Transactional
    public int deliverBatch() {
        var now = OffsetDateTime.now(clock);
        @SuppressWarnings("unchecked")
        var ids = (List<Number>) em.createNamedQuery(OutgoingMail.CLAIM_DUE)
                .setParameter(1, now)
                .getResultList();
        if (ids.isEmpty()) {
            return 0;
        }
        var backoff = Backoff.ofMillis(firstRetry, maxRetry);
        Transport connection = null;
        try {
            connection = transport.connect();
        } catch (MessagingException e) {
            LOG.warning(() -> "SMTP server unreachable; " + ids.size() + " mails wait for the next round: " + e);
        }
        try {
            for (var id : ids) {
                var mail = em.find(OutgoingMail.class, id.longValue());
                if (connection == null) {
                    // one refused connection is enough to know; the rest wait for the next round
                    mail.failed("not sent: SMTP server unreachable", now, backoff);
                    continue;
                }
                connection = deliver(connection, mail, now, backoff);
            }
        } finally {
            close(connection);
        }
        return ids.size();
    }

    private Transport deliver(Transport connection, OutgoingMail mail, OffsetDateTime now, Backoff backoff) {
        rateLimit.acquire();
        try {
            transport.send(connection, mail);
            mail.sent(now);
        } catch (AddressException e) {
            LOG.warning(() -> "Mail " + mail.getId() + " has an unusable address; given up: " + e.getMessage());
            mail.givenUp(String.valueOf(e), now);
        } catch (SendFailedException e) {
            if (e.getInvalidAddresses() != null && e.getInvalidAddresses().length > 0) {
                // the server refused this recipient for good (5xx): another try would get the same answer
                LOG.warning(() -> "Mail " + mail.getId() + " refused by the server; given up: " + e.getMessage());
                mail.givenUp(String.valueOf(e), now);
            } else {
                mail.failed(String.valueOf(e), now, backoff);
            }
        } catch (IllegalStateException connectionLost) {
            mail.failed("not sent: SMTP connection lost", now, backoff);
            close(connection);
            return null;
        } catch (MessagingException e) {
            LOG.warning(() -> "Mail " + mail.getId() + " not sent (attempt " + (mail.getAttempts() + 1) + "): " + e);
            mail.failed(String.valueOf(e), now, backoff);
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
