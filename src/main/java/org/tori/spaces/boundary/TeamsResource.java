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
import org.tori.accounts.boundary.Actor;
import org.tori.accounts.boundary.CurrentMember;
import org.tori.platform.DomainException;

/** Hackathon teams of a space, for signed-in participants. */
@Path("spaces/{spaceId}/teams")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Teams")
public class TeamsResource {

    public record NewTeam(String name, Integer maxSize) {}

    public record Invitation(@NotNull String email) {}

    @Inject
    Teams teams;

    @Inject
    CurrentMember member;

    @GET
    @Operation(summary = "The teams of a hackathon")
    public List<TeamSummary> list(@PathParam("spaceId") long spaceId) {
        signedIn();
        return teams.ofSpace(spaceId);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start a team as its captain")
    public Response create(@PathParam("spaceId") long spaceId, @NotNull NewTeam team) {
        long id = teams.create(spaceId, team.name(), team.maxSize(), signedIn());
        return Response.status(Response.Status.CREATED).entity(Map.of("id", id)).build();
    }

    @POST
    @Path("{teamId}/invitations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Invite a member by e-mail (captain)")
    public Response invite(@PathParam("teamId") long teamId, @NotNull Invitation invitation) {
        teams.invite(teamId, invitation.email(), signedIn());
        return Response.noContent().build();
    }

    @POST
    @Path("{teamId}/requests")
    @Operation(summary = "Ask to join a team")
    public Response request(@PathParam("teamId") long teamId) {
        teams.requestToJoin(teamId, signedIn());
        return Response.noContent().build();
    }

    @PUT
    @Path("{teamId}/members/{accountId}")
    @Operation(summary = "Accept an invitation (the invited) or approve a request (the captain)")
    public Response accept(@PathParam("teamId") long teamId, @PathParam("accountId") long accountId) {
        teams.accept(teamId, accountId, signedIn());
        return Response.noContent().build();
    }

    @DELETE
    @Path("{teamId}/members/{accountId}")
    @Operation(summary = "Decline an invitation or request, or leave the team")
    public Response remove(@PathParam("teamId") long teamId, @PathParam("accountId") long accountId) {
        teams.remove(teamId, accountId, signedIn());
        return Response.noContent().build();
    }

    /** What a participant says on the board. */
    public record Pitch(String pitch) {}

    @GET
    @Path("board")
    @Operation(
            summary = "The looking-for-a-team board: people without a team and teams with seats, best complement first")
    public Teams.Board board(@PathParam("spaceId") long spaceId) {
        return teams.board(spaceId, member.actor().map(Actor::accountId).orElse(null));
    }

    @PUT
    @Path("board/me")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Say you are looking for a team, with a short pitch")
    public Response look(@PathParam("spaceId") long spaceId, Pitch pitch) {
        teams.lookForTeam(spaceId, signedIn(), pitch == null ? null : pitch.pitch());
        return Response.noContent().build();
    }

    @DELETE
    @Path("board/me")
    @Operation(summary = "Leave the board")
    public Response stopLooking(@PathParam("spaceId") long spaceId) {
        teams.stopLooking(spaceId, signedIn());
        return Response.noContent().build();
    }

    @GET
    @Path("{teamId}/suggestions")
    @Operation(summary = "Participants looking for a team whose skills complement it")
    public List<Teams.Suggestion> suggestions(@PathParam("teamId") long teamId) {
        signedIn();
        return teams.suggestions(teamId);
    }

    private long signedIn() {
        return member.actor()
                .orElseThrow(() -> new DomainException(DomainException.Kind.UNAUTHORIZED, "problem.unauthorized"))
                .accountId();
    }
}
