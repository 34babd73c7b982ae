package org.tori.valuestreams.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tori.accounts.boundary.AccountSummary;
import org.tori.accounts.boundary.Accounts;
import org.tori.accounts.boundary.Actor;
import org.tori.valuestreams.entity.Collective;
import org.tori.valuestreams.entity.CollectiveComment;
import org.tori.valuestreams.entity.MemberStatus;
import org.tori.valuestreams.entity.PlanAction;
import org.tori.valuestreams.entity.VisionVersion;

/** Turns a collective into its page for one viewer: names instead of ids, applicants only for those who decide. */
@ApplicationScoped
public class CollectiveReader {

    @PersistenceContext(unitName = "tori")
    EntityManager em;

    @Inject
    Accounts accounts;

    CollectivePage page(Collective c, Actor viewer) {
        var names = new HashMap<Long, AccountSummary>();
        long me = viewer == null ? -1 : viewer.accountId();
        boolean manager = viewer != null && c.mayManage(me, viewer.staff());
        var members = c.getMemberships().stream()
                .filter(m -> m.getStatus() == MemberStatus.MEMBER)
                .map(m -> person(names, m.getAccountId(), null))
                .toList();
        var applicants = manager
                ? c.getMemberships().stream()
                        .filter(m -> m.getStatus() == MemberStatus.APPLIED)
                        .map(m -> person(names, m.getAccountId(), m.getMotivation()))
                        .toList()
                : List.<CollectivePage.Person>of();
        var visions = em
                .createNamedQuery(VisionVersion.OF, VisionVersion.class)
                .setParameter("collective", c.getId())
                .getResultList()
                .stream()
                .map(v -> new CollectivePage.Vision(
                        v.getNumber(),
                        v.getBody(),
                        v.getAuthorId() == null ? "" : name(names, v.getAuthorId()),
                        v.getWrittenAt()))
                .toList();
        var actions = em
                .createNamedQuery(PlanAction.OF, PlanAction.class)
                .setParameter("collective", c.getId())
                .getResultList()
                .stream()
                .map(a -> new CollectivePage.Action(
                        a.getId(),
                        a.getTitle(),
                        a.getOwnerName(),
                        a.getDueOn(),
                        a.getStatus(),
                        a.getStatus().next().stream().sorted().toList()))
                .toList();
        var comments = em
                .createNamedQuery(CollectiveComment.OF, CollectiveComment.class)
                .setParameter("collective", c.getId())
                .getResultList()
                .stream()
                .map(r -> new CollectivePage.Remark(
                        r.getId(), name(names, r.getAuthorId()), r.getBody(), r.getWrittenAt()))
                .toList();
        return new CollectivePage(
                c.getId(),
                c.getName(),
                c.getValueStream(),
                Streams.slug(c.getValueStream()),
                c.isOwnedByStaff() ? null : name(names, c.getOwnerId()),
                members,
                applicants,
                visions,
                actions,
                comments,
                viewer != null && c.isMember(me),
                viewer != null && c.hasApplied(me),
                manager,
                c.getFollowers().contains(me),
                viewer != null);
    }

    private CollectivePage.Person person(Map<Long, AccountSummary> names, long id, String motivation) {
        var who = account(names, id);
        return new CollectivePage.Person(
                id, who == null ? "" : who.name(), who == null ? null : who.organisation(), motivation);
    }

    private String name(Map<Long, AccountSummary> names, long id) {
        var who = account(names, id);
        return who == null ? "" : who.name();
    }

    private AccountSummary account(Map<Long, AccountSummary> names, long id) {
        return names.computeIfAbsent(id, k -> accounts.find(k).orElse(null));
    }
}
