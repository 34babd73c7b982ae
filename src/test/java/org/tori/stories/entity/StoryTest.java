package org.tori.stories.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.tori.judging.entity.ImpactValue;
import org.tori.platform.DomainException;

class StoryTest {

    static final OffsetDateTime NOW = OffsetDateTime.parse("2026-05-01T09:00:00+03:00");

    static Story draft() {
        return new Story(
                new StoryDetails(
                        "Robots",
                        "Robot tutors",
                        "body",
                        null,
                        null,
                        "Tampere",
                        Set.of(),
                        null,
                        new BigDecimal("1000")),
                "<p>body</p>",
                List.of(),
                1L,
                NOW);
    }

    @Test
    void aStoryGoesFromDraftThroughReviewToPublishedAndArchived() {
        var story = draft();
        assertEquals(StoryStatus.DRAFT, story.getStatus());
        assertFalse(story.isPublic());
        story.submitForReview(NOW);
        assertEquals(StoryStatus.REVIEW, story.getStatus());
        story.publish(null, NOW);
        assertTrue(story.isPublic());
        assertEquals(NOW, story.getPublishedAt());
        story.archive(NOW.plusDays(1));
        assertEquals(StoryStatus.ARCHIVED, story.getStatus());
        assertFalse(story.isPublic());
    }

    @Test
    void aDraftCannotBePublishedOrArchived() {
        var story = draft();
        assertEquals(
                "story.publish.notReviewed",
                assertThrows(DomainException.class, () -> story.publish(null, NOW))
                        .key());
        assertThrows(DomainException.class, () -> story.archive(NOW));
        story.submitForReview(NOW);
        assertThrows(DomainException.class, () -> story.submitForReview(NOW));
        story.returnToDraft(NOW);
        assertEquals(StoryStatus.DRAFT, story.getStatus());
    }

    @Test
    void aFuturePublishingTimeSchedulesAndTheJobPublishesWhenDue() {
        var story = draft();
        story.submitForReview(NOW);
        story.publish(NOW.plusHours(2), NOW);
        assertTrue(story.isScheduled());
        assertFalse(story.isPublic());
        assertFalse(story.publishIfDue(NOW.plusHours(1)));
        assertTrue(story.publishIfDue(NOW.plusHours(2)));
        assertTrue(story.isPublic());
        assertFalse(story.isScheduled());
    }

    @Test
    void returningToDraftCancelsTheSchedule() {
        var story = draft();
        story.submitForReview(NOW);
        story.publish(NOW.plusDays(1), NOW);
        story.returnToDraft(NOW);
        assertFalse(story.publishIfDue(NOW.plusDays(2)));
        assertEquals(StoryStatus.DRAFT, story.getStatus());
    }

    @Test
    void anArchivedStoryIsFrozen() {
        var story = draft();
        story.submitForReview(NOW);
        story.publish(null, NOW);
        story.archive(NOW);
        var details = new StoryDetails("New", "lead", null, null, null, null, Set.of(), null, null);
        assertEquals(
                "story.archived",
                assertThrows(DomainException.class, () -> story.tell(details, "", List.of(), NOW))
                        .key());
    }

    @Test
    void indicatorsNeedUnitValueDateAndSource() {
        var day = LocalDate.of(2026, 4, 30);
        assertEquals(
                "unit",
                assertThrows(
                                DomainException.class,
                                () -> new Indicator(
                                        ImpactValue.SOCIAL, "Pupils", " ", null, BigDecimal.ONE, day, "School"))
                        .field());
        assertEquals(
                "value",
                assertThrows(
                                DomainException.class,
                                () -> new Indicator(ImpactValue.SOCIAL, "Pupils", "pupils", null, null, day, "School"))
                        .field());
        assertEquals(
                "measuredOn",
                assertThrows(
                                DomainException.class,
                                () -> new Indicator(
                                        ImpactValue.SOCIAL, "Pupils", "pupils", null, BigDecimal.ONE, null, "School"))
                        .field());
        assertEquals(
                "source",
                assertThrows(
                                DomainException.class,
                                () -> new Indicator(
                                        ImpactValue.SOCIAL, "Pupils", "pupils", null, BigDecimal.ONE, day, ""))
                        .field());
        assertEquals(
                "investment",
                assertThrows(
                                DomainException.class,
                                () -> new StoryDetails(
                                        "t", "l", null, null, null, null, Set.of(), null, new BigDecimal("-1")))
                        .field());
    }

    @Test
    void aStoryKeepsEachLessonOnceInTheWritersOrder() {
        var story = draft();
        story.tell(
                new StoryDetails("Robots", "lead", null, null, null, null, Set.of(), null, null, List.of(7L, 3L, 7L)),
                "",
                List.of(),
                NOW);
        assertEquals(List.of(7L, 3L), story.getLessonIds());
        story.tell(
                new StoryDetails("Robots", "lead", null, null, null, null, Set.of(), null, null), "", List.of(), NOW);
        assertEquals(List.of(), story.getLessonIds(), "a story without lessons lets go of them");
    }

    @Test
    void lessonNumbersArePositiveAndAtMostTwenty() {
        var tooMany = LongStream.rangeClosed(1, 21).boxed().toList();
        assertEquals(
                "story.lessons.tooMany",
                assertThrows(
                                DomainException.class,
                                () -> new StoryDetails("t", "l", null, null, null, null, Set.of(), null, null, tooMany))
                        .key());
        assertEquals(
                "lessonIds",
                assertThrows(
                                DomainException.class,
                                () -> new StoryDetails(
                                        "t", "l", null, null, null, null, Set.of(), null, null, List.of(0L)))
                        .field());
    }
}
