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
import org.tori.knowledge.entity.Reader;
import org.tori.opendata.control.Csv;
import org.tori.opendata.control.Representations;
import org.tori.roadmap.boundary.Roadmap;

/** The public roadmap as CSV at {@code /api/open/roadmap.csv}, one line an item in tree order. */
@Path("open/roadmap.csv")
@Tag(name = "Open data", description = "Public data under CC BY 4.0: JSON pages, CSV, Atom feeds, conditional GET")
public class OpenRoadmapCsv {

    @Inject
    Roadmap roadmap;

    @Context
    Request request;

    @GET
    @Produces(OpenDataResource.CSV)
    @Operation(summary = "Every public roadmap item as CSV, with its parent and roll-up progress")
    public Response items() {
        var csv = new Csv(List.of(
                "id",
                "parent_id",
                "title",
                "summary",
                "status",
                "progress_percent",
                "city",
                "owner",
                "starts_on",
                "planned_end",
                "ended_on",
                "value_streams",
                "themes"));
        roadmap.tree(Reader.ANONYMOUS)
                .forEach(r -> csv.row(
                        r.id(),
                        r.parentId(),
                        r.title(),
                        r.summary(),
                        r.statusCode(),
                        r.progress(),
                        r.city(),
                        r.owner(),
                        r.startsOn(),
                        r.plannedEnd(),
                        r.endedOn(),
                        String.join(" ", r.valueStreams()),
                        String.join(" ", r.themes())));
        return Representations.answer(request, csv.toString(), OpenDataResource.CSV, null);
    }
}
