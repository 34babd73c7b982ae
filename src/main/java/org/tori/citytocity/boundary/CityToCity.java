package org.tori.citytocity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.tori.accounts.boundary.AccountSummary;
import org.tori.accounts.boundary.Accounts;
import org.tori.accounts.boundary.Actor;
import org.tori.citytocity.entity.Acceptance;
import org.tori.citytocity.entity.Agreement;
import org.tori.citytocity.entity.CityNetwork;
import org.tori.citytocity.entity.Learning;
import org.tori.citytocity.entity.LearningPosted;
import org.tori.citytocity.entity.NetworkVisibility;
import org.tori.citytocity.entity.Topic;
import org.tori.knowledge.boundary.Lessons;
import org.tori.knowledge.entity.Reader;
import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;
import org.tori.platform.text.RichText;
import org.tori.spaces.entity.Phase;
import org.tori.spaces.entity.Space;
import org.tori.spaces.entity.SpaceChanged;
import org.tori.spaces.entity.SpaceKind;

/**
 * The use cases of a city-to-city space, one transaction each: managers publish the agreement and
 * choose who reads; city partners accept it (which admits them), post topics and learnings, and
 * record a linked practice as adopted through the knowledge base.
 */
@ApplicationScoped
@Transactional
public class CityToCity {

    @PersistenceContext(unitName = "tori")
    EntityManager em;

    @Inject
    RichText richText;

    @Inject
    Clock clock;

    @Inject
    Accounts accounts;

    @Inject
    Lessons lessons;

    @Inject
    NetworkReader reader;

    @Inject
    Event<SpaceChanged> changed;

    @Inject
    Event<LearningPosted> posted;

    public Optional<NetworkOverview> overview(long spaceId, Actor viewer) {
        return space(spaceId, viewer, false)
                .map(space -> reader.overview(space, network(space.getId()), viewer, city(viewer)));
    }

    /** One version of the agreement, old ones included, for whoever may see the space. */
    public Optional<NetworkOverview.AgreementText> agreement(long spaceId, int number, Actor viewer) {
        return space(spaceId, viewer, false)
                .flatMap(space -> agreements(spaceId).stream()
                        .filter(a -> a.getNumber() == number)
                        .findFirst()
                        .map(a ->
                                new NetworkOverview.AgreementText(a.getNumber(), a.getBodyHtml(), a.getPublishedAt())));
    }

    /** The newest agreement's Markdown, for its managers to start the next version from. */
    public String agreementSource(long spaceId, Actor actor) {
        managed(spaceId, actor);
        var all = agreements(spaceId);
        return all.isEmpty() ? "" : all.get(all.size() - 1).getBodySource();
    }

    /**
     * Publishes a new agreement version when the text differs from the one in force (members accept it
     * again before they post) and sets who reads the topics; either may be left out.
     */
    public int publishAgreement(long spaceId, String text, NetworkVisibility visibility, Actor actor) {
        var space = managed(spaceId, actor);
        var network = network(spaceId);
        if (!em.contains(network)) {
            em.persist(network);
        }
        boolean textGiven = text != null && !text.isBlank();
        if (!textGiven && visibility == null) {
            throw new DomainException(Kind.INVALID, "c2c.agreement.required", "text");
        }
        if (textGiven && !text.strip().equals(agreementSource(spaceId, actor))) {
            em.persist(network.publish(text, richText.toSafeHtml(text), actor.accountId(), now()));
        }
        if (visibility != null) {
            network.show(visibility);
        }
        changed.fire(new SpaceChanged(spaceId, space.getPhase()));
        return network.getCurrentVersion();
    }

    /** A city partner accepts the version in force for their city, and so becomes a member city. */
    public void accept(long spaceId, Integer versionRead, Actor actor) {
        var space = locked(spaceId, actor);
        if (actor == null || !actor.cityPartner()) {
            throw new DomainException(Kind.FORBIDDEN, "c2c.accept.cityOnly");
        }
        var network = network(spaceId);
        var acceptance = network.accept(actor.accountId(), city(actor), versionRead, now());
        if (acceptedVersion(spaceId, actor.accountId()) < network.getCurrentVersion()) {
            em.persist(acceptance);
        }
        space.admit(actor.accountId());
        changed.fire(new SpaceChanged(spaceId, space.getPhase()));
    }

    public long postTopic(long spaceId, String title, String body, Actor actor) {
        var space = locked(spaceId, actor);
        mayPost(space, actor);
        var topic = new Topic(spaceId, actor.accountId(), city(actor), title, body, richText.toSafeHtml(body), now());
        em.persist(topic);
        em.flush();
        return topic.getId();
    }

    /** A learning under a topic; each linked lesson must be a published, public lesson of the knowledge base. */
    public long postLearning(long spaceId, long topicId, String body, List<Long> lessonIds, Actor actor) {
        var space = locked(spaceId, actor);
        mayPost(space, actor);
        var topic = em.find(Topic.class, topicId);
        if (topic == null || topic.getSpaceId() != spaceId) {
            throw new DomainException(Kind.NOT_FOUND, "c2c.topic.notFound");
        }
        for (var lessonId : lessonIds == null ? List.<Long>of() : lessonIds) {
            if (lessonId == null || lessons.detail(lessonId, Reader.ANONYMOUS).isEmpty()) {
                throw new DomainException(Kind.INVALID, "c2c.learning.lessonNotFound", "lessonIds");
            }
        }
        var learning = topic.learn(actor.accountId(), city(actor), body, richText.toSafeHtml(body), lessonIds, now());
        em.persist(learning);
        em.flush();
        posted.fire(new LearningPosted(
                spaceId, learning.getId(), actor.accountId(), learning.getCity(), topic.getTitle(), body.strip()));
        return learning.getId();
    }

