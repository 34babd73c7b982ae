package org.tori.citytocity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tori.accounts.boundary.PersonalData;
import org.tori.citytocity.entity.Acceptance;
import org.tori.citytocity.entity.Learning;
import org.tori.citytocity.entity.Topic;
import org.tori.platform.persistence.PersonalRows;

/** The agreements a partner city's account accepted and what it posted, for its own copy of its data. */
@ApplicationScoped
@Transactional
public class CityToCityPersonalData implements PersonalData {

    public record AcceptanceData(long spaceId, int agreementVersion, String city, OffsetDateTime at) {}

    public record PostData(long id, long spaceId, String title, String bodyHtml, OffsetDateTime at) {}

    public record CityToCityData(
            List<AcceptanceData> acceptances,
            List<PostData> topics,
            List<PostData> learnings,
            List<Map<String, Object>> agreementsPublished) {}

    @PersistenceContext(unitName = "tori")
    EntityManager em;

    @Override
    public String section() {
        return "cityToCity";
    }

    @Override
    public Set<String> covers() {
        return Set.of(
                "c2c_acceptance.account_id",
                "c2c_topic.author_id",
                "c2c_learning.author_id",
                "c2c_agreement.published_by");
    }

    @Override
    public Object of(long accountId) {
        var acceptances = em.createNamedQuery(Acceptance.BY_ACCOUNT, Acceptance.class)
                .setParameter("account", accountId)
                .getResultStream()
                .map(a -> new AcceptanceData(a.getSpaceId(), a.getAgreementVersion(), a.getCity(), a.getAcceptedAt()))
                .toList();
        var topics = em.createNamedQuery(Topic.BY_AUTHOR, Topic.class)
                .setParameter("author", accountId)
                .getResultStream()
                .map(t -> new PostData(t.getId(), t.getSpaceId(), t.getTitle(), t.getBodyHtml(), t.getCreatedAt()))
                .toList();
        var learnings = em.createNamedQuery(Learning.BY_AUTHOR, Learning.class)
                .setParameter("author", accountId)
                .getResultStream()
                .map(l -> new PostData(
                        l.getId(),
                        l.getTopic().getSpaceId(),
                        l.getTopic().getTitle(),
                        l.getBodyHtml(),
                        l.getCreatedAt()))
                .toList();
        var published = PersonalRows.of(
                em,
                "SELECT space_id, version_number, published_at "
                        + "FROM c2c_agreement WHERE published_by = ?1 ORDER BY published_at",
                accountId,
                "spaceId",
                "version",
                "publishedAt");
        return new CityToCityData(acceptances, topics, learnings, published);
    }
}
