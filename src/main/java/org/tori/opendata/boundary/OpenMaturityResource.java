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
import org.tori.maturity.boundary.OpenMaturity;
import org.tori.opendata.control.Csv;
import org.tori.opendata.control.Representations;

/** The smart-city maturity model and the assessments cities shared with the public, for reuse. */
@Path("open/maturity")
@Tag(name = "Open data", description = "Public data under CC BY 4.0: JSON pages, CSV, Atom feeds, conditional GET")
public class OpenMaturityResource {

    @Inject
    OpenMaturity maturity;

    @Context
    Request request;

    @GET
    @Produces(OpenDataResource.JSON)
    @Operation(
            summary =
                    "The maturity model (dimensions, five levels each in fi/en/sv, recommended practices as lesson ids)"
                            + " and every self-assessment a city shared with the public; private and partner-only ones never")
    public Response all() {
        return Representations.answer(request, Representations.json(maturity.all()), OpenDataResource.JSON, null);
    }

    @GET
    @Path("assessments.csv")
    @Produces(OpenDataResource.CSV)
    @Operation(summary = "The publicly shared assessments as CSV, one line per assessment and dimension")
    public Response assessmentsCsv() {
        var csv = new Csv(List.of(
                "assessment_id",
                "city",
                "assessed_on",
                "model_version",
                "dimension",
                "current_level",
                "target_level",
                "target_year"));
        maturity.assessments()
                .forEach(a -> a.answers()
                        .forEach(x -> csv.row(
                                a.id(),
                                a.city(),
                                a.assessedOn(),
                                a.modelVersion(),
                                x.dimension(),
                                x.currentLevel(),
                                x.targetLevel(),
                                x.targetYear())));
        return Representations.answer(request, csv.toString(), OpenDataResource.CSV, null);
    }

    @GET
    @Path("model.csv")
    @Produces(OpenDataResource.CSV)
    @Operation(summary = "The maturity model as CSV, one line per dimension and level")
    public Response modelCsv() {
        var model = maturity.model();
        var csv = new Csv(List.of(
                "model_version",
                "dimension",
                "name_en",
                "level",
                "description_fi",
                "description_en",
                "description_sv",
                "practices"));
        model.dimensions()
                .forEach(d -> d.levels()
                        .forEach(l -> csv.row(
                                model.version(),
                                d.code(),
                                d.nameEn(),
                                l.level(),
                                l.descriptionFi(),
                                l.descriptionEn(),
                                l.descriptionSv(),
                                String.join(
                                        " ",
                                        l.practices().stream()
                                                .map(String::valueOf)
                                                .toList()))));
        return Representations.answer(request, csv.toString(), OpenDataResource.CSV, null);
    }
}
