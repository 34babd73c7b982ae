package org.tori.valuestreams.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.tori.accounts.boundary.AccountSummary;
import org.tori.accounts.boundary.Accounts;
import org.tori.accounts.boundary.Actor;
import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;
import org.tori.spaces.boundary.SpacesByStream;
import org.tori.valuestreams.entity.Collective;
import org.tori.valuestreams.entity.CollectiveNote;
import org.tori.valuestreams.entity.LifeEvent;

/**
 * A collective's phenomena, customer journeys and meeting notes: members write them, everyone reads
 * them. A linked space must be a public one of the collective's stream.
 */
@ApplicationScoped
@Transactional
public class CollectiveNotes {

    /** A choice of the forms: a life event or a space of the stream, by name. */
    public record Choice(long id, String name) {}

    @PersistenceContext(unitName = "tori")
    EntityManager em;

    @Inject
    SpacesByStream spaces;

    @Inject
    Accounts accounts;

    @Inject
    Clock clock;

    public long phenomenon(long collectiveId, String title, String body, Long spaceId, Actor actor) {
        var c = existing(collectiveId);
        return add(CollectiveNote.phenomenon(c, title, body, space(c, spaceId), signedIn(actor), now()));
    }

    public long journey(
            long collectiveId, Long lifeEventId, String title, String steps, String pains, Long spaceId, Actor actor) {
        var c = existing(collectiveId);
        var event = lifeEventId == null ? null : em.find(LifeEvent.class, lifeEventId);
        return add(CollectiveNote.journey(c, event, title, steps, pains, space(c, spaceId), signedIn(actor), now()));
    }

    public long meeting(long collectiveId, LocalDate heldOn, String title, String notes, Actor actor) {
        var c = existing(collectiveId);
        return add(CollectiveNote.meeting(c, heldOn, title, notes, signedIn(actor), now()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<NoteRow> of(long collectiveId, Locale locale) {
        var names = new HashMap<Long, String>();
        var events = new HashMap<Long, String>();
        var notes = em.createNamedQuery(CollectiveNote.OF, CollectiveNote.class)
                .setParameter("collective", collectiveId)
                .getResultList();
        var spaceTitles = new HashMap<Long, String>();
        spaces.titles(notes.stream()
                        .map(CollectiveNote::getSpaceId)
                        .filter(Objects::nonNull)
                        .toList())
                .forEach(t -> spaceTitles.put(t.id(), t.title()));
        return notes.stream()
                .map(n -> new NoteRow(
                        n.getId(),
                        n.getKind().name(),
                        n.getTitle(),
                        n.getBody(),
                        n.getPainPoints(),
                        n.getLifeEventId() == null
                                ? null
                                : events.computeIfAbsent(n.getLifeEventId(), id -> eventName(id, locale)),
                        spaceTitles.containsKey(n.getSpaceId()) ? n.getSpaceId() : null,
                        spaceTitles.get(n.getSpaceId()),
                        n.getHeldOn(),
                        n.getAuthorId() == null
                                ? ""
                                : names.computeIfAbsent(
                                        n.getAuthorId(),
                                        id -> accounts.find(id)
                                                .map(AccountSummary::name)
                                                .orElse("")),
                        n.getWrittenAt()))
                .toList();
    }

    /** The life events and public spaces of the collective's stream, for the forms. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Choice> lifeEvents(long collectiveId, Locale locale) {
        var c = em.find(Collective.class, collectiveId);
        return c == null
                ? List.of()
                : em
                        .createNamedQuery(LifeEvent.OF, LifeEvent.class)
                        .setParameter("stream", c.getValueStream())
                        .getResultList()
                        .stream()
                        .map(e -> new Choice(e.getId(), e.name(locale)))
                        .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Choice> spaces(long collectiveId) {
        var c = em.find(Collective.class, collectiveId);
        return c == null
                ? List.of()
                : spaces.ofStream(c.getValueStream()).stream()
                        .map(t -> new Choice(t.id(), t.title()))
                        .toList();
    }

    private String eventName(long lifeEventId, Locale locale) {
        var event = em.find(LifeEvent.class, lifeEventId);
        return event == null ? null : event.name(locale);
    }

    private Long space(Collective c, Long spaceId) {
        if (spaceId == null) {
            return null;
        }
        if (spaces.ofStream(c.getValueStream()).stream().noneMatch(t -> t.id() == spaceId)) {
            throw new DomainException(Kind.INVALID, "collective.note.space.unknown", "space");
        }
        return spaceId;
    }

    private long add(CollectiveNote note) {
        em.persist(note);
        em.flush();
        return note.getId();
    }

    private Collective existing(long id) {
        var collective = em.find(Collective.class, id);
        if (collective == null) {
            throw new DomainException(Kind.NOT_FOUND, "collective.notFound");
        }
        return collective;
    }

    private static long signedIn(Actor actor) {
        if (actor == null) {
            throw new DomainException(Kind.UNAUTHORIZED, "collective.signIn");
        }
        return actor.accountId();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
