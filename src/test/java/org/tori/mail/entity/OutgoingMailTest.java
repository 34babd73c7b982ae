package org.tori.mail.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tori.platform.DomainException;
import org.tori.platform.outbox.Backoff;

class OutgoingMailTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-28T10:00:00Z");

    @Test
    void lineBreaksInASubjectCannotStartAHeader() {
        var request = new MailRequest(
                "space-opened",
                "a@b.fi",
                Locale.ENGLISH,
                Map.of(),
                "k",
                "https://tori.example/u?token=x\r\nBcc: victim@example.com");
        var mail = new OutgoingMail(
                request, new RenderedMail("New space: Hack\r\nBcc: victim@example.com\u2028x", "t", "h"), NOW);
        assertEquals("New space: Hack Bcc: victim@example.com x", mail.getSubject());
        assertFalse(mail.getUnsubscribeUrl().contains("\n"));
    }

    @Test
    void onlyAFailedMailCanBeResentAndItStartsAfresh() {
        var mail = new OutgoingMail(
                new MailRequest("t", "a@b.fi", Locale.ENGLISH, Map.of(), "k"), new RenderedMail("s", "t", "h"), NOW);
        assertThrows(DomainException.class, () -> mail.resend(NOW));
        mail.givenUp("550 no such user", NOW);
        assertEquals(OutgoingMail.Status.FAILED, mail.getStatus());
        mail.resend(NOW);
        assertEquals(OutgoingMail.Status.PENDING, mail.getStatus());
        assertEquals(0, mail.getAttempts());
    }

    @Test
    void aClaimedMailWaitsForTheLeaseAndAHandedOverOneIsNotClaimedAgain() throws Exception {
        var mail = mail();
        mail.claimUntil(NOW.plusMinutes(1));
        assertEquals(NOW.plusMinutes(1), mail.getNextAttemptAt(), "nobody else takes it while the lease lasts");
        handedOver(mail);
        mail.claimUntil(NOW.plusMinutes(5));
        assertEquals(
                NOW.plusMinutes(1), mail.getNextAttemptAt(), "a handed-over mail keeps the lease it went out under");
    }

    @Test
    void aRefusalAtTheEndOfDataPutsTheMailBackOrGivesItUp() throws Exception {
        var later = mail();
        later.claimUntil(NOW.plusMinutes(1));
        handedOver(later);
        later.refusedAfterHandOver("451 try again later", NOW, Backoff.ofMillis(5000, 60000), false);
        assertEquals(OutgoingMail.Status.PENDING, later.getStatus());
        assertEquals(NOW.plusSeconds(5), later.getNextAttemptAt(), "retried after the first back-off");
        assertNull(later.getSentAt());
        assertEquals(1, later.getAttempts());

        var never = mail();
        never.claimUntil(NOW.plusMinutes(1));
        handedOver(never);
        never.refusedAfterHandOver("554 content rejected", NOW, Backoff.ofMillis(5000, 60000), true);
        assertEquals(OutgoingMail.Status.FAILED, never.getStatus());
    }

    @Test
    void aMailInDoubtAfterItsHandOverCountsAsSentAndSaysWhy() throws Exception {
        var mail = mail();
        mail.presumedDelivered("ignored: it was never handed over");
        assertEquals(
                OutgoingMail.Status.PENDING, mail.getStatus(), "a mail the server never had is not counted as sent");
        mail.claimUntil(NOW.plusMinutes(1));
        handedOver(mail);
        mail.presumedDelivered("in doubt: connection reset");
        assertEquals(OutgoingMail.Status.SENT, mail.getStatus());
        assertEquals("in doubt: connection reset", mail.getLastError());
        mail.refusedAfterHandOver("late 451", NOW, Backoff.ofMillis(5000, 60000), false);
        assertEquals(OutgoingMail.Status.SENT, mail.getStatus(), "a mail counted as sent is never put back");
    }

    /** The hand-over itself is one conditional UPDATE (OutgoingMail.HAND_OVER), proven in OutboxIT and ClusterIT. */
    private static void handedOver(OutgoingMail mail) throws ReflectiveOperationException {
        var status = OutgoingMail.class.getDeclaredField("status");
        status.setAccessible(true);
        status.set(mail, OutgoingMail.Status.HANDED);
    }

    private static OutgoingMail mail() {
        return new OutgoingMail(
                new MailRequest("t", "a@b.fi", Locale.ENGLISH, Map.of(), "k"), new RenderedMail("s", "t", "h"), NOW);
    }
}
