package org.tori.home.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.tori.knowledge.boundary.LessonLists;
import org.tori.spaces.boundary.MySpaces;

/** The home page's lists, each read once per request in one query. */
@Named
@RequestScoped
public class HomeView {

    private static final int SPACES = 6;
    private static final int LESSONS = 4;

    @Inject
    MySpaces spaces;

    @Inject
    LessonLists lessons;

    private List<MySpaces.Dated> open;
    private List<MySpaces.Dated> soon;
    private List<LessonLists.PublicLesson> newestLessons;
    private List<LessonLists.PublicLesson> newestPractices;

    public List<MySpaces.Dated> getOpenSpaces() {
        if (open == null) {
            open = spaces.open(SPACES);
        }
        return open;
    }

    public List<MySpaces.Dated> getOpeningSoon() {
        if (soon == null) {
            soon = spaces.openingSoon(SPACES);
        }
        return soon;
    }

    public List<LessonLists.PublicLesson> getLessons() {
        if (newestLessons == null) {
            newestLessons = lessons.newestPublic(false, LESSONS);
        }
        return newestLessons;
    }

    public List<LessonLists.PublicLesson> getPractices() {
        if (newestPractices == null) {
            newestPractices = lessons.newestPublic(true, LESSONS);
        }
        return newestPractices;
    }
}
