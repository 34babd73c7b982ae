package org.tori.search.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.tori.knowledge.boundary.LessonData;
import org.tori.knowledge.boundary.LessonDetail;
import org.tori.knowledge.boundary.Lessons;
import org.tori.knowledge.entity.LessonStatus;
import org.tori.knowledge.entity.Visibility;
import org.tori.platform.i18n.Texts;
import org.tori.platform.lifeevents.ItemKind;
import org.tori.platform.lifeevents.LifeEventTags;
import org.tori.search.entity.KnowledgeDocument;

/**
 * Published lessons and their causes. A cause gets its own document with the analysis's
 * visibility, so an analysis more private than its lesson never shows through the lesson's hit.
 */
@ApplicationScoped
public class LessonDocuments implements DocumentSource {

    public static final String TYPE = "lesson";
    /** The most causes an analysis holds (Lesson.MAX_CAUSES): slots beyond the current ones are cleared. */
    static final int CAUSE_SLOTS = 20;

    private static final List<Locale> LANGUAGES =
            List.of(Locale.ENGLISH, Locale.forLanguageTag("fi"), Locale.forLanguageTag("sv"));

    @Inject
    Lessons lessons;

    @Inject
    LifeEventTags lifeEventTags;

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String index() {
        return Indices.KNOWLEDGE;
    }

    public static String documentId(long lessonId) {
        return "lesson-" + lessonId;
    }

    @Override
    public Optional<Object> document(String id) {
        return published(id).map(this::withLifeEvents);
    }

    @Override
    public List<Document> documents(String id) {
        var docs = new ArrayList<Document>();
        addDocuments(docs, Long.parseLong(id), published(id), this::withLifeEvents);
        return docs;
    }

    /** The same documents as one id at a time, read with a few queries for the whole batch. */
    @Override
    public List<Document> documents(List<String> ids) {
        var numbers = DocumentSource.numbers(ids);
        var details = lessons.publishedDetails(numbers).stream()
                .collect(Collectors.toMap(LessonDetail::id, Function.identity()));
        var events = lifeEventTags.eventsOf(ItemKind.LESSON, details.keySet());
        var docs = new ArrayList<Document>();
        for (var lessonId : numbers) {
            addDocuments(
                    docs,
                    lessonId,
                    Optional.ofNullable(details.get(lessonId)),
                    d -> lessonDocument(d, events.getOrDefault(d.id(), List.of())));
        }
        return docs;
    }

    /** The lesson's document and every cause slot: those beyond its causes (or all, when it is gone) removed. */
    private static void addDocuments(
            List<Document> docs,
            long lessonId,
            Optional<LessonDetail> lesson,
            Function<LessonDetail, KnowledgeDocument> lessonDocument) {
        docs.add(new Document(documentId(lessonId), lesson.map(lessonDocument).orElse(null)));
        var causes = lesson.map(LessonDocuments::causeDocuments).orElse(List.of());
        for (int slot = 0; slot < CAUSE_SLOTS; slot++) {
            docs.add(new Document(
                    documentId(lessonId) + "-cause-" + slot, slot < causes.size() ? causes.get(slot) : null));
        }
    }

    @Override
    public List<String> allIds() {
        return lessons.publishedIds().stream().map(String::valueOf).toList();
    }

