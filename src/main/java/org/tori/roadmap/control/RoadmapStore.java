package org.tori.roadmap.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;
import org.tori.roadmap.entity.Milestone;
import org.tori.roadmap.entity.Outcome;
import org.tori.roadmap.entity.PilotDecision;
import org.tori.roadmap.entity.PortfolioReview;
import org.tori.roadmap.entity.ReviewDecision;
import org.tori.roadmap.entity.Risk;
import org.tori.roadmap.entity.RoadmapItem;
import org.tori.roadmap.entity.RoadmapStatus;

/** The roadmap's tables, in the caller's transaction. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class RoadmapStore {

    @PersistenceContext(unitName = "tori")
    EntityManager em;

    public List<RoadmapItem> items() {
        return em.createNamedQuery(RoadmapItem.ALL, RoadmapItem.class).getResultList();
    }

    /** The items with these ids, and the children of all of them in one more query (their progress). */
    public List<RoadmapItem> items(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT i FROM RoadmapItem i WHERE i.id IN :ids", RoadmapItem.class)
                .setParameter("ids", ids)
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "i.children")
                .getResultList();
    }

    public Optional<RoadmapItem> item(long id) {
        return Optional.ofNullable(em.find(RoadmapItem.class, id));
    }

    public RoadmapItem existing(long id, String field) {
        return item(id).orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "roadmap.item.notFound", field));
    }

    public Optional<RoadmapItem> byExternalId(String externalId) {
        return em.createNamedQuery(RoadmapItem.BY_EXTERNAL_ID, RoadmapItem.class)
                .setParameter("externalId", externalId)
                .getResultStream()
                .findFirst();
    }

    public long count() {
        return em.createNamedQuery(RoadmapItem.COUNT, Long.class).getSingleResult();
    }

    public List<RoadmapStatus> statuses() {
        return em.createNamedQuery(RoadmapStatus.ALL, RoadmapStatus.class).getResultList();
    }

    public RoadmapStatus status(String code) {
        return em.createNamedQuery(RoadmapStatus.BY_CODE, RoadmapStatus.class)
                .setParameter("code", code == null ? "" : code)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new DomainException(Kind.INVALID, "roadmap.status.unknown", "status"));
    }

    public Optional<RoadmapStatus> status(long id) {
        return Optional.ofNullable(em.find(RoadmapStatus.class, id));
    }

    public RoadmapStatus stopped() {
        return statuses().stream()
                .filter(s -> s.getOutcome() == Outcome.STOPPED)
                .findFirst()
                .orElse(null);
    }

    public List<Milestone> milestones(long itemId) {
        return em.createNamedQuery(Milestone.OF_ITEM, Milestone.class)
                .setParameter("item", itemId)
                .getResultList();
    }

    public List<Milestone> published() {
        return em.createNamedQuery(Milestone.PUBLISHED, Milestone.class).getResultList();
    }

    public Optional<Milestone> milestone(long id) {
        return Optional.ofNullable(em.find(Milestone.class, id));
    }

    public List<ReviewDecision> decisions(long itemId) {
        return em.createNamedQuery(ReviewDecision.OF_ITEM, ReviewDecision.class)
                .setParameter("item", itemId)
                .getResultList();
    }

    public List<PilotDecision> pilotDecisions(long itemId) {
        return em.createNamedQuery(PilotDecision.OF_ITEM, PilotDecision.class)
                .setParameter("item", itemId)
                .getResultList();
    }

    /** The status of this code, if the list still has it. */
    public Optional<RoadmapStatus> statusOf(String code) {
        return statuses().stream().filter(s -> s.getCode().equals(code)).findFirst();
    }

    public List<PortfolioReview> reviews() {
        return em.createNamedQuery(PortfolioReview.ALL, PortfolioReview.class).getResultList();
    }

    public List<Risk> risks(long itemId) {
        return em.createNamedQuery(Risk.OF_ITEM, Risk.class)
                .setParameter("item", itemId)
                .getResultList();
    }

    public Optional<Risk> risk(long id) {
        return Optional.ofNullable(em.find(Risk.class, id));
    }

    public Optional<PortfolioReview> review(long id) {
        return Optional.ofNullable(em.find(PortfolioReview.class, id));
    }

    public <T> T add(T entity) {
        em.persist(entity);
        em.flush();
        return entity;
    }
}
