package org.tori.livinglabs.boundary;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tori.accounts.boundary.CurrentMember;
import org.tori.livinglabs.entity.LabDetails;
import org.tori.platform.DomainException;

/** Living labs: details for anyone; sign-up and feedback signed in; results and summary for the company and staff. */
@Path("livinglabs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Living labs",
        description = "Fast experiments: company proposals, tester sign-up with a waiting list, feedback, results")
public class LivingLabsResource {

    /** A summary of what the experiment taught (Markdown; HTML in it is sanitised). */
    public record Summary(String summary) {}

    /** A note to the proposing company on what to change. */
    public record ReturnNote(String note) {}

    @Inject
    LivingLabs labs;

    @Inject
    CurrentMember member;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Propose an experiment (companies, partner cities, staff): a living lab draft for staff to approve")
    public Response propose(@NotNull Proposal proposal, @Context UriInfo uri) {
        long id = labs.propose(proposal.space(), proposal.lab(), member.signedIn());
        return Response.created(
                        uri.getAbsolutePathBuilder().path(String.valueOf(id)).build())
                .entity(labs.detail(id, member.signedIn()).orElseThrow())
                .build();
    }

    @GET
    @Path("{spaceId}")
    @Operation(
            summary =
                    "The experiment: prototype, place, test window, goals, questions, places taken and the caller's sign-up")
    public LabDetail detail(@PathParam("spaceId") long spaceId) {
        return labs.detail(spaceId, member.actor().orElse(null)).orElseThrow(LivingLabsResource::notFound);
    }

    @PUT
    @Path("{spaceId}/details")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rewrite the experiment's details while it is a proposal (its company or staff)")
    public LabDetail describe(@PathParam("spaceId") long spaceId, @NotNull LabDetails details) {
        labs.describe(spaceId, details, member.signedIn());
        return labs.detail(spaceId, member.signedIn()).orElseThrow();
    }

    @POST
    @Path("{spaceId}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send a proposal back to its company with a note (staff); approving is opening the space")
    public Response returnProposal(@PathParam("spaceId") long spaceId, @NotNull ReturnNote note) {
        labs.returnProposal(spaceId, note.note(), member.signedIn());
        return Response.noContent().build();
    }

    @POST
    @Path("{spaceId}/signup")
    @Operation(
            summary =
                    "Sign up as a tester: a place while places are free, else the waiting list (status TESTER or WAITING)")
    public Map<String, Object> signUp(@PathParam("spaceId") long spaceId) {
        var status = labs.signUp(spaceId, member.signedIn().accountId());
        var detail = labs.detail(spaceId, member.signedIn()).orElseThrow();
        return Map.of("status", status.name(), "waitingPosition", detail.waitingPosition());
    }

    @DELETE
    @Path("{spaceId}/signup")
    @Operation(summary = "Withdraw; a freed tester place goes to the first on the waiting list, who is mailed")
    public Response withdraw(@PathParam("spaceId") long spaceId) {
        labs.withdraw(spaceId, member.signedIn().accountId());
        return Response.noContent().build();
    }

    @GET
    @Path("{spaceId}/feedback")
    @Operation(summary = "The caller's own feedback, to edit it")
    public FeedbackInput myFeedback(@PathParam("spaceId") long spaceId) {
        return labs.feedbackOf(spaceId, member.signedIn())
                .orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "lab.feedback.none"));
    }

    @PUT
    @Path("{spaceId}/feedback")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Give or rewrite feedback during the test window (testers only): ratings 1-5 per question, what worked, what did not")
    public Response feedback(@PathParam("spaceId") long spaceId, @NotNull FeedbackInput input) {
        labs.giveFeedback(spaceId, member.signedIn().accountId(), input);
        return Response.noContent().build();
    }

    @GET
    @Path("{spaceId}/results")
    @Operation(
            summary =
                    "Aggregated results (the proposing company and staff): per question count, average and distribution, every comment")
    public LabResults results(@PathParam("spaceId") long spaceId) {
        return labs.results(spaceId, member.signedIn());
    }

    @POST
    @Path("{spaceId}/summary")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Publish the results summary (the company and staff); during testing it moves the lab to RESULTS")
    public LabResults summary(@PathParam("spaceId") long spaceId, @NotNull Summary summary) {
        labs.publishSummary(spaceId, summary.summary(), member.signedIn());
        return labs.results(spaceId, member.signedIn());
    }

    private static DomainException notFound() {
        return new DomainException(DomainException.Kind.NOT_FOUND, "space.notFound");
    }
}
