package org.tori.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.tori.testing.Json;
import org.tori.testing.DeployedPortal;
import org.tori.testing.Mailbox;
import org.tori.testing.Portal;

/** Accounts against real PostgreSQL and a real SMTP server, through the API and the log-in page. */
class AccountsIT extends DeployedPortal {

    @Test
    void registrationPersistsTheMemberAndMailsAWorkingVerificationLink() throws Exception {
        var client = client();
        var email = Portal.uniqueEmail("aino");

        var created = client.register("Aino Tester", email, PASSWORD);
        assertEquals(201, created.statusCode(), created.body());
        assertEquals(false, json(created.body()).getBoolean("verified"));

        var mail = MAILBOX.waitFor(email, Duration.ofSeconds(30));
        assertEquals("Confirm your e-mail address for Tori", mail.getSubject());
        assertTrue(Mailbox.textPart(mail).contains("Hello Aino Tester"), Mailbox.textPart(mail));
        var link = Mailbox.linkPath(mail);
        assertTrue(Mailbox.htmlPart(mail).contains(link.substring(link.indexOf("token="))), "html part carries the link too");

        var beforeVerifying = client.login(email, PASSWORD);
        assertTrue(beforeVerifying.body().contains("Confirm your e-mail address first"), "unverified accounts cannot log in");

        var verified = client.get(link);
        assertTrue(verified.body().contains("Your e-mail address is confirmed"), verified.body());
        var again = client.get(link);
        assertTrue(again.body().contains("This link is not valid"), "a link works once");

        var login = client.login(email, PASSWORD);
        assertTrue(login.statusCode() == 302 || login.statusCode() == 303, "log-in redirects: " + login.statusCode());
        var me = client.get("api/accounts/me");
        assertEquals(200, me.statusCode(), me.body());
        assertEquals(email, json(me.body()).getString("email"));
        assertEquals(true, json(me.body()).getBoolean("verified"));
    }

