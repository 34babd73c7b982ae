package org.tori.platform.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.tori.platform.DomainException;
import org.tori.platform.i18n.Texts;

/**
 * A refusal of the domain thrown from a page action becomes a message next to the field it names
 * (or at the top of the form), and the page stays as the user filled it. An expired view is
 * simply loaded again.
 */
public class DomainExceptionHandler extends ExceptionHandlerWrapper {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(DomainExceptionHandler.class.getName());

    public DomainExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        var events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            ExceptionQueuedEvent event = events.next();
            Throwable cause = event.getContext().getException();
            var domain = find(cause, DomainException.class);
            var expired = find(cause, ViewExpiredException.class);
            var context = FacesContext.getCurrentInstance();
            if (domain != null && context.getCurrentPhaseId() == PhaseId.RENDER_RESPONSE) {
                events.remove();
                refuseWholePage(context, domain);
            } else if (domain != null) {
                events.remove();
                show(context, domain);
                context.renderResponse();
            } else if (expired != null) {
                events.remove();
                reload(context, expired.getViewId());
            }
        }
        getWrapped().handle();
    }

    public static void show(FacesContext context, DomainException e) {
        var text = Texts.get(context.getViewRoot().getLocale(), e.key());
        var message = new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text);
        context.addMessage(clientId(context, e.field()), message);
        context.validationFailed();
    }

    private static String clientId(FacesContext context, String field) {
        if (field == null || context.getViewRoot() == null) {
            return null;
        }
        var found = new String[1];
        context.getViewRoot().visitTree(VisitContext.createVisitContext(context), (visit, component) -> {
            if (field.equals(component.getId())) {
                found[0] = component.getClientId(visit.getFacesContext());
                return VisitResult.COMPLETE;
            }
            return VisitResult.ACCEPT;
        });
        return found[0];
    }

    /**
     * A refusal while the page is being written (a getter asked for something the visitor may not
     * see) cannot become a message: half a page would go out. The visitor gets the error page of
     * "not allowed" or "not found" instead.
     */
    private static void refuseWholePage(FacesContext context, DomainException e) {
        var external = context.getExternalContext();
        int status = e.kind() == DomainException.Kind.FORBIDDEN || e.kind() == DomainException.Kind.UNAUTHORIZED ? 403 : 404;
        LOG.warning(() -> "Page " + (context.getViewRoot() == null ? "?" : context.getViewRoot().getViewId()) + " refused while rendering: " + e.key());
        try {
            if (!external.isResponseCommitted()) {
                external.responseReset();
                external.responseSendError(status, null);
            } else {
                LOG.warning(() -> "Refusal " + e.key() + " after the page was partly sent");
            }
        } catch (IOException io) {
            throw new UncheckedIOException(io);
        }
        context.responseComplete();
    }

    private static void reload(FacesContext context, String viewId) {
        try {
            var external = context.getExternalContext();
            var url = context.getApplication().getViewHandler().getBookmarkableURL(context,
                    viewId == null ? "/index.xhtml" : viewId, java.util.Map.of(), false);
            external.redirect(url);
            context.responseComplete();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T extends Throwable> T find(Throwable t, Class<T> type) {
        for (var current = t; current != null; current = current.getCause()) {
            if (type.isInstance(current)) {
                return type.cast(current);
            }
        }
        return null;
    }

}
