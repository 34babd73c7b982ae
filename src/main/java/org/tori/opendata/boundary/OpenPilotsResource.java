package org.tori.opendata.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tori.opendata.control.Representations;
import org.tori.pilots.boundary.Pilots;

/**
 * Pilots and their readiness as open data: origin, partner organisation, stage, the readiness score
 * overall and per section (1–7), the decision;
 * CSV in {@link OpenPilotsCsv}. No people, no evidence texts, no item owners.
 */
@Path("open/pilots")
@Tag(name = "Open data", description = "Public data under CC BY 4.0: JSON pages, CSV, Atom feeds, conditional GET")
public class OpenPilotsResource {

    @Inject
    Pilots pilots;

    @Context
    Request request;

    @GET
    @Produces(OpenDataResource.JSON)
    @Operation(
            summary =
                    "Pilots with their origin, stage and readiness per section and overall, newest first (page from 0, size 1–100)")
    public Response json(
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
        return Representations.answer(
                request,
                Representations.json(OpenPage.of(pilots.open(), OpenPage.page(page), OpenPage.size(size))),
                OpenDataResource.JSON,
                null);
    }
}
