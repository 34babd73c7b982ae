package org.tori.livinglabs.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tori.platform.DomainException;

class FeedbackTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-05-04T12:00:00+03:00");
    private static final Feedback.FeedbackText NONE = new Feedback.FeedbackText(null, null);

    @Test
    void everyQuestionIsRatedFromOneToFive() {
        var feedback = new Feedback(1, 2);
        assertEquals(
                "lab.feedback.ratingEach",
                assertThrows(DomainException.class, () -> feedback.answer(List.of(3), 2, NONE, NONE, NOW))
                        .key());
        assertEquals(
                "lab.feedback.ratingRange",
                assertThrows(DomainException.class, () -> feedback.answer(List.of(3, 6), 2, NONE, NONE, NOW))
                        .key());
        assertEquals(
                "lab.feedback.ratingRange",
                assertThrows(DomainException.class, () -> feedback.answer(Arrays.asList(3, null), 2, NONE, NONE, NOW))
                        .key());
        feedback.answer(
                List.of(3, 5),
                2,
                new Feedback.FeedbackText("  Lifts  ", "<p>Lifts</p>"),
                new Feedback.FeedbackText(" ", "x"),
                NOW);
        assertEquals(List.of(3, 5), feedback.getRatings());
        assertEquals("Lifts", feedback.getWorkedSource());
        assertNull(feedback.getDidNotHtml(), "blank is no answer");
        feedback.answer(List.of(1, 1), 2, NONE, NONE, NOW);
        assertEquals(List.of(1, 1), feedback.getRatings(), "rewritten, not added");
    }

    @Test
    void resultsGiveCountAverageAndDistributionPerQuestion() {
        var results = QuestionResult.of(
                List.of("Easy?", "Clear?", "Again?"), List.of(List.of(5, 4, 2), List.of(4, 3, 2), List.of(2, 3, 2)));
        var easy = results.get(0);
        assertEquals(1, easy.number());
        assertEquals(3, easy.count());
        assertEquals(new BigDecimal("3.67"), easy.average(), "11 / 3, half up");
        assertEquals(List.of(0, 1, 0, 1, 1), easy.distribution());
        assertEquals(33, easy.percent(2));
        assertEquals(new BigDecimal("3.33"), results.get(1).average());
        assertEquals(List.of(0, 0, 2, 1, 0), results.get(1).distribution());
        assertEquals(new BigDecimal("2.00"), results.get(2).average());
        assertEquals(100, results.get(2).percent(2));
    }

    @Test
    void aQuestionNobodyRatedHasNoAverage() {
        var results = QuestionResult.of(List.of("Easy?"), List.of());
        assertEquals(0, results.get(0).count());
        assertNull(results.get(0).average());
        assertEquals(List.of(0, 0, 0, 0, 0), results.get(0).distribution());
        assertEquals(0, results.get(0).percent(3));
    }
}
