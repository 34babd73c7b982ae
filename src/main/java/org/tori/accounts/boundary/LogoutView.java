package org.tori.accounts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** Log-out is a form post (not a link), so that no page can log a member out behind their back. */
@Named
@RequestScoped
public class LogoutView {

    @Inject
    FacesContext faces;

    public void logout() throws ServletException, IOException {
        var external = faces.getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/");
        faces.responseComplete();
    }
}
