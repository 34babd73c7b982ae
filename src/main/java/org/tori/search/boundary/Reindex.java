package org.tori.search.boundary;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.util.BinaryData;
import co.elastic.clients.util.ContentType;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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
    /** Ids read first, fewer: Elasticsearch has work sooner. */
    private static final int FIRST_READ_BATCH = 100;
    /** A bulk request's size: small enough that little is left to index once the last documents are read. */
    private static final long BULK_BYTES = 1024L * 1024;
    /** The first request's size: Elasticsearch starts indexing while the rest is read. */
    private static final long FIRST_BULK_BYTES = 512L * 1024;
    /** Bulk requests sent and not yet answered, at most. */
    private static final int IN_FLIGHT = 2;

    /**
     * The documents' JSON, written once: the client's JSON-B mapper would write each to a string, parse
     * it again and copy it event by event (40 % of a rebuild's CPU in the portal, bench/RESULTS.md).
     * The same JSON-B defaults as the client's mapper, so the same document.
     */
    private Jsonb json;

    @Inject
    ResultCache answers;

    @Inject
    ElasticsearchClient client;

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

    @PostConstruct
    void init() {
        json = JsonbBuilder.create();
    }

    @PreDestroy
    void close() {
        try {
            json.close();
        } catch (Exception e) {
            LOG.fine(() -> "JSON-B did not close: " + e);
        }
    }

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
        var phases = new StringBuilder();
        long documents = 0;
        List<String> old;
        try {
            long t = System.nanoTime();
            var bulk = new Pipeline(indices.async(), concrete, indices.createForLoad(index, concrete));
            try {
                for (var source : sources) {
                    if (source.index().equals(index)) {
                        documents += load(source, bulk, phases);
                    }
                }
                bulk.finish();
            } finally {
                bulk.abandon();
            }
            note(phases, "creating the index and waiting for bulk " + bulk.waited / 1_000_000 + " ms");
            t = lap(phases, "load", t);
            indices.loaded(index, concrete);
            t = lap(phases, "refresh", t);
            old = indices.behind(index);
            indices.swap(index, concrete, old);
            lap(phases, "swap", t);
        } catch (IOException | RuntimeException e) {
            log.abort(index);
            try {
                client.indices().delete(d -> d.index(concrete).ignoreUnavailable(true));
            } catch (IOException | RuntimeException ignored) {
                // the half-built index is not behind the alias; a later rebuild has another name
            }
            throw e;
        }
        // the new index is live from here on: nothing below may delete it
        answers.indexChanged();
        int replayed = log.finish(index);
        queued.fire(new SearchOutbox.Queued());
        dropLater(old);
        var report = new Report(index, concrete, documents, replayed, (System.nanoTime() - started) / 1_000_000);
        LOG.info(() -> "Rebuilt " + report + " (" + phases + ")");
        return report;
    }

    /** The old indices are out of the alias: deleting them is nobody's wait, and a failure only leaves one behind. */
    private void dropLater(List<String> old) {
        if (old.isEmpty()) {
            return;
        }
        indices.async().indices().delete(d -> d.index(old)).whenComplete((r, e) -> {
            if (e != null) {
                LOG.warning(() -> "Could not delete " + old + " after a rebuild: " + e);
            }
        });
    }

    private static long lap(StringBuilder phases, String phase, long since) {
        long now = System.nanoTime();
        note(phases, phase + " " + (now - since) / 1_000_000 + " ms");
        return now;
    }

    private static void note(StringBuilder phases, String phase) {
        phases.append(phases.isEmpty() ? "" : ", ").append(phase);
    }

    /**
     * Reads the ids in batches and hands their documents to the bulk pipeline, which sends them while
     * the next batch is read. The first refused document or failed request stops the load.
     */
    private long load(DocumentSource source, Pipeline bulk, StringBuilder phases) throws IOException {
        long count = 0;
        long reading = 0;
        var ids = source.allIds();
        // a small first batch: its documents are on their way while the next, full batch is read
        for (int from = 0, batch = FIRST_READ_BATCH; from < ids.size(); from += batch, batch = READ_BATCH) {
            long t = System.nanoTime();
            var docs = source.documents(ids.subList(from, Math.min(ids.size(), from + batch)));
            reading += System.nanoTime() - t;
            for (var doc : docs) {
                if (doc.body() != null) {
                    bulk.add(
                            doc.id(),
                            BinaryData.of(
                                    json.toJson(doc.body()).getBytes(StandardCharsets.UTF_8),
                                    ContentType.APPLICATION_JSON));
                    count++;
                }
            }
        }
        note(phases, source.type() + ": reading " + reading / 1_000_000 + " ms");
        return count;
    }

    /**
     * Bulk requests by size, sent asynchronously, at most {@link #IN_FLIGHT} at once: the portal reads
     * and serializes while Elasticsearch indexes. The first request is small, so Elasticsearch starts
     * while the rest is read; none is sent before the index exists.
     */
    private static final class Pipeline {

        private final ElasticsearchAsyncClient client;
        private final String concrete;
        private final CompletableFuture<?> created;
        private final Deque<CompletableFuture<BulkResponse>> inFlight = new ArrayDeque<>();
        private List<BulkOperation> operations = new ArrayList<>();
        private long bytes;
        private long limit = FIRST_BULK_BYTES;
        private long waited;

        Pipeline(ElasticsearchAsyncClient client, String concrete, CompletableFuture<?> created) {
            this.client = client;
            this.concrete = concrete;
            this.created = created;
        }

        void add(String id, BinaryData document) throws IOException {
            operations.add(
                    BulkOperation.of(o -> o.index(x -> x.index(concrete).id(id).document(document))));
            bytes += document.size();
            if (bytes >= limit) {
                send();
                limit = BULK_BYTES;
            }
        }

        void finish() throws IOException {
            send();
            awaitCreated();
            while (!inFlight.isEmpty()) {
                await(inFlight.removeFirst());
            }
        }

        /** Waits for the requests still in flight after a failure, so nothing writes to an index being deleted. */
        void abandon() {
            created.handle((r, e) -> null).join();
            inFlight.forEach(f -> f.handle((r, e) -> null).join());
            inFlight.clear();
        }

        private void send() throws IOException {
            if (operations.isEmpty()) {
                return;
            }
            awaitCreated();
            while (inFlight.size() >= IN_FLIGHT) {
                await(inFlight.removeFirst());
            }
            var request = BulkRequest.of(b -> b.operations(operations));
            operations = new ArrayList<>();
            bytes = 0;
            inFlight.addLast(client.bulk(request));
        }

        private void awaitCreated() throws IOException {
            long t = System.nanoTime();
            try {
                created.join();
            } catch (CompletionException e) {
                throw new IOException("could not create " + concrete, e.getCause());
            } finally {
                waited += System.nanoTime() - t;
            }
        }

        private void await(CompletableFuture<BulkResponse> request) throws IOException {
            BulkResponse response;
            long t = System.nanoTime();
            try {
                response = request.join();
            } catch (CompletionException e) {
                throw new IOException("bulk load of " + concrete + " failed", e.getCause());
            } finally {
                waited += System.nanoTime() - t;
            }
            if (response.errors()) {
                var first = response.items().stream()
                        .filter(i -> i.error() != null)
                        .findFirst()
                        .orElseThrow();
                throw new IOException(
                        "bulk load of " + concrete + " failed: " + first.error().reason());
            }
        }
    }
}
