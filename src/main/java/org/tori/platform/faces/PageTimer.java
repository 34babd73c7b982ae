package org.tori.platform.faces;

import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;

/**
 * Times each Faces request from restoring its view to the end of rendering it, for
 * {@link PageTimes}. Requests that end early (a redirect, an error) are not pages rendered.
 */
public class PageTimer implements PhaseListener {

    private static final long serialVersionUID = 1L;
    private static final String STARTED = PageTimer.class.getName() + ".started";

    @Inject
    transient PageTimes times;

    @Override
    public void beforePhase(PhaseEvent event) {
        if (event.getPhaseId() == PhaseId.RESTORE_VIEW) {
            event.getFacesContext().getAttributes().put(STARTED, System.nanoTime());
        }
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        var context = event.getFacesContext();
        if (event.getPhaseId() != PhaseId.RENDER_RESPONSE
                || context.getViewRoot() == null
                || !(context.getAttributes().get(STARTED) instanceof Long started)) {
            return;
        }
        var status = context.getExternalContext().getResponse() instanceof HttpServletResponse response
                ? response.getStatus()
                : 200;
        if (status < 400 && times != null) {
            times.rendered(context.getViewRoot().getViewId(), Duration.ofNanos(System.nanoTime() - started));
        }
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.ANY_PHASE;
    }
}
