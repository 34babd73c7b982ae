package org.tori.mail.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Consumer;
import org.tori.mail.entity.OutgoingMail;

/**
 * The outbox's short transactions. A batch is claimed and committed before any mail goes out, and
 * each mail's outcome is committed as soon as the SMTP server has answered for it: an instance
 * killed mid-batch leaves at most the one mail it was handing over unrecorded, and the rest of
 * its batch waits only for the lease, never for a resend of mails already delivered.
 */
@ApplicationScoped
public class MailClaims {

    @PersistenceContext(unitName = "tori")
    EntityManager em;

    /** Due mails no other instance holds, leased to this one; detached copies for the sender. */
    @Transactional(TxType.REQUIRES_NEW)
    public List<OutgoingMail> claim(OffsetDateTime now, Duration lease) {
        @SuppressWarnings("unchecked")
        var ids = (List<Number>) em.createNamedQuery(OutgoingMail.CLAIM_DUE).setParameter(1, now).getResultList();
        var mails = ids.stream().map(id -> em.find(OutgoingMail.class, id.longValue())).toList();
        mails.forEach(mail -> mail.claimUntil(now.plus(lease)));
        return mails;
    }

    /** Records what happened to one mail, in a transaction of its own. */
    @Transactional(TxType.REQUIRES_NEW)
    public void record(long id, Consumer<OutgoingMail> outcome) {
        var mail = em.find(OutgoingMail.class, id);
        if (mail != null) {
            outcome.accept(mail);
        }
    }
}
