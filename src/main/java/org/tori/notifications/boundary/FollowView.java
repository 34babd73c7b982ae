package org.tori.notifications.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.tori.accounts.boundary.CurrentMember;
import org.tori.notifications.entity.FollowKind;
import org.tori.platform.DomainException;
import org.tori.platform.faces.Page;
import org.tori.spaces.boundary.Spaces;

/**
 * Follow buttons (the fragment notifications/follow.xhtml on a space's page) and the action behind
 * them (notifications/toggle): a plain form posts there, the member's follow changes, and the
 * browser goes back to the space. Organisers also find the announcement form there.
 */
@Named
@RequestScoped
public class FollowView {

    private static final String CSRF = "tori.notifications.csrf";

    @Inject
    Preferences preferences;

    @Inject
    CurrentMember member;

    @Inject
    Spaces spaces;

    public boolean follows(String kind, Object target) {
        return member.id()
                .map(id -> {
                    try {
                        return preferences.follows(id, FollowKind.valueOf(kind), String.valueOf(target));
                    } catch (DomainException | IllegalArgumentException unknown) {
                        return false;
                    }
                })
                .orElse(false);
    }

    /** Whether the signed-in member organises this space and may announce to its participants. */
    public boolean mayAnnounce(Object spaceId) {
        var actor = member.actor();
        try {
            return actor.isPresent() && spaces.mayManage(Long.parseLong(String.valueOf(spaceId)), actor.get());
        } catch (NumberFormatException notAnId) {
            return false;
        }
    }

    /** A per-session token in the plain forms, so another site cannot post them in a member's name. */
    public String getCsrf() {
        return (String) FacesContext.getCurrentInstance()
                .getExternalContext()
                .getSessionMap()
                .computeIfAbsent(CSRF, k -> {
                    var bytes = new byte[24];
                    new SecureRandom().nextBytes(bytes);
                    return HexFormat.of().formatHex(bytes);
                });
    }

    void checkCsrf(String given) {
        var expected = getCsrf().getBytes(StandardCharsets.UTF_8);
        if (given == null || !MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected)) {
            throw new DomainException(DomainException.Kind.FORBIDDEN, "notifications.form.expired");
        }
    }

    /** The announcement form's action: queue it, then back to the space. */
    public void announce() throws IOException {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        var id = member.id();
        var space = String.valueOf(Page.param("space"));
        if (id.isEmpty() || !space.matches("\\d{1,18}") || !isPost()) {
            external.redirect(external.getRequestContextPath() + "/");
            return;
        }
        checkCsrf(Page.param("csrf"));
        preferences.announce(
                Long.parseLong(space),
                Page.param("subject"),
                Page.param("body"),
                member.actor().orElseThrow());
        external.redirect(external.getRequestContextPath() + "/spaces/space?id=" + space + "&announced=1#follow");
    }

    private static boolean isPost() {
        return Page.posted();
    }

    public void toggle() throws IOException {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        var space = String.valueOf(Page.param("space"));
        var back = external.getRequestContextPath()
                + (space.matches("\\d{1,18}") ? "/spaces/space?id=" + space + "#follow" : "/");
        var item = String.valueOf(Page.param("item"));
        if (item.matches("\\d{1,18}")) {
            back = external.getRequestContextPath() + "/roadmap/item?id=" + item + "#follow";
        }
        var news = String.valueOf(Page.param("news"));
        if (news.matches("\\d{1,18}")) {
            back = external.getRequestContextPath() + "/news/item?id=" + news + "#follow";
        }
        if ("me".equals(Page.param("back"))) {
            back = external.getRequestContextPath() + "/me/#follows";
        }
        var id = member.id();
        if (id.isEmpty()) {
            external.redirect(external.getRequestContextPath() + "/accounts/login");
            return;
        }
        if (isPost()) {
            checkCsrf(Page.param("csrf"));
            FollowKind kind;
            try {
                kind = FollowKind.valueOf(String.valueOf(Page.param("kind")));
            } catch (IllegalArgumentException unknown) {
                throw new DomainException(DomainException.Kind.INVALID, "notifications.follow.invalid", "kind");
            }
            var target = Page.param("target") == null ? "" : Page.param("target");
            if ("off".equals(Page.param("op"))) {
                preferences.unfollow(id.get(), kind, target);
            } else {
                preferences.follow(id.get(), kind, target);
            }
        }
        external.redirect(back);
    }
}
