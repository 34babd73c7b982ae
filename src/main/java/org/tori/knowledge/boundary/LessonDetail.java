package org.tori.knowledge.boundary;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.tori.knowledge.entity.Adoption;
import org.tori.knowledge.entity.Lesson;
import org.tori.knowledge.entity.LessonStatus;
import org.tori.knowledge.entity.Reader;
import org.tori.knowledge.entity.Visibility;

/**
 * One lesson as a reader may see it: the analysis is null when it is more private than the reader
 * may read. The flags tell pages which buttons to offer.
 */
public record LessonDetail(
        long id,
        LessonData lesson,
        LessonStatus status,
        Visibility visibility,
        Visibility analysisVisibility,
        boolean practice,
        int adoptionCount,
        List<AdoptionSummary> adoptions,
        String reviewNote,
        OffsetDateTime updatedAt,
        boolean mayEdit,
        boolean mayReview,
        boolean mayAdopt) {

    public record AdoptionSummary(String city, LocalDate adoptedOn, String note) {}

    static LessonDetail of(Lesson lesson, List<Adoption> adoptions, Reader reader) {
        boolean author = reader.accountId() != null && reader.accountId().equals(lesson.getAuthorId());
        boolean adopted = reader.city() != null
                && adoptions.stream().anyMatch(a -> a.getCity().equalsIgnoreCase(reader.city()));
        return new LessonDetail(
                lesson.getId(),
                Lessons.data(lesson, lesson.analysisReadableBy(reader)),
                lesson.getStatus(),
                lesson.getVisibility(),
                lesson.getAnalysis().isPresent() ? lesson.analysisVisibility() : null,
                lesson.isPractice(),
                adoptions.size(),
                adoptions.stream()
                        .map(a -> new AdoptionSummary(a.getCity(), a.getAdoptedOn(), a.getNote()))
                        .toList(),
                reader.staff() || author ? lesson.getReviewNote() : null,
                lesson.getUpdatedAt(),
                reader.accountId() != null && lesson.mayEdit(reader.accountId(), reader.staff()),
                reader.staff() && lesson.getStatus() == LessonStatus.IN_REVIEW,
                reader.partner() && reader.city() != null && lesson.isPractice() && !adopted);
    }

    public String getTitle() {
        return lesson.title();
    }
}
