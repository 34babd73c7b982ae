package org.tori.mail.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tori.platform.DomainException;

class OutgoingMailTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-28T10:00:00Z");

    @Test
    void lineBreaksInASubjectCannotStartAHeader() {
        var request = new MailRequest("space-opened", "a@b.fi", Locale.ENGLISH, Map.of(), "k",
                "https://tori.example/u?token=x\r\nBcc: victim@example.com");
        var mail = new OutgoingMail(request, new RenderedMail("New space: Hack\r\nBcc: victim@example.com\u2028x", "t", "h"), NOW);
        assertEquals("New space: Hack Bcc: victim@example.com x", mail.getSubject());
        assertFalse(mail.getUnsubscribeUrl().contains("\n"));
    }

    @Test
    void onlyAFailedMailCanBeResentAndItStartsAfresh() {
        var mail = new OutgoingMail(new MailRequest("t", "a@b.fi", Locale.ENGLISH, Map.of(), "k"), new RenderedMail("s", "t", "h"), NOW);
        assertThrows(DomainException.class, () -> mail.resend(NOW));
        mail.givenUp("550 no such user", NOW);
        assertEquals(OutgoingMail.Status.FAILED, mail.getStatus());
        mail.resend(NOW);
        assertEquals(OutgoingMail.Status.PENDING, mail.getStatus());
        assertEquals(0, mail.getAttempts());
    }

    @Test
    void aClaimedMailWaitsForTheLeaseAndASentOneStaysSent() {
        var mail = new OutgoingMail(new MailRequest("t", "a@b.fi", Locale.ENGLISH, Map.of(), "k"), new RenderedMail("s", "t", "h"), NOW);
        mail.claimUntil(NOW.plusMinutes(1));
        assertEquals(NOW.plusMinutes(1), mail.getNextAttemptAt(), "nobody else takes it while the lease lasts");
        mail.sent(NOW.plusSeconds(1));
        mail.claimUntil(NOW.plusMinutes(5));
        assertEquals(OutgoingMail.Status.SENT, mail.getStatus());
        assertEquals(NOW.plusMinutes(1), mail.getNextAttemptAt());
    }
}
