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
 * mail is marked handed over in a commit of its own, sent while the SMTP server is told it is
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
     * One sender's database connection for the hand-overs of a batch, held from its first mail to
     * its last: each hand-over then costs one UPDATE and one COMMIT on the wire, instead of also a
     * validation of a pooled connection and a setting per mail. Close it when the batch is done.
     */
    public HandOvers handOvers() {
        return new HandOvers(dataSource);
    }

    /**
     * The hand-overs of one batch on one connection. Not for two threads at once. A connection that
     * breaks is dropped and another taken for the next mail.
     */
    public static final class HandOvers implements AutoCloseable {

        private final DataSource dataSource;
        private Connection connection;
        private boolean postgres;

        HandOvers(DataSource dataSource) {
            this.dataSource = dataSource;
        }

        /**
         * Marks the mail handed over and sends its end of data inside that transaction, then
         * commits at once. Plain JDBC: the fewer steps between the "." and the commit, the smaller
         * the moment in which a killed instance leaves a delivered mail unrecorded.
         * @return false when the lease has passed to another instance: this one must not send it
         */
        public boolean handOver(OutgoingMail mail, OffsetDateTime now, HandOverTransport.EndOfData endOfData)
                throws MessagingException {
            try {
                var held = connection();
                try (var update = held.prepareStatement(OutgoingMail.HAND_OVER)) {
                    update.setObject(1, now);
                    update.setLong(2, mail.getId());
                    update.setObject(3, mail.getNextAttemptAt());
                    if (update.executeUpdate() != 1) {
                        held.rollback();
                        return false;
                    }
                    endOfData.send();
                    held.commit();
                    return true;
                } catch (MessagingException | SQLException | RuntimeException e) {
                    rollBack(held);
                    throw e;
                }
            } catch (SQLException e) {
                drop();
                throw new IllegalStateException("the hand-over of mail " + mail.getId() + " was not recorded", e);
            }
        }

        private Connection connection() throws SQLException {
            if (connection == null) {
                var taken = dataSource.getConnection();
                try {
                    postgres = taken.getMetaData()
                            .getDatabaseProductName()
                            .toLowerCase(Locale.ROOT)
                            .contains("postgres");
                    if (postgres) {
                        try (var notOnDisk = taken.createStatement()) {
                            notOnDisk.execute(WITHOUT_WAITING_FOR_THE_DISK);
                        }
                    }
                    taken.setAutoCommit(false);
                } catch (SQLException e) {
                    taken.close();
                    throw e;
                }
                connection = taken;
            }
            return connection;
        }

        /** A broken connection goes back to the pool, which finds it broken; the next mail takes another. */
        private void drop() {
            var broken = connection;
            connection = null;
            if (broken != null) {
                try {
                    broken.close();
                } catch (SQLException alreadyGone) {
                    // nothing to give back
                }
            }
        }

        /** Gives the connection back to the pool as it was taken: committing to disk, in auto-commit. */
        @Override
        public void close() {
            if (connection == null) {
                return;
            }
            try {
                connection.setAutoCommit(true);
                if (postgres) {
                    try (var reset = connection.createStatement()) {
                        reset.execute(WAITING_FOR_THE_DISK_AGAIN);
                    }
                }
            } catch (SQLException broken) {
                // a broken connection is found by the pool's validation and never handed out again
            } finally {
                drop();
            }
        }
    }

    /**
     * The hand-overs commit without waiting for PostgreSQL to flush them to disk (one fsync a mail
     * was most of a mail's time). A hand-over is visible and kept as soon as its commit returns,
     * whatever happens to this instance; only a crash of the database server itself within a
     * fraction of a second could lose it, and a lost hand-over leaves the mail pending: sent again
     * with the same Message-ID, never lost. Set for the sender's held connection only, and reset
     * before the connection goes back to the pool.
     */
    static final String WITHOUT_WAITING_FOR_THE_DISK = "SET synchronous_commit TO OFF";

    static final String WAITING_FOR_THE_DISK_AGAIN = "RESET synchronous_commit";

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
