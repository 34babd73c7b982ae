package org.tori.mail.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.tori.mail.control.TemplateRenderer;
import org.tori.mail.entity.MailRequest;
import org.tori.mail.entity.OutgoingMail;

/**
 * Queues mails in the caller's transaction: if the caller's work rolls back, no mail goes out;
 * if it commits, the mail will go out even when the SMTP server is down right now.
 */
@ApplicationScoped
public class Mails {

    /** Fired after a mail was queued, so the worker can send it at once instead of at its next round. */
    public record Queued() {
    }

    @PersistenceContext(unitName = "tori")
    EntityManager em;
    @Inject
    TemplateRenderer renderer;
    @Inject
    Clock clock;
    @Inject
    Event<Queued> queued;

    @Transactional(Transactional.TxType.MANDATORY)
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

    @Transactional
    public long pending() {
        return em.createNamedQuery(OutgoingMail.COUNT_PENDING, Long.class)
                .setParameter("status", OutgoingMail.Status.PENDING)
                .getSingleResult();
    }
}
