package org.tori.search.boundary;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.tori.search.control.IndexDrain;

/** Elasticsearch's cluster health (GET / is not served by every distribution), and the outbox backlog. */
@Readiness
@ApplicationScoped
public class SearchHealth implements HealthCheck {

    @Inject
    ElasticsearchClient client;

    @Inject
    IndexDrain drain;

    @Override
    public HealthCheckResponse call() {
        var builder = HealthCheckResponse.named("search");
        try {
            builder.withData("backlog", drain.backlog());
        } catch (RuntimeException databaseAway) {
            builder.withData("backlog", "unknown");
        }
        try {
            var health = client.cluster().health(h -> h.timeout(t -> t.time("2s")));
            return builder.withData("status", health.status().jsonValue())
                    .status(health.status() != co.elastic.clients.elasticsearch._types.HealthStatus.Red)
                    .build();
        } catch (Exception e) {
            return builder.down()
                    .withData("error", String.valueOf(e.getMessage()))
                    .build();
        }
    }
}
