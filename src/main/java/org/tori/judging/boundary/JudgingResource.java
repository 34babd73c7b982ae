package org.tori.judging.boundary;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tori.accounts.boundary.Accounts;
import org.tori.accounts.boundary.CurrentMember;
import org.tori.pilots.entity.Pilot;
import org.tori.platform.DomainException;

/** Judging of a space: criteria (public, so entrants know them), jurors, scores and the ranking. */
@Path("spaces/{spaceId}/judging")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Judging")
public class JudgingResource {

    public record JurorAppointment(@NotNull String email) {}

    /** Start a further round for the top N of the current one. */
    public record RoundStart(int topN) {}

    /** A public vote for one entry. */
    public record Ballot(long entryId) {}

    /** Move a pilot or business case on; scale-up and stop need the outcome. */
    /** A follow-up's next stage; scaling up with gaps in its readiness record needs {@code confirmGaps}. */
    public record StageMove(Pilot.Stage stage, String outcome, Boolean confirmGaps) {}

    @Inject
    Prizes prizes;

    @Inject
    Votes votes;

    @Inject
    Judging judging;

    @Inject
    Accounts accounts;

    @Inject
    CurrentMember member;

    @GET
    @Path("criteria")
    @Operation(summary = "The criteria entries are scored by, with their weights")
    public List<CriterionSummary> criteria(@PathParam("spaceId") long spaceId) {
        return judging.criteria(spaceId);
    }

    @PUT
    @Path("criteria")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Define the criteria (organisers, before judging starts)")
    public List<CriterionSummary> defineCriteria(@PathParam("spaceId") long spaceId, List<CriterionForm> criteria) {
        judging.defineCriteria(spaceId, criteria, member.signedIn());
        return judging.criteria(spaceId);
    }

    @POST
    @Path("jurors")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Appoint a member as juror (staff)")
    public Response appoint(@PathParam("spaceId") long spaceId, @NotNull JurorAppointment appointment) {
        var juror = accounts.idOf(appointment.email())
                .orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "account.notFound", "email"));
        judging.appointJuror(spaceId, juror, member.signedIn());
        return Response.noContent().build();
    }

    @GET
    @Path("assignments")
    @Operation(summary = "The entries the signed-in juror scores, with their own points only")
    public List<Judging.Assignment> assignments(@PathParam("spaceId") long spaceId) {
        return judging.assignments(spaceId, member.signedIn().accountId());
    }

    @PUT
    @Path("scores/{entryId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Score an entry on every criterion (criterion id to points 0-10)")
    public Response score(@PathParam("entryId") long entryId, Map<String, Integer> points) {
        // who asks comes first: a visitor must not learn the rules of a ballot they may not cast
        long juror = member.signedIn().accountId();
        var byCriterion = new HashMap<Long, Integer>();
        try {
            (points == null ? Map.<String, Integer>of() : points)
                    .forEach((k, v) -> byCriterion.put(Long.valueOf(k), v));
        } catch (NumberFormatException notACriterion) {
            throw new DomainException(DomainException.Kind.INVALID, "score.allCriteria", "points");
        }
        judging.score(entryId, byCriterion, juror);
        return Response.noContent().build();
    }

    @POST
    @Path("conflicts/{entryId}")
    @Operation(summary = "Declare a conflict of interest with an entry")
    public Response conflict(@PathParam("entryId") long entryId) {
        judging.declareConflict(entryId, member.signedIn().accountId());
        return Response.noContent().build();
    }

    @GET
    @Path("ranking")
    @Operation(summary = "Entries ranked by weighted mean score, ties shown (organisers)")
    public List<RankedEntry> ranking(@PathParam("spaceId") long spaceId) {
        return judging.ranking(spaceId, member.signedIn());
    }

    @GET
    @Path("progress")
    @Operation(summary = "Which juror has scored what (organisers)")
    public List<Judging.JurorProgress> progress(@PathParam("spaceId") long spaceId) {
        return judging.progress(
                spaceId,
                member.signedIn(),
                id -> accounts.find(id).map(a -> a.name()).orElse(""));
    }

    @GET
    @Path("export")
    @Produces("text/csv")
    @Operation(summary = "Ranking with per-criterion means as CSV (organisers)")
    public Response export(@PathParam("spaceId") long spaceId) {
        return Response.ok(judging.exportCsv(spaceId, member.signedIn()), "text/csv;charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"ranking-" + spaceId + ".csv\"")
                .build();
    }

    @GET
    @Path("results")
    @Operation(summary = "Published results with their pilots (public once the space shows results)")
    public List<PublishedResult> results(@PathParam("spaceId") long spaceId) {
        return judging.results(spaceId);
    }

    @POST
    @Path("results/{entryId}/pilot")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Offer a winning entry a pilot (organisers)")
    public Response offerPilot(@PathParam("spaceId") long spaceId, @PathParam("entryId") long entryId, PilotForm form) {
        judging.offerPilot(spaceId, entryId, form, member.signedIn());
        return Response.status(Response.Status.CREATED).build();
    }

    @PUT
    @Path("results/{entryId}/pilot/stage")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Move a pilot or business case on: running, scaled up or stopped with the outcome (organisers)")
    public Response moveFollowUp(
            @PathParam("spaceId") long spaceId, @PathParam("entryId") long entryId, StageMove move) {
        if (move == null) {
            throw new DomainException(DomainException.Kind.INVALID, "pilot.stage.illegal", "stage");
        }
        judging.moveFollowUp(
                spaceId,
                entryId,
                move.stage(),
                move.outcome(),
                Boolean.TRUE.equals(move.confirmGaps()),
                member.signedIn());
        return Response.noContent().build();
    }

    @GET
    @Path("prizes")
    @Operation(summary = "Prize categories, with their winners once results are published")
    public List<Prizes.PrizeView> prizes(@PathParam("spaceId") long spaceId) {
        return prizes.of(spaceId);
    }

    @PUT
    @Path("prizes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Define the prize categories: by place, public vote or impact value (organisers, before results)")
    public List<Prizes.PrizeView> definePrizes(@PathParam("spaceId") long spaceId, List<PrizeForm> forms) {
        return prizes.define(spaceId, forms, member.signedIn());
    }

    @POST
    @Path("rounds")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start a further judging round for the top N of the current round (organisers)")
    public Response startRound(@PathParam("spaceId") long spaceId, RoundStart start) {
        if (start == null) {
            throw new DomainException(DomainException.Kind.INVALID, "round.topN.range", "topN");
        }
        int round = judging.startRound(spaceId, start.topN(), member.signedIn());
        return Response.status(Response.Status.CREATED)
                .entity(Map.of("round", round))
                .build();
    }

    @GET
    @Path("ballot")
    @Operation(summary = "Entries open to the public vote (empty when the space takes no votes now)")
    public List<Votes.Candidate> ballot(@PathParam("spaceId") long spaceId) {
        return votes.ballot(spaceId);
    }

    @POST
    @Path("votes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Cast the caller's one public vote in this space")
    public Response vote(@PathParam("spaceId") long spaceId, Ballot ballot) {
        if (ballot == null) {
            throw new DomainException(DomainException.Kind.INVALID, "entry.notFound", "entryId");
        }
        votes.cast(spaceId, ballot.entryId(), member.signedIn().accountId());
        return Response.status(Response.Status.CREATED).build();
    }
}
