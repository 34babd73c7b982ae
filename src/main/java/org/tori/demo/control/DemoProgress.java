package org.tori.demo.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Whether the demo content is complete yet, for the readiness check while it is seeded after
 * deployment.
 */
@ApplicationScoped
public class DemoProgress {

    private volatile boolean complete;
    private volatile String failure;

    public void complete() {
        complete = true;
    }

    public void failed(RuntimeException e) {
        failure = String.valueOf(e.getMessage());
    }

    public boolean isComplete() {
        return complete;
    }

    public Optional<String> failure() {
        return Optional.ofNullable(failure);
    }
}
