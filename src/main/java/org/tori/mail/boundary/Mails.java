package org.tori.mail.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tori.mail.control.TemplateRenderer;
import org.tori.mail.entity.MailRequest;
import org.tori.mail.entity.OutgoingMail;
import org.tori.mail.entity.RenderedMail;
import org.tori.mail.entity.TemplateException;
import org.tori.platform.DomainException;

/**
 * Queues mails in the caller's transaction: if the caller's work rolls back, no mail goes out;
 * if it commits, the mail will go out even when the SMTP server is down right now.
 */
@ApplicationScoped
public class Mails {

    private static final int KEYS_PER_QUERY = 500;

    /** Fired after a mail was queued, so the worker can send it at once instead of at its next round. */
    public record Queued() {}

    /** A mail that did not go out, as the staff page lists it. */
    public record FailedMail(
            long id,
            String recipient,
            String template,
            String subject,
            int attempts,
            String error,
            OffsetDateTime createdAt) {}

    @PersistenceContext(unitName = "tori")
    EntityManager em;

    @Inject
    TemplateRenderer renderer;

    @Inject
    Clock clock;

    @Inject
    Event<Queued> queued;

    @Resource
    TransactionSynchronizationRegistry transaction;

    /** @throws TemplateException when the mail cannot be rendered; the caller's transaction is not doomed by it */
    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = TemplateException.class)
    public void enqueue(MailRequest request) {
        var broken = enqueueAll(List.of(request)).get(request);
        if (broken != null) {
            throw broken;
        }
    }

    /**
     * Queues many mails at once, as a fan-out does: which of them were queued before is asked in one
     * query. A mail whose template fails is left out and reported; the others are queued.
     * @return the requests that could not be rendered, each with its error
     */
    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = TemplateException.class)
    public Map<MailRequest, TemplateException> enqueueAll(List<MailRequest> requests) {
        var broken = new LinkedHashMap<MailRequest, TemplateException>();
        var queuedBefore = new HashSet<String>();
        var keys = requests.stream().map(MailRequest::idempotencyKey).distinct().toList();
        for (int from = 0; from < keys.size(); from += KEYS_PER_QUERY) {
            queuedBefore.addAll(em.createNamedQuery(OutgoingMail.KEYS_AMONG, String.class)
                    .setParameter("keys", keys.subList(from, Math.min(keys.size(), from + KEYS_PER_QUERY)))
                    .getResultList());
        }
        for (var request : requests) {
            if (queuedBefore.add(request.idempotencyKey())) {
                try {
                    persist(request, renderer.render(request));
                } catch (TemplateException e) {
                    broken.put(request, e);
                }
            }
        }
        return broken;
    }

    private void persist(MailRequest request, RenderedMail rendered) {
        em.persist(new OutgoingMail(request, rendered, OffsetDateTime.now(clock)));
        announce();
    }

    /** One wake-up for the worker per transaction, however many mails it queued. */
    private void announce() {
        if (transaction.getResource(Queued.class) == null) {
            transaction.putResource(Queued.class, Boolean.TRUE);
            queued.fire(new Queued());
        }
    }

    /** An erased member's address leaves the outbox: mails not yet sent are dropped, sent ones forgotten. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forget(String formerEmail) {
        em.createNativeQuery("DELETE FROM mail_outbox WHERE recipient = ?")
                .setParameter(1, formerEmail)
                .executeUpdate();
    }

    /** The mail as it would be sent, without queuing it: digests quote the subject of each piece of news. */
    public RenderedMail preview(MailRequest request) {
        return renderer.render(request);
    }

    /** Mails given up after their last try (or refused for good), newest first, for staff. */
    @Transactional
    public List<FailedMail> failed(int limit) {
        return em.createNamedQuery(OutgoingMail.FAILED, OutgoingMail.class)
                .setMaxResults(limit)
                .getResultStream()
                .map(m -> new FailedMail(
                        m.getId(),
                        m.getRecipient(),
                        m.getTemplate(),
                        m.getSubject(),
                        m.getAttempts(),
                        m.getLastError(),
                        m.getCreatedAt()))
                .toList();
    }

    /** Puts a failed mail back in the queue; the worker sends it at its next round. */
    @Transactional
    public void resend(long id) {
        var mail = em.find(OutgoingMail.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (mail == null) {
            throw new DomainException(DomainException.Kind.NOT_FOUND, "mail.notFound");
        }
        mail.resend(OffsetDateTime.now(clock));
        announce();
    }

    @Transactional
    public long pending() {
        return em.createNamedQuery(OutgoingMail.COUNT_PENDING, Long.class)
                .setParameter("status", OutgoingMail.Status.PENDING)
                .getSingleResult();
    }
}
