package org.tori.notifications.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class UnsubscribeTokenTest {

    private static final byte[] SECRET = "a secret of the portal".getBytes(StandardCharsets.UTF_8);

    @Test
    void aSignedTokenNamesItsMemberAndScope() {
        var token = new UnsubscribeToken(42, "NEW_SPACES").sign(SECRET);
        assertEquals(
                new UnsubscribeToken(42, "NEW_SPACES"),
                UnsubscribeToken.verify(token, SECRET).orElseThrow());
    }

    @Test
    void aTamperedTokenIsRefused() {
        var token = new UnsubscribeToken(42, "NEW_SPACES").sign(SECRET);
        var otherMember = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString("43.NEW_SPACES".getBytes(StandardCharsets.UTF_8));
        assertTrue(UnsubscribeToken.verify(otherMember + token.substring(token.indexOf('.')), SECRET)
                .isEmpty());
        assertTrue(UnsubscribeToken.verify(token.substring(0, token.length() - 2) + "AA", SECRET)
                .isEmpty());
        assertTrue(UnsubscribeToken.verify(token, "another secret".getBytes(StandardCharsets.UTF_8))
                .isEmpty());
        assertTrue(UnsubscribeToken.verify("garbage", SECRET).isEmpty());
        assertTrue(UnsubscribeToken.verify("%%%.***", SECRET).isEmpty());
        assertTrue(UnsubscribeToken.verify(null, SECRET).isEmpty());
    }

    @Test
    void aDigestTokenCoversTheCategoriesDeliveredInThatDigest() {
        var token = new UnsubscribeToken(1, UnsubscribeToken.digestScope(Cadence.WEEKLY));
        assertTrue(token.covers(Category.COMMUNITY, Cadence.WEEKLY));
        assertFalse(token.covers(Category.COMMUNITY, Cadence.DAILY));
        assertTrue(new UnsubscribeToken(1, "DEADLINES").covers(Category.DEADLINES, Cadence.IMMEDIATELY));
        assertFalse(new UnsubscribeToken(1, "DEADLINES").covers(Category.JUDGING, Cadence.IMMEDIATELY));
    }
}
