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
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tori.knowledge.entity.Reader;
import org.tori.opendata.control.Atom;
import org.tori.opendata.control.Representations;
import org.tori.platform.time.ProgramTime;
import org.tori.roadmap.boundary.MilestoneRow;
import org.tori.roadmap.boundary.Roadmap;

/**
 * The public roadmap as open data: its items with their roll-up progress (JSON here, CSV in {@link OpenRoadmapCsv}) and the
 * published milestones (JSON, Atom). Items for partners or staff are never part of it.
 */
@Path("open/roadmap")
@Tag(name = "Open data", description = "Public data under CC BY 4.0: JSON pages, CSV, Atom feeds, conditional GET")
public class OpenRoadmapResource {

    private static final OffsetDateTime EPOCH = OffsetDateTime.parse("2017-01-01T00:00:00Z");

    @Inject
    Roadmap roadmap;

    @Inject
    @ConfigProperty(name = "tori.base-url")
    String baseUrl;

    @Context
    Request request;

    @GET
    @Operation(summary = "Public roadmap items in tree order with their progress (page from 0, size 1–100)")
    public Response items(
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("100") int size) {
        var all = roadmap.tree(Reader.ANONYMOUS);
        return Representations.answer(
                request,
                Representations.json(OpenPage.of(all, OpenPage.page(page), OpenPage.size(size))),
                OpenDataResource.JSON,
                null);
    }

    @GET
    @Path("milestones")
    @Operation(summary = "Published milestones of public roadmap items, newest first (page from 0, size 1–100)")
    public Response milestones(
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
        var all = roadmap.publishedMilestones(Reader.ANONYMOUS);
        return Representations.answer(
                request,
                Representations.json(OpenPage.of(all, OpenPage.page(page), OpenPage.size(size))),
                OpenDataResource.JSON,
                null);
    }

    @GET
    @Path("milestones.atom")
    @Produces(OpenDataResource.ATOM)
    @Operation(summary = "Atom feed of the newest published milestones of public roadmap items")
    public Response milestonesAtom() {
        var entries = roadmap.publishedMilestones(Reader.ANONYMOUS).stream()
                .limit(50)
                .map(this::entry)
                .toList();
        return Representations.answer(
                request,
                Atom.feed(
                        base() + "/api/open/roadmap/milestones.atom",
                        "Tori roadmap milestones",
                        base() + "/api/open/roadmap/milestones.atom",
                        Representations.ATTRIBUTION,
                        entries,
                        EPOCH),
                OpenDataResource.ATOM,
                null);
    }

    private Atom.Entry entry(MilestoneRow m) {
        var link = base() + "/roadmap/item?id=" + m.itemId() + "#milestone-" + m.id();
        return new Atom.Entry(
                link,
                m.itemTitle() + ": " + m.title(),
                m.dueOn() + " · " + m.body(),
                link,
                m.publishedAt() == null ? ProgramTime.startOf(m.dueOn()) : m.publishedAt(),
                List.of());
    }

    private String base() {
        return baseUrl.replaceAll("/+$", "");
    }
}
