package org.tori.mail.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
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

    /** @throws TemplateException when the mail cannot be rendered; the caller's transaction is not doomed by it */
    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = TemplateException.class)
    public void enqueue(MailRequest request) {
        var existing = em.createNamedQuery(OutgoingMail.BY_KEY, OutgoingMail.class)
                .setParameter("key", request.idempotencyKey())
                .getResultList();
        if (!existing.isEmpty()) {
            return;
        }
        em.persist(new OutgoingMail(request, renderer.render(request), OffsetDateTime.now(clock)));
        queued.fire(new Queued());
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
        queued.fire(new Queued());
    }

    @Transactional
    public long pending() {
        return em.createNamedQuery(OutgoingMail.COUNT_PENDING, Long.class)
                .setParameter("status", OutgoingMail.Status.PENDING)
                .getSingleResult();
    }
}
