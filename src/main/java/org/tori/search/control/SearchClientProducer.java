package org.tori.search.control;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jsonb.JsonbJsonpMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.Arrays;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one Elasticsearch client of the portal. Documents are mapped with JSON-B, which the server
 * already has, so the WAR carries no second JSON library.
 */
@ApplicationScoped
public class SearchClientProducer {

    private static final Logger LOG = Logger.getLogger(SearchClientProducer.class.getName());

    @Inject
    @ConfigProperty(name = "tori.search.url")
    String url;

    @Inject
    @ConfigProperty(name = "tori.search.api-key")
    Optional<String> apiKey;

    /** A pseudo-scoped singleton: the client class has final methods, so it cannot stand behind a proxy. */
    @Produces
    @Singleton
    ElasticsearchClient client() {
        return ElasticsearchClient.of(b -> {
            // several nodes, comma-separated: the client spreads requests and skips a node that is down
            b.hosts(Arrays.stream(url.split(","))
                            .map(String::strip)
                            .filter(u -> !u.isEmpty())
                            .map(URI::create)
                            .toList())
                    .jsonMapper(new JsonbJsonpMapper());
            apiKey.filter(k -> !k.isBlank()).ifPresent(b::apiKey);
            return b;
        });
    }

    void close(@Disposes ElasticsearchClient client) {
        try {
            client.close();
        } catch (Exception e) {
            LOG.warning(() -> "Closing the Elasticsearch client: " + e);
        }
    }
}
