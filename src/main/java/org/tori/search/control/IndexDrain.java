package org.tori.search.control;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.mget.MultiGetOperation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tori.platform.outbox.Backoff;
import org.tori.search.entity.IndexChange;
import org.tori.search.entity.IndexRebuild;
import org.tori.search.entity.ReplayItem;

/**
 * Carries one batch of outbox rows to Elasticsearch in one bulk request and one transaction:
 * claimed rows are deleted when the index has them, or kept with a later retry time when not.
 */
@ApplicationScoped
public class IndexDrain {

    private static final Logger LOG = Logger.getLogger(IndexDrain.class.getName());

    @PersistenceContext(unitName = "tori")
    EntityManager em;

    @Inject
    ElasticsearchClient client;

    @Inject
    Indices indices;

    @Inject
    Instance<DocumentSource> sources;

    @Inject
    Clock clock;

    @Inject
    ResultCache answers;

    @Inject
    @ConfigProperty(name = "tori.search.retry.first-millis", defaultValue = "2000")
    long firstRetry;

    @Inject
    @ConfigProperty(name = "tori.search.retry.max-millis", defaultValue = "300000")
    long maxRetry;

    /** @return how many rows were claimed; fewer than a full batch means the outbox is drained */
    @Transactional
    public int drainBatch() {
        var now = OffsetDateTime.now(clock);
        @SuppressWarnings("unchecked")
        var ids = (List<Number>)
                em.createNamedQuery(IndexChange.CLAIM_DUE).setParameter(1, now).getResultList();
        if (ids.isEmpty()) {
            return 0;
        }
        var changes = ids.stream()
                .map(id -> em.find(IndexChange.class, id.longValue()))
                .toList();
        var backoff = Backoff.ofMillis(firstRetry, maxRetry);
        var rebuilding = em.createNamedQuery(IndexRebuild.RUNNING, String.class).getResultList();
        var documents = perDocument(changes);
        try {
            indices.ensure();
            var written = new ArrayList<List<Written>>();
            for (var changesOfOne : documents) {
                var change = changesOfOne.get(0);
                var source = source(change.getDocumentType());
                var alias = indices.alias(source.index());
                written.add(source.documents(change.getDocumentId()).stream()
                        .map(doc -> new Written(alias, doc))
                        .toList());
                if (rebuilding.contains(source.index())) {
                    em.persist(new ReplayItem(source.index(), change.getDocumentType(), change.getDocumentId()));
                }
            }
            var present = present(written);
            // per record, its writes and the removals of documents the index holds
            var perRecord = written.stream()
                    .map(ws -> ws.stream()
                            .filter(w -> w.doc().body() != null || present.contains(w))
                            .map(w -> operation(w.alias(), w.doc()))
                            .toList())
                    .toList();
            var operations = perRecord.stream().flatMap(List::stream).toList();
            List<BulkResponseItem> items = List.of();
            if (!operations.isEmpty()) {
                // searchable at once (refresh=true: the shards the batch touched, not a wait for the next
                // periodic refresh), so the answers kept for readers may be dropped as soon as it returns
                items = client.bulk(b -> b.operations(operations).refresh(Refresh.True))
                        .items();
                answers.indexChanged();
            }
            int next = 0;
            for (int d = 0; d < documents.size(); d++) {
                String error = null;
                for (int i = 0; i < perRecord.get(d).size(); i++) {
                    var item = items.get(next++);
                    boolean goneAlready = item.status() == 404
                            && item.operationType().jsonValue().equals("delete");
                    if (item.error() != null && !goneAlready) {
                        error = item.error().type() + ": " + item.error().reason();
                    }
                }
                if (error == null) {
                    documents.get(d).forEach(em::remove);
                } else {
                    String reason = error;
                    documents.get(d).forEach(c -> c.failed(reason, now, backoff));
                }
            }
        } catch (IOException | RuntimeException unreachable) {
            LOG.warning(() -> changes.size() + " index changes wait for Elasticsearch: " + unreachable);
            changes.forEach(c -> c.failed(String.valueOf(unreachable), now, backoff));
        }
        return ids.size();
    }

    /**
     * The changes grouped by the record they name, in the order of their first change: one document
     * per record however many changes a batch holds for it (saving a lesson with its causes and tags
     * queues the lesson once per step, in one transaction).
     */
    static List<List<IndexChange>> perDocument(List<IndexChange> changes) {
        var byDocument = new LinkedHashMap<List<String>, List<IndexChange>>();
        for (var change : changes) {
            byDocument
                    .computeIfAbsent(List.of(change.getDocumentType(), change.getDocumentId()), k -> new ArrayList<>())
                    .add(change);
        }
        return List.copyOf(byDocument.values());
    }

    /** A document written to (or removed from) the index behind an alias. */
    record Written(String alias, DocumentSource.Document doc) {}

    /**
     * Which of the documents to remove the index holds, read in real time (including writes not yet
     * refreshed): a removal of a document that was never written (a lesson's empty cause slots, twenty
     * for each lesson written) would still leave a tombstone for Elasticsearch to keep and merge away.
     */
    private Set<Written> present(List<List<Written>> written) throws IOException {
        var removals = written.stream()
                .flatMap(List::stream)
                .filter(w -> w.doc().body() == null)
                .toList();
        if (removals.isEmpty()) {
            return Set.of();
        }
        var found = client.mget(
                m -> m.docs(removals.stream()
                                .map(w -> MultiGetOperation.of(
                                        o -> o.index(w.alias()).id(w.doc().id())))
                                .toList())
                        .source(s -> s.fetch(false)),
                Void.class);
        var present = new HashSet<Written>();
        for (int i = 0; i < removals.size(); i++) {
            var item = found.docs().get(i);
            // a failure to read counts as present: the removal is sent, as it always was
            if (item.isFailure() || item.result().found()) {
                present.add(removals.get(i));
            }
        }
        return present;
    }

    DocumentSource source(String type) {
        return sources.stream()
                .filter(s -> s.type().equals(type))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no document source for " + type));
    }

    static BulkOperation operation(String index, DocumentSource.Document doc) {
        return doc.body() == null
                ? BulkOperation.of(o -> o.delete(d -> d.index(index).id(doc.id())))
                : BulkOperation.of(o -> o.index(x -> x.index(index).id(doc.id()).document(doc.body())));
    }

    @Transactional
    public long backlog() {
        return em.createNamedQuery(IndexChange.COUNT, Long.class).getSingleResult();
    }

    /** When the change waiting longest was queued, if any waits. */
    public Optional<OffsetDateTime> oldest() {
        return Optional.ofNullable(
                em.createNamedQuery(IndexChange.OLDEST, OffsetDateTime.class).getSingleResult());
    }
}
