package org.tori.knowledge.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.tori.knowledge.entity.ActionKind;
import org.tori.knowledge.entity.ActionStatus;
import org.tori.knowledge.entity.CauseCategory;
import org.tori.knowledge.entity.Visibility;
import org.tori.platform.DomainException;
import org.tori.platform.faces.Page;
import org.tori.spaces.entity.CityDomain;
import org.tori.spaces.entity.Theme;
import org.tori.spaces.entity.ValueStream;

/**
 * The form for a new lesson with an optional analysis (saved as a draft), and for rewriting one:
 * its author while it is a draft, staff at any time.
 */
@Named
@RequestScoped
public class WriteView {

    public static final int ROWS = 3;

    @Inject
    Lessons lessons;

    @Inject
    CurrentReader reader;

    private final Map<String, String> values = new HashMap<>();
    private final Map<String, List<String>> choices = new HashMap<>();
    private Long id;
    private int causeRows = ROWS;
    private int actionRows = ROWS;
    private Map<String, String> rowValues;
    private String focus;

    public void load() throws IOException {
        id = Page.optionalId("id").orElse(null);
        if (Page.posted()) {
            causeRows = FormRows.count(Page.param("causeRows"), ROWS);
            actionRows = FormRows.count(Page.param("actionRows"), ROWS);
            var command = Page.param("row");
            if (command != null) {
                var rows = FormRows.apply(command, Page::param, causeRows, actionRows);
                causeRows = rows.causes();
                actionRows = rows.actions();
                rowValues = rows.values();
                focus = rows.focus();
                return;
            }
            try {
                long saved = id == null ? lessons.create(data(), reader.get()) : update(id);
                Page.redirect("/knowledge/lesson?id=" + saved + "&done=saved");
            } catch (DomainException refused) {
                Page.refused(refused);
            }
            return;
        }
        if (id != null) {
            var detail = lessons.detail(id, reader.get()).filter(LessonDetail::mayEdit);
            if (detail.isEmpty()) {
                Page.notFound();
                return;
            }
            fill(detail.get().lesson());
        } else if (reader.get().partner()) {
            put("city", reader.get().city());
        }
    }

    private long update(long lessonId) {
        lessons.update(lessonId, data(), reader.get());
        return lessonId;
    }

    /** The form shows what the lesson says now. */
    private void fill(LessonData l) {
        put("title", l.title());
        put("city", l.city());
        put("organisation", l.organisation());
        put("happenedOn", l.happenedOn() == null ? null : l.happenedOn().toString());
        put("language", l.language());
        put("visibility", l.visibility() == null ? null : l.visibility().name());
        put("context", l.context());
        put("whatHappened", l.whatHappened());
        put("whatWorked", l.whatWorked());
        put("whatDidNot", l.whatDidNot());
        put("recommendation", l.recommendation());
        put("domain", l.domain() == null ? null : l.domain().name());
        put("links", l.links() == null ? null : String.join("\n", l.links()));
        choices.put(
                "themes",
                l.themes() == null
                        ? List.of()
                        : l.themes().stream().map(Enum::name).toList());
        choices.put(
                "valueStreams",
                l.valueStreams() == null
                        ? List.of()
                        : l.valueStreams().stream().map(Enum::name).toList());
        var a = l.analysis();
        if (a == null) {
            return;
        }
        put("analysisVisibility", a.visibility() == null ? null : a.visibility().name());
        put("problem", a.problem());
        put("scope", a.scope());
        put("impact", a.impact());
        put("measure", a.measure());
        put("control", a.control());
        put("whys", a.whys() == null ? null : String.join("\n", a.whys()));
        var causes = a.causes() == null ? List.<LessonData.CauseData>of() : a.causes();
        var actions = a.actions() == null ? List.<LessonData.ActionData>of() : a.actions();
        causeRows = Math.min(FormRows.MAX, Math.max(1, causes.size()));
        actionRows = Math.min(FormRows.MAX, Math.max(1, actions.size()));
        for (int i = 0; i < causes.size(); i++) {
            put("cause" + (i + 1), causes.get(i).statement());
            put(
                    "category" + (i + 1),
                    causes.get(i).category() == null
                            ? null
                            : causes.get(i).category().name());
        }
        for (int i = 0; i < actions.size(); i++) {
            var action = actions.get(i);
            put("action" + (i + 1), action.description());
            put("kind" + (i + 1), action.kind() == null ? null : action.kind().name());
            put("owner" + (i + 1), action.owner());
            put("due" + (i + 1), action.dueOn() == null ? null : action.dueOn().toString());
            put(
                    "actionStatus" + (i + 1),
                    action.status() == null ? null : action.status().name());
        }
    }

