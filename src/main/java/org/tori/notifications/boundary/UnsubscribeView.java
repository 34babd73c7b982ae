package org.tori.notifications.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.tori.notifications.entity.Category;
import org.tori.platform.DomainException;
import org.tori.platform.faces.Page;

/**
 * The page an unsubscribe link opens, without log-in: a GET shows what the link switches off (link
 * checkers that follow links change nothing), the button's POST does it.
 */
@Named
@RequestScoped
public class UnsubscribeView {

    @Inject
    Preferences preferences;

    private String token;
    private List<Category> categories = List.of();
    private boolean invalid;
    private boolean done;

    public void load() {
        var faces = FacesContext.getCurrentInstance();
        var external = faces.getExternalContext();
        token = Page.param("token");
        try {
            if (Page.posted()) {
                categories = preferences.unsubscribe(token);
                done = true;
            } else {
                categories = preferences.wouldUnsubscribe(token);
            }
        } catch (DomainException refused) {
            invalid = true;
            ((HttpServletResponse) external.getResponse()).setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
    }

    public String getToken() {
        return token;
    }

    public List<Category> getCategories() {
        return categories;
    }

    public boolean isInvalid() {
        return invalid;
    }

    public boolean isDone() {
        return done;
    }
}
