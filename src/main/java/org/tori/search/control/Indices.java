package org.tori.search.control;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.indices.CreateIndexRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Index names live here and nowhere else. Every index is reached through an alias
 * ({@code <prefix>-profiles}) over a versioned index ({@code <prefix>-profiles-v1} at first, then
 * one per rebuild), so a changed mapping is rebuilt beside the old one and switched over without
 * downtime.
 */
@ApplicationScoped
public class Indices {

    public static final String PROFILES = "profiles";
    public static final String SPACES = "spaces";
    public static final String KNOWLEDGE = "knowledge";
    public static final String ORGANISATIONS = "organisations";
    public static final List<String> ALL = List.of(PROFILES, SPACES, KNOWLEDGE, ORGANISATIONS);
    private static final int VERSION = 1;
    private static final Logger LOG = Logger.getLogger(Indices.class.getName());

    @Inject
    ElasticsearchClient client;

    @Inject
    @ConfigProperty(name = "tori.search.index-prefix", defaultValue = "tori")
    String prefix;

    @Inject
    @ConfigProperty(name = "tori.search.shards")
    Optional<Integer> shards;

    @Inject
    @ConfigProperty(name = "tori.search.replicas")
    Optional<Integer> replicas;

    private volatile boolean ready;

    public String alias(String index) {
        return prefix + "-" + index;
    }

    /** The logical index (profiles, spaces, knowledge) a concrete index name belongs to, if any. */
    public Optional<String> logical(String concrete) {
        return ALL.stream().filter(i -> concrete.startsWith(alias(i) + "-")).findFirst();
    }

    /** Creates missing indices from search-config/; cheap once they exist. Throws while ES is away. */
    public void ensure() throws IOException {
        if (ready) {
            return;
        }
        for (var index : ALL) {
            var alias = alias(index);
            if (client.indices().existsAlias(e -> e.name(alias)).value()) {
                applyReplicas(alias);
                addNewFields(index, alias);
                continue;
            }
            var concrete = alias + "-v" + VERSION;
            try {
                create(index, concrete, true);
                LOG.info(() -> "Created index " + concrete + " behind alias " + alias);
            } catch (ElasticsearchException e) {
                if (!"resource_already_exists_exception".equals(e.error().type())) {
                    throw e;
                }
                // another portal instance was quicker
            }
        }
        ready = true;
    }

    /** Replicas can change on a live index (shards cannot): a second node gets its copies at start. */
    private void applyReplicas(String alias) throws IOException {
        if (replicas.isPresent()) {
            client.indices()
                    .putSettings(p -> p.index(alias).settings(s -> s.numberOfReplicas(String.valueOf(replicas.get()))));
        }
    }

    /**
     * Fields added to search-config/ after an index was made: the mappings are strict, so an older
     * index would refuse the documents that carry them. Adding a field is allowed on a live index
     * and adding it again changes nothing.
     */
    private void addNewFields(String index, String alias) throws IOException {
        if (index.equals(SPACES) || index.equals(KNOWLEDGE)) {
            client.indices().putMapping(p -> p.index(alias).properties("lifeEvents", f -> f.keyword(k -> k)));
        }
    }

    /** Creates a concrete index with the settings and mappings of search-config/, behind the alias or not. */
    public void create(String index, String concrete, boolean withAlias) throws IOException {
        var alias = alias(index);
        try (InputStream settings = settings(index)) {
            client.indices().create(c -> {
                c.withJson(settings).index(concrete);
                return withAlias ? c.aliases(alias, a -> a) : c;
            });
        }
    }

    /**
     * Creates a concrete index for a bulk load, without the alias: no refresh and no replica until
     * {@link #loaded}. Answers at once; the future completes once Elasticsearch has made it, so the
     * caller reads its first documents meanwhile.
     */
    public CompletableFuture<?> createForLoad(String index, String concrete) throws IOException {
        try (InputStream settings = IndexSettings.forLoad(settings(index))) {
            var request = CreateIndexRequest.of(c -> c.withJson(settings).index(concrete));
            return async().indices().create(request);
        }
    }

    /** The same connection as the client's, for requests nobody waits for at once. */
    public ElasticsearchAsyncClient async() {
        return new ElasticsearchAsyncClient(client._transport(), client._transportOptions());
    }

    /**
     * Gives a loaded index the refresh interval and replicas it would have had from the start (an
     * interval the settings do not name goes back to Elasticsearch's default), and makes what was
     * loaded searchable.
     */
    public void loaded(String index, String concrete) throws IOException {
        co.elastic.clients.elasticsearch.indices.IndexSettings restored;
        try (InputStream settings = settings(index)) {
            restored = IndexSettings.afterLoad(settings);
        }
        client.indices().putSettings(p -> p.index(concrete).settings(restored));
        client.indices().refresh(r -> r.index(concrete));
    }

    /** The concrete indices behind an alias now. */
    public List<String> behind(String index) throws IOException {
        var alias = alias(index);
        if (!client.indices().existsAlias(e -> e.name(alias)).value()) {
            return List.of();
        }
        return List.copyOf(
                client.indices().getAlias(g -> g.name(alias)).aliases().keySet());
    }

    /** Points the alias at the new index and away from the old ones in one atomic step. */
    public void swap(String index, String concrete, List<String> old) throws IOException {
        var alias = alias(index);
        client.indices().updateAliases(u -> {
            old.forEach(o -> u.actions(a -> a.remove(r -> r.index(o).alias(alias))));
            return u.actions(a -> a.add(x -> x.index(concrete).alias(alias)));
        });
    }

    private InputStream settings(String index) throws IOException {
        var stream = Indices.class.getClassLoader().getResourceAsStream("search-config/" + index + ".json");
        if (stream == null) {
            throw new IOException("search-config/" + index + ".json is missing from the build");
        }
        return IndexSettings.withCounts(stream, shards, replicas);
    }
}
