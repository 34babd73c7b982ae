package org.tori.platform.startup;

import jakarta.inject.Inject;
import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebListener;

/** Tells {@link FirstRequest} when the portal has answered its first request. */
@WebListener
public class FirstRequestListener implements ServletRequestListener {

    @Inject
    FirstRequest firstRequest;

    private volatile boolean served;

    @Override
    public void requestDestroyed(ServletRequestEvent event) {
        if (!served) {
            served = true;
            firstRequest.served();
        }
    }
}
