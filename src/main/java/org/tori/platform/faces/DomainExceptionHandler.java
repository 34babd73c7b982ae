package org.tori.platform.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
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
            if (domain != null) {
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
