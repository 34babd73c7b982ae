package org.tori.demo.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebListener;
import org.tori.demo.control.DemoProgress;

/**
 * Tells the demo content that the portal has served its first request. Seeding in the background
 * ({@code bin/tori run}) starts only then: on a small machine it would otherwise share the cores
 * with the web module's own start, and the first page would come later.
 */
@WebListener
public class FirstRequest implements ServletRequestListener {

    @Inject
    DemoProgress progress;

    private volatile boolean served;

    @Override
    public void requestDestroyed(ServletRequestEvent event) {
        if (!served) {
            served = true;
            progress.firstRequestServed();
        }
    }
}
