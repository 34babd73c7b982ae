package org.tori.events.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tori.events.entity.CalendarEvent;
import org.tori.events.entity.CalendarEventChanged;
import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;
import org.tori.platform.time.ProgramTime;
import org.tori.spaces.boundary.Spaces;
import org.tori.spaces.entity.Theme;
import org.tori.spaces.entity.ValueStream;

/** The use cases of the events calendar, one transaction each: staff write events, everyone reads them. */
@ApplicationScoped
@Transactional
public class Events {

    /** Who acts: only staff write events. */
    public record Actor(long accountId, boolean staff) {}

    @PersistenceContext(unitName = "tori")
    EntityManager em;

    @Inject
    Spaces spaces;

    @Inject
    Clock clock;

    @Inject
    Event<CalendarEventChanged> changed;

    public long create(@Valid @NotNull EventForm form, Actor actor) {
        requireStaff(actor);
        var details = form.details();
        requireKnownSpaces(details.spaceIds());
        var event = new CalendarEvent(details, actor.accountId(), now());
        em.persist(event);
        em.flush();
        changed.fire(new CalendarEventChanged(event.getId()));
        return event.getId();
    }

    public void edit(long id, @Valid @NotNull EventForm form, Actor actor) {
        var event = managed(id, actor);
        var details = form.details();
        requireKnownSpaces(details.spaceIds());
        event.describe(details, now());
        changed.fire(new CalendarEventChanged(id));
    }

    public EventForm form(long id, Actor actor) {
        return new EventForm(managed(id, actor));
    }

    public Optional<EventRow> find(long id) {
        return Optional.ofNullable(em.find(CalendarEvent.class, id)).map(EventRow::of);
    }

    /** The events that take place (at least in part) in a month of the program's calendar. */
    public List<EventRow> month(YearMonth month) {
        return between(
                ProgramTime.startOf(month.atDay(1)),
                ProgramTime.startOf(month.plusMonths(1).atDay(1)));
    }

    /** Events not yet over, soonest first. */
    public List<EventRow> upcoming(int max) {
        return em.createNamedQuery(CalendarEvent.BETWEEN, CalendarEvent.class)
                .setParameter("from", now())
                .setParameter("until", now().plusYears(10))
                .setMaxResults(max)
                .getResultStream()
                .map(EventRow::of)
                .toList();
    }

    /** Every event of one theme and value stream (null: any), oldest first. */
    public List<EventRow> all(Theme theme, ValueStream stream) {
        return em.createNamedQuery(CalendarEvent.ALL, CalendarEvent.class)
                .getResultStream()
                .filter(e -> e.concerns(theme, stream))
                .map(EventRow::of)
                .toList();
    }

    private List<EventRow> between(OffsetDateTime from, OffsetDateTime until) {
        return em.createNamedQuery(CalendarEvent.BETWEEN, CalendarEvent.class)
                .setParameter("from", from)
                .setParameter("until", until)
                .getResultStream()
                .map(EventRow::of)
                .toList();
    }

    private void requireKnownSpaces(Set<Long> ids) {
        for (var id : ids) {
            if (spaces.phaseOf(id).isEmpty()) {
                throw new DomainException(Kind.INVALID, "event.spaces.unknown", "spaceIds");
            }
        }
    }

    private CalendarEvent managed(long id, Actor actor) {
        requireStaff(actor);
        var event = em.find(CalendarEvent.class, id);
        if (event == null) {
            throw new DomainException(Kind.NOT_FOUND, "event.notFound");
        }
        return event;
    }

    private static void requireStaff(Actor actor) {
        if (actor == null) {
            throw new DomainException(Kind.UNAUTHORIZED, "problem.unauthorized");
        }
        if (!actor.staff()) {
            throw new DomainException(Kind.FORBIDDEN, "event.staffOnly");
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    /** Every event's id, oldest first (the search index rebuilds from it). */
    public List<Long> ids() {
        return em.createQuery("SELECT e.id FROM CalendarEvent e ORDER BY e.id", Long.class)
                .getResultList();
    }
}
