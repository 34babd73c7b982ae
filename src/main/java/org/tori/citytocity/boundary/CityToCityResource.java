package org.tori.citytocity.boundary;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tori.accounts.boundary.CurrentMember;
import org.tori.citytocity.entity.NetworkVisibility;
import org.tori.platform.DomainException;

/** City-to-city spaces: the agreement and member cities for anyone; topics as the space's visibility allows; the rest signed in. */
@Path("citytocity/{spaceId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "City-to-city",
        description = "Member cities share topics and learnings under a sharing agreement and record adopted practices")
public class CityToCityResource {

    /** The version of the agreement the city read (optional: the one in force). */
    public record AcceptanceForm(Integer version) {}

    /** A topic: a title and Markdown (HTML in it is sanitised). */
    public record TopicForm(String title, String body) {}

    /** A learning in Markdown with the ids of public knowledge-base lessons it builds on. */
    public record LearningForm(String body, List<Long> lessonIds) {}

    /** A practice linked in this space that the caller's city adopted. */
    public record AdoptionForm(Long lessonId) {}

    /** A new agreement text (a new version when it differs) and/or who reads the topics. */
    public record AgreementForm(String text, NetworkVisibility visibility) {}

    /** Hide with a reason everyone sees, or show again (staff). */
    public record ModerationForm(boolean hidden, String reason) {}

    @Inject
    CityToCity network;

    @Inject
    CurrentMember member;

    @GET
    @Operation(
            summary =
                    "The agreement in force, its versions, the member cities and, as the space's visibility allows, topics and learnings")
    public NetworkOverview overview(@PathParam("spaceId") long spaceId) {
        return network.overview(spaceId, member.actor().orElse(null)).orElseThrow(CityToCityResource::notFound);
    }

    @GET
    @Path("agreement/{number}")
    @Operation(summary = "One version of the sharing agreement; earlier versions stay readable")
    public NetworkOverview.AgreementText agreement(
            @PathParam("spaceId") long spaceId, @PathParam("number") int number) {
        return network.agreement(spaceId, number, member.actor().orElse(null))
                .orElseThrow(CityToCityResource::notFound);
    }

    @PUT
    @Path("agreement")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Publish a new agreement version and/or set visibility (MEMBERS_ONLY, PUBLIC) (staff or the space's creator)")
    public Map<String, Object> setAgreement(@PathParam("spaceId") long spaceId, @NotNull AgreementForm form) {
        int version = network.publishAgreement(spaceId, form.text(), form.visibility(), member.signedIn());
        return Map.of("version", version);
    }

    @POST
    @Path("acceptance")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "A city partner accepts the agreement in force for their city and becomes a member city (409 when a newer version is out)")
    public Response accept(@PathParam("spaceId") long spaceId, AcceptanceForm form) {
        network.accept(spaceId, form == null ? null : form.version(), member.signedIn());
        return Response.ok(overview(spaceId)).build();
    }

    @POST
    @Path("topics")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Post a topic (member cities that accepted the agreement in force; 403 otherwise)")
    public Response topic(@PathParam("spaceId") long spaceId, @NotNull TopicForm form) {
        long id = network.postTopic(spaceId, form.title(), form.body(), member.signedIn());
        return Response.status(Response.Status.CREATED).entity(Map.of("id", id)).build();
    }

    @POST
    @Path("topics/{topicId}/learnings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Post a learning under a topic, linking public lessons by id; the other member cities are told by mail")
    public Response learning(
            @PathParam("spaceId") long spaceId, @PathParam("topicId") long topicId, @NotNull LearningForm form) {
        long id = network.postLearning(spaceId, topicId, form.body(), form.lessonIds(), member.signedIn());
        return Response.status(Response.Status.CREATED).entity(Map.of("id", id)).build();
    }

    @POST
    @Path("adoptions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Mark a practice linked in this space adopted by the caller's city (the knowledge base's adoption; 409 the second time)")
    public Response adopt(@PathParam("spaceId") long spaceId, @NotNull AdoptionForm form) {
        if (form.lessonId() == null) {
            throw new DomainException(DomainException.Kind.INVALID, "c2c.adopt.lessonRequired", "lessonId");
        }
        return Response.status(Response.Status.CREATED)
                .entity(network.adopt(spaceId, form.lessonId(), member.signedIn()))
                .build();
    }

    @PUT
    @Path("{kind: topics|learnings}/{postId}/moderation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Hide a topic or learning with a reason everyone sees, or show it again (staff)")
    public Response moderate(
            @PathParam("spaceId") long spaceId,
            @PathParam("kind") String kind,
            @PathParam("postId") long postId,
            @NotNull ModerationForm form) {
        network.moderate(spaceId, "topics".equals(kind), postId, form.reason(), form.hidden(), member.signedIn());
        return Response.noContent().build();
    }

    private static DomainException notFound() {
        return new DomainException(DomainException.Kind.NOT_FOUND, "space.notFound");
    }
}
