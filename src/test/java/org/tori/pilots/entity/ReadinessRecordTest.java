package org.tori.pilots.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tori.platform.DomainException;

/** Scores per section and overall: yes 1, partly ½, no and unanswered 0, not applicable left out; versions kept apart. */
class ReadinessRecordTest {

    private static final List<ReadinessItem> V1 = List.of(
            ReadinessItem.withId(1, 1, 1, "Help desk"),
            ReadinessItem.withId(2, 1, 1, "Monitoring"),
            ReadinessItem.withId(3, 1, 1, "Hosting"),
            ReadinessItem.withId(4, 1, 1, "Security"),
            ReadinessItem.withId(5, 1, 3, "Data owner"),
            ReadinessItem.withId(6, 1, 4, "Who pays"));
    private static final List<ReadinessItem> V2 =
            List.of(ReadinessItem.withId(11, 2, 1, "Help desk"), ReadinessItem.withId(12, 2, 2, "NGSI-LD API"));

    @Test
    void yesCountsFullyPartlyHalfAndNotApplicableIsLeftOut() {
        var record = new ReadinessRecord(
                1,
                V1,
                Map.of(1L, Answer.YES, 2L, Answer.PARTLY, 3L, Answer.NO, 4L, Answer.NOT_APPLICABLE, 5L, Answer.YES));
        var operations = record.section(1);
        assertEquals(3, operations.counted());
        assertEquals(50, operations.percent(), "(1 + ½ + 0) of 3");
        assertEquals(100, record.section(3).percent());
        assertEquals(0, record.section(4).percent(), "unanswered counts as nothing");
        assertNull(record.section(2).percent(), "a section without items has no score");
        assertEquals(50, record.overall().percent(), "(1 + ½ + 0 + 1 + 0) of 5");
        assertFalse(record.complete(), "one item unanswered");
        assertEquals(
                List.of("Monitoring", "Hosting", "Who pays"),
                record.gaps().stream().map(i -> i.label(null)).toList());
    }

    @Test
    void aSectionAllNotApplicableHasNoScoreButIsComplete() {
        var record = new ReadinessRecord(
                1,
                V1,
                Map.of(
                        1L, Answer.NOT_APPLICABLE,
                        2L, Answer.NOT_APPLICABLE,
                        3L, Answer.NOT_APPLICABLE,
                        4L, Answer.NOT_APPLICABLE,
                        5L, Answer.YES,
                        6L, Answer.YES));
        assertNull(record.section(1).percent());
        assertEquals(100, record.overall().percent());
        assertTrue(record.complete());
        assertTrue(record.gaps().isEmpty());
    }

    @Test
    void aPilotIsReadAgainstTheVersionItStartedWith() {
        var both = new ArrayList<>(V1);
        both.addAll(V2);
        var answers = Map.of(1L, Answer.YES, 11L, Answer.NO, 12L, Answer.NO);
        var started = new ReadinessRecord(1, both, answers);
        assertEquals(6, started.items().size(), "only its own version's items");
        assertEquals(25, started.section(1).percent(), "one yes of four: the newer list's no does not count");
        assertEquals(
                25,
                new ReadinessRecord(1, both, Map.of(1L, Answer.YES)).section(1).percent());
        var later = new ReadinessRecord(2, both, answers);
        assertEquals(0, later.overall().percent());
        assertEquals(2, later.items().size());
    }

    @Test
    void anItemBelongsToOneOfSevenSectionsWithLabelsInThreeLanguages() {
        assertEquals(
                "readiness.section.invalid",
                assertThrows(DomainException.class, () -> new ReadinessItem(2, 8, 1, "a", "b", "c"))
                        .key());
        assertEquals(
                "readiness.label.required",
                assertThrows(DomainException.class, () -> new ReadinessItem(2, 1, 1, "Help desk", " ", "c"))
                        .key());
        var item = new ReadinessItem(2, 1, 1, "Help desk", "Käyttäjätuki", "Användarstöd");
        assertEquals("Käyttäjätuki", item.label(Locale.forLanguageTag("fi")));
        assertEquals("Användarstöd", item.label(Locale.forLanguageTag("sv")));
        assertEquals("Help desk", item.label(Locale.ENGLISH));
    }

    @Test
    void anAnswersLinkIsAWebAddressOrAPortalPage() {
        var answer = new ReadinessAnswer(1, 1);
        var now = OffsetDateTime.parse("2026-11-23T12:00:00Z");
        assertEquals(
                "readiness.link.invalid",
                assertThrows(
                                DomainException.class,
                                () -> answer.answer(Answer.YES, "SLA", "javascript:alert(1)", null, 1, now))
                        .key());
        answer.answer(Answer.PARTLY, " SLA draft ", "https://example.org/sla", "City IT", 1, now);
        assertEquals("SLA draft", answer.getEvidence());
        assertEquals(Answer.PARTLY, answer.getAnswer());
    }
}