    private Optional<LessonDetail> published(String id) {
        try {
            return lessons.detail(Long.parseLong(id), Lessons.SYSTEM).filter(d -> d.status() == LessonStatus.PUBLISHED);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private KnowledgeDocument withLifeEvents(LessonDetail detail) {
        return lessonDocument(detail, lifeEventTags.eventsOf(ItemKind.LESSON, detail.id()));
    }

    static KnowledgeDocument lessonDocument(LessonDetail detail, List<String> lifeEvents) {
        var l = detail.lesson();
        var analysis = l.analysis();
        // the analysis joins the lesson's document only when it is exactly as open as the lesson
        boolean analysisShared = analysis != null && detail.analysisVisibility() == detail.visibility();
        var text = new ArrayList<String>(List.of(
                nz(l.context()), nz(l.whatHappened()), nz(l.whatWorked()), nz(l.whatDidNot()), nz(l.recommendation())));
        var categories = List.<String>of();
        if (analysisShared) {
            text.addAll(List.of(
                    nz(analysis.problem()),
                    nz(analysis.scope()),
                    nz(analysis.impact()),
                    nz(analysis.measure()),
                    nz(analysis.control())));
            text.addAll(nzList(analysis.whys()));
            nzList(analysis.causes()).forEach(c -> text.add(c.statement()));
            nzList(analysis.actions()).forEach(a -> text.add(a.description()));
            categories = nzList(analysis.causes()).stream()
                    .map(c -> c.category().name())
                    .distinct()
                    .toList();
        }
        var body = join(text);
        var tags = tags(l, categories);
        return new KnowledgeDocument(
                "lesson",
                String.valueOf(detail.id()),
                l.title(),
                body,
                tags,
                l.city(),
                l.organisation(),
                l.language(),
                l.happenedOn().toString(),
                l.happenedOn().getYear(),
                names(l.themes()),
                l.domain() == null ? null : l.domain().name(),
                names(l.valueStreams()),
                categories,
                detail.visibility().name(),
                detail.practice(),
                detail.adoptionCount(),
                detail.visibility() == Visibility.PUBLIC ? l.title() + " " + body : null,
                suggestions(l.title()),
                lifeEvents);
    }

    static List<KnowledgeDocument> causeDocuments(LessonDetail detail) {
        var l = detail.lesson();
        var analysis = l.analysis();
        if (analysis == null || analysis.causes() == null) {
            return List.of();
        }
        var visibility = detail.analysisVisibility();
        var context = join(Stream.concat(Stream.of(nz(analysis.problem())), nzList(analysis.whys()).stream())
                .toList());
        return analysis.causes().stream()
                .map(c -> new KnowledgeDocument(
                        "cause",
                        String.valueOf(detail.id()),
                        c.statement(),
                        l.title() + " " + context,
                        tags(l, List.of(c.category().name())),
                        l.city(),
                        l.organisation(),
                        l.language(),
                        l.happenedOn().toString(),
                        l.happenedOn().getYear(),
                        names(l.themes()),
                        l.domain() == null ? null : l.domain().name(),
                        names(l.valueStreams()),
                        List.of(c.category().name()),
                        visibility.name(),
                        null,
                        null,
                        visibility == Visibility.PUBLIC ? c.statement() : null,
                        null,
                        null))
                .toList();
    }

    /** The title from each of its words on, so typing any word of it suggests the lesson. */
    static List<String> suggestions(String title) {
        var words = title.split("\\s+");
        var inputs = new ArrayList<String>();
        for (int i = 0; i < words.length && inputs.size() < 12; i++) {
            if (i == 0 || words[i].length() >= 3) {
                inputs.add(String.join(" ", Arrays.copyOfRange(words, i, words.length)));
            }
        }
        return inputs;
    }

    /** The vocabulary of the lesson in all three languages, so tags match queries in any of them. */
    private static String tags(LessonData l, List<String> categories) {
        var keys = new ArrayList<String>();
        nzSet(l.themes()).forEach(t -> keys.add("theme." + t.name()));
        nzSet(l.valueStreams()).forEach(v -> keys.add("stream." + v.name()));
        if (l.domain() != null) {
            keys.add("domain." + l.domain().name());
        }
        categories.forEach(c -> keys.add("cause." + c));
        return keys.stream()
                .flatMap(k -> LANGUAGES.stream().map(locale -> Texts.get(locale, k)))
                .distinct()
                .collect(Collectors.joining(" · "));
    }

    private static List<String> names(Collection<? extends Enum<?>> values) {
        return values == null
                ? List.of()
                : values.stream().map(Enum::name).sorted().toList();
    }

    private static String join(List<String> parts) {
        return parts.stream().filter(Objects::nonNull).filter(s -> !s.isBlank()).collect(Collectors.joining("\n"));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static <T> List<T> nzList(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static <T> Set<T> nzSet(Set<T> set) {
        return set == null ? Set.of() : set;
    }
}
