package org.tori.valuestreams.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.tori.accounts.boundary.AccountSummary;
import org.tori.accounts.boundary.Accounts;
import org.tori.knowledge.boundary.LessonsByStream;
import org.tori.knowledge.entity.Reader;
import org.tori.platform.lifeevents.ItemKind;
import org.tori.platform.lifeevents.LifeEventTag;
import org.tori.spaces.boundary.SpacesByStream;
import org.tori.spaces.entity.ValueStream;
import org.tori.stories.boundary.StoriesByStream;
import org.tori.valuestreams.entity.Collective;
import org.tori.valuestreams.entity.LifeEvent;

/**
 * Reads the hubs: every count comes from one grouped query per feature (spaces, lessons, stories)
 * and the stream's own tables, whatever the number of streams, so the index costs five queries.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Hubs {

    @PersistenceContext(unitName = "tori")
    EntityManager em;

    @Inject
    SpacesByStream spaces;

    @Inject
    LessonsByStream lessons;

    @Inject
    StoriesByStream stories;

    @Inject
    Accounts accounts;

    public List<StreamCard> index(Reader reader) {
        var spaceCounts = spaces.counts();
        var lessonCounts = lessons.counts(reader);
        var storyCounts = stories.counts();
        var collectives = em.createNamedQuery(Collective.CARDS, Object[].class).getResultList().stream()
                .collect(Collectors.toMap(row -> (ValueStream) row[0], row -> row));
        var events = em.createNamedQuery(LifeEvent.COUNTS, Object[].class).getResultList().stream()
                .collect(Collectors.toMap(row -> (ValueStream) row[0], row -> ((Number) row[1]).longValue()));
        return Arrays.stream(ValueStream.values())
                .map(v -> {
                    var s = spaceCounts.getOrDefault(v, new SpacesByStream.Counts(0, 0, 0));
                    var l = lessonCounts.getOrDefault(v, new LessonsByStream.Counts(0, 0));
                    var c = collectives.get(v);
                    return new StreamCard(
                            v,
                            Streams.slug(v),
                            s.all(),
                            s.open(),
                            s.testingLabs(),
                            l.lessons(),
                            l.practices(),
                            storyCounts.getOrDefault(v, 0L),
                            events.getOrDefault(v, 0L).intValue(),
                            c == null ? null : (Long) c[1],
                            c == null ? null : (String) c[2],
                            c == null ? null : (Long) c[3]);
                })
                .toList();
    }

    public Hub hub(ValueStream stream, Reader reader, Locale locale) {
        var card = index(reader).stream()
                .filter(c -> c.stream() == stream)
                .findFirst()
                .orElseThrow();
        var owner = card.ownerId() == null
                ? null
                : accounts.find(card.ownerId()).map(AccountSummary::name).orElse(null);
        return new Hub(card, owner, lifeEvents(stream, reader, locale));
    }

    private List<LifeEventRow> lifeEvents(ValueStream stream, Reader reader, Locale locale) {
        var events = em.createNamedQuery(LifeEvent.OF, LifeEvent.class)
                .setParameter("stream", stream)
                .getResultList();
        if (events.isEmpty()) {
            return List.of();
        }
        var tags = em.createNamedQuery(LifeEventTag.OF_EVENTS, LifeEventTag.class)
                .setParameter("events", events.stream().map(LifeEvent::getId).toList())
                .getResultList();
        var lessonIds = ids(tags, ItemKind.LESSON);
        var spaceIds = ids(tags, ItemKind.SPACE);
        var lessonTitles = new HashMap<Long, String>();
        lessons.titles(lessonIds, reader).forEach(t -> lessonTitles.put(t.id(), t.title()));
        var spaceTitles = new HashMap<Long, String>();
        spaces.titles(spaceIds).forEach(t -> spaceTitles.put(t.id(), t.title()));
        var storyTitles = new HashMap<Long, String>();
        stories.titles(ids(tags, ItemKind.STORY)).forEach(t -> storyTitles.put(t.id(), t.title()));
        var rows = new ArrayList<LifeEventRow>();
        for (var e : events) {
            var mine =
                    tags.stream().filter(t -> t.getLifeEventId() == e.getId()).toList();
            rows.add(new LifeEventRow(
                    e.getId(),
                    e.name(locale),
                    e.getDescription(),
                    tagged(mine, ItemKind.LESSON, lessonTitles),
                    tagged(mine, ItemKind.SPACE, spaceTitles),
                    tagged(mine, ItemKind.STORY, storyTitles)));
        }
        return rows;
    }

    /** What staff may tag with a life event of the stream: its lessons, spaces and stories, by title. */
    public record Candidates(
            List<LifeEventRow.Tagged> lessons, List<LifeEventRow.Tagged> spaces, List<LifeEventRow.Tagged> stories) {}

    public Candidates candidates(ValueStream stream, Reader reader) {
        return new Candidates(
                lessons.ofStream(stream, reader).stream()
                        .map(t -> new LifeEventRow.Tagged(t.id(), t.title()))
                        .toList(),
                spaces.ofStream(stream).stream()
                        .map(t -> new LifeEventRow.Tagged(t.id(), t.title()))
                        .toList(),
                stories.ofStream(stream).stream()
                        .map(t -> new LifeEventRow.Tagged(t.id(), t.title()))
                        .toList());
    }

    private static List<Long> ids(List<LifeEventTag> tags, ItemKind kind) {
        return tags.stream()
                .filter(t -> t.getItemKind() == kind)
                .map(LifeEventTag::getItemId)
                .distinct()
                .toList();
    }

    /** Only items the reader may read have a title: the others stay out. */
    private static List<LifeEventRow.Tagged> tagged(List<LifeEventTag> tags, ItemKind kind, Map<Long, String> titles) {
        return tags.stream()
                .filter(t -> t.getItemKind() == kind && titles.containsKey(t.getItemId()))
                .map(t -> new LifeEventRow.Tagged(t.getItemId(), titles.get(t.getItemId())))
                .sorted(Comparator.comparing(LifeEventRow.Tagged::title))
                .toList();
    }
}
