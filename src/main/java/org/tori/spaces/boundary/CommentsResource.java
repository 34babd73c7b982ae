package org.tori.spaces.boundary;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

/** The discussion of a space: public to read, members write and report, staff moderate. */
@Path("spaces/{spaceId}/comments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Comments")
public class CommentsResource {

    public record NewComment(String body, Long parentId) {}

    public record Moderation(String reason) {}

    @Inject
    Comments comments;

    @Inject
    CurrentMember member;

    @GET
    @Operation(summary = "Threads of the space, oldest first; hidden comments show the moderator's reason")
    public List<CommentView> threads(@PathParam("spaceId") long spaceId) {
        return comments.threads(spaceId, member.actor().orElse(null));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write a comment or reply (signed in)")
    public Response write(@PathParam("spaceId") long spaceId, @NotNull NewComment comment) {
        long id = comments.write(
                spaceId, comment.body(), comment.parentId(), member.signedIn().accountId());
        return Response.status(Response.Status.CREATED).entity(Map.of("id", id)).build();
    }

    @POST
    @Path("{commentId}/reports")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Report a comment to the moderators with a reason (once per member)")
    public Response report(@PathParam("commentId") long commentId, Moderation report) {
        comments.report(commentId, member.signedIn().accountId(), report == null ? null : report.reason());
        return Response.noContent().build();
    }

    @PUT
    @Path("{commentId}/hidden")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Hide a comment with a reason shown in its place (staff)")
    public Response hide(@PathParam("commentId") long commentId, @NotNull Moderation moderation) {
        comments.hide(commentId, moderation.reason(), member.signedIn());
        return Response.noContent().build();
    }

    @DELETE
    @Path("{commentId}/hidden")
    @Operation(summary = "Restore a hidden comment (staff)")
    public Response restore(@PathParam("commentId") long commentId) {
        comments.restore(commentId, member.signedIn());
        return Response.noContent().build();
    }
}