    @Test
    void duplicateEmailIsRefusedWithAFieldMessage() throws Exception {
        var client = client();
        var email = Portal.uniqueEmail("twice");
        assertEquals(201, client.register("First", email, PASSWORD).statusCode());

        var second = client.postJson("api/accounts", """
                {"name": "Second", "email": "%s", "password": "%s", "role": "CITIZEN"}
                """.formatted(email.toUpperCase(), PASSWORD), "fi");

        assertEquals(409, second.statusCode());
        assertTrue(second.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        var error = json(second.body()).getJsonArray("errors").getJsonObject(0);
        assertEquals("email", error.getString("field"));
        assertTrue(error.getString("message").contains("sähköpostiosoitteella on jo tili"), error.getString("message"));
    }

    @Test
    void fiveWrongPasswordsThrottleTheAccount() throws Exception {
        var client = client();
        var email = Portal.uniqueEmail("throttled");
        client.register("Throttled", email, PASSWORD);
        client.get(Mailbox.linkPath(MAILBOX.waitFor(email, Duration.ofSeconds(30))));

        for (int attempt = 1; attempt <= 4; attempt++) {
            var wrong = client.login(email, "wrong password " + attempt);
            assertTrue(wrong.body().contains("The e-mail address or the password is wrong"), "attempt " + attempt);
        }
        var fifth = client.login(email, "wrong password 5");
        assertTrue(fifth.body().contains("Too many failed attempts"), "the fifth failure throttles");

        var rightButThrottled = client.login(email, PASSWORD);
        assertEquals(429, rightButThrottled.statusCode(), "no log-in while throttled, even with the right password");
        assertTrue(rightButThrottled.body().contains("Too many failed attempts"));
        assertEquals(401, client.get("api/accounts/me").statusCode());
    }

    @Test
    void aForgottenPasswordIsReplacedThroughTheMailedLink() throws Exception {
        var client = client();
        var email = Portal.uniqueEmail("forgetful");
        client.register("Forgetful", email, PASSWORD);
        client.get(Mailbox.linkPath(MAILBOX.waitFor(email, Duration.ofSeconds(30))));

        var asked = client.submit("accounts/forgot", "forgot", java.util.Map.of("email", email));
        assertTrue(asked.body().contains("a link is on its way"), asked.body());
        var unknown = client.submit("accounts/forgot", "forgot", java.util.Map.of("email", Portal.uniqueEmail("nobody")));
        assertTrue(unknown.body().contains("a link is on its way"), "the same answer for unknown addresses");

        var resetMail = MAILBOX.waitForSubject(email, "Choose a new password for Tori", Duration.ofSeconds(30));
        var newPassword = "a brand new passphrase";
        var reset = client.submit(Mailbox.linkPath(resetMail), "reset", java.util.Map.of("password", newPassword));
        assertTrue(reset.body().contains("Your password has been changed"), reset.body());

        assertTrue(client.login(email, PASSWORD).body().contains("password is wrong"), "the old password is gone");
        var login = client.login(email, newPassword);
        assertTrue(login.statusCode() == 302 || login.statusCode() == 303, "the new password works");
    }

    @Test
    void badInputGetsProblemBodiesInTheCallersLanguage() throws Exception {
        var client = client();

        var invalid = client.postJson("api/accounts", "{\"name\": \"\", \"email\": \"not-an-address\", \"password\": \"short\"}", "fi");
        assertEquals(400, invalid.statusCode(), invalid.body());
        var fields = json(invalid.body()).getJsonArray("errors").getValuesAs(JsonObject.class);
        assertTrue(fields.stream().anyMatch(f -> f.getString("field").equals("email")
                && f.getString("message").equals("Anna kelvollinen sähköpostiosoite.")), invalid.body());
        assertTrue(fields.stream().anyMatch(f -> f.getString("field").equals("password")), invalid.body());

        var unreadable = client.postJson("api/accounts", "{\"name\": ", "en");
        assertEquals(400, unreadable.statusCode());
        assertTrue(json(unreadable.body()).containsKey("title"));

        var huge = client.answerToBodyOf("api/accounts", 2_000_000);
        assertTrue(huge.startsWith("HTTP/1.1 413"), huge);
        assertTrue(huge.contains("application/problem+json"), huge);

        var anonymous = client.get("api/accounts/me");
        assertEquals(401, anonymous.statusCode());
        assertEquals(401, json(anonymous.body()).getInt("status"));
    }

    private static JsonObject json(String body) {
        return Json.parse(body);
    }

    @Test
    void anApprovedPartnerCityInvitesColleaguesWhoBecomePartnerCitiesOfItsCity() throws Exception {
        var city = "Invitetown" + Long.toString(System.nanoTime(), 36);
        var partner = approvedMember("Inviting Partner", "CITY_PARTNER", null, city);
        assertEquals("CITY_PARTNER", json(partner.client().get("api/accounts/me").body()).getString("role"));

        var colleagueEmail = Portal.uniqueEmail("colleague");
        var form = partner.client().open("accounts/profile", "invite");
        var invited = partner.client().send(form, java.util.Map.of("colleague", colleagueEmail, "invite-submit", ""));
        assertTrue(invited.body().contains("We mailed an invitation to " + colleagueEmail), invited.body());
        var invitation = MAILBOX.waitFor(colleagueEmail, Duration.ofSeconds(30));
        assertEquals("Inviting Partner invites you to Tori as partner city " + city, invitation.getSubject());
        var link = java.util.regex.Pattern.compile("/accounts/register\\?invitation=[A-Za-z0-9_-]+").matcher(Mailbox.textPart(invitation));
        assertTrue(link.find(), Mailbox.textPart(invitation));

        var colleague = client();
        var page = colleague.get(link.group());
        assertTrue(page.body().contains("invited you to join Tori as a partner city of " + city), "the page names the invitation");
        var otherAddress = colleague.submit(link.group(), "register", java.util.Map.of("name", "Someone Else",
                "email", Portal.uniqueEmail("someone-else"), "password", PASSWORD, "role", "CITY_PARTNER", "city", city));
        assertTrue(otherAddress.body().contains("This invitation was sent to another e-mail address"), "only the invited address");
        var registered = colleague.submit(link.group(), "register", java.util.Map.of("name", "Invited Colleague",
                "email", colleagueEmail, "password", PASSWORD, "role", "CITY_PARTNER", "city", city));
        assertTrue(registered.body().contains("Your account is a partner city account of " + city), registered.body());
        colleague.get(Mailbox.linkPath(MAILBOX.waitForSubject(colleagueEmail, "Confirm your e-mail address for Tori", Duration.ofSeconds(30))));
        colleague.login(colleagueEmail, PASSWORD);
        var me = json(colleague.get("api/accounts/me").body());
        assertEquals("CITY_PARTNER", me.getString("role"), "no staff step: the invitation approved it");
        assertEquals(city, me.getString("city"));
        assertTrue(colleague.get("accounts/profile").body().contains("has been approved"));

        var member = verifiedMember("Existing Colleague");
        var again = partner.client().send(partner.client().open("accounts/profile", "invite"),
                java.util.Map.of("colleague", member.email(), "invite-submit", ""));
        assertTrue(again.body().contains("already had an account"), again.body());
        var now = json(member.client().get("api/accounts/me").body());
        assertEquals("CITY_PARTNER", now.getString("role"), "an existing account becomes one at once, without a new log-in");
        assertEquals(city, now.getString("city"));
        assertEquals(403, verifiedMember("Not A Partner").client().postJson("api/accounts/me/invitations",
                "{\"email\": \"" + Portal.uniqueEmail("x") + "\"}", "en").statusCode(), "citizens cannot invite");
    }

    @Test
    void staffRefuseARequestOnlyWithAReasonAndThePersonIsToldWhy() throws Exception {
        var email = Portal.uniqueEmail("refused-company");
        var company = client();
        assertEquals(201, company.postJson("api/accounts", """
                {"name": "Refused Company", "email": "%s", "password": "%s", "role": "COMPANY", "organisation": "Shady Oy", "language": "en"}
                """.formatted(email, PASSWORD), "en").statusCode());
        var staff = signedIn("staff@demo.tori.fi");
        var pending = Json.parse("{\"a\":" + staff.get("api/accounts/role-requests").body() + "}").getJsonArray("a")
                .getValuesAs(JsonObject.class).stream().filter(r -> r.getString("email").equals(email)).findFirst().orElseThrow();
        long id = pending.getJsonNumber("id").longValue();
        assertEquals("COMPANY", pending.getString("requestedRole"));
        assertEquals("Shady Oy", pending.getString("organisation"));
        assertEquals(400, staff.postJson("api/accounts/role-requests/" + id + "/refusal", "{\"reason\": \" \"}", "en").statusCode());
        var refused = staff.postJson("api/accounts/role-requests/" + id + "/refusal", "{\"reason\": \"Not a registered company\"}", "en");
        assertEquals(200, refused.statusCode(), refused.body());
        assertEquals(409, staff.postJson("api/accounts/role-requests/" + id + "/approval", "{}", "en").statusCode(), "decided once");
        var answer = MAILBOX.waitForSubject(email, "Your request to act as Company or startup on Tori", Duration.ofSeconds(30));
        assertTrue(Mailbox.textPart(answer).contains("Not a registered company"), Mailbox.textPart(answer));
        company.get(Mailbox.linkPath(MAILBOX.waitForSubject(email, "Confirm your e-mail address for Tori", Duration.ofSeconds(30))));
        company.login(email, PASSWORD);
        assertEquals("CITIZEN", json(company.get("api/accounts/me").body()).getString("role"));
        var mine = json(company.get("api/accounts/me/role-request").body());
        assertEquals("REFUSED", mine.getString("state"));
        assertTrue(company.get("accounts/profile").body().contains("Reason: Not a registered company"));
    }
}
