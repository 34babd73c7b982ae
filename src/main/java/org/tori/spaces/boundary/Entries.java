package org.tori.spaces.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;
import org.tori.spaces.entity.Entry;
import org.tori.spaces.entity.Space;
import org.tori.spaces.entity.SpaceActivity;

/** Submitting entries before the deadline, and screening them before the jury sees them. */
@ApplicationScoped
@Transactional
public class Entries {

    @PersistenceContext(unitName = "tori")
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    Event<SpaceActivity> activity;

    public long submit(long spaceId, @Valid @NotNull EntryForm form, long submitterId) {
        var space = em.find(Space.class, spaceId, LockModeType.PESSIMISTIC_WRITE);
        if (space == null || !space.getPhase().isPublic()) {
            throw new DomainException(Kind.NOT_FOUND, "space.notFound");
        }
        var earlier = em.createNamedQuery(Entry.BY_SUBMITTER, Entry.class)
                .setParameter("space", spaceId).setParameter("submitter", submitterId).getResultList();
        if (!earlier.isEmpty()) {
            throw new DomainException(Kind.CONFLICT, "entry.duplicate");
        }
        var entry = new Entry(space, submitterId, form.getTitle(), form.getProblem(), form.getSolution(),
                form.getBusinessModel(), blankToNull(form.getDemoLink()), OffsetDateTime.now(clock));
        em.persist(entry);
        em.flush();
        activity.fire(new SpaceActivity.EntrySubmitted(spaceId, entry.getId(), submitterId));
        return entry.getId();
    }

    public void screen(long entryId, Entry.Screening decision, String reason, Spaces.Actor actor) {
        var entry = em.find(Entry.class, entryId, LockModeType.PESSIMISTIC_WRITE);
        if (entry == null) {
            throw new DomainException(Kind.NOT_FOUND, "entry.notFound");
        }
        var space = em.find(Space.class, entry.getSpaceId());
        if (actor == null || !space.mayBeManagedBy(actor.accountId(), actor.staff())) {
            throw new DomainException(Kind.FORBIDDEN, "space.manage.forbidden");
        }
        if (!space.isScreening()) {
            throw new DomainException(Kind.CONFLICT, "entry.screening.notNow");
        }
        entry.screen(decision, reason);
        activity.fire(new SpaceActivity.EntryScreened(space.getId(), entryId, entry.getSubmitterId(), decision, reason));
    }

    /** Who submitted an entry (the account told about its screening, placing and pilot). */
    public Optional<Long> submitterOf(long entryId) {
        return Optional.ofNullable(em.find(Entry.class, entryId)).map(Entry::getSubmitterId);
    }

    /** Every entry of a space, for those who manage it. */
    public List<EntrySummary> ofSpace(long spaceId, Spaces.Actor actor) {
        var space = em.find(Space.class, spaceId);
        if (space == null) {
            throw new DomainException(Kind.NOT_FOUND, "space.notFound");
        }
        if (actor == null || !space.mayBeManagedBy(actor.accountId(), actor.staff())) {
            throw new DomainException(Kind.FORBIDDEN, "space.manage.forbidden");
        }
        return entries(spaceId);
    }

    /** For judging: the entries of a space whatever the viewer; judging decides who may see them. */
    public List<EntrySummary> entries(long spaceId) {
        return em.createNamedQuery(Entry.OF_SPACE, Entry.class).setParameter("space", spaceId)
                .getResultStream().map(EntrySummary::of).toList();
    }

    public Optional<EntrySummary> find(long entryId) {
        return Optional.ofNullable(em.find(Entry.class, entryId)).map(EntrySummary::of);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
