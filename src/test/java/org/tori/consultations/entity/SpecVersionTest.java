package org.tori.consultations.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tori.platform.DomainException;
import org.tori.spaces.entity.Phase;

class SpecVersionTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-03-02T12:00:00+02:00");

    private static SectionDraft section(String number, String heading, String body) {
        return new SectionDraft(number, heading, body, "<p>" + body + "</p>");
    }

    private static SpecVersion published(SectionDraft... sections) {
        var v = SpecVersion.first(7, 1, NOW.minusDays(10));
        v.rewrite(List.of(sections));
        v.publish(NOW.minusDays(9));
        return v;
    }

    @Test
    void aCommentOnTheCurrentVersionIsTakenWhileOpenAndBeforeTheDeadline() {
        var v = published(section("1", "Why", "Care at home"));
        var comment = v.getSections()
                .get(0)
                .comment(
                        42,
                        "Alarms too?",
                        "<p>Alarms too?</p>",
                        new CommentRound(Phase.OPEN, NOW.plusHours(1), 1),
                        NOW);
        assertEquals(42, comment.getAuthorId());
        assertFalse(comment.isAnswered());
    }

    @Test
    void aLateCommentIsRefusedEvenBeforeTheClockMovesTheSpaceToReview() {
        var v = published(section("1", "Why", "Care at home"));
        var round = new CommentRound(Phase.OPEN, NOW.minusSeconds(1), 1);
        var refused = assertThrows(
                DomainException.class, () -> v.getSections().get(0).comment(42, "late", "<p>late</p>", round, NOW));
        assertEquals(DomainException.Kind.CONFLICT, refused.kind());
        assertEquals("consultation.comment.deadlinePassed", refused.key());
        assertFalse(round.isOpen(NOW));
    }

    @Test
    void commentsAreClosedInReviewAndOnOlderVersions() {
        var v1 = published(section("1", "Why", "Care at home"));
        var inReview = new CommentRound(Phase.REVIEW, NOW.minusDays(1), 1);
        assertEquals(
                "consultation.comment.closed",
                assertThrows(
                                DomainException.class,
                                () -> v1.getSections().get(0).comment(42, "x", "<p>x</p>", inReview, NOW))
                        .key());
        var v2 =
                v1.revise(Phase.REVIEW, "Clearer", List.of(section("1", "Why", "Care at home, also at night")), 1, NOW);
        var reopened = new CommentRound(Phase.OPEN, NOW.plusDays(7), 2);
        assertEquals(
                "consultation.comment.oldVersion",
                assertThrows(
                                DomainException.class,
                                () -> v1.getSections().get(0).comment(42, "x", "<p>x</p>", reopened, NOW))
                        .key());
        v2.getSections().get(0).comment(42, "ok", "<p>ok</p>", reopened, NOW);
    }

    @Test
    void anEmptyCommentIsRefused() {
        var v = published(section("1", "Why", "Care at home"));
        var round = new CommentRound(Phase.OPEN, NOW.plusDays(1), 1);
        assertEquals(
                "consultation.comment.required",
                assertThrows(
                                DomainException.class,
                                () -> v.getSections().get(0).comment(42, "<script>x</script>", "", round, NOW))
                        .key());
    }

    @Test
    void aPublishedVersionNeverChanges() {
        var v = published(section("1", "Why", "Care at home"));
        assertThrows(DomainException.class, () -> v.rewrite(List.of(section("1", "Other", "Other"))));
        assertEquals("Why", v.getSections().get(0).getHeading());
    }

    @Test
    void openingNeedsSomethingToCommentOn() {
        var v = SpecVersion.first(7, 1, NOW);
        assertEquals(
                "consultation.open.needsSections",
                assertThrows(DomainException.class, () -> v.publish(NOW)).key());
        assertThrows(DomainException.class, () -> v.rewrite(List.of(new SectionDraft("", " ", " ", ""))));
    }

    @Test
    void aRevisionIsANewVersionThatMarksNewAndChangedSections() {
        var v1 = published(section("1", "Why", "Care at home"), section("2", "Data", "Existing devices"));
        var v2 = v1.revise(
                Phase.REVIEW,
                "Data section widened after comments",
                List.of(
                        section("1", "Why", "Care at home"),
                        section("2", "Data", "Existing devices and alarms"),
                        section("2.1", "Consent", "The client decides")),
                3,
                NOW);
        assertEquals(2, v2.getNumber());
        assertTrue(v2.isPublished());
        assertEquals(
                List.of(Change.SAME, Change.CHANGED, Change.NEW),
                v2.getSections().stream().map(SpecSection::getChange).toList());
        assertEquals("Existing devices", v1.getSections().get(1).getBodySource(), "the old version is kept as it was");
    }

    @Test
    void aRevisionNeedsReviewAndAChangeNote() {
        var v1 = published(section("1", "Why", "Care at home"));
        assertEquals(
                "consultation.revision.notInReview",
                assertThrows(
                                DomainException.class,
                                () -> v1.revise(Phase.OPEN, "note", List.of(section("1", "Why", "x")), 1, NOW))
                        .key());
        assertEquals(
                "consultation.revision.noteRequired",
                assertThrows(
                                DomainException.class,
                                () -> v1.revise(Phase.REVIEW, " ", List.of(section("1", "Why", "x")), 1, NOW))
                        .key());
    }

    @Test
    void sectionNumbersAreCheckedAndBlankOnesFollowThePlainNumbers() {
        var v = SpecVersion.first(7, 1, NOW);
        v.rewrite(List.of(
                section("", "A", "a"), section("1.1", "A1", "a1"), section(null, "B", "b"), section("", "", "")));
        assertEquals(
                List.of("1", "1.1", "2"),
                v.getSections().stream().map(SpecSection::getNumber).toList());
        assertEquals(
                "consultation.section.numberTwice",
                assertThrows(
                                DomainException.class,
                                () -> v.rewrite(List.of(section("1", "A", "a"), section("1", "B", "b"))))
                        .key());
        assertEquals(
                "consultation.section.number",
                assertThrows(DomainException.class, () -> v.rewrite(List.of(section("one", "A", "a"))))
                        .key());
    }

    @Test
    void anAnswerNeedsText() {
        var v = published(section("1", "Why", "Care at home"));
        var comment = v.getSections()
                .get(0)
                .comment(42, "q", "<p>q</p>", new CommentRound(Phase.OPEN, NOW.plusDays(1), 1), NOW);
        assertThrows(DomainException.class, () -> comment.answer(" ", "", 1, NOW));
        comment.answer("Yes", "<p>Yes</p>", 1, NOW);
        assertTrue(comment.isAnswered());
        assertEquals(1L, comment.getAnsweredBy());
    }
}
