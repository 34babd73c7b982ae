package org.tori.mail.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.tori.mail.entity.OutgoingMail;
import org.tori.platform.persistence.Migrations;

/**
 * The outbox's short transactions. A batch is claimed and committed before any mail goes out; each
 * mail is marked handed over in a commit of its own just before the SMTP server is told it is
 * complete, and the server's answers are confirmed per batch. An instance killed mid-batch leaves
 * its mails pending (sent again when the lease ends) or handed over (counted as sent, never sent
 * again), so no mail goes out twice.
 */
@ApplicationScoped
public class MailClaims {

    @PersistenceContext(unitName = "tori")
    EntityManager em;

    @Resource(lookup = Migrations.DATASOURCE)
    DataSource dataSource;

    /**
     * Due mails no other instance holds, leased to this one; detached copies for the sender. Mails
     * an instance handed over but never confirmed (it stopped; its lease is over) count as sent first.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public List<OutgoingMail> claim(OffsetDateTime now, Duration lease) {
        em.createNamedQuery(OutgoingMail.PRESUME_DELIVERED)
                .setParameter("now", now)
                .executeUpdate();
        @SuppressWarnings("unchecked")
        var ids = (List<Number>)
                em.createNamedQuery(OutgoingMail.CLAIM_DUE).setParameter(1, now).getResultList();
        var mails = ids.stream()
                .map(id -> em.find(OutgoingMail.class, id.longValue()))
                .toList();
        // whole milliseconds: the lease end is compared for equality at the hand-over
        var leaseEnd = now.plus(lease).truncatedTo(ChronoUnit.MILLIS);
        mails.forEach(mail -> mail.claimUntil(leaseEnd));
        return mails;
    }

    /**
     * Marks the mail handed over and sends its end of data inside that transaction, then commits at
     * once. Plain JDBC on the portal's pool: the fewer steps between the "." and the commit, the
     * smaller the moment in which a killed instance leaves a delivered mail unrecorded.
     * @return false when the lease has passed to another instance: this one must not send it
     */
    @Transactional(TxType.NOT_SUPPORTED)
    public boolean handOver(OutgoingMail mail, OffsetDateTime now, HandOverTransport.EndOfData endOfData)
            throws MessagingException {
        try (var connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            if (postgres(connection)) {
                try (var notOnDisk = connection.createStatement()) {
                    notOnDisk.execute(WITHOUT_WAITING_FOR_THE_DISK);
                }
            }
            try (var update = connection.prepareStatement(OutgoingMail.HAND_OVER)) {
                update.setObject(1, now);
                update.setLong(2, mail.getId());
                update.setObject(3, mail.getNextAttemptAt());
                if (update.executeUpdate() != 1) {
                    connection.rollback();
                    return false;
                }
                endOfData.send();
                connection.commit();
                return true;
            } catch (MessagingException | SQLException | RuntimeException e) {
                rollBack(connection);
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the hand-over of mail " + mail.getId() + " was not recorded", e);
        }
    }

    /**
     * The hand-over commits without waiting for PostgreSQL to flush it to disk (one fsync a mail was
     * most of a mail's time). It is visible and kept as soon as it returns, whatever happens to this
     * instance; only a crash of the database server itself within a fraction of a second could lose
     * it, and a lost hand-over leaves the mail pending: sent again with the same Message-ID, never
     * lost.
     */
    static final String WITHOUT_WAITING_FOR_THE_DISK = "SET LOCAL synchronous_commit TO OFF";

    private volatile Boolean postgres;

    private boolean postgres(Connection connection) throws SQLException {
        if (postgres == null) {
            postgres = connection
                    .getMetaData()
                    .getDatabaseProductName()
                    .toLowerCase(Locale.ROOT)
                    .contains("postgres");
        }
        return postgres;
    }

    private static void rollBack(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException alreadyBroken) {
            // a broken connection rolls back by itself
        }
    }

    /**
     * The server took these mails (it answered 250 to each one's end of data).
     * @return how many were confirmed
     */
    @Transactional(TxType.REQUIRES_NEW)
    public int confirm(List<Long> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        return em.createNamedQuery(OutgoingMail.CONFIRM)
                .setParameter("ids", ids)
                .executeUpdate();
    }

    /**
     * Records what happened to one mail, in a transaction of its own.
     * @return the mail's status after it, null when there is no such mail
     */
    @Transactional(TxType.REQUIRES_NEW)
    public OutgoingMail.Status record(long id, Consumer<OutgoingMail> outcome) {
        var mail = em.find(OutgoingMail.class, id);
        if (mail == null) {
            return null;
        }
        outcome.accept(mail);
        return mail.getStatus();
    }
}
