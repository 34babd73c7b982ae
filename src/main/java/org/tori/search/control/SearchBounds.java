package org.tori.search.control;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.rest5_client.Rest5ClientOptions;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.core5.util.Timeout;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Limits on every search a reader starts, so that no request holds a portal thread for long:
 * Elasticsearch stops collecting after {@code tori.search.timeout-millis} and answers with what it
 * found so far, and the client gives up waiting after {@code tori.search.request-timeout-millis}
 * (then the page says search is unavailable). Writes and rebuilds use the unbounded client.
 */
@ApplicationScoped
public class SearchBounds {

    @Inject
    ElasticsearchClient client;

    @Inject
    @ConfigProperty(name = "tori.search.timeout-millis", defaultValue = "500")
    long timeoutMillis;

    @Inject
    @ConfigProperty(name = "tori.search.request-timeout-millis", defaultValue = "2000")
    long requestTimeoutMillis;

    private ElasticsearchClient bounded;

    @PostConstruct
    void init() {
        var config = RequestConfig.custom()
                .setResponseTimeout(Timeout.ofMilliseconds(requestTimeoutMillis))
                .build();
        var options = Rest5ClientOptions.of(client._transportOptions()).toBuilder();
        options.restClientRequestOptionsBuilder().setRequestConfig(config);
        bounded = client.withTransportOptions(options.build());
    }

    /** The portal's one client, with the request timeout of searches. */
    public ElasticsearchClient client() {
        return bounded;
    }

    /** Elasticsearch's own time limit for a search, in its time unit syntax. */
    public String timeout() {
        return timeoutMillis + "ms";
    }
}
