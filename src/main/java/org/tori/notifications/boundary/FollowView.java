package org.tori.notifications.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.tori.accounts.boundary.CurrentMember;
import org.tori.notifications.entity.FollowKind;
import org.tori.platform.DomainException;

/**
 * Follow buttons (the fragment notifications/follow.xhtml on a space's page) and the action behind
 * them (notifications/toggle): a plain form posts there, the member's follow changes, and the
 * browser goes back to the space.
 */
@Named
@RequestScoped
public class FollowView {

    @Inject
    Preferences preferences;
    @Inject
    CurrentMember member;

    public boolean follows(String kind, Object target) {
        return member.id().map(id -> {
            try {
                return preferences.follows(id, FollowKind.valueOf(kind), String.valueOf(target));
            } catch (DomainException | IllegalArgumentException unknown) {
                return false;
            }
        }).orElse(false);
    }

    public void toggle() throws IOException {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        var params = external.getRequestParameterMap();
        var space = params.getOrDefault("space", "");
        var back = external.getRequestContextPath() + (space.matches("\\d{1,18}") ? "/spaces/space?id=" + space + "#follow" : "/");
        var id = member.id();
        if (id.isEmpty()) {
            external.redirect(external.getRequestContextPath() + "/accounts/login");
            return;
        }
        if ("POST".equals(((jakarta.servlet.http.HttpServletRequest) external.getRequest()).getMethod())) {
            FollowKind kind;
            try {
                kind = FollowKind.valueOf(params.getOrDefault("kind", ""));
            } catch (IllegalArgumentException unknown) {
                throw new DomainException(DomainException.Kind.INVALID, "notifications.follow.invalid", "kind");
            }
            var target = params.getOrDefault("target", "");
            if ("off".equals(params.get("op"))) {
                preferences.unfollow(id.get(), kind, target);
            } else {
                preferences.follow(id.get(), kind, target);
            }
        }
        external.redirect(back);
    }
}
