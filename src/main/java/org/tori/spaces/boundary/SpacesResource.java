package org.tori.spaces.boundary;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tori.accounts.boundary.CurrentMember;
import org.tori.platform.DomainException;
import org.tori.spaces.entity.CityDomain;
import org.tori.spaces.entity.Phase;
import org.tori.spaces.entity.SpaceKind;
import org.tori.spaces.entity.Theme;
import org.tori.spaces.entity.ValueStream;

/** Open data about spaces for anyone; writes for staff and partner cities signed in. */
@Path("spaces")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Spaces", description = "Co-creation spaces: hackathons and crowdsourcing contests")
public class SpacesResource {

    /** A requested phase change; the reason is needed to archive. */
    public record PhaseChange(@NotNull Phase phase, String reason) {}

    @Inject
    Spaces spaces;

    @Inject
    CurrentMember member;

    @GET
    @Operation(summary = "Public spaces, newest first, filtered as on the spaces page")
    public SpacePage list(
            @QueryParam("kind") String kind,
            @QueryParam("phase") String phase,
            @QueryParam("theme") String theme,
            @QueryParam("domain") String domain,
            @QueryParam("valueStream") String valueStream,
            @QueryParam("city") String city,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        var filter = new SpaceFilter(
                value(SpaceKind.class, kind, "kind"),
                value(Phase.class, phase, "phase"),
                value(Theme.class, theme, "theme"),
                value(CityDomain.class, domain, "domain"),
                value(ValueStream.class, valueStream, "valueStream"),
                city);
        return spaces.list(filter, page, size, null);
    }

    /** An unknown filter value is the caller's mistake: 400 naming the parameter, not an empty list. */
    static <E extends Enum<E>> E value(Class<E> type, String raw, String field) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new DomainException(DomainException.Kind.INVALID, "space.filter.unknown", field);
        }
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One public space with its sanitised description and life cycle")
    public SpaceDetail detail(@PathParam("id") long id) {
        return spaces.detail(id, null)
                .orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "space.notFound"));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a space as a draft (staff and partner cities)")
    public Response create(@Valid @NotNull SpaceForm form, @Context UriInfo uri) {
        long id = spaces.create(form, member.signedIn());
        return Response.created(
                        uri.getAbsolutePathBuilder().path(String.valueOf(id)).build())
                .entity(spaces.detail(id, member.signedIn()).orElseThrow())
                .build();
    }

    @PUT
    @Path("{id}/phase")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move a space to its next phase (its managers)")
    public SpaceDetail move(@PathParam("id") long id, @Valid @NotNull PhaseChange change) {
        spaces.move(id, change.phase(), change.reason(), member.signedIn());
        return spaces.detail(id, member.signedIn()).orElseThrow();
    }

    @PUT
    @Path("{id}/participants/me")
    @Operation(summary = "Join a space")
    public Response join(@PathParam("id") long id) {
        spaces.join(id, member.signedIn().accountId());
        return Response.noContent().build();
    }

    @DELETE
    @Path("{id}/participants/me")
    @Operation(summary = "Leave a space")
    public Response leave(@PathParam("id") long id) {
        spaces.leave(id, member.signedIn().accountId());
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/challenges")
    @Operation(summary = "The challenges of a space, each with who posted it and the data or platform on offer")
    public List<Spaces.ChallengeView> challenges(@PathParam("id") long id) {
        detail(id);
        return spaces.challenges(id);
    }

    @POST
    @Path("{id}/challenges")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Post a challenge while the space is a draft or open (organisers)")
    public Response postChallenge(@PathParam("id") long id, ChallengeForm form) {
        long challenge = spaces.postChallenge(id, form, member.signedIn());
        return Response.status(Response.Status.CREATED)
                .entity(spaces.challenges(id).stream()
                        .filter(c -> c.id() == challenge)
                        .findFirst()
                        .orElseThrow())
                .build();
    }
}
