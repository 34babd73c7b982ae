package org.tori.knowledge.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tori.knowledge.entity.LessonStatus;
import org.tori.knowledge.entity.Reader;
import org.tori.platform.DomainException;

/** Lessons learned: read as visibility allows; written by partner cities and staff; reviewed by staff. */
@Path("lessons")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Knowledge", description = "Lessons learned with root-cause analyses, practices and adoptions")
public class LessonsResource {

    public record StatusChange(LessonStatus status, String note) {}

    public record Practice(boolean practice) {}

    public record AdoptionForm(LocalDate adoptedOn, String note) {}

    @Inject
    Lessons lessons;

    @Inject
    LessonImport importer;

    @Inject
    CurrentReader reader;

    @GET
    @Path("{id}")
    @Operation(summary = "One lesson with its analysis, as far as the caller may read them")
    public LessonDetail detail(@PathParam("id") long id) {
        return lessons.detail(id, reader.get()).orElseThrow(LessonsResource::notFound);
    }

    @GET
    @Operation(summary = "Lessons in one review status (staff): IN_REVIEW is the review queue")
    public List<LessonSummary> inStatus(@QueryParam("status") LessonStatus status) {
        return lessons.inStatus(status == null ? LessonStatus.IN_REVIEW : status, reader.get());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write a lesson as a draft (partner cities and staff)")
    public Response create(LessonData data, @Context UriInfo uri) {
        long id = lessons.create(data, signedIn());
        return Response.created(
                        uri.getAbsolutePathBuilder().path(String.valueOf(id)).build())
                .entity(lessons.detail(id, reader.get()).orElseThrow())
                .build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rewrite a lesson and its analysis (its author while a draft, staff always)")
    public LessonDetail update(@PathParam("id") long id, LessonData data) {
        lessons.update(id, data, signedIn());
        return detail(id);
    }

    @PUT
    @Path("{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit for review (author), publish or return with a note (staff)")
    public LessonDetail move(@PathParam("id") long id, StatusChange change) {
        if (change == null) {
            throw new DomainException(DomainException.Kind.INVALID, "lesson.status.notAllowed", "status");
        }
        lessons.move(id, change.status(), change.note(), signedIn());
        return detail(id);
    }

    @PUT
    @Path("{id}/practice")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mark or unmark a published lesson as recommended practice (staff)")
    public LessonDetail recommend(@PathParam("id") long id, Practice practice) {
        lessons.recommend(id, practice != null && practice.practice(), signedIn());
        return detail(id);
    }

    @PUT
    @Path("{id}/adoptions/mine")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record that the caller's city adopted this practice")
    public LessonDetail adopt(@PathParam("id") long id, AdoptionForm form) {
        lessons.adopt(id, form == null ? null : form.adoptedOn(), form == null ? null : form.note(), signedIn());
        return detail(id);
    }

    @GET
    @Path("export")
    @Operation(summary = "Every lesson with its analysis in the import format (staff)")
    public List<LessonData> export() {
        return lessons.export(reader.get());
    }

    @POST
    @Path("import")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import lessons (staff): idempotent by externalId, each broken record reported and skipped")
    public LessonImport.Report importLessons(String body) {
        return importer.run(body, signedIn());
    }

    private Reader signedIn() {
        var current = reader.get();
        if (current.accountId() == null && !current.staff()) {
            throw new DomainException(DomainException.Kind.UNAUTHORIZED, "problem.unauthorized");
        }
        return current;
    }

    private static DomainException notFound() {
        return new DomainException(DomainException.Kind.NOT_FOUND, "lesson.notFound");
    }
}
