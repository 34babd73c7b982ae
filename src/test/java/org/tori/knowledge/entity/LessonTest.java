package org.tori.knowledge.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tori.platform.DomainException;

class LessonTest {

    static final OffsetDateTime NOW = OffsetDateTime.parse("2024-05-01T12:00:00Z");
    static final long AUTHOR = 7;
    static final Reader ANYONE = Reader.ANONYMOUS;
    static final Reader PARTNER = new Reader(9L, false, true, "Oulu");
    static final Reader STAFF = new Reader(1L, true, false, null);

    static LessonContent content(Visibility visibility) {
        return new LessonContent(
                "Robots need a host",
                "Tampere",
                null,
                LocalDate.of(2024, 3, 1),
                "en",
                null,
                "Nobody talked to the robots.",
                null,
                null,
                null,
                Set.of(),
                null,
                Set.of(),
                null,
                List.of(),
                visibility);
    }

    static AnalysisContent analysis(Visibility visibility) {
        return new AnalysisContent(
                visibility,
                "Visitors stopped using the robots",
                null,
                null,
                null,
                List.of("why"),
                List.of(new Cause("No field test", CauseCategory.PROCESS)),
                List.of(),
                null);
    }

    static Lesson published(Visibility lesson, Visibility analysis) {
        var l = new Lesson(null, content(lesson), AUTHOR, NOW);
        l.analyse(analysis(analysis), NOW);
        l.submit(AUTHOR, NOW);
        l.publish(NOW);
        return l;
    }

    @Test
    void aDraftIsReadByItsAuthorAndStaffOnly() {
        var draft = new Lesson(null, content(Visibility.PUBLIC), AUTHOR, NOW);
        assertTrue(draft.mayBeReadBy(new Reader(AUTHOR, false, true, "Tampere")));
        assertTrue(draft.mayBeReadBy(STAFF));
        assertFalse(draft.mayBeReadBy(ANYONE));
        assertFalse(draft.mayBeReadBy(PARTNER));
    }

    @Test
    void reviewGoesFromDraftToReviewToPublishedAndBackWithANote() {
        var lesson = new Lesson(null, content(Visibility.PUBLIC), AUTHOR, NOW);
        assertThrows(DomainException.class, () -> lesson.publish(NOW), "not before review");
        assertThrows(DomainException.class, () -> lesson.submit(99, NOW), "only the author submits");
        lesson.submit(AUTHOR, NOW);
        var noNote = assertThrows(DomainException.class, () -> lesson.returnToAuthor(" ", NOW));
        assertEquals("lesson.return.needsNote", noNote.key());
        lesson.returnToAuthor("Add figures", NOW);
        assertEquals(LessonStatus.DRAFT, lesson.getStatus());
        assertEquals("Add figures", lesson.getReviewNote());
        lesson.submit(AUTHOR, NOW);
        lesson.publish(NOW);
        assertEquals(LessonStatus.PUBLISHED, lesson.getStatus());
        assertTrue(lesson.mayBeReadBy(ANYONE));
        assertFalse(lesson.mayEdit(AUTHOR, false), "a published lesson is edited by staff only");
    }

    @Test
    void visibilityDecidesWhoReadsAPublishedLesson() {
        var partnersOnly = published(Visibility.PARTNERS, Visibility.PUBLIC);
        assertFalse(partnersOnly.mayBeReadBy(ANYONE));
        assertTrue(partnersOnly.mayBeReadBy(PARTNER));
        var staffOnly = published(Visibility.STAFF, Visibility.STAFF);
        assertFalse(staffOnly.mayBeReadBy(PARTNER));
        assertTrue(staffOnly.mayBeReadBy(STAFF));
    }

    @Test
    void anAnalysisIsNeverMoreOpenThanItsLesson() {
        var lesson = published(Visibility.PARTNERS, Visibility.PUBLIC);
        assertEquals(Visibility.PARTNERS, lesson.analysisVisibility());
        var secretAnalysis = published(Visibility.PUBLIC, Visibility.STAFF);
        assertTrue(secretAnalysis.mayBeReadBy(PARTNER));
        assertFalse(secretAnalysis.analysisReadableBy(PARTNER));
        assertTrue(secretAnalysis.analysisReadableBy(STAFF));
    }

    @Test
    void badContentIsRefusedWithTheFieldAtFault() {
        var noTitle = new LessonContent(
                " ",
                "Tampere",
                null,
                LocalDate.of(2024, 3, 1),
                "en",
                null,
                "x",
                null,
                null,
                null,
                Set.of(),
                null,
                Set.of(),
                null,
                List.of(),
                null);
        assertEquals(
                "title",
                assertThrows(DomainException.class, () -> new Lesson(null, noTitle, AUTHOR, NOW))
                        .field());
        var badLink = new LessonContent(
                "T",
                "Tampere",
                null,
                LocalDate.of(2024, 3, 1),
                "en",
                null,
                "x",
                null,
                null,
                null,
                Set.of(),
                null,
                Set.of(),
                null,
                List.of("javascript:alert(1)"),
                null);
        assertEquals(
                "links",
                assertThrows(DomainException.class, () -> new Lesson(null, badLink, AUTHOR, NOW))
                        .field());
        var klingon = new LessonContent(
                "T",
                "Tampere",
                null,
                LocalDate.of(2024, 3, 1),
                "tlh",
                null,
                "x",
                null,
                null,
                null,
                Set.of(),
                null,
                Set.of(),
                null,
                List.of(),
                null);
        assertEquals(
                "language",
                assertThrows(DomainException.class, () -> new Lesson(null, klingon, AUTHOR, NOW))
                        .field());
        assertThrows(DomainException.class, () -> new Cause("Something", null));
    }

    @Test
    void onlyPublishedPracticesAreAdoptedAndNotInTheFuture() {
        var lesson = published(Visibility.PUBLIC, Visibility.PUBLIC);
        assertThrows(DomainException.class, () -> new Adoption(lesson, "Oulu", 9, NOW), "not a practice yet");
        lesson.recommend(true, NOW);
        var adoption = new Adoption(lesson, "Oulu", 9, NOW);
        assertThrows(DomainException.class, () -> adoption.record(LocalDate.of(2030, 1, 1), null, NOW));
        adoption.record(null, "In use", NOW);
        assertEquals(NOW.toLocalDate(), adoption.getAdoptedOn());
        var draft = new Lesson(null, content(Visibility.PUBLIC), AUTHOR, NOW);
        assertThrows(DomainException.class, () -> draft.recommend(true, NOW));
    }
}
