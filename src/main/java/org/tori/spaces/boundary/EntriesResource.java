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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tori.accounts.boundary.CurrentMember;
import org.tori.platform.DomainException;
import org.tori.platform.rest.FileUpload;
import org.tori.spaces.entity.Entry;

/** Entries of a space: members submit, organisers read and screen. */
@Path("spaces/{spaceId}/entries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Entries")
public class EntriesResource {

    /** A screening decision; anything but ELIGIBLE needs the reason sent to the entrant. */
    public record Decision(@NotNull Entry.Screening screening, String reason) {}

    @Inject
    Entries entries;

    @Inject
    CurrentMember member;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit an entry before the deadline (one per member)")
    public Response submit(@PathParam("spaceId") long spaceId, @Valid @NotNull EntryForm form) {
        long id = entries.submit(spaceId, form, member.signedIn().accountId());
        return Response.status(Response.Status.CREATED)
                .entity(entries.find(id).orElseThrow())
                .build();
    }

    @GET
    @Operation(summary = "All entries with their screening (organisers)")
    public List<EntrySummary> list(@PathParam("spaceId") long spaceId) {
        return entries.ofSpace(spaceId, member.signedIn());
    }

    @PUT
    @Path("{entryId}/screening")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Screen an entry: eligible, incomplete or off-topic with a reason (organisers)")
    public EntrySummary screen(@PathParam("entryId") long entryId, @Valid @NotNull Decision decision) {
        entries.screen(entryId, decision.screening(), decision.reason(), member.signedIn());
        return entries.find(entryId).orElseThrow();
    }

    @GET
    @Path("mine")
    @Operation(summary = "The entry the caller (alone or with their team) has submitted")
    public EntrySummary mine(@PathParam("spaceId") long spaceId) {
        return entries.mine(spaceId, member.signedIn().accountId())
                .orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "entry.notFound"));
    }

    @POST
    @Path("{entryId}/attachments")
    @Consumes(MediaType.WILDCARD)
    @FileUpload
    @Operation(summary = "Attach a file (PDF, PNG, JPEG, PPTX, DOCX, ODP; at most 3 of 5 MB each) before the deadline")
    public Response attach(
            @PathParam("spaceId") long spaceId,
            @PathParam("entryId") long entryId,
            @QueryParam("name") String name,
            InputStream body)
            throws IOException {
        if (name == null || name.isBlank()) {
            throw new DomainException(DomainException.Kind.INVALID, "attachment.name", "name");
        }
        byte[] content = body.readNBytes(entries.maxAttachmentBytes() + 1);
        long id = entries.attach(entryId, name, content, member.signedIn().accountId());
        return Response.status(Response.Status.CREATED)
                .entity(entries.find(entryId).orElseThrow().attachments().stream()
                        .filter(a -> a.id() == id)
                        .findFirst()
                        .orElseThrow())
                .build();
    }

    @GET
    @Path("{entryId}/attachments/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download an attachment (entrants, organisers and jurors of the space)")
    public Response download(@PathParam("entryId") long entryId, @PathParam("attachmentId") long attachmentId) {
        var file = entries.attachment(entryId, attachmentId, member.signedIn());
        return Response.ok(file.getContent(), file.getFileType().mediaType())
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"" + file.getFileName().replaceAll("[^\\w.\\- ]", "_") + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
