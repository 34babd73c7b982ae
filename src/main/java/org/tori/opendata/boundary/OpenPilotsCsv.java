package org.tori.opendata.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tori.opendata.control.Csv;
import org.tori.opendata.control.Representations;
import org.tori.pilots.boundary.Pilots;

/**
 * Pilots and their readiness as open data: origin, partner organisation, stage, the readiness score
 * overall and per section (1–7), the decision,
 * as CSV at {@code /api/open/pilots.csv}. No people, no evidence texts, no item owners.
 */
@Path("open/pilots.csv")
@Tag(name = "Open data", description = "Public data under CC BY 4.0: JSON pages, CSV, Atom feeds, conditional GET")
public class OpenPilotsCsv {

    @Inject
    Pilots pilots;

    @Context
    Request request;

    @GET
    @Produces(OpenDataResource.CSV)
    @Operation(summary = "Every pilot as CSV with its readiness percent overall and per section")
    public Response csv() {
        var csv = new Csv(List.of(
                "id",
                "title",
                "origin_kind",
                "origin_link",
                "partner",
                "stage",
                "starts_on",
                "checklist_version",
                "readiness_percent",
                "section_percents",
                "record_complete",
                "decision",
                "lesson_id",
                "story_id"));
        pilots.open()
                .forEach(p -> csv.row(
                        p.id(),
                        p.title(),
                        p.originKind(),
                        p.originLink(),
                        p.partner(),
                        p.stage(),
                        p.startsOn(),
                        p.checklistVersion(),
                        p.readinessPercent(),
                        p.sectionPercents().stream()
                                .map(v -> v == null ? "" : v.toString())
                                .collect(Collectors.joining(" ")),
                        p.recordComplete(),
                        p.decision(),
                        p.lessonId(),
                        p.storyId()));
        return Representations.answer(request, csv.toString(), OpenDataResource.CSV, null);
    }
}
