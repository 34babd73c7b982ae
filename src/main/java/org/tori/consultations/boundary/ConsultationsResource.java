package org.tori.consultations.boundary;

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
import org.tori.platform.DomainException;

/** Open requirements consultations: versions, sections and comments for anyone; comments signed in; the rest staff. */
@Path("consultations/{spaceId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Consultations",
        description = "Open requirements: versions of a specification, comments per section, staff answers")
public class ConsultationsResource {

    /** A comment (Markdown; HTML in it is sanitised). */
    public record NewComment(String body) {}

    @Inject
    Consultations consultations;

    @Inject
    CurrentMember member;

    @GET
    @Operation(summary = "The consultation's published versions, the current one and whether comments are open")
    public Overview overview(@PathParam("spaceId") long spaceId) {
        return consultations
                .overview(spaceId, member.actor().orElse(null))
                .orElseThrow(ConsultationsResource::notFound);
    }

    @GET
    @Path("versions/{number}")
    @Operation(summary = "One version: its numbered sections, what changed, the comments and staff answers")
    public VersionDetail version(@PathParam("spaceId") long spaceId, @PathParam("number") int number) {
        return consultations
                .version(spaceId, number, member.actor().orElse(null))
                .orElseThrow(ConsultationsResource::notFound);
    }

    @POST
    @Path("versions/{number}/sections/{sectionId}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Comment on a section of the current version while comments are open (409 when closed)")
    public Response comment(
            @PathParam("spaceId") long spaceId,
            @PathParam("number") int number,
            @PathParam("sectionId") long sectionId,
            @NotNull NewComment comment) {
        var actor = member.signedIn();
        boolean inThatVersion = consultations.version(spaceId, number, actor).stream()
                .flatMap(v -> v.sections().stream())
                .anyMatch(s -> s.id() == sectionId);
        if (!inThatVersion) {
            throw new DomainException(DomainException.Kind.NOT_FOUND, "consultation.section.notFound");
        }
        long id = consultations.comment(spaceId, sectionId, comment.body(), actor.accountId());
        return Response.status(Response.Status.CREATED).entity(Map.of("id", id)).build();
    }

    @POST
    @Path("comments/{commentId}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer a comment (staff); the commenter is told")
    public Response answer(@PathParam("commentId") long commentId, @NotNull NewComment answer) {
        consultations.answer(commentId, answer.body(), member.signedIn());
        return Response.noContent().build();
    }

    @PUT
    @Path("draft")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Write version 1 while the consultation is a draft (staff); it is published when the space opens")
    public Response draft(@PathParam("spaceId") long spaceId, @NotNull List<SectionInput> sections) {
        consultations.writeDraft(spaceId, sections, member.signedIn());
        return Response.noContent().build();
    }

    @POST
    @Path("versions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Publish a revision in review (staff): a new deadline reopens comments, none ends the consultation")
    public Response revise(@PathParam("spaceId") long spaceId, @NotNull RevisionInput revision) {
        int number = consultations.publishRevision(spaceId, revision, member.signedIn());
        return Response.status(Response.Status.CREATED)
                .entity(consultations
                        .version(spaceId, number, member.signedIn())
                        .orElseThrow())
                .build();
    }

    private static DomainException notFound() {
        return new DomainException(DomainException.Kind.NOT_FOUND, "space.notFound");
    }
}
