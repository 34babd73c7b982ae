package org.tori.accounts.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.tori.platform.DomainException;

class AccountTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 23, 12, 0, 0, 0, ZoneOffset.UTC);

    private static Account citizen() {
        return new Account(
                EmailAddress.of("Aino@Example.org "), "Aino", Role.CITIZEN, null, null, Locale.ENGLISH, "hash", NOW);
    }

    @Test
    void emailAddressesAreStoredTrimmedAndLowerCase() {
        assertEquals("aino@example.org", citizen().getEmail());
    }

    @Test
    void malformedEmailIsRefusedOnTheEmailField() {
        var refused = assertThrows(DomainException.class, () -> EmailAddress.of("aino.example.org"));
        assertEquals("email", refused.field());
    }

    @Test
    void aCompanyNeedsItsOrganisationAndACityPartnerItsCity() {
        var company = assertThrows(
                DomainException.class,
                () -> new Account(
                        EmailAddress.of("a@b.fi"), "Firm", Role.COMPANY, " ", null, Locale.ENGLISH, "hash", NOW));
        assertEquals("organisation", company.field());
        var city = assertThrows(
                DomainException.class,
                () -> new Account(
                        EmailAddress.of("a@b.fi"), "City", Role.CITY_PARTNER, null, null, Locale.ENGLISH, "hash", NOW));
        assertEquals("city", city.field());
    }

    @Test
    void theFifthFailedLoginThrottlesForFifteenMinutes() {
        var account = citizen();
        for (int i = 0; i < Account.MAX_FAILED_LOGINS - 1; i++) {
            account.loginFailed(NOW);
            assertFalse(account.isThrottled(NOW), "after " + (i + 1) + " failures");
        }
        account.loginFailed(NOW);
        assertTrue(account.isThrottled(NOW));
        assertTrue(account.isThrottled(NOW.plusMinutes(14)));
        assertFalse(account.isThrottled(NOW.plusMinutes(15)));
    }

    @Test
    void aSuccessfulLoginForgetsEarlierFailures() {
        var account = citizen();
        for (int i = 0; i < Account.MAX_FAILED_LOGINS - 1; i++) {
            account.loginFailed(NOW);
        }
        account.loginSucceeded();
        account.loginFailed(NOW);
        assertFalse(account.isThrottled(NOW));
    }

    /** As the database would: an id once stored. */
    private static Account stored(Account account) throws ReflectiveOperationException {
        var id = Account.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(account, 7L);
        return account;
    }

    @Test
    void theProfileIsPublicOnlyWhenVerifiedAndOptedIn() throws ReflectiveOperationException {
        var account = stored(citizen());
        account.updateProfile("Aino", null, List.of("IoT "), List.of(), true, Locale.ENGLISH);
        assertTrue(account.publicProfile().isEmpty(), "not verified yet");
        account.verify(NOW);
        assertEquals(List.of("iot"), account.publicProfile().orElseThrow().skills());
        account.updateProfile("Aino", null, List.of(), List.of(), false, Locale.ENGLISH);
        assertTrue(account.publicProfile().isEmpty(), "opted out");
    }

    @Test
    void tagsAreNormalisedAndBounded() {
        assertEquals(
                List.of("early education", "iot"),
                List.copyOf(Tags.normalise(List.of("  Early   Education", "IoT", "iot", " "), "skills")));
        var tooMany =
                IntStream.range(0, Tags.MAX_TAGS + 1).mapToObj(i -> "tag" + i).toList();
        assertEquals(
                "skills",
                assertThrows(DomainException.class, () -> Tags.normalise(tooMany, "skills"))
                        .field());
    }
}
