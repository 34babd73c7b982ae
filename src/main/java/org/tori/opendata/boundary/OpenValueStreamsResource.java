package org.tori.opendata.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tori.opendata.control.Csv;
import org.tori.opendata.control.Representations;
import org.tori.valuestreams.boundary.OpenValueStreams;

/** The value streams, their life events and their collectives' visions and action plans, for reuse. */
@Path("open/valuestreams")
@Tag(name = "Open data", description = "Public data under CC BY 4.0: JSON pages, CSV, Atom feeds, conditional GET")
public class OpenValueStreamsResource {

    @Inject
    OpenValueStreams streams;

    @Context
    Request request;

    @GET
    @Produces(OpenDataResource.JSON)
    @Operation(
            summary = "The eight value streams: counts of public spaces, lessons, practices and stories, life events,"
                    + " the development collective's current vision and action plan (no personal data)")
    public Response all() {
        var all = streams.all();
        return Representations.answer(
                request, Representations.json(OpenPage.of(all, 0, all.size())), OpenDataResource.JSON, null);
    }

    @GET
    @Path("streams.csv")
    @Produces(OpenDataResource.CSV)
    @Operation(summary = "The value streams with their counts as CSV, one line a stream")
    public Response streamsCsv() {
        var csv = new Csv(List.of(
                "value_stream",
                "spaces",
                "open_spaces",
                "testing_living_labs",
                "lessons",
                "practices",
                "stories",
                "life_events",
                "collective_id",
                "collective_name",
                "vision_version"));
        streams.all()
                .forEach(s -> csv.row(
                        s.valueStream(),
                        s.spaces(),
                        s.openSpaces(),
                        s.testingLabs(),
                        s.lessons(),
                        s.practices(),
                        s.stories(),
                        s.lifeEvents().size(),
                        s.collective() == null ? null : s.collective().id(),
                        s.collective() == null ? null : s.collective().name(),
                        s.collective() == null ? null : s.collective().visionVersion()));
        return Representations.answer(request, csv.toString(), OpenDataResource.CSV, null);
    }

    @GET
    @Path("life-events.csv")
    @Produces(OpenDataResource.CSV)
    @Operation(summary = "The life events of every value stream as CSV")
    public Response lifeEventsCsv() {
        var csv = new Csv(List.of("id", "value_stream", "name_fi", "name_en", "name_sv", "description"));
        streams.all()
                .forEach(s -> s.lifeEvents()
                        .forEach(e ->
                                csv.row(e.id(), s.valueStream(), e.nameFi(), e.nameEn(), e.nameSv(), e.description())));
        return Representations.answer(request, csv.toString(), OpenDataResource.CSV, null);
    }

    @GET
    @Path("actions.csv")
    @Produces(OpenDataResource.CSV)
    @Operation(summary = "The action plans of the development collectives as CSV, one line an action")
    public Response actionsCsv() {
        var csv = new Csv(List.of("id", "value_stream", "collective_id", "title", "due_on", "status"));
        streams.all().stream()
                .filter(s -> s.collective() != null)
                .forEach(s -> s.collective()
                        .actions()
                        .forEach(a -> csv.row(
                                a.id(), s.valueStream(), s.collective().id(), a.title(), a.dueOn(), a.status())));
        return Representations.answer(request, csv.toString(), OpenDataResource.CSV, null);
    }
}
