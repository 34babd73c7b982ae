package org.tori.accounts.boundary;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tori.platform.DomainException;
import org.tori.platform.i18n.Languages;
import org.tori.platform.security.OperatorToken;

/** Registration for apps and partners' sites, and "who am I" for a signed-in session. */
@Path("accounts")
@Produces(MediaType.APPLICATION_JSON)
public class AccountsResource {

    @Inject
    Accounts accounts;

    @Inject
    CurrentMember member;

    @Inject
    Instance<PersonalData> personalData;

    @Inject
    RoleRequests roleRequests;

    @Inject
    OperatorToken operatorToken;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(@Valid @NotNull Registration form, @Context HttpHeaders headers, @Context UriInfo uri) {
        var language = Languages.choose(null, headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        var created = accounts.register(form, language);
        return Response.created(uri.getAbsolutePathBuilder().path("me").build())
                .entity(created)
                .build();
    }

    @GET
    @Path("me")
    public AccountSummary me() {
        return accounts.find(signedIn())
                .orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "account.notFound"));
    }

    @GET
    @Path("me/profile")
    public ProfileForm profile() {
        return accounts.profileForm(signedIn());
    }

    @PUT
    @Path("me/profile")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response updateProfile(@Valid @NotNull ProfileForm form) {
        accounts.updateProfile(signedIn(), form);
        return Response.noContent().build();
    }

    /** Everything Tori keeps about the caller, one part per feature, as a file to keep. */
    @GET
    @Path("me/data")
    public Response personalData() {
        long id = signedIn();
        var data = new TreeMap<String, Object>();
        for (var part : personalData) {
            data.put(part.section(), part.of(id));
        }
        return Response.ok(data)
                .header("Content-Disposition", "attachment; filename=\"tori-my-data.json\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    public record Erasure(String password) {}

    /** Erases the caller's personal data after they confirm with their password, and signs them out. */
    @POST
    @Path("me/erasure")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response erase(Erasure erasure, @Context HttpServletRequest request) {
        accounts.erase(signedIn(), erasure == null ? null : erasure.password());
        var session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return Response.noContent().build();
    }

    /** The caller's latest role request: 404 when they never asked for a role. */
    @GET
    @Path("me/role-request")
    public RoleRequestSummary myRoleRequest() {
        return roleRequests
                .latestOf(signedIn())
                .orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "role.request.notFound"));
    }

    public record ColleagueInvite(String email) {}

    /** An approved partner city invites a colleague of its city (201 mailed a link, 200 the account exists and is one now). */
    @POST
    @Path("me/invitations")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response invite(ColleagueInvite invite) {
        var outcome = roleRequests.invite(signedIn(), invite == null ? null : invite.email());
        return Response.status(outcome == RoleRequests.Invited.MAILED ? 201 : 200)
                .entity(Map.of("outcome", outcome.name()))
                .build();
    }

    @GET
    @Path("role-requests")
    public List<RoleRequestSummary> pendingRoleRequests() {
        staffOnly();
        return roleRequests.pending();
    }

    public record Decision(String organisation, String city, String reason) {}

    @POST
    @Path("role-requests/{id}/approval")
    @Consumes(MediaType.APPLICATION_JSON)
    public RoleRequestSummary approve(@PathParam("id") long id, Decision decision) {
        return roleRequests.approve(
                id,
                staffOnly(),
                decision == null ? null : decision.organisation(),
                decision == null ? null : decision.city());
    }

    @POST
    @Path("role-requests/{id}/refusal")
    @Consumes(MediaType.APPLICATION_JSON)
    public RoleRequestSummary refuse(@PathParam("id") long id, Decision decision) {
        return roleRequests.refuse(id, staffOnly(), decision == null ? null : decision.reason());
    }

    public record Appointment(String email) {}

    /** The operator (bin/tori staff) makes a verified account programme staff: how a deployment gets its first staff member. */
    @PUT
    @Path("staff")
    @Consumes(MediaType.APPLICATION_JSON)
    public AccountSummary appointStaff(Appointment appointment) {
        if (!operatorToken.presented()) {
            throw new DomainException(DomainException.Kind.FORBIDDEN, "account.staff.operatorOnly");
        }
        return accounts.appointStaff(appointment == null ? null : appointment.email());
    }

    private long staffOnly() {
        long id = signedIn();
        if (!member.isStaff()) {
            throw new DomainException(DomainException.Kind.FORBIDDEN, "role.request.staffOnly");
        }
        return id;
    }

    private long signedIn() {
        return member.id()
                .orElseThrow(() -> new DomainException(DomainException.Kind.UNAUTHORIZED, "problem.unauthorized"));
    }
}
