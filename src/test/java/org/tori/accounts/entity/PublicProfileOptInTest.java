package org.tori.accounts.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A member has a public page only by their own choice, and it never shows what they did not choose to show. */
class PublicProfileOptInTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 5, 9, 0, 0, 0, ZoneOffset.UTC);

    private static Account stored(Account account) throws ReflectiveOperationException {
        var id = Account.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(account, 42L);
        return account;
    }

    private static Account verifiedCompany() throws ReflectiveOperationException {
        var account = stored(new Account(
                EmailAddress.of("lea@firm.fi"),
                "Lea",
                Role.COMPANY,
                "Firm Oy",
                "Tampere",
                Locale.ENGLISH,
                "secret-hash",
                NOW));
        account.verify(NOW);
        return account;
    }

    @Test
    void aNewMemberHasNoPublicPageUntilTheyOptIn() throws ReflectiveOperationException {
        var account = verifiedCompany();
        assertTrue(account.publicProfile().isEmpty(), "searchable is off by default");
        account.updateProfile("Lea", "Mobility data", List.of("GIS"), List.of("transport"), true, Locale.ENGLISH);
        assertTrue(account.publicProfile().isPresent());
    }

    @Test
    void anAccountNotYetStoredHasNoPublicPage() {
        var account = new Account(
                EmailAddress.of("new@firm.fi"), "New", Role.CITIZEN, null, null, Locale.ENGLISH, "hash", NOW);
        account.verify(NOW);
        account.updateProfile("New", null, List.of(), List.of(), true, Locale.ENGLISH);
        assertTrue(account.publicProfile().isEmpty());
    }

    @Test
    void thePublicPageShowsNameOrganisationSkillsAndInterestsButNeverTheAddress() throws ReflectiveOperationException {
        var account = verifiedCompany();
        account.updateProfile("Lea L.", "Mobility data", List.of("GIS"), List.of("transport"), true, Locale.ENGLISH);
        var profile = account.publicProfile().orElseThrow();
        assertEquals("Lea L.", profile.name(), "the display name the member chose");
        assertEquals("Firm Oy", profile.organisation());
        assertEquals(List.of("gis"), profile.skills());
        assertEquals(List.of("transport"), profile.interests());
        assertTrue(!profile.toString().contains("lea@firm.fi")
                && !profile.toString().contains("secret-hash"));
    }

    @Test
    void anErasedMemberHasNoPublicPageEvenIfTheyHadOptedIn() throws ReflectiveOperationException {
        var account = verifiedCompany();
        account.updateProfile("Lea", null, List.of(), List.of(), true, Locale.ENGLISH);
        account.erase("Former member", "unusable", NOW);
        assertTrue(account.publicProfile().isEmpty());
    }
}
