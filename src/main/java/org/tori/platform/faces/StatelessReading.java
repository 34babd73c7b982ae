package org.tori.platform.faces;

import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.http.HttpServletRequest;

/**
 * A visitor without a session who only reads (a GET) gets a stateless view, so reading never
 * creates an HTTP session: no memory per crawler hit, nothing to replicate across the cluster. It
 * has to be decided here, before rendering: PrimeFaces' CSP keeps its script nonce in the view map
 * of a view that is not transient, and a view map lives in the session. The layout's
 * {@code f:view transient} reads the same mark. Forms on such pages post without view state and
 * are rebuilt on the post (as the log-in form always was); a session begins when the person acts
 * (logs in, posts). Members, who have a session, keep stateful views.
 */
public class StatelessReading implements PhaseListener {

    private static final long serialVersionUID = 1L;
    /** Request attribute the layout reads: true when this view renders stateless. */
    public static final String MARK = "tori.statelessReading";

    @Override
    public void afterPhase(PhaseEvent event) {
        var context = event.getFacesContext();
        var root = context.getViewRoot();
        if (root == null
                || context.isPostback()
                || !(context.getExternalContext().getRequest() instanceof HttpServletRequest request)) {
            return;
        }
        var method = request.getMethod();
        if (("GET".equals(method) || "HEAD".equals(method)) && request.getSession(false) == null) {
            root.setTransient(true);
            request.setAttribute(MARK, Boolean.TRUE);
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {}

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }
}
