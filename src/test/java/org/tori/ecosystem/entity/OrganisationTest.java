package org.tori.ecosystem.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tori.platform.DomainException;
import org.tori.spaces.entity.Theme;
import org.tori.spaces.entity.ValueStream;

class OrganisationTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 5, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    private static OrganisationDetails details(String website) {
        return new OrganisationDetails(
                OrganisationKind.STARTUP,
                " Sensorit Oy ",
                "Air-quality sensors",
                "fi",
                "Tampere",
                website,
                "Head of partnerships",
                Set.of(Theme.PLANET),
                Set.of(ValueStream.SUSTAINABILITY));
    }

    @Test
    void aRequestedOrganisationIsNotPublicUntilStaffApproveIt() {
        var o = Organisation.requested(details(null), 5L, NOW);
        assertFalse(o.isPublic());
        assertEquals("Sensorit Oy", o.getName());
        o.approve();
        assertTrue(o.isPublic());
        assertEquals(
                "organisation.decided",
                assertThrows(DomainException.class, o::approve).getMessage());
    }

    @Test
    void aRefusalNeedsAReasonAndIsFinal() {
        var o = Organisation.requested(details(null), 5L, NOW);
        assertEquals(
                "reason",
                assertThrows(DomainException.class, () -> o.refuse(" ")).field());
        o.refuse("Not an organisation of the region");
        assertEquals(OrganisationStatus.REFUSED, o.getStatus());
        assertThrows(DomainException.class, o::approve);
    }

    private static Affiliation mail(long id, String email) {
        return new Affiliation(id, email, null, false);
    }

    @Test
    void theRequesterIsListedAndOthersOnlyByTheirOwnChoiceOnceApproved() {
        var o = Organisation.requested(details("https://www.sensorit.example/en"), 5L, NOW);
        assertEquals(List.of(5L), o.getMembers());
        assertThrows(DomainException.class, () -> o.list(mail(6L, "eeva@sensorit.example")), "not approved yet");
        o.approve();
        o.list(mail(6L, "eeva@sensorit.example"));
        o.unlist(5L);
        assertEquals(List.of(6L), o.getMembers());
    }

    @Test
    void aMemberIsListedOnlyOnAnOrganisationTheyBelongTo() {
        var o = Organisation.byStaff(details("https://www.sensorit.example/en"), NOW);
        assertTrue(o.belongs(mail(6L, "Eeva@Sensorit.Example")), "e-mail at the website's domain");
        assertTrue(o.belongs(mail(7L, "lab@tampere.sensorit.example")), "at a subdomain of it");
        assertFalse(o.belongs(mail(8L, "eeva@notsensorit.example")), "a look-alike domain");
        assertFalse(o.belongs(mail(8L, "eeva@gmail.com")));
        assertTrue(o.belongs(new Affiliation(9L, "ceo@gmail.com", "sensorit oy", false)), "approved company account");
        assertFalse(o.belongs(new Affiliation(9L, "ceo@gmail.com", "Other Oy", false)));
        assertTrue(o.belongs(new Affiliation(10L, "x@gmail.com", null, true)), "staff confirmed");
        var refused = assertThrows(DomainException.class, () -> o.list(mail(8L, "eeva@gmail.com")));
        assertEquals("organisation.list.notAffiliated", refused.key());
        assertEquals(List.of(), o.getMembers());

        var noWebsite = Organisation.byStaff(details(null), NOW);
        assertFalse(noWebsite.belongs(mail(6L, "eeva@sensorit.example")), "no website, no domain to match");
        var requested = Organisation.requested(details(null), 5L, NOW);
        assertTrue(requested.belongs(mail(5L, "founder@gmail.com")), "its requester");
    }

    @Test
    void aLetterOfIntentOnlyForAnApprovedOrganisationSignedOnADayThatHasCome() {
        var requested = Organisation.requested(details(null), 5L, NOW);
        assertThrows(
                DomainException.class, () -> requested.recordLetterOfIntent(TODAY, PartnerLevel.PARTNER, null, TODAY));
        var o = Organisation.byStaff(details("https://sensorit.example"), NOW);
        assertEquals(
                "loi-date",
                assertThrows(
                                DomainException.class,
                                () -> o.recordLetterOfIntent(TODAY.plusDays(1), PartnerLevel.PARTNER, null, TODAY))
                        .field());
        assertEquals(
                "loi-level",
                assertThrows(DomainException.class, () -> o.recordLetterOfIntent(TODAY, null, null, TODAY))
                        .field());
        assertFalse(o.hasLetterOfIntent());
        o.recordLetterOfIntent(TODAY.minusDays(3), PartnerLevel.STRATEGIC, " Air quality pilots ", TODAY);
        assertTrue(o.hasLetterOfIntent());
        assertEquals("Air quality pilots", o.getPartnership().getAreas());
    }

    @Test
    void theWebsiteMustBeAWebAddressAndTheNameIsRequired() {
        assertEquals(
                "website",
                assertThrows(DomainException.class, () -> Organisation.byStaff(details("javascript:alert(1)"), NOW))
                        .field());
        var noName =
                new OrganisationDetails(OrganisationKind.NGO, " ", null, "en", null, null, null, Set.of(), Set.of());
        assertEquals(
                "name",
                assertThrows(DomainException.class, () -> Organisation.byStaff(noName, NOW))
                        .field());
    }

    @Test
    void theDescriptionIsKeptInTheOtherLanguagesBesidesTheMainText() {
        var o = Organisation.byStaff(
                new OrganisationDetails(
                        OrganisationKind.STARTUP,
                        "Sensorit Oy",
                        "Ilmanlaatuantureita",
                        "fi",
                        null,
                        null,
                        null,
                        Set.of(),
                        Set.of(),
                        Map.of("en", " Air-quality sensors ", "fi", "ignored: the main text is Finnish", "sv", " ")),
                NOW);
        assertEquals("Ilmanlaatuantureita", o.getDescription());
        assertEquals(
                Map.of("en", "Air-quality sensors"),
                o.getTranslations(),
                "trimmed, blank left out, the main language's text is the main text");
        var tooLong = new OrganisationDetails(
                OrganisationKind.STARTUP,
                "Sensorit Oy",
                null,
                "fi",
                null,
                null,
                null,
                Set.of(),
                Set.of(),
                Map.of("sv", "x".repeat(4001)));
        assertEquals(
                "descriptionSv",
                assertThrows(DomainException.class, () -> o.describe(tooLong)).field());
    }
}
