package org.tori.citytocity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.tori.accounts.boundary.AccountSummary;
import org.tori.accounts.boundary.Accounts;
import org.tori.accounts.boundary.Actor;
import org.tori.citytocity.boundary.NetworkOverview.LinkedLesson;
import org.tori.citytocity.entity.Acceptance;
import org.tori.citytocity.entity.Agreement;
import org.tori.citytocity.entity.CityNetwork;
import org.tori.citytocity.entity.Learning;
import org.tori.citytocity.entity.Topic;
import org.tori.knowledge.boundary.Lessons;
import org.tori.knowledge.entity.Reader;
import org.tori.spaces.entity.Phase;
import org.tori.spaces.entity.Space;

/** Turns a network's agreement, acceptances, topics and learnings into what pages and the API show. */
@ApplicationScoped
public class NetworkReader {

    @PersistenceContext(unitName = "tori")
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    Lessons lessons;

    public NetworkOverview overview(Space space, CityNetwork network, Actor viewer, String viewerCity) {
        long id = space.getId();
        var versions = em.createNamedQuery(Agreement.OF_SPACE, Agreement.class)
                .setParameter("space", id)
                .getResultList();
        var current = versions.isEmpty() ? null : versions.get(versions.size() - 1);
        var members = members(id);
        boolean staff = viewer != null && viewer.staff();
        boolean member = viewer != null && space.isParticipant(viewer.accountId());
        int accepted = viewer == null
                ? 0
                : members.values().stream()
                        .filter(m -> m.accountId() == viewer.accountId())
                        .mapToInt(m -> m.city().acceptedVersion())
                        .max()
                        .orElse(0);
        boolean partner = viewer != null && viewer.cityPartner() && viewerCity != null;
        boolean open = space.getPhase() == Phase.OPEN;
        var mine = new NetworkOverview.Mine(
                viewer != null,
                partner,
                viewerCity,
                accepted,
                partner && network.needsAcceptance(accepted),
                open && (staff || (partner && network.getCurrentVersion() > 0 && !network.needsAcceptance(accepted))),
                viewer != null && space.mayBeManagedBy(viewer.accountId(), staff),
                staff);
        boolean readable = network.contentReadableBy(member, staff);
        return new NetworkOverview(
                id,
                space.getTitle(),
                space.getPhase().name(),
                network.getVisibility().name(),
                current == null
                        ? null
                        : new NetworkOverview.AgreementText(
                                current.getNumber(), current.getBodyHtml(), current.getPublishedAt()),
                versions.stream()
                        .map(a -> new NetworkOverview.AgreementVersion(a.getNumber(), a.getPublishedAt()))
                        .toList(),
                members.values().stream().map(Member::city).toList(),
                mine,
                !readable,
                readable ? topics(id, viewerCity, staff) : List.of());
    }

    /** The linked lessons as the knowledge base has them now, with whether the city adopted each. */
    public List<LinkedLesson> linked(Collection<Long> lessonIds, String city) {
        return lessonIds.stream()
                .map(id -> lessons.detail(id, Reader.ANONYMOUS)
                        .map(d -> new LinkedLesson(
                                id,
                                d.getTitle(),
                                d.lesson().city(),
                                d.practice(),
                                d.adoptionCount(),
                                city != null
                                        && d.adoptions().stream()
                                                .anyMatch(a -> a.city().equalsIgnoreCase(city)))))
                .flatMap(Optional::stream)
                .toList();
    }

    private record Member(long accountId, NetworkOverview.MemberCity city) {}

    /** One entry per account: its newest acceptance. */
    private Map<Long, Member> members(long spaceId) {
        var newest = new LinkedHashMap<Long, Member>();
        for (var a : em.createNamedQuery(Acceptance.OF_SPACE, Acceptance.class)
                .setParameter("space", spaceId)
                .getResultList()) {
            var name = accounts.find(a.getAccountId()).map(AccountSummary::name).orElse("");
            newest.remove(a.getAccountId());
            newest.put(
                    a.getAccountId(),
                    new Member(
                            a.getAccountId(),
                            new NetworkOverview.MemberCity(
                                    a.getCity(), name, a.getAgreementVersion(), a.getAcceptedAt())));
        }
        return newest;
    }

    private List<NetworkOverview.TopicView> topics(long spaceId, String viewerCity, boolean staff) {
        var names = new HashMap<Long, String>();
        Map<Long, List<Learning>> byTopic = em.createNamedQuery(Learning.OF_SPACE, Learning.class)
                .setParameter("space", spaceId)
                .getResultStream()
                .collect(Collectors.groupingBy(l -> l.getTopic().getId(), LinkedHashMap::new, Collectors.toList()));
        return em.createNamedQuery(Topic.OF_SPACE, Topic.class)
                .setParameter("space", spaceId)
                .getResultStream()
                .map(t -> new NetworkOverview.TopicView(
                        t.getId(),
                        t.getTitle(),
                        shown(t.getBodyHtml(), t.isHidden(), staff),
                        t.getHiddenReason(),
                        t.getCity(),
                        name(t.getAuthorId(), names),
                        t.getCreatedAt(),
                        byTopic.getOrDefault(t.getId(), List.of()).stream()
                                .map(l -> new NetworkOverview.LearningView(
                                        l.getId(),
                                        shown(l.getBodyHtml(), l.isHidden(), staff),
                                        l.getHiddenReason(),
                                        l.getCity(),
                                        name(l.getAuthorId(), names),
                                        l.getCreatedAt(),
                                        linked(l.getLessonIds(), viewerCity)))
                                .toList()))
                .toList();
    }

    private static String shown(String html, boolean hidden, boolean staff) {
        return hidden && !staff ? null : html;
    }

    private String name(long accountId, Map<Long, String> names) {
        return names.computeIfAbsent(
                accountId, id -> accounts.find(id).map(AccountSummary::name).orElse(""));
    }
}
