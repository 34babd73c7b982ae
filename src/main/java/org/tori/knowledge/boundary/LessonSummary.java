package org.tori.knowledge.boundary;

import java.time.LocalDate;
import org.tori.knowledge.entity.Lesson;
import org.tori.knowledge.entity.LessonStatus;

/** A line of a list (review queue, one's own lessons). */
public record LessonSummary(
        long id, String title, String city, LocalDate happenedOn, String language, LessonStatus status) {

    static LessonSummary of(Lesson lesson) {
        return new LessonSummary(
                lesson.getId(),
                lesson.getTitle(),
                lesson.getCity(),
                lesson.getHappenedOn(),
                lesson.getLanguage(),
                lesson.getStatus());
    }
}
