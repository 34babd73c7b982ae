package org.tori.citytocity.entity;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;

class CityNetworkTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-03-02T12:00:00+02:00");

    private static CityNetwork withAgreement(int versions) {
        var network = new CityNetwork(7);
        for (int i = 1; i <= versions; i++) {
            network.publish("Version " + i, "<p>Version " + i + "</p>", 1, NOW);
        }
        return network;
    }

    private static DomainException refused(org.junit.jupiter.api.function.Executable action) {
        return assertThrows(DomainException.class, action);
    }

    @Test
    void eachPublishedAgreementIsTheNextVersionAndKeepsItsText() {
        var network = new CityNetwork(7);
        var first = network.publish("  Share what you learn.  ", "<p>Share what you learn.</p>", 1, NOW);
        var second =
                network.publish("Share, and name the city.", "<p>Share, and name the city.</p>", 1, NOW.plusDays(1));
        assertEquals(1, first.getNumber());
        assertEquals("Share what you learn.", first.getBodySource());
        assertEquals(2, second.getNumber());
        assertEquals(2, network.getCurrentVersion());
    }

    @Test
    void anEmptyOrOverlongAgreementIsRefused() {
        var network = new CityNetwork(7);
        assertEquals(
                "c2c.agreement.required",
                refused(() -> network.publish(" ", "", 1, NOW)).key());
        assertEquals(
                "c2c.agreement.required",
                refused(() -> network.publish("<script>x</script>", "", 1, NOW)).key(),
                "nothing left after sanitising");
        var huge = "x".repeat(CityNetwork.MAX_AGREEMENT + 1);
        assertEquals(
                "c2c.agreement.tooLong",
                refused(() -> network.publish(huge, "<p>" + huge + "</p>", 1, NOW))
                        .key());
        assertEquals(0, network.getCurrentVersion());
    }

    @Test
    void aCityAcceptsTheVersionInForceForItsCity() {
        var network = withAgreement(2);
        var acceptance = network.accept(5, " Tampere ", 2, NOW);
        assertEquals(2, acceptance.getAgreementVersion());
        assertEquals("Tampere", acceptance.getCity());
        assertEquals(NOW, acceptance.getAcceptedAt());
        assertEquals(
                2, network.accept(5, "Tampere", null, NOW).getAgreementVersion(), "no version read: the one in force");
    }

    @Test
    void acceptanceNeedsAnAgreementACityAndTheCurrentVersion() {
        var none = refused(() -> new CityNetwork(7).accept(5, "Tampere", null, NOW));
        assertEquals(Kind.CONFLICT, none.kind());
        assertEquals("c2c.agreement.none", none.key());
        var network = withAgreement(2);
        var noCity = refused(() -> network.accept(5, " ", null, NOW));
        assertEquals(Kind.FORBIDDEN, noCity.kind());
        var stale = refused(() -> network.accept(5, "Tampere", 1, NOW));
        assertEquals(Kind.CONFLICT, stale.kind());
        assertEquals("c2c.accept.stale", stale.key());
    }

    @Test
    void aCityPostsOnlyWhileItHasAcceptedTheVersionInForce() {
        var network = withAgreement(1);
        assertEquals(
                "c2c.post.acceptFirst",
                refused(() -> network.requireAccepted(0)).key());
        assertDoesNotThrow(() -> network.requireAccepted(1));
        assertFalse(network.needsAcceptance(1));

        network.publish("A new version", "<p>A new version</p>", 1, NOW);
        var again = refused(() -> network.requireAccepted(1));
        assertEquals(Kind.FORBIDDEN, again.kind());
        assertEquals("c2c.post.reaccept", again.key());
        assertTrue(network.needsAcceptance(1));
        assertDoesNotThrow(() -> network.requireAccepted(2));
    }

    @Test
    void membersOnlyTopicsAreForMemberCitiesAndStaffPublicOnesForAll() {
        var network = new CityNetwork(7);
        assertEquals(NetworkVisibility.MEMBERS_ONLY, network.getVisibility(), "closed until chosen");
        assertFalse(network.contentReadableBy(false, false));
        assertTrue(network.contentReadableBy(true, false));
        assertTrue(network.contentReadableBy(false, true));
        network.show(NetworkVisibility.PUBLIC);
        assertTrue(network.contentReadableBy(false, false));
    }

    @Test
    void aTopicNeedsATitleAndText() {
        assertEquals(
                "c2c.topic.title.required",
                refused(() -> new Topic(7, 5, "Espoo", " ", "Body", "<p>Body</p>", NOW))
                        .key());
        assertEquals(
                "c2c.topic.title.tooLong",
                refused(() -> new Topic(7, 5, "Espoo", "t".repeat(201), "Body", "<p>Body</p>", NOW))
                        .key());
        assertEquals(
                "c2c.topic.body.required",
                refused(() -> new Topic(7, 5, "Espoo", "Sensors", "", "", NOW)).key());
        var topic = new Topic(7, 5, "Espoo", "  Sensors   in schools ", "Body", "<p>Body</p>", NOW);
        assertEquals("Sensors in schools", topic.getTitle());
    }

    @Test
    void aLearningLinksEachLessonOnceAndAtMostTen() {
        var topic = new Topic(7, 5, "Espoo", "Sensors", "Body", "<p>Body</p>", NOW);
        var learning =
                topic.learn(6, "Tampere", "We learned", "<p>We learned</p>", Arrays.asList(3L, 4L, 3L, null), NOW);
        assertEquals(List.of(3L, 4L), learning.getLessonIds());
        assertTrue(learning.links(4));
        assertFalse(learning.links(5));
        var eleven = LongStream.rangeClosed(1, 11).boxed().toList();
        assertEquals(
                "c2c.learning.tooManyLessons",
                refused(() -> topic.learn(6, "Tampere", "We learned", "<p>We learned</p>", eleven, NOW))
                        .key());
        assertEquals(
                "c2c.learning.body.required",
                refused(() -> topic.learn(6, "Tampere", " ", "", List.of(), NOW))
                        .key());
    }

    @Test
    void staffHideAPostOnlyWithAReasonAndMayShowItAgain() {
        var topic = new Topic(7, 5, "Espoo", "Sensors", "Body", "<p>Body</p>", NOW);
        assertEquals("c2c.hide.reason", refused(() -> topic.hide("  ")).key());
        assertEquals(
                "c2c.hide.reasonTooLong",
                refused(() -> topic.hide("r".repeat(1001))).key());
        topic.hide(" Personal data ");
        assertTrue(topic.isHidden());
        assertEquals("Personal data", topic.getHiddenReason());
        topic.restore();
        assertFalse(topic.isHidden());
        var learning = topic.learn(6, "Tampere", "We learned", "<p>We learned</p>", List.of(), NOW);
        learning.hide("Off topic");
        assertEquals("Off topic", learning.getHiddenReason());
    }
}
