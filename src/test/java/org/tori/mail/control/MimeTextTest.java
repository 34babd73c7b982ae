package org.tori.mail.control;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** What a mail reader makes of the bytes MimeText writes: the same subject, text and HTML as rendered. */
class MimeTextTest {

    private static final ZonedDateTime WHEN = ZonedDateTime.of(2026, 12, 5, 21, 30, 0, 0, ZoneOffset.ofHours(2));

    private static MimeMessage read(byte[] bytes) throws Exception {
        return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(bytes));
    }

    private static byte[] write(String subject, String text, String html, String unsubscribe) {
        return MimeText.write(
                new MimeText.Headers(
                        "Tori <tori@tori.test>", "anna@example.org", "<abc123@tori.test>", subject, unsubscribe),
                text,
                html,
                WHEN);
    }

    private static String part(MimeMessage message, String type) throws Exception {
        var multipart = (MimeMultipart) message.getContent();
        for (int i = 0; i < multipart.getCount(); i++) {
            if (multipart.getBodyPart(i).isMimeType(type)) {
                return (String) multipart.getBodyPart(i).getContent();
            }
        }
        throw new AssertionError("no " + type + " part");
    }

    @Test
    void aReaderGetsTheSameSubjectTextAndHtmlInFinnishSwedishAndEnglish() throws Exception {
        var subject = "Uusi kokeilu avattiin: älykäs pysäköinti ja öinen valaistus – Ny försök på Näsinkallio";
        var text =
                "Hei Anna,\n\nUusi tila \"Älykäs pysäköinti\" on avattu.\r\nLue lisää: https://tori.test/spaces/12?utm=a=b\n"
                        + "Rivi jonka lopussa on välilyönti \nja sarkain\t\n. piste rivin alussa\n"
                        + "x".repeat(200) + "\nÄ".repeat(3) + " 🚲 emoji\n";
        var html = "<p>Hei <b>Anna</b>,</p><p>" + "Pitkä rivi ilman rivinvaihtoja, ".repeat(20) + "</p>";
        var message = read(write(subject, text, html, "https://tori.test/notifications/unsubscribe?t=xyz"));

        assertAll(
                () -> assertEquals(subject, message.getSubject()),
                () -> assertEquals(text.replace("\r\n", "\n").replace("\n", "\r\n"), part(message, "text/plain")),
                () -> assertEquals(html, part(message, "text/html")),
                () -> assertArrayEquals(
                        new InternetAddress[] {new InternetAddress("anna@example.org")},
                        message.getRecipients(Message.RecipientType.TO)),
                () -> assertEquals("Tori <tori@tori.test>", message.getFrom()[0].toString()),
                () -> assertEquals("<abc123@tori.test>", message.getMessageID()),
                () -> assertEquals(
                        "<https://tori.test/notifications/unsubscribe?t=xyz>",
                        message.getHeader("List-Unsubscribe", null)),
                () -> assertEquals("List-Unsubscribe=One-Click", message.getHeader("List-Unsubscribe-Post", null)),
                () -> assertEquals(WHEN.toInstant(), message.getSentDate().toInstant()));
    }

    @Test
    void everyLineIsShortSevenBitAndEndsInCrLf() {
        var bytes = write(
                "Plain ASCII subject that is long enough to be folded at a space somewhere before the end of it all",
                "Å".repeat(100) + " \n" + "=".repeat(90),
                "<p>" + "ö ".repeat(80) + "</p>",
                null);
        var raw = new String(bytes, StandardCharsets.ISO_8859_1);
        for (var line : raw.split("\r\n", -1)) {
            assertTrue(line.length() <= 78, () -> "a line of " + line.length() + ": " + line);
            assertTrue(line.indexOf('\n') < 0 && line.indexOf('\r') < 0, "a bare line break");
            assertTrue(line.chars().allMatch(c -> c < 0x80), () -> "8-bit bytes in: " + line);
            assertTrue(
                    !line.endsWith(" ") && !line.endsWith("\t") || line.startsWith(" "),
                    () -> "trailing space: " + line);
        }
        assertTrue(!raw.contains("List-Unsubscribe"), "no unsubscribe header without a link");
    }

    @Test
    void aLongAsciiSubjectIsFoldedAndReadBackWhole() throws Exception {
        var subject =
                "Plain ASCII subject that is long enough to be folded at a space somewhere before the end of it all";
        assertEquals(subject, read(write(subject, "t", "<p>h</p>", null)).getSubject());
        assertTrue(MimeText.subject(subject).contains("\r\n "));
    }

    @Test
    void aSubjectWithControlCharactersIsEncodedNotInjected() throws Exception {
        var raw = new String(write("Hi\u0007 there", "t", "h", null), StandardCharsets.ISO_8859_1);
        assertTrue(raw.contains("Subject: =?UTF-8?B?"), raw);
    }
}
