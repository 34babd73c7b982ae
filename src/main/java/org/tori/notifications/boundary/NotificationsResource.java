package org.tori.notifications.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tori.accounts.boundary.CurrentMember;
import org.tori.notifications.entity.FollowKind;
import org.tori.platform.DomainException;

/** Notification preferences and follows of the signed-in member, one-click unsubscribe, announcements. */
@Path("notifications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications")
public class NotificationsResource {

    public record Announcement(String subject, String body) {}

    @Inject
    Preferences preferences;

    @Inject
    CurrentMember member;

    @GET
    @Path("preferences")
    @Operation(summary = "Cadence per category: IMMEDIATELY, DAILY, WEEKLY or OFF")
    public Map<String, String> preferences() {
        var out = new TreeMap<String, String>();
        preferences.of(signedIn()).forEach((category, cadence) -> out.put(category.name(), cadence.name()));
        return out;
    }

    @PUT
    @Path("preferences")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the cadence of some categories")
    public Response choose(Map<String, String> chosen) {
        long id = signedIn();
        preferences.choose(id, Preferences.parse(chosen));
        return Response.noContent().build();
    }

    @PUT
    @Path("follows/{kind}/{target}")
    @Operation(summary = "Follow a space (by id), a theme or a city")
    public Response follow(@PathParam("kind") String kind, @PathParam("target") String target) {
        preferences.follow(signedIn(), kind(kind), target);
        return Response.noContent().build();
    }

    @DELETE
    @Path("follows/{kind}/{target}")
    @Operation(summary = "Stop following")
    public Response unfollow(@PathParam("kind") String kind, @PathParam("target") String target) {
        preferences.unfollow(signedIn(), kind(kind), target);
        return Response.noContent().build();
    }

    /** RFC 8058: mail clients POST "List-Unsubscribe=One-Click" here; no log-in, the token is signed. */
    @POST
    @Path("unsubscribe")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "One-click unsubscribe with the signed token of a mail")
    public Map<String, Object> unsubscribe(@QueryParam("token") String token) {
        var off = preferences.unsubscribe(token);
        return Map.of("unsubscribed", off.stream().map(Enum::name).toList());
    }

    @POST
    @Path("spaces/{spaceId}/announcements")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Announce something to a space's participants and followers (organisers)")
    public Response announce(@PathParam("spaceId") long spaceId, Announcement announcement) {
        var actor = member.signedIn();
        if (announcement == null) {
            throw new DomainException(DomainException.Kind.INVALID, "notifications.announcement.subject", "subject");
        }
        preferences.announce(spaceId, announcement.subject(), announcement.body(), actor);
        return Response.accepted().build();
    }

    private static FollowKind kind(String raw) {
        try {
            return FollowKind.valueOf(raw.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new DomainException(DomainException.Kind.INVALID, "notifications.follow.invalid", "kind");
        }
    }

    private long signedIn() {
        return member.id()
                .orElseThrow(() -> new DomainException(DomainException.Kind.UNAUTHORIZED, "problem.unauthorized"));
    }
}
