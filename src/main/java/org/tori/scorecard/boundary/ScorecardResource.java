package org.tori.scorecard.boundary;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tori.accounts.boundary.CurrentMember;
import org.tori.platform.DomainException;
import org.tori.platform.rest.Licensed;
import org.tori.scorecard.entity.Kpi;

/** The programme scorecard for anyone; targets for staff. */
@Path("scorecard")
@Licensed
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Scorecard", description = "Programme KPIs recomputed from Tori's data, targets and traffic lights")
public class ScorecardResource {

    /** A target for one KPI and year; actions say what is done while it is not reached. */
    public record TargetForm(@NotNull BigDecimal target, String actions) {}

    @Inject
    Scorecard scorecard;

    @Inject
    CurrentMember member;

    @GET
    @Operation(summary = "Every KPI of a year (this year by default) with its target and light")
    public List<KpiValue> values(@QueryParam("year") Integer year) {
        return scorecard.values(year);
    }

    @GET
    @Path("trends")
    @Operation(summary = "Each KPI over the last four years up to the given one")
    public List<Scorecard.Trend> trends(@QueryParam("year") Integer year) {
        return scorecard.trends(year);
    }

    @PUT
    @Path("targets/{kpi}/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set the target of a KPI for a year (staff)")
    public List<KpiValue> setTarget(
            @PathParam("kpi") String kpi, @PathParam("year") int year, @Valid @NotNull TargetForm form) {
        var id = member.id()
                .orElseThrow(() -> new DomainException(DomainException.Kind.UNAUTHORIZED, "problem.unauthorized"));
        scorecard.setTarget(kpi(kpi), year, form.target(), form.actions(), id, member.isStaff());
        return scorecard.values(year);
    }

    static Kpi kpi(String raw) {
        try {
            return Kpi.valueOf(raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException unknown) {
            throw new DomainException(DomainException.Kind.NOT_FOUND, "target.kpi.unknown");
        }
    }
}
