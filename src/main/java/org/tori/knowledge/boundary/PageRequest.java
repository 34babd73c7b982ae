package org.tori.knowledge.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import org.tori.platform.DomainException;
import org.tori.platform.faces.PlainForm;
import org.tori.platform.i18n.Texts;

/**
 * What the knowledge pages share: their forms are plain HTML posts handled in a view action
 * (stateless, never expiring), answered with a redirect on success and a message on refusal.
 */
final class PageRequest {

    private PageRequest() {
    }

    static FacesContext faces() {
        return PlainForm.faces();
    }

    static String param(String name) {
        return PlainForm.param(name);
    }

    static boolean posted() {
        return PlainForm.posted();
    }

    static Long id(String name) {
        try {
            var raw = param(name);
            return raw == null ? null : Long.valueOf(raw);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static void refused(DomainException e) {
        var text = Texts.get(faces().getViewRoot().getLocale(), e.key());
        faces().addMessage(e.field(), new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    static void info(String key, Object... args) {
        var text = Texts.get(faces().getViewRoot().getLocale(), key, args);
        faces().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    static void redirect(String path) throws IOException {
        var external = faces().getExternalContext();
        external.redirect(external.getRequestContextPath() + path);
        faces().responseComplete();
    }

    static void notFound() throws IOException {
        PlainForm.status(404);
    }
}
