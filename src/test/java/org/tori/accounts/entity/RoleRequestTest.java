package org.tori.accounts.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.tori.platform.DomainException;

class RoleRequestTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 4, 12, 0, 0, 0, ZoneOffset.UTC);
    private static final long STAFF = 7;

    private static Account account(Role role) {
        return new Account(
                EmailAddress.of("pekka@example.org"), "Pekka", role, null, null, Locale.ENGLISH, "hash", NOW);
    }

    private static RoleRequest partnerCity(Account account) {
        return new RoleRequest(account, Role.CITY_PARTNER, null, "Helsinki", NOW);
    }

    @Test
    void aRequestOpensNothingUntilStaffApprove() {
        var account = account(Role.CITIZEN);
        var request = partnerCity(account);
        assertEquals(RoleRequest.State.PENDING, request.getState());
        assertEquals(Role.CITIZEN, account.getRole());

        request.approve(STAFF, null, null, NOW.plusHours(1));

        assertEquals(RoleRequest.State.APPROVED, request.getState());
        assertEquals(Role.CITY_PARTNER, account.getRole());
        assertEquals("Helsinki", account.getCity());
        assertEquals(STAFF, request.getDecidedBy());
        assertEquals(NOW.plusHours(1), request.getDecidedAt());
    }

    @Test
    void staffMayCorrectTheClaimedCityWhenApproving() {
        var account = account(Role.CITIZEN);
        var request = new RoleRequest(account, Role.CITY_PARTNER, null, "helsinki ", NOW);
        request.approve(STAFF, " ", "Vantaa", NOW);
        assertEquals("Vantaa", account.getCity());
        assertEquals("Vantaa", request.getCity());
    }

    @Test
    void aRequestIsDecidedOnlyOnce() {
        var approved = partnerCity(account(Role.CITIZEN));
        approved.approve(STAFF, null, null, NOW);
        assertEquals(
                "role.request.decided",
                assertThrows(DomainException.class, () -> approved.approve(STAFF, null, null, NOW))
                        .key());
        assertEquals(
                "role.request.decided",
                assertThrows(DomainException.class, () -> approved.refuse(STAFF, "late", NOW))
                        .key());

        var account = account(Role.CITIZEN);
        var refused = partnerCity(account);
        refused.refuse(STAFF, "Not a city employee", NOW);
        assertEquals(RoleRequest.State.REFUSED, refused.getState());
        assertEquals("Not a city employee", refused.getReason());
        assertThrows(DomainException.class, () -> refused.approve(STAFF, null, null, NOW));
        assertEquals(Role.CITIZEN, account.getRole(), "a refused request grants nothing");
    }

    @Test
    void refusingNeedsAReasonAndLeavesTheRequestPending() {
        var request = partnerCity(account(Role.CITIZEN));
        var refused = assertThrows(DomainException.class, () -> request.refuse(STAFF, "  ", NOW));
        assertEquals("role.request.reason.required", refused.key());
        assertEquals("reason", refused.field());
        assertThrows(DomainException.class, () -> request.refuse(STAFF, null, NOW));
        assertThrows(DomainException.class, () -> request.refuse(STAFF, "x".repeat(1001), NOW));
        assertEquals(RoleRequest.State.PENDING, request.getState());
        assertNull(request.getDecidedBy());
    }

    @Test
    void onlyCompanyAndPartnerCityCanBeRequestedWithTheirOrganisationOrCity() {
        var account = account(Role.CITIZEN);
        assertThrows(DomainException.class, () -> new RoleRequest(account, Role.STAFF, "Tori", "Helsinki", NOW));
        assertThrows(DomainException.class, () -> new RoleRequest(account, Role.CITIZEN, null, null, NOW));
        assertEquals(
                "organisation",
                assertThrows(DomainException.class, () -> new RoleRequest(account, Role.COMPANY, " ", null, NOW))
                        .field());
        assertEquals(
                "city",
                assertThrows(
                                DomainException.class,
                                () -> new RoleRequest(account, Role.CITY_PARTNER, "Office", null, NOW))
                        .field());
    }

    @Test
    void anInvitedColleagueIsApprovedByTheInvitation() {
        var account = account(Role.CITIZEN);
        var request = RoleRequest.invited(account, "Espoo", 42, NOW);
        assertEquals(RoleRequest.State.APPROVED, request.getState());
        assertEquals(42L, request.getInvitedBy());
        assertEquals(Role.CITY_PARTNER, account.getRole());
        assertEquals("Espoo", account.getCity());
    }

    @Test
    void anInvitationSettlesAPendingPartnerCityRequestInTheInvitersCity() {
        var account = account(Role.CITIZEN);
        var request = partnerCity(account);
        request.approveByInvitation(42, "Espoo", NOW);
        assertEquals(RoleRequest.State.APPROVED, request.getState());
        assertEquals(42L, request.getInvitedBy());
        assertEquals("Espoo", account.getCity());
        var company = new RoleRequest(account(Role.CITIZEN), Role.COMPANY, "Oy", null, NOW);
        assertThrows(DomainException.class, () -> company.approveByInvitation(42, "Espoo", NOW));
        assertEquals(RoleRequest.State.PENDING, company.getState());
    }

    @Test
    void staffAccountsKeepTheirRole() {
        var staff = account(Role.STAFF);
        var request = partnerCity(staff);
        assertThrows(DomainException.class, () -> request.approve(STAFF, null, null, NOW));
        assertEquals(Role.STAFF, staff.getRole());
    }

    @Test
    void anInvitationIsSpentOnceAndOnlyByTheInvitedAddress() {
        var inviter = new Account(
                EmailAddress.of("anna@espoo.fi"), "Anna", Role.CITY_PARTNER, null, "Espoo", Locale.ENGLISH, "h", NOW);
        var invitation = new ColleagueInvitation("hash", EmailAddress.of("Bo@Espoo.fi"), inviter, NOW);
        assertEquals("Espoo", invitation.getCity());
        assertEquals(
                "invitation.otherAddress",
                assertThrows(DomainException.class, () -> invitation.use(EmailAddress.of("eve@example.org"), NOW))
                        .key());
        invitation.use(EmailAddress.of("bo@espoo.fi"), NOW);
        assertThrows(DomainException.class, () -> invitation.use(EmailAddress.of("bo@espoo.fi"), NOW));
        var late = new ColleagueInvitation("hash2", EmailAddress.of("cy@espoo.fi"), inviter, NOW);
        assertThrows(
                DomainException.class,
                () -> late.use(EmailAddress.of("cy@espoo.fi"), NOW.plus(ColleagueInvitation.VALID_FOR)));
        assertThrows(
                DomainException.class,
                () -> new ColleagueInvitation("h3", EmailAddress.of("x@y.fi"), account(Role.CITIZEN), NOW),
                "only partner cities invite");
    }
}
