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
import org.tori.ecosystem.boundary.DirectoryFilter;
import org.tori.ecosystem.boundary.OrganisationCard;
import org.tori.ecosystem.boundary.Organisations;
import org.tori.opendata.control.Csv;
import org.tori.opendata.control.Representations;

/** The approved organisations of the ecosystem with their partnerships; no personal data (no members, no people). */
@Path("open/organisations")
@Tag(name = "Open data", description = "Public data under CC BY 4.0: JSON pages, CSV, Atom feeds, conditional GET")
public class OpenOrganisationsResource {

    /** One organisation as open data: its own facts only, the contact as a role title. */
    public record OpenOrganisation(
            long id,
            String name,
            String kind,
            String description,
            String language,
            String city,
            String website,
            String contactRole,
            List<String> themes,
            List<String> valueStreams,
            String letterOfIntentSignedOn,
            String partnerLevel,
            String collaboration) {

        static OpenOrganisation of(OrganisationCard c) {
            return new OpenOrganisation(
                    c.id(),
                    c.name(),
                    c.kind().name(),
                    c.description(),
                    c.language(),
                    c.city(),
                    c.website(),
                    c.contactRole(),
                    c.themes().stream().map(Enum::name).toList(),
                    c.valueStreams().stream().map(Enum::name).toList(),
                    c.signedOn() == null ? null : c.signedOn().toString(),
                    c.level() == null ? null : c.level().name(),
                    c.collaboration());
        }
    }

    @Inject
    Organisations organisations;

    @Context
    Request request;

    private List<OpenOrganisation> all() {
        return organisations.directory(DirectoryFilter.NONE).stream()
                .map(OpenOrganisation::of)
                .toList();
    }

    @GET
    @Produces(OpenDataResource.JSON)
    @Operation(
            summary = "The organisations of the ecosystem (companies, startups, research, NGOs, utilities, public"
                    + " bodies, partner cities) with themes, value streams and letters of intent; no personal data")
    public Response json() {
        var all = all();
        return Representations.answer(
                request, Representations.json(OpenPage.of(all, 0, all.size())), OpenDataResource.JSON, null);
    }

    @GET
    @Path("organisations.csv")
    @Produces(OpenDataResource.CSV)
    @Operation(summary = "The organisations as CSV, one line an organisation, themes and value streams separated by |")
    public Response csv() {
        var csv = new Csv(List.of(
                "id",
                "name",
                "kind",
                "city",
                "website",
                "contact_role",
                "themes",
                "value_streams",
                "letter_of_intent_signed_on",
                "partner_level",
                "collaboration",
                "description"));
        all().forEach(o -> csv.row(
                o.id(),
                o.name(),
                o.kind(),
                o.city(),
                o.website(),
                o.contactRole(),
                String.join("|", o.themes()),
                String.join("|", o.valueStreams()),
                o.letterOfIntentSignedOn(),
                o.partnerLevel(),
                o.collaboration(),
                o.description()));
        return Representations.answer(request, csv.toString(), OpenDataResource.CSV, null);
    }
}
