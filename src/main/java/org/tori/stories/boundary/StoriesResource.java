package org.tori.stories.boundary;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tori.accounts.boundary.Actor;
import org.tori.accounts.boundary.CurrentMember;
import org.tori.judging.entity.ImpactValue;
import org.tori.platform.DomainException;
import org.tori.platform.rest.Licensed;
import org.tori.spaces.entity.Theme;
import org.tori.spaces.entity.ValueStream;

/** Published stories for anyone; writing and the editorial flow for staff. Open data variants: /api/open. */
@Path("stories")
@Licensed
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Stories", description = "Success stories with measured impact")
public class StoriesResource {

    /** An editorial step; publishAt in the future schedules the publishing. */
    public record Move(@NotNull Stories.Step step, OffsetDateTime publishAt) {}

    @Inject
    Stories stories;

    @Inject
    CurrentMember member;

    @GET
    @Operation(summary = "Published stories, newest first, filtered as on the stories page")
    public StoryPage list(
            @QueryParam("theme") String theme,
            @QueryParam("valueStream") String valueStream,
            @QueryParam("impact") String impact,
            @QueryParam("city") String city,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        return stories.list(filter(theme, valueStream, impact, city), page, size);
    }

    /** The filter of the list, from request parameters; an unknown value is a 400 naming the parameter. */
    public static StoryFilter filter(String theme, String valueStream, String impact, String city) {
        return new StoryFilter(
                value(Theme.class, theme, "theme"),
                value(ValueStream.class, valueStream, "valueStream"),
                value(ImpactValue.class, impact, "impact"),
                city);
    }

    static <E extends Enum<E>> E value(Class<E> type, String raw, String field) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new DomainException(DomainException.Kind.INVALID, "story.filter.unknown", field);
        }
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One published story with its indicators and return on investment (staff: any story)")
    public StoryDetail detail(@PathParam("id") long id) {
        return stories.detail(id, viewer())
                .orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "story.notFound"));
    }

    @GET
    @Path("editorial")
    @Operation(summary = "Every story in every state (staff)")
    public List<StorySummary> editorial() {
        return stories.editorial(member.signedIn());
    }

    @GET
    @Path("{id}/revisions")
    @Operation(summary = "The revision history of a story, newest first (staff)")
    public List<Stories.Revision> revisions(@PathParam("id") long id) {
        return stories.revisions(id, member.signedIn());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write a story as a draft (staff)")
    public Response create(@Valid @NotNull StoryForm form, @Context UriInfo uri) {
        long id = stories.create(form, member.signedIn());
        return Response.created(
                        uri.getAbsolutePathBuilder().path(String.valueOf(id)).build())
                .entity(stories.detail(id, member.signedIn()).orElseThrow())
                .build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Edit a story that is not archived (staff)")
    public StoryDetail edit(@PathParam("id") long id, @Valid @NotNull StoryForm form) {
        stories.edit(id, form, member.signedIn());
        return stories.detail(id, member.signedIn()).orElseThrow();
    }

    @PUT
    @Path("{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Move a story in the editorial flow: SUBMIT, RETURN_TO_DRAFT, PUBLISH (now or at publishAt), ARCHIVE (staff)")
    public StoryDetail move(@PathParam("id") long id, @Valid @NotNull Move move) {
        stories.move(id, move.step(), move.publishAt(), member.signedIn());
        return stories.detail(id, member.signedIn()).orElseThrow();
    }

    private Actor viewer() {
        return member.actor().orElse(null);
    }
}
