package org.tori.search.boundary;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;
import org.tori.platform.DomainException;
import org.tori.search.control.DocumentSource;
import org.tori.search.control.Indices;
import org.tori.search.control.RebuildLog;
import org.tori.search.control.ResultCache;

/**
 * Rebuilds an index from the database beside the live one, in bulk, then points the alias at it in
 * one atomic step. Changes carried to the old index meanwhile are replayed into the new one.
 */
@ApplicationScoped
public class Reindex {

    public record Report(String index, String concrete, long documents, int replayed, long millis) {}

    private static final Logger LOG = Logger.getLogger(Reindex.class.getName());
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
    /** Ids read from the database at once. */
    private static final int READ_BATCH = 1000;
    /** A bulk request's size: large enough that Elasticsearch is not waiting for the next one. */
    private static final long BULK_BYTES = 5L * 1024 * 1024;

    private static final int BULK_OPERATIONS = 20_000;

    @Inject
    ResultCache answers;

    @Inject
    ElasticsearchClient client;

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    Indices indices;

    @Inject
    Instance<DocumentSource> sources;

    @Inject
    RebuildLog log;

    @Inject
    Clock clock;

    @Inject
    Event<SearchOutbox.Queued> queued;

    public List<Report> all() throws IOException {
        var reports = new ArrayList<Report>();
        for (var index : Indices.ALL) {
            reports.add(rebuild(index));
        }
        return reports;
    }

    public Report rebuild(String index) throws IOException {
        if (!Indices.ALL.contains(index)) {
            throw new DomainException(DomainException.Kind.NOT_FOUND, "search.reindex.unknown", "index");
        }
        long started = System.nanoTime();
        indices.ensure();
        var concrete = indices.alias(index) + "-" + STAMP.format(LocalDateTime.now(clock));
        log.start(index, concrete);
        try {
            indices.createForLoad(index, concrete);
            long documents = 0;
            for (var source : sources) {
                if (source.index().equals(index)) {
                    documents += load(source, concrete);
                }
            }
            indices.loaded(index, concrete);
            var old = indices.behind(index);
            indices.swap(index, concrete, old);
            answers.indexChanged();
            int replayed = log.finish(index);
            queued.fire(new SearchOutbox.Queued());
            for (var o : old) {
                client.indices().delete(d -> d.index(o));
            }
            var report = new Report(index, concrete, documents, replayed, (System.nanoTime() - started) / 1_000_000);
            LOG.info(() -> "Rebuilt " + report);
            return report;
        } catch (IOException | RuntimeException e) {
            log.abort(index);
            try {
                client.indices().delete(d -> d.index(concrete).ignoreUnavailable(true));
            } catch (IOException | RuntimeException ignored) {
                // the half-built index is not behind the alias; a later rebuild has another name
            }
            throw e;
        }
    }

    /**
     * Reads the ids in batches and hands their documents to a bulk ingester that sends requests of
     * about {@link #BULK_BYTES} while the next batch is read, one request in flight at most. The first
     * failure stops the load.
     */
    private long load(DocumentSource source, String concrete) throws IOException {
        var failure = new AtomicReference<String>();
        long count = 0;
        var ids = source.allIds();
        var ingester = BulkIngester.<Void>of(b -> b.client(client)
                .maxSize(BULK_BYTES)
                .maxOperations(BULK_OPERATIONS)
                .maxConcurrentRequests(1)
                .scheduler(executor)
                .listener(new FirstFailure(failure)));
        try {
            for (int from = 0; from < ids.size() && failure.get() == null; from += READ_BATCH) {
                for (var doc : source.documents(ids.subList(from, Math.min(ids.size(), from + READ_BATCH)))) {
                    if (doc.body() != null) {
                        ingester.add(
                                o -> o.index(x -> x.index(concrete).id(doc.id()).document(doc.body())));
                        count++;
                    }
                }
            }
        } finally {
            ingester.close();
        }
        if (failure.get() != null) {
            throw new IOException("bulk load of " + concrete + " failed: " + failure.get());
        }
        return count;
    }

    /** Keeps the first refused document or failed request of a load. */
    private record FirstFailure(AtomicReference<String> first) implements BulkListener<Void> {

        @Override
        public void beforeBulk(long executionId, BulkRequest request, List<Void> contexts) {}

        @Override
        public void afterBulk(long executionId, BulkRequest request, List<Void> contexts, BulkResponse response) {
            if (response.errors()) {
                response.items().stream()
                        .filter(i -> i.error() != null)
                        .findFirst()
                        .ifPresent(i -> first.compareAndSet(null, i.error().reason()));
            }
        }

        @Override
        public void afterBulk(long executionId, BulkRequest request, List<Void> contexts, Throwable failure) {
            first.compareAndSet(null, String.valueOf(failure));
        }
    }
}
