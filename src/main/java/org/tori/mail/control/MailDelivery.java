package org.tori.mail.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tori.mail.entity.OutgoingMail;
import org.tori.platform.outbox.Backoff;

/**
 * Sends one batch of due mails in one transaction: claim (rows other instances hold are skipped),
 * send, mark sent or schedule the retry, commit.
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
        var ids = (java.util.List<Number>) em.createNamedQuery(OutgoingMail.CLAIM_DUE)
                .setParameter(1, now)
                .getResultList();
        var backoff = Backoff.ofMillis(firstRetry, maxRetry);
        boolean serverDown = false;
        for (var id : ids) {
            var mail = em.find(OutgoingMail.class, id.longValue());
            if (serverDown) {
                // one refused connection is enough to know; keep the rest for the next round
                mail.failed("not tried: SMTP server unreachable", now, backoff);
                continue;
            }
            try {
                transport.send(mail);
                mail.sent(now);
            } catch (MessagingException e) {
                serverDown = e instanceof jakarta.mail.MessagingException && isConnectionFailure(e);
                LOG.warning(() -> "Mail " + mail.getId() + " not sent (attempt " + (mail.getAttempts() + 1) + "): " + e);
                mail.failed(String.valueOf(e), now, backoff);
            }
        }
        return ids.size();
    }

    private static boolean isConnectionFailure(Throwable e) {
        for (var t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.ConnectException || t instanceof java.net.SocketTimeoutException) {
                return true;
            }
        }
        return e instanceof jakarta.mail.MessagingException && String.valueOf(e.getMessage()).startsWith("Couldn't connect");
    }
}
