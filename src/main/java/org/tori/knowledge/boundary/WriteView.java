package org.tori.knowledge.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.tori.knowledge.entity.ActionKind;
import org.tori.knowledge.entity.CauseCategory;
import org.tori.knowledge.entity.Visibility;
import org.tori.platform.DomainException;
import org.tori.spaces.entity.CityDomain;
import org.tori.spaces.entity.Theme;
import org.tori.spaces.entity.ValueStream;

/** The form for a new lesson with an optional analysis; the lesson is saved as a draft. */
@Named
@RequestScoped
public class WriteView {

    public static final int ROWS = 3;

    @Inject
    Lessons lessons;
    @Inject
    CurrentReader reader;

    public void load() throws IOException {
        if (!PageRequest.posted()) {
            return;
        }
        try {
            long id = lessons.create(data(), reader.get());
            PageRequest.redirect("/knowledge/lesson?id=" + id + "&done=saved");
        } catch (DomainException refused) {
            PageRequest.refused(refused);
        }
    }

    private static LessonData data() {
        var causes = new ArrayList<LessonData.CauseData>();
        var actions = new ArrayList<LessonData.ActionData>();
        for (int i = 1; i <= ROWS; i++) {
            var statement = PageRequest.param("cause" + i);
            if (statement != null) {
                causes.add(new LessonData.CauseData(statement, value(CauseCategory.class, PageRequest.param("category" + i))));
            }
            var action = PageRequest.param("action" + i);
            if (action != null) {
                actions.add(new LessonData.ActionData(action, value(ActionKind.class, PageRequest.param("kind" + i)),
                        PageRequest.param("owner" + i), date(PageRequest.param("due" + i)), null));
            }
        }
        var problem = PageRequest.param("problem");
        var analysis = problem == null && causes.isEmpty() && actions.isEmpty() ? null
                : new LessonData.Analysis(value(Visibility.class, PageRequest.param("analysisVisibility")), problem,
                        PageRequest.param("scope"), PageRequest.param("impact"), PageRequest.param("measure"),
                        lines(PageRequest.param("whys")), causes, actions, PageRequest.param("control"));
        return new LessonData(null, PageRequest.param("title"), PageRequest.param("city"), PageRequest.param("organisation"),
                date(PageRequest.param("happenedOn")), PageRequest.param("language"), PageRequest.param("context"),
                PageRequest.param("whatHappened"), PageRequest.param("whatWorked"), PageRequest.param("whatDidNot"),
                PageRequest.param("recommendation"), values(Theme.class, "themes"),
                value(CityDomain.class, PageRequest.param("domain")), values(ValueStream.class, "valueStreams"), null,
                lines(PageRequest.param("links")), value(Visibility.class, PageRequest.param("visibility")), null, null, analysis);
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static LocalDate date(String text) {
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> E value(Class<E> type, String raw) {
        try {
            return raw == null ? null : Enum.valueOf(type, raw);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> Set<E> values(Class<E> type, String name) {
        var raw = PageRequest.faces().getExternalContext().getRequestParameterValuesMap().get(name);
        var set = EnumSet.noneOf(type);
        if (raw != null) {
            Arrays.stream(raw).map(r -> value(type, r)).filter(v -> v != null).forEach(set::add);
        }
        return set;
    }

    public List<Integer> getRows() {
        return List.of(1, 2, 3);
    }

    public List<CauseCategory> getCategories() {
        return List.of(CauseCategory.values());
    }

    public List<Visibility> getVisibilities() {
        return List.of(Visibility.values());
    }

    public List<ActionKind> getActionKinds() {
        return List.of(ActionKind.values());
    }

    public boolean selected(String name, String value) {
        var raw = PageRequest.faces().getExternalContext().getRequestParameterValuesMap().get(name);
        return raw != null && Arrays.asList(raw).contains(value);
    }
}
