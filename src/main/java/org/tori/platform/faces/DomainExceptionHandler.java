package org.tori.platform.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitHint;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import org.tori.platform.DomainException;
import org.tori.platform.i18n.Texts;
import org.tori.platform.rest.ProblemMappers;

/**
 * Every refused page action answers the same page with the reason and everything typed kept: a
 * domain refusal, invalid input (Bean Validation) or an unreadable upload becomes a message next to
 * the field it names (or at the top), in the visitor's language. Files cannot be kept, so a form that
 * carried some says to choose them again. A parameter the page cannot read answers 400 or 404; an
 * expired view is simply loaded again.
 */
public class DomainExceptionHandler extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(DomainExceptionHandler.class.getName());

    public DomainExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        var events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            ExceptionQueuedEvent event = events.next();
            Throwable cause = event.getContext().getException();
            var context = FacesContext.getCurrentInstance();
            var badParameter = find(cause, Page.BadParameter.class);
            var domain = find(cause, DomainException.class);
            var invalid = find(cause, ConstraintViolationException.class);
            var expired = find(cause, ViewExpiredException.class);
            boolean rendering = context.getCurrentPhaseId() == PhaseId.RENDER_RESPONSE;
            if (badParameter != null) {
                events.remove();
                endWith(context, badParameter.status(), badParameter.getMessage());
            } else if (tooLargeToRead(context, cause)) {
                events.remove();
                endWith(context, 413, "multipart body above the container's limit");
            } else if (domain != null && rendering) {
                events.remove();
                refuseWholePage(context, domain);
            } else if (domain != null) {
                events.remove();
                show(context, domain);
                context.renderResponse();
            } else if (invalid != null && !rendering) {
                events.remove();
                show(context, invalid);
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
        add(context, e.field(), text);
    }

    /** Each broken constraint next to its field: the field is the last name of the property path. */
    public static void show(FacesContext context, ConstraintViolationException e) {
        var locale = context.getViewRoot().getLocale();
        for (var violation : e.getConstraintViolations()) {
            var path = violation.getPropertyPath().toString();
            add(
                    context,
                    path.substring(path.lastIndexOf('.') + 1),
                    ProblemMappers.Validation.localised(violation, locale));
        }
    }

    private static void add(FacesContext context, String field, String text) {
        var message = new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text);
        context.addMessage(clientId(context, field), message);
        if (!context.isValidationFailed()) {
            context.validationFailed();
            chooseFilesAgain(context);
        }
    }

    /** Files are not sent back to the browser: a multipart form that carried some says so. */
    private static void chooseFilesAgain(FacesContext context) {
        var request = (HttpServletRequest) context.getExternalContext().getRequest();
        var type = request.getContentType();
        if (type == null || !type.startsWith("multipart/")) {
            return;
        }
        try {
            boolean hadFiles =
                    request.getParts().stream().anyMatch(p -> p.getSubmittedFileName() != null && p.getSize() > 0);
            if (hadFiles) {
                var text = Texts.get(context.getViewRoot().getLocale(), "page.filesAgain");
                context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, text, text));
            }
        } catch (IOException | ServletException | IllegalStateException unreadable) {
            LOG.fine(() -> "parts not readable again: " + unreadable);
        }
    }

    /**
     * A field named by a refusal is found by its id, or by the id the page gives it with a prefix
     * ("body" is the page's "comment-body"): pages name fields after what they hold.
     */
    private static String clientId(FacesContext context, String field) {
        if (field == null || context.getViewRoot() == null) {
            return null;
        }
        var found = new String[2];
        // only what is shown, and repeated rows not one by one: a hidden part of the page may not be
        // readable now (an entry that does not exist yet), and the search must never fail the answer
        var hints = EnumSet.of(VisitHint.SKIP_UNRENDERED, VisitHint.SKIP_ITERATION);
        try {
            context.getViewRoot()
                    .visitTree(VisitContext.createVisitContext(context, null, hints), (visit, component) -> {
                        var id = component.getId();
                        if (field.equals(id)) {
                            found[0] = component.getClientId(visit.getFacesContext());
                            return VisitResult.COMPLETE;
                        }
                        if (found[1] == null
                                && id != null
                                && id.endsWith("-" + field)
                                && component instanceof UIInput
                                && inSubmittedForm(component)) {
                            found[1] = component.getClientId(visit.getFacesContext());
                        }
                        return VisitResult.ACCEPT;
                    });
        } catch (RuntimeException unreadable) {
            LOG.fine(() -> "field " + field + " not found on the page: " + unreadable);
        }
        return found[0] != null ? found[0] : found[1];
    }

    /**
     * A form whose files exceed the container's multipart limit (web.xml) cannot even be read, so
     * there is no page to answer with: the error page of 413 says how large files may be.
     */
    private static boolean tooLargeToRead(FacesContext context, Throwable cause) {
        var request = (HttpServletRequest) context.getExternalContext().getRequest();
        var type = request.getContentType();
        if (type == null || !type.startsWith("multipart/")) {
            return false;
        }
        for (var current = cause; current != null; current = current.getCause()) {
            var message = current.getMessage();
            if (current instanceof IllegalStateException
                    && message != null
                    && message.toLowerCase(Locale.ROOT).contains("size")) {
                return true;
            }
        }
        return false;
    }

    private static boolean inSubmittedForm(UIComponent component) {
        for (var parent = component.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof UIForm form) {
                return form.isSubmitted();
            }
        }
        return false;
    }

    /**
     * A refusal while the page is being written (a getter asked for something the visitor may not
     * see) cannot become a message: half a page would go out. The visitor gets the error page of
     * "not allowed" or "not found" instead.
     */
    private static void refuseWholePage(FacesContext context, DomainException e) {
        int status =
                e.kind() == DomainException.Kind.FORBIDDEN || e.kind() == DomainException.Kind.UNAUTHORIZED ? 403 : 404;
        endWith(context, status, e.key());
    }

    private static void endWith(FacesContext context, int status, String why) {
        var external = context.getExternalContext();
        LOG.fine(() -> "Page "
                + (context.getViewRoot() == null ? "?" : context.getViewRoot().getViewId()) + " answered " + status
                + ": " + why);
        try {
            if (!external.isResponseCommitted()) {
                external.responseReset();
                external.responseSendError(status, null);
            } else {
                LOG.warning(() -> "Refusal " + why + " after the page was partly sent");
            }
        } catch (IOException io) {
            throw new UncheckedIOException(io);
        }
        context.responseComplete();
    }

    private static void reload(FacesContext context, String viewId) {
        try {
            var external = context.getExternalContext();
            var url = context.getApplication()
                    .getViewHandler()
                    .getBookmarkableURL(context, viewId == null ? "/index.xhtml" : viewId, Map.of(), false);
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
