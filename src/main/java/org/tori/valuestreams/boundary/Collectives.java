package org.tori.valuestreams.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.tori.accounts.boundary.Actor;
import org.tori.accounts.entity.AccountErased;
import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;
import org.tori.spaces.entity.ValueStream;
import org.tori.valuestreams.entity.ActionStatus;
import org.tori.valuestreams.entity.Collective;
import org.tori.valuestreams.entity.CollectiveChanged;
import org.tori.valuestreams.entity.CollectiveComment;
import org.tori.valuestreams.entity.PlanAction;

/**
 * The use cases of a development collective, one transaction each. A change its followers hear of
 * (a vision version, an action added or moved) fires {@link CollectiveChanged} inside the
 * transaction; notifications queue the mails in the same transaction (the outbox).
 */
@ApplicationScoped
@Transactional
public class Collectives {

    @PersistenceContext(unitName = "tori")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<CollectiveChanged> changed;

    @Inject
    CollectiveReader reader;

    /** Staff start a stream's collective and own it (one per stream). */
    public long start(ValueStream stream, String name, Actor actor) {
        if (actor == null || !actor.staff()) {
            throw new DomainException(Kind.FORBIDDEN, "collective.start.forbidden");
        }
        if (stream == null) {
            throw new DomainException(Kind.INVALID, "collective.stream.required", "stream");
        }
        if (!em.createNamedQuery(Collective.BY_STREAM, Collective.class)
                .setParameter("stream", stream)
                .getResultList()
                .isEmpty()) {
            throw new DomainException(Kind.CONFLICT, "collective.start.exists", "name");
        }
        var collective = new Collective(stream, name, actor.accountId(), now());
        em.persist(collective);
        em.flush();
        return collective.getId();
    }

    public Optional<CollectivePage> page(long id, Actor viewer) {
        return Optional.ofNullable(em.find(Collective.class, id)).map(c -> reader.page(c, viewer));
    }

    public void apply(long id, String motivation, Actor actor) {
        locked(id).apply(signedIn(actor), motivation, now());
    }

    public void accept(long id, long applicantId, Actor actor) {
        locked(id).accept(applicantId, signedIn(actor), actor.staff(), now());
    }

    public void follow(long id, boolean follow, Actor actor) {
        var collective = locked(id);
        if (follow) {
            collective.follow(signedIn(actor));
        } else {
            collective.unfollow(signedIn(actor));
        }
    }

    public int reviseVision(long id, String body, Actor actor) {
        var collective = locked(id);
        var version = collective.reviseVision(body, signedIn(actor), now());
        em.persist(version);
        fire(
                collective,
                "VISION",
                String.valueOf(version.getNumber()),
                version.getBody(),
                actor,
                "collective-vision:" + collective.getId() + ":" + version.getNumber());
        return version.getNumber();
    }

    public long plan(long id, String title, String owner, LocalDate dueOn, Actor actor) {
        var collective = locked(id);
        var action = collective.plan(title, owner, dueOn, signedIn(actor), now());
        em.persist(action);
        em.flush();
        fire(
                collective,
                "ACTION",
                action.getTitle() + " · " + action.getStatus(),
                action.getDueOn().toString(),
                actor,
                "collective-action:" + action.getId() + ":" + action.getStatus());
        return action.getId();
    }

    public void move(long id, long actionId, ActionStatus target, Actor actor) {
        var collective = locked(id);
        collective.requireMember(signedIn(actor));
        var action = em.find(PlanAction.class, actionId, LockModeType.PESSIMISTIC_WRITE);
        if (action == null || action.getCollectiveId() != id) {
            throw new DomainException(Kind.NOT_FOUND, "collective.action.notFound");
        }
        action.moveTo(target, now());
        fire(
                collective,
                "ACTION",
                action.getTitle() + " · " + action.getStatus(),
                action.getDueOn().toString(),
                actor,
                "collective-action:" + action.getId() + ":" + action.getStatus() + ":"
                        + action.getUpdatedAt().toEpochSecond());
    }

    public long comment(long id, String body, Actor actor) {
        var comment =
                new CollectiveComment(em.find(Collective.class, existing(id).getId()), signedIn(actor), body, now());
        em.persist(comment);
        em.flush();
        return comment.getId();
    }

    private void fire(Collective c, String what, String headline, String detail, Actor actor, String key) {
        changed.fire(new CollectiveChanged(
                c.getId(),
                c.getName(),
                "stream." + c.getValueStream().name(),
                what,
                headline,
                detail,
                actor.accountId(),
                c.getFollowers(),
                key));
    }

    private Collective existing(long id) {
        var collective = em.find(Collective.class, id);
        if (collective == null) {
            throw new DomainException(Kind.NOT_FOUND, "collective.notFound");
        }
        return collective;
    }

    private Collective locked(long id) {
        existing(id);
        return em.find(Collective.class, id, LockModeType.PESSIMISTIC_WRITE);
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

    /** Erasing an account takes the member out of every collective in the same transaction. */
    public void accountErased(@Observes AccountErased erased) {
        em.createNamedQuery(Collective.ALL, Collective.class)
                .getResultList()
                .forEach(c -> c.forget(erased.accountId()));
    }
}
