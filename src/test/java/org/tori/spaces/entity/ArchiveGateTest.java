package org.tori.spaces.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tori.platform.DomainException;

/** Closing the loop: a space is archived after its organiser records a lesson, or by staff with a reason. */
class ArchiveGateTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 23, 12, 0, 0, 0, ZoneOffset.UTC);

    private static Space inResults() {
        var space = new Space(
                SpaceKind.CONTEST,
                new SpaceDetails(
                        "Contest",
                        "s",
                        "",
                        Set.of(),
                        null,
                        Set.of(),
                        null,
                        null,
                        null,
                        NOW.minusDays(10),
                        NOW.minusDays(5),
                        null),
                "",
                9,
                NOW.minusDays(20));
        for (var phase : new Phase[] {Phase.OPEN, Phase.SCREENING, Phase.JUDGING, Phase.RESULTS}) {
            space.moveTo(phase, null);
        }
        return space;
    }

    @Test
    void anOrganiserWithoutALessonCannotArchive() {
        var space = inResults();
        assertEquals(
                "space.archive.lessonFirst",
                assertThrows(DomainException.class, () -> space.moveTo(Phase.ARCHIVED, "we are done", 0, false))
                        .key());
        assertEquals(Phase.RESULTS, space.getPhase());
    }

    @Test
    void aRecordedLessonLetsTheOrganiserArchiveWithoutReason() {
        var space = inResults();
        space.moveTo(Phase.ARCHIVED, null, 1, false);
        assertEquals(Phase.ARCHIVED, space.getPhase());
    }

    @Test
    void staffOverrideOnlyWithAWrittenReason() {
        var space = inResults();
        assertEquals(
                "space.archive.needsReason",
                assertThrows(DomainException.class, () -> space.moveTo(Phase.ARCHIVED, " ", 0, true))
                        .key());
        space.moveTo(Phase.ARCHIVED, "The organiser left the program", 0, true);
        assertEquals("The organiser left the program", space.getArchiveReason());
    }
}
