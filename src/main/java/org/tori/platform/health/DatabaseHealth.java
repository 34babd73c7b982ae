package org.tori.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.tori.platform.persistence.Migrations;

@Readiness
@ApplicationScoped
public class DatabaseHealth implements HealthCheck {

    @Resource(lookup = Migrations.DATASOURCE)
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        var health = HealthCheckResponse.named("database");
        try (var connection = dataSource.getConnection()) {
            return health.status(connection.isValid(2))
                    .withData("product", connection.getMetaData().getDatabaseProductName())
                    .build();
        } catch (Exception e) {
            return health.down()
                    .withData("error", String.valueOf(e.getMessage()))
                    .build();
        }
    }
}
