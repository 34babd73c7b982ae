package org.tori.spaces.boundary;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tori.platform.DomainException;
import org.tori.spaces.entity.Entry;

/** Entries of a space: members submit, organisers read and screen. */
@Path("spaces/{spaceId}/entries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Entries")
public class EntriesResource {

    /** A screening decision; anything but ELIGIBLE needs the reason sent to the entrant. */
    public record Decision(@NotNull Entry.Screening screening, String reason) {
    }

    @Inject
    Entries entries;
    @Inject
    ManagerContext manager;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit an entry before the deadline (one per member)")
    public Response submit(@PathParam("spaceId") long spaceId, @Valid @NotNull EntryForm form) {
        long id = entries.submit(spaceId, form, actor().accountId());
        return Response.status(Response.Status.CREATED).entity(entries.find(id).orElseThrow()).build();
    }

    @GET
    @Operation(summary = "All entries with their screening (organisers)")
    public List<EntrySummary> list(@PathParam("spaceId") long spaceId) {
        return entries.ofSpace(spaceId, actor());
    }

    @PUT
    @Path("{entryId}/screening")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Screen an entry: eligible, incomplete or off-topic with a reason (organisers)")
    public EntrySummary screen(@PathParam("entryId") long entryId, @Valid @NotNull Decision decision) {
        entries.screen(entryId, decision.screening(), decision.reason(), actor());
        return entries.find(entryId).orElseThrow();
    }

    private Spaces.Actor actor() {
        return manager.actor().orElseThrow(() -> new DomainException(DomainException.Kind.UNAUTHORIZED, "problem.unauthorized"));
    }
}
