package org.tori.spaces.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AttachmentTypeTest {

    @Test
    void theTypeIsReadFromTheContentAndTheNameMustAgree() {
        byte[] pdf = "%PDF-1.7 deck".getBytes(StandardCharsets.US_ASCII);
        assertEquals(Optional.of(AttachmentType.PDF), AttachmentType.detect("Deck.PDF", pdf));
        assertTrue(AttachmentType.detect("deck.png", pdf).isEmpty(), "a PDF named .png is refused");
        assertTrue(AttachmentType.detect("setup.pdf", "MZ program".getBytes(StandardCharsets.US_ASCII))
                .isEmpty());
        assertTrue(AttachmentType.detect("noextension", pdf).isEmpty());
        assertEquals(
                Optional.of(AttachmentType.PPTX), AttachmentType.detect("pitch.pptx", new byte[] {'P', 'K', 3, 4, 0}));
    }

    @Test
    void aFileNameLosesItsPathControlCharactersAndQuotes() {
        assertEquals("deck.pdf", Attachment.safeName("C:\\Users\\me\\deck.pdf"));
        assertEquals("a_b_.pdf", Attachment.safeName("../a\"b\r.pdf"));
    }
}