    /**
     * The member city records a practice linked in this space as adopted: the knowledge base's one
     * adoption record per city, which the re-use figure counts. A second time is refused.
     */
    public NetworkOverview.LinkedLesson adopt(long spaceId, long lessonId, Actor actor) {
        var space = locked(spaceId, actor);
        mayPost(space, actor);
        var city = city(actor);
        if (!actor.cityPartner() || city == null) {
            throw new DomainException(Kind.FORBIDDEN, "c2c.accept.cityOnly");
        }
        boolean linked = em.createNamedQuery(Learning.OF_SPACE, Learning.class)
                .setParameter("space", spaceId)
                .getResultStream()
                .anyMatch(l -> l.links(lessonId));
        if (!linked) {
            throw new DomainException(Kind.NOT_FOUND, "c2c.adopt.notLinked");
        }
        var asCity = new Reader(actor.accountId(), false, true, city);
        var before = lessons.detail(lessonId, asCity)
                .orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "c2c.adopt.notLinked"));
        if (before.adoptions().stream().anyMatch(a -> a.city().equalsIgnoreCase(city))) {
            throw new DomainException(Kind.CONFLICT, "c2c.adopt.already");
        }
        lessons.adopt(lessonId, LocalDate.now(clock), null, asCity);
        return reader.linked(List.of(lessonId), city).get(0);
    }

    /** Staff hide a topic or learning of the space with a reason everyone sees (reason null: show it again). */
    public void moderate(long spaceId, boolean topic, long postId, String reason, boolean hide, Actor actor) {
        if (actor == null || !actor.staff()) {
            throw new DomainException(Kind.FORBIDDEN, "c2c.moderate.staffOnly");
        }
        locked(spaceId, actor);
        if (topic) {
            var post = em.find(Topic.class, postId);
            if (post == null || post.getSpaceId() != spaceId) {
                throw new DomainException(Kind.NOT_FOUND, "c2c.post.notFound");
            }
            if (hide) {
                post.hide(reason);
            } else {
                post.restore();
            }
            return;
        }
        var post = em.find(Learning.class, postId);
        if (post == null || post.getTopic().getSpaceId() != spaceId) {
            throw new DomainException(Kind.NOT_FOUND, "c2c.post.notFound");
        }
        if (hide) {
            post.hide(reason);
        } else {
            post.restore();
        }
    }

    private void mayPost(Space space, Actor actor) {
        if (actor == null) {
            throw new DomainException(Kind.UNAUTHORIZED, "problem.unauthorized");
        }
        if (space.getPhase() != Phase.OPEN) {
            throw new DomainException(Kind.CONFLICT, "c2c.post.closed");
        }
        if (!actor.staff()) {
            network(space.getId()).requireAccepted(acceptedVersion(space.getId(), actor.accountId()));
        }
    }

    private int acceptedVersion(long spaceId, long accountId) {
        var newest = em.createNamedQuery(Acceptance.NEWEST_OF, Integer.class)
                .setParameter("space", spaceId)
                .setParameter("account", accountId)
                .getSingleResult();
        return newest == null ? 0 : newest;
    }

    private List<Agreement> agreements(long spaceId) {
        return em.createNamedQuery(Agreement.OF_SPACE, Agreement.class)
                .setParameter("space", spaceId)
                .getResultList();
    }

    /** The space's network row, or a new one (members only, no agreement) that is kept once written to. */
    private CityNetwork network(long spaceId) {
        var found = em.find(CityNetwork.class, spaceId);
        if (found != null) {
            return found;
        }
        return new CityNetwork(spaceId);
    }

    private String city(Actor actor) {
        if (actor == null || !actor.cityPartner()) {
            return null;
        }
        return accounts.find(actor.accountId())
                .map(AccountSummary::city)
                .filter(c -> !c.isBlank())
                .map(String::strip)
                .orElse(null);
    }

    private Optional<Space> space(long spaceId, Actor viewer, boolean lock) {
        var space =
                lock ? em.find(Space.class, spaceId, LockModeType.PESSIMISTIC_WRITE) : em.find(Space.class, spaceId);
        if (space == null
                || space.getKind() != SpaceKind.CITY_TO_CITY
                || (!space.getPhase().isPublic()
                        && (viewer == null || !space.mayBeManagedBy(viewer.accountId(), viewer.staff())))) {
            return Optional.empty();
        }
        return Optional.of(space);
    }

    private Space locked(long spaceId, Actor actor) {
        return space(spaceId, actor, true).orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "space.notFound"));
    }

    private Space managed(long spaceId, Actor actor) {
        var space = locked(spaceId, actor);
        if (actor == null || !space.mayBeManagedBy(actor.accountId(), actor.staff())) {
            throw new DomainException(Kind.FORBIDDEN, "c2c.manageOnly");
        }
        return space;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
