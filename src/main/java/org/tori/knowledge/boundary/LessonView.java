package org.tori.knowledge.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.tori.knowledge.entity.LessonStatus;
import org.tori.platform.DomainException;
import org.tori.platform.faces.Page;

/** One lesson with its analysis; its forms submit, review, recommend and adopt. */
@Named
@RequestScoped
public class LessonView {

    @Inject
    Lessons lessons;

    @Inject
    CurrentReader reader;

    private LessonDetail detail;
    private String done;

    public void load() throws IOException {
        long id = Page.id("id");
        if (Page.posted() && Page.param("do") != null) {
            try {
                act(id, Page.param("do"));
                Page.redirect("/knowledge/lesson?id=" + id + "&done=" + Page.param("do"));
                return;
            } catch (DomainException refused) {
                Page.refused(refused);
            }
        }
        done = Page.param("done");
        detail = lessons.detail(id, reader.get()).orElse(null);
        if (detail == null) {
            Page.notFound();
        }
    }

    private void act(long id, String action) {
        var who = reader.get();
        switch (action) {
            case "submit" -> lessons.move(id, LessonStatus.IN_REVIEW, null, who);
            case "publish" -> lessons.move(id, LessonStatus.PUBLISHED, null, who);
            case "return" -> lessons.move(id, LessonStatus.DRAFT, Page.param("note"), who);
            case "practice" -> lessons.recommend(id, true, who);
            case "unpractice" -> lessons.recommend(id, false, who);
            case "adopt" -> lessons.adopt(id, date(Page.param("adoptedOn")), Page.param("note"), who);
            default -> throw new DomainException(DomainException.Kind.INVALID, "lesson.status.notAllowed");
        }
    }

    private static LocalDate date(String text) {
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new DomainException(DomainException.Kind.INVALID, "lesson.date.required", "adoptedOn");
        }
    }

    public LessonDetail getDetail() {
        return detail;
    }

    public LessonData getLesson() {
        return detail == null ? null : detail.lesson();
    }

    public boolean isAdopted() {
        return "adopt".equals(done);
    }

    public boolean isSaved() {
        return done != null && !"adopt".equals(done);
    }

    public boolean isAnalysisHidden() {
        return detail != null
                && detail.analysisVisibility() != null
                && detail.lesson().analysis() == null;
    }

    public String getToday() {
        return LocalDate.now().toString();
    }
}
