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
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tori.accounts.boundary.Accounts;
import org.tori.platform.DomainException;
import org.tori.spaces.boundary.ManagerContext;
import org.tori.spaces.boundary.Spaces;

/** Judging of a space: criteria (public, so entrants know them), jurors, scores and the ranking. */
@Path("spaces/{spaceId}/judging")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Judging")
public class JudgingResource {

    public record JurorAppointment(@NotNull String email) {
    }

    @Inject
    Judging judging;
    @Inject
    Accounts accounts;
    @Inject
    ManagerContext manager;

    @GET
    @Path("criteria")
    @Operation(summary = "The criteria entries are scored by, with their weights")
    public List<Judging.Criterion> criteria(@PathParam("spaceId") long spaceId) {
        return judging.criteria(spaceId);
    }

    @PUT
    @Path("criteria")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Define the criteria (organisers, before judging starts)")
    public List<Judging.Criterion> defineCriteria(@PathParam("spaceId") long spaceId, List<CriterionForm> criteria) {
        judging.defineCriteria(spaceId, criteria, actor());
        return judging.criteria(spaceId);
    }

    @POST
    @Path("jurors")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Appoint a member as juror (staff)")
    public Response appoint(@PathParam("spaceId") long spaceId, @NotNull JurorAppointment appointment) {
        var juror = accounts.idOf(appointment.email())
                .orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "account.notFound", "email"));
        judging.appointJuror(spaceId, juror, actor());
        return Response.noContent().build();
    }

    @GET
    @Path("assignments")
    @Operation(summary = "The entries the signed-in juror scores, with their own points only")
    public List<Judging.Assignment> assignments(@PathParam("spaceId") long spaceId) {
        return judging.assignments(spaceId, actor().accountId());
    }

    @PUT
    @Path("scores/{entryId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Score an entry on every criterion (criterion id to points 0-10)")
    public Response score(@PathParam("entryId") long entryId, Map<String, Integer> points) {
        var byCriterion = new java.util.HashMap<Long, Integer>();
        try {
            (points == null ? Map.<String, Integer>of() : points).forEach((k, v) -> byCriterion.put(Long.valueOf(k), v));
        } catch (NumberFormatException notACriterion) {
            throw new DomainException(DomainException.Kind.INVALID, "score.allCriteria", "points");
        }
        judging.score(entryId, byCriterion, actor().accountId());
        return Response.noContent().build();
    }

    @POST
    @Path("conflicts/{entryId}")
    @Operation(summary = "Declare a conflict of interest with an entry")
    public Response conflict(@PathParam("entryId") long entryId) {
        judging.declareConflict(entryId, actor().accountId());
        return Response.noContent().build();
    }

    @GET
    @Path("ranking")
    @Operation(summary = "Entries ranked by weighted mean score, ties shown (organisers)")
    public List<RankedEntry> ranking(@PathParam("spaceId") long spaceId) {
        return judging.ranking(spaceId, actor());
    }

    @GET
    @Path("progress")
    @Operation(summary = "Which juror has scored what (organisers)")
    public List<Judging.JurorProgress> progress(@PathParam("spaceId") long spaceId) {
        return judging.progress(spaceId, actor(), id -> accounts.find(id).map(a -> a.name()).orElse(""));
    }

    @GET
    @Path("export")
    @Produces("text/csv")
    @Operation(summary = "Ranking with per-criterion means as CSV (organisers)")
    public Response export(@PathParam("spaceId") long spaceId) {
        return Response.ok(judging.exportCsv(spaceId, actor()), "text/csv;charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"ranking-" + spaceId + ".csv\"").build();
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
        judging.offerPilot(spaceId, entryId, form, actor());
        return Response.status(Response.Status.CREATED).build();
    }

    private Spaces.Actor actor() {
        return manager.actor().orElseThrow(() -> new DomainException(DomainException.Kind.UNAUTHORIZED, "problem.unauthorized"));
    }
}
