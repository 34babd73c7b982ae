package org.tori.search.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tori.knowledge.boundary.LessonData;
import org.tori.knowledge.boundary.LessonDetail;
import org.tori.knowledge.boundary.Lessons;
import org.tori.knowledge.entity.CauseCategory;
import org.tori.knowledge.entity.LessonStatus;
import org.tori.knowledge.entity.Reader;
import org.tori.knowledge.entity.Visibility;
import org.tori.platform.lifeevents.ItemKind;
import org.tori.platform.lifeevents.LifeEventTags;
import org.tori.spaces.entity.CityDomain;
import org.tori.spaces.entity.Theme;
import org.tori.spaces.entity.ValueStream;

/** A rebuild reads lessons in batches: it must write exactly what one change at a time writes. */
class LessonDocumentsTest {

    private static LessonDetail published(long id, Visibility analysis, String... causes) {
        var data = new LessonData(
                "x-" + id,
                "Lesson " + id,
                "Tampere",
                "Test office",
                LocalDate.of(2024, 2, 1),
                "en",
                null,
                "What happened to " + id,
                null,
                null,
                null,
                Set.of(Theme.values()[0]),
                CityDomain.values()[0],
                Set.of(ValueStream.values()[0]),
                null,
                List.of(),
                Visibility.PUBLIC,
                LessonStatus.PUBLISHED,
                false,
                new LessonData.Analysis(
                        analysis,
                        "Problem of " + id,
                        null,
                        null,
                        null,
                        List.of("Why " + id),
                        List.of(causes).stream()
                                .map(c -> new LessonData.CauseData(c, CauseCategory.PROCESS))
                                .toList(),
                        List.of(),
                        null));
        return new LessonDetail(
                id,
                data,
                LessonStatus.PUBLISHED,
                Visibility.PUBLIC,
                analysis,
                false,
                0,
                List.of(),
                null,
                OffsetDateTime.now(),
                false,
                false,
                false);
    }

    private static final Map<Long, LessonDetail> PUBLISHED = Map.of(
            1L, published(1, Visibility.PUBLIC, "Route planned on paper", "Sensors never installed"),
            3L, published(3, Visibility.STAFF, "Budget cut"),
            4L, published(4, Visibility.PUBLIC));
    private static final Map<Long, List<String>> EVENTS = Map.of(1L, List.of("5", "9"));

    private static LessonDocuments source() {
        var source = new LessonDocuments();
        source.lessons = new Lessons() {
            @Override
            public Optional<LessonDetail> detail(long id, Reader reader) {
                return Optional.ofNullable(PUBLISHED.get(id));
            }

            @Override
            public List<LessonDetail> publishedDetails(Collection<Long> ids) {
                return ids.stream()
                        .filter(PUBLISHED::containsKey)
                        .map(PUBLISHED::get)
                        .toList();
            }
        };
        source.lifeEventTags = new LifeEventTags() {
            @Override
            public List<String> eventsOf(ItemKind kind, long itemId) {
                return EVENTS.getOrDefault(itemId, List.of());
            }

            @Override
            public Map<Long, List<String>> eventsOf(ItemKind kind, Collection<Long> itemIds) {
                return EVENTS;
            }
        };
        return source;
    }

    @Test
    void aBatchWritesWhatEachLessonWritesAloneWithItsCausesAndRemovesTheRest() {
        var source = source();
        // 2 is not published (a draft, or gone): its lesson and cause slots are removed, never written
        var ids = List.of("1", "2", "3", "4");
        var oneByOne = new ArrayList<DocumentSource.Document>();
        ids.forEach(id -> oneByOne.addAll(source.documents(id)));

        var batch = source.documents(ids);

        assertEquals(oneByOne, batch);
        assertEquals(
                List.of("lesson-1", "lesson-1-cause-0", "lesson-1-cause-1", "lesson-3", "lesson-3-cause-0", "lesson-4"),
                batch.stream()
                        .filter(d -> d.body() != null)
                        .map(DocumentSource.Document::id)
                        .toList());
        assertEquals(4 * (1 + LessonDocuments.CAUSE_SLOTS), batch.size());
    }
}
