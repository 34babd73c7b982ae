package org.tori.search.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import org.tori.platform.DomainException;
import org.tori.search.entity.IndexChange;
import org.tori.search.entity.IndexRebuild;
import org.tori.search.entity.ReplayItem;

/** The database side of a rebuild: one at a time per index, and the replay of what changed meanwhile. */
@ApplicationScoped
@Transactional
public class RebuildLog {

    /** A rebuild older than this was left by an instance that died: the next one takes over. */
    private static final Duration ABANDONED = Duration.ofHours(1);

    @PersistenceContext(unitName = "tori")
    EntityManager em;

    @Inject
    Clock clock;

    public void start(String index, String concrete) {
        var now = OffsetDateTime.now(clock);
        var running = em.find(IndexRebuild.class, index);
        if (running != null) {
            var started = em.createQuery(
                            "SELECT r.startedAt FROM IndexRebuild r WHERE r.indexName = :i", OffsetDateTime.class)
                    .setParameter("i", index)
                    .getSingleResult();
            if (started.isAfter(now.minus(ABANDONED))) {
                throw new DomainException(DomainException.Kind.CONFLICT, "search.reindex.running");
            }
            em.remove(running);
            em.flush();
        }
        em.persist(new IndexRebuild(index, concrete, now));
    }

    /** Queues every document carried during the rebuild again, now that the alias points at the new index. */
    public int finish(String index) {
        var now = OffsetDateTime.now(clock);
        var replay = new LinkedHashSet<String>();
        for (var item : em.createNamedQuery(ReplayItem.OF_INDEX, ReplayItem.class)
                .setParameter("index", index)
                .getResultList()) {
            if (replay.add(item.getDocumentType() + "\n" + item.getDocumentId())) {
                em.persist(new IndexChange(item.getDocumentType(), item.getDocumentId(), now));
            }
            em.remove(item);
        }
        abort(index);
        return replay.size();
    }

    public void abort(String index) {
        var running = em.find(IndexRebuild.class, index);
        if (running != null) {
            em.remove(running);
        }
    }
}