    private void put(String name, String value) {
        if (value != null) {
            values.put(name, value);
        }
    }

    /** What a field shows: what was just posted, else what the lesson says. */
    public String value(String name) {
        if (rowValues != null && FormRows.isRowField(name)) {
            return rowValues.get(name);
        }
        var posted = Page.param(name);
        return posted != null || Page.posted() ? posted : values.get(name);
    }

    public Long getId() {
        return id;
    }

    /** Where the form posts: this page, for the lesson being edited if any. */
    public String getRowAction() {
        var context = Page.faces().getExternalContext().getRequestContextPath();
        return context + "/knowledge/write" + (id == null ? "" : "?id=" + id);
    }

    private LessonData data() {
        var causes = new ArrayList<LessonData.CauseData>();
        var actions = new ArrayList<LessonData.ActionData>();
        for (int i = 1; i <= causeRows; i++) {
            var statement = Page.param("cause" + i);
            if (statement != null) {
                causes.add(new LessonData.CauseData(statement, value(CauseCategory.class, Page.param("category" + i))));
            }
        }
        for (int i = 1; i <= actionRows; i++) {
            var action = Page.param("action" + i);
            if (action != null) {
                actions.add(new LessonData.ActionData(
                        action,
                        value(ActionKind.class, Page.param("kind" + i)),
                        Page.param("owner" + i),
                        date(Page.param("due" + i)),
                        value(ActionStatus.class, Page.param("actionStatus" + i))));
            }
        }
        var problem = Page.param("problem");
        var analysis = problem == null && causes.isEmpty() && actions.isEmpty()
                ? null
                : new LessonData.Analysis(
                        value(Visibility.class, Page.param("analysisVisibility")),
                        problem,
                        Page.param("scope"),
                        Page.param("impact"),
                        Page.param("measure"),
                        lines(Page.param("whys")),
                        causes,
                        actions,
                        Page.param("control"));
        return new LessonData(
                null,
                Page.param("title"),
                Page.param("city"),
                Page.param("organisation"),
                date(Page.param("happenedOn")),
                Page.param("language"),
                Page.param("context"),
                Page.param("whatHappened"),
                Page.param("whatWorked"),
                Page.param("whatDidNot"),
                Page.param("recommendation"),
                values(Theme.class, "themes"),
                value(CityDomain.class, Page.param("domain")),
                values(ValueStream.class, "valueStreams"),
                null,
                lines(Page.param("links")),
                value(Visibility.class, Page.param("visibility")),
                null,
                null,
                analysis);
    }

    private static List<String> lines(String text) {
        return text == null
                ? List.of()
                : Arrays.stream(text.split("\\R"))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
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
        return Page.choices(type, name);
    }

    public List<Integer> getCauseRows() {
        return IntStream.rangeClosed(1, causeRows).boxed().toList();
    }

    public List<Integer> getActionRows() {
        return IntStream.rangeClosed(1, actionRows).boxed().toList();
    }

    public boolean isMoreCauses() {
        return causeRows < FormRows.MAX;
    }

    public boolean isMoreActions() {
        return actionRows < FormRows.MAX;
    }

    /** The field a row button leaves the keyboard on: the new row, or the row after the removed one. */
    public String getFocus() {
        return focus;
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
        if (Page.posted()) {
            return Page.params(name).contains(value);
        }
        return choices.getOrDefault(name, List.of()).contains(value);
    }
}
