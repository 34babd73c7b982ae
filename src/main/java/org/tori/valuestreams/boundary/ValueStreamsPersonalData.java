package org.tori.valuestreams.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.tori.accounts.boundary.PersonalData;
import org.tori.valuestreams.entity.Collective;
import org.tori.valuestreams.entity.CollectiveComment;
import org.tori.valuestreams.entity.CollectiveNote;
import org.tori.valuestreams.entity.VisionVersion;

/** The collectives a member owns, belongs to, applied to or follows, and what they wrote there. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ValueStreamsPersonalData implements PersonalData {

    public record CollectiveData(
            long id, String name, boolean owner, String membership, String motivation, boolean following) {}

    public record Written(long collectiveId, String kind, String text, OffsetDateTime at) {}

    @PersistenceContext(unitName = "tori")
    EntityManager em;

    @Override
    public String section() {
        return "valueStreamCollectives";
    }

    @Override
    public Set<String> covers() {
        return Set.of(
                "collective.owner_id",
                "collective_member.account_id",
                "collective_follower.account_id",
                "vision_version.author_id",
                "collective_comment.author_id",
                "collective_note.author_id");
    }

    @Override
    public Object of(long accountId) {
        var collectives = em.createNamedQuery(Collective.ALL, Collective.class).getResultList().stream()
                .filter(c -> c.isOwner(accountId)
                        || c.getFollowers().contains(accountId)
                        || c.getMemberships().stream().anyMatch(m -> m.getAccountId() == accountId))
                .map(c -> {
                    var mine = c.getMemberships().stream()
                            .filter(m -> m.getAccountId() == accountId)
                            .findFirst();
                    return new CollectiveData(
                            c.getId(),
                            c.getName(),
                            c.isOwner(accountId),
                            mine.map(m -> m.getStatus().name()).orElse(null),
                            mine.map(m -> m.getMotivation()).orElse(null),
                            c.getFollowers().contains(accountId));
                })
                .toList();
        var written = new ArrayList<Written>();
        for (var c : em.createNamedQuery(Collective.ALL, Collective.class).getResultList()) {
            em
                    .createNamedQuery(VisionVersion.OF, VisionVersion.class)
                    .setParameter("collective", c.getId())
                    .getResultList()
                    .stream()
                    .filter(v -> v.getAuthorId() != null && v.getAuthorId() == accountId)
                    .forEach(v -> written.add(new Written(c.getId(), "vision", v.getBody(), v.getWrittenAt())));
            em
                    .createNamedQuery(CollectiveComment.OF, CollectiveComment.class)
                    .setParameter("collective", c.getId())
                    .getResultList()
                    .stream()
                    .filter(r -> r.getAuthorId() == accountId)
                    .forEach(r -> written.add(new Written(c.getId(), "comment", r.getBody(), r.getWrittenAt())));
            em
                    .createNamedQuery(CollectiveNote.OF, CollectiveNote.class)
                    .setParameter("collective", c.getId())
                    .getResultList()
                    .stream()
                    .filter(n -> n.getAuthorId() != null && n.getAuthorId() == accountId)
                    .forEach(n -> written.add(new Written(
                            c.getId(),
                            n.getKind().name().toLowerCase(Locale.ROOT),
                            n.getTitle() + "\n" + n.getBody(),
                            n.getWrittenAt())));
        }
        return Map.of("collectives", collectives, "written", List.copyOf(written));
    }
}
