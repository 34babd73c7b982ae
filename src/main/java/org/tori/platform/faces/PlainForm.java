package org.tori.platform.faces;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/**
 * For pages whose forms are plain HTML posts handled in a view action (stateless, so they never
 * expire): reading the request and answering with an error status. Features wrap it with their own
 * messages and redirects.
 */
public final class PlainForm {

    private PlainForm() {
    }

    public static FacesContext faces() {
        return FacesContext.getCurrentInstance();
    }

    /** A request parameter without surrounding blanks; null when missing or blank. */
    public static String param(String name) {
        var value = faces().getExternalContext().getRequestParameterMap().get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    public static boolean posted() {
        return "POST".equals(((HttpServletRequest) faces().getExternalContext().getRequest()).getMethod());
    }

    /** Ends the page with an error status, which the container answers with its error page. */
    public static void status(int code) throws IOException {
        faces().getExternalContext().responseSendError(code, code == 403 ? "forbidden" : "not found");
        faces().responseComplete();
    }
}
