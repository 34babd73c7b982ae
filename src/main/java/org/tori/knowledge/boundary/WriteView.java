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

/**
 * The form for a new lesson with an optional analysis (saved as a draft), and for rewriting one:
 * its author while it is a draft, staff at any time.
 */
@Named
@RequestScoped
public class WriteView {

    public static final int ROWS = 3;
    private static final int MAX_ROWS = 20;

    @Inject
    Lessons lessons;
    @Inject
    CurrentReader reader;

    private final java.util.Map<String, String> values = new java.util.HashMap<>();
    private final java.util.Map<String, List<String>> choices = new java.util.HashMap<>();
    private Long id;
    private int rows = ROWS;

    public void load() throws IOException {
        id = PageRequest.id("id");
        if (PageRequest.posted()) {
            try {
                long saved = id == null ? lessons.create(data(), reader.get()) : update(id);
                PageRequest.redirect("/knowledge/lesson?id=" + saved + "&done=saved");
            } catch (DomainException refused) {
                PageRequest.refused(refused);
            }
            return;
        }
        if (id != null) {
            var detail = lessons.detail(id, reader.get()).filter(LessonDetail::mayEdit);
            if (detail.isEmpty()) {
                PageRequest.notFound();
                return;
            }
            fill(detail.get().lesson());
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
        choices.put("themes", l.themes() == null ? List.of() : l.themes().stream().map(Enum::name).toList());
        choices.put("valueStreams", l.valueStreams() == null ? List.of() : l.valueStreams().stream().map(Enum::name).toList());
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
        rows = Math.max(ROWS, Math.max(causes.size(), actions.size()));
        for (int i = 0; i < causes.size(); i++) {
            put("cause" + (i + 1), causes.get(i).statement());
            put("category" + (i + 1), causes.get(i).category() == null ? null : causes.get(i).category().name());
        }
        for (int i = 0; i < actions.size(); i++) {
            var action = actions.get(i);
            put("action" + (i + 1), action.description());
            put("kind" + (i + 1), action.kind() == null ? null : action.kind().name());
            put("owner" + (i + 1), action.owner());
            put("due" + (i + 1), action.dueOn() == null ? null : action.dueOn().toString());
            put("actionStatus" + (i + 1), action.status() == null ? null : action.status().name());
        }
    }

    private void put(String name, String value) {
        if (value != null) {
            values.put(name, value);
        }
    }

    /** What a field shows: what was just posted, else what the lesson says. */
    public String value(String name) {
        var posted = PageRequest.param(name);
        return posted != null || PageRequest.posted() ? posted : values.get(name);
    }

    public Long getId() {
        return id;
    }

    private static LessonData data() {
        var causes = new ArrayList<LessonData.CauseData>();
        var actions = new ArrayList<LessonData.ActionData>();
        for (int i = 1; i <= MAX_ROWS; i++) {
            var statement = PageRequest.param("cause" + i);
            if (statement != null) {
                causes.add(new LessonData.CauseData(statement, value(CauseCategory.class, PageRequest.param("category" + i))));
            }
            var action = PageRequest.param("action" + i);
            if (action != null) {
                actions.add(new LessonData.ActionData(action, value(ActionKind.class, PageRequest.param("kind" + i)),
                        PageRequest.param("owner" + i), date(PageRequest.param("due" + i)),
                        value(org.tori.knowledge.entity.ActionStatus.class, PageRequest.param("actionStatus" + i))));
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
        return java.util.stream.IntStream.rangeClosed(1, rows).boxed().toList();
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
        if (raw != null || PageRequest.posted()) {
            return raw != null && Arrays.asList(raw).contains(value);
        }
        return choices.getOrDefault(name, List.of()).contains(value);
    }
}
