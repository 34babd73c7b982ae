package org.tori.valuestreams.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.tori.platform.DomainException;
import org.tori.spaces.entity.ValueStream;

class CollectiveNoteTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-12-01T10:00:00+02:00");
    private static final long OWNER = 1, CITIZEN = 2, STRANGER = 3;

    @Test
    void membersRecordPhenomenaAndMeetingsAndOthersAreRefused() throws Exception {
        var c = CollectiveTest.collective();
        c.apply(CITIZEN, "Parent", NOW);
        c.accept(CITIZEN, OWNER, false, NOW);
        var seen = CollectiveNote.phenomenon(c, " Fewer births ", "Births down 8 %.", 12L, CITIZEN, NOW);
        assertEquals("Fewer births", seen.getTitle());
        assertEquals(NoteKind.PHENOMENON, seen.getKind());
        assertEquals(12L, seen.getSpaceId());
        var stranger =
                assertThrows(DomainException.class, () -> CollectiveNote.phenomenon(c, "T", "B", null, STRANGER, NOW));
        assertEquals("collective.membersOnly", stranger.key());
        var noDate = assertThrows(
                DomainException.class, () -> CollectiveNote.meeting(c, null, "Kick-off", "Notes", OWNER, NOW));
        assertEquals("heldOn", noDate.field());
        var meeting = CollectiveNote.meeting(c, LocalDate.of(2026, 11, 30), "Kick-off", "Notes", OWNER, NOW);
        assertEquals(NoteKind.MEETING, meeting.getKind());
        assertEquals(
                "body",
                assertThrows(DomainException.class, () -> CollectiveNote.phenomenon(c, "T", " ", null, OWNER, NOW))
                        .field());
    }

    @Test
    void aJourneyBelongsToALifeEventOfTheCollectivesStream() throws Exception {
        var c = CollectiveTest.collective();
        var birth = new LifeEvent(ValueStream.FAMILY_WITH_CHILDREN, "Syntymä", "Birth", "Födsel", null, NOW);
        var elsewhere = new LifeEvent(ValueStream.BUSINESS, "Yritys", "Company", "Företag", null, NOW);
        var journey =
                CollectiveNote.journey(c, birth, "From clinic to home", "1. Clinic", " Forms twice ", null, OWNER, NOW);
        assertEquals("Forms twice", journey.getPainPoints());
        assertFalse(journey.getBody().isBlank());
        var wrong = assertThrows(
                DomainException.class, () -> CollectiveNote.journey(c, elsewhere, "T", "S", null, null, OWNER, NOW));
        assertEquals("lifeEvent", wrong.field());
        assertTrue(assertThrows(
                        DomainException.class, () -> CollectiveNote.journey(c, null, "T", "S", null, null, OWNER, NOW))
                .key()
                .contains("lifeEvent"));
    }
}
