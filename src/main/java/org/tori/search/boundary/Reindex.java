package org.tori.search.boundary;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
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
    private static final int BATCH = 500;

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
            indices.create(index, concrete, false);
            long documents = 0;
            for (var source : sources) {
                if (source.index().equals(index)) {
                    documents += load(source, concrete);
                }
            }
            client.indices().refresh(r -> r.index(concrete));
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

    private long load(DocumentSource source, String concrete) throws IOException {
        long count = 0;
        var ids = source.allIds();
        for (int from = 0; from < ids.size(); from += BATCH) {
            var operations = new ArrayList<BulkOperation>();
            for (var id : ids.subList(from, Math.min(ids.size(), from + BATCH))) {
                for (var doc : source.documents(id)) {
                    if (doc.body() != null) {
                        operations.add(BulkOperation.of(
                                o -> o.index(x -> x.index(concrete).id(doc.id()).document(doc.body()))));
                    }
                }
            }
            if (operations.isEmpty()) {
                continue;
            }
            var response = client.bulk(b -> b.operations(operations));
            if (response.errors()) {
                var first = response.items().stream()
                        .filter(i -> i.error() != null)
                        .findFirst()
                        .orElseThrow();
                throw new IOException(
                        "bulk load of " + concrete + " failed: " + first.error().reason());
            }
            count += operations.size();
        }
        return count;
    }
}
