package org.tori.demo.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.tori.demo.control.DemoProgress;

/**
 * DOWN while the demo content is still being seeded after deployment ({@code tori.demo.background}):
 * whoever waits for readiness ({@code bin/tori run}, RunCommandSmokeIT) never sees half a demo.
 * Always UP when the demo is off or was seeded during deployment.
 */
@Readiness
@ApplicationScoped
public class DemoHealth implements HealthCheck {

    @Inject
    DemoProgress progress;

    @Override
    public HealthCheckResponse call() {
        var builder = HealthCheckResponse.named("demo").status(progress.isComplete());
        progress.failure().ifPresent(f -> builder.withData("error", f));
        return builder.build();
    }
}
