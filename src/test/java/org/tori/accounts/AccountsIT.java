package org.tori.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.StringReader;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.tori.testing.DeployedPortal;
import org.tori.testing.Json;
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
        var lines = Mailbox.textPart(mail).lines().toList();
        int linkLine = lines.indexOf(
                lines.stream().filter(l -> l.startsWith("http")).findFirst().orElseThrow());
        assertEquals(
                List.of("Confirm my address:", lines.get(linkLine), "", "--"),
                lines.subList(linkLine - 1, linkLine + 3),
                "the text part keeps its lines and paragraphs: " + lines);
        var link = Mailbox.linkPath(mail);
        assertTrue(
                Mailbox.htmlPart(mail).contains(link.substring(link.indexOf("token="))),
                "html part carries the link too");

        var beforeVerifying = client.login(email, PASSWORD);
        assertTrue(
                beforeVerifying.body().contains("Confirm your e-mail address first"),
                "unverified accounts cannot log in");

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

        var asked = client.submit("accounts/forgot", "forgot", Map.of("email", email));
        assertTrue(asked.body().contains("a link is on its way"), asked.body());
        var unknown = client.submit("accounts/forgot", "forgot", Map.of("email", Portal.uniqueEmail("nobody")));
        assertTrue(unknown.body().contains("a link is on its way"), "the same answer for unknown addresses");

        var resetMail = MAILBOX.waitForSubject(email, "Choose a new password for Tori", Duration.ofSeconds(30));
        var newPassword = "a brand new passphrase";
        var reset = client.submit(Mailbox.linkPath(resetMail), "reset", Map.of("password", newPassword));
        assertTrue(reset.body().contains("Your password has been changed"), reset.body());

        assertTrue(client.login(email, PASSWORD).body().contains("password is wrong"), "the old password is gone");
        var login = client.login(email, newPassword);
        assertTrue(login.statusCode() == 302 || login.statusCode() == 303, "the new password works");
    }

    @Test
    void badInputGetsProblemBodiesInTheCallersLanguage() throws Exception {
        var client = client();

        var invalid = client.postJson(
                "api/accounts", "{\"name\": \"\", \"email\": \"not-an-address\", \"password\": \"short\"}", "fi");
        assertEquals(400, invalid.statusCode(), invalid.body());
        var fields = json(invalid.body()).getJsonArray("errors").getValuesAs(JsonObject.class);
        assertTrue(
                fields.stream()
                        .anyMatch(f -> f.getString("field").equals("email")
                                && f.getString("message").equals("Anna kelvollinen sähköpostiosoite.")),
                invalid.body());
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

    /** Every column that points at an account, by foreign key or by its name, as "table.column". */
    private static final String ACCOUNT_COLUMNS = """
            SELECT kcu.table_name, kcu.column_name
              FROM information_schema.referential_constraints rc
              JOIN information_schema.key_column_usage kcu
                ON kcu.constraint_name = rc.constraint_name AND kcu.constraint_schema = rc.constraint_schema
              JOIN information_schema.key_column_usage ref
                ON ref.constraint_name = rc.unique_constraint_name AND ref.constraint_schema = rc.unique_constraint_schema
             WHERE ref.table_name = 'account' AND kcu.constraint_schema = current_schema()
            UNION
            SELECT table_name, column_name FROM information_schema.columns
             WHERE table_schema = current_schema() AND table_name <> 'account'
               AND (column_name ~ '(^|_)(account|author|member|juror|captain|submitter|reporter|user|owner|person)_id$'
                    OR (column_name ~ '_by$' AND data_type IN ('bigint', 'integer')))
            """;

    @Test
    void everyColumnThatPointsAtAnAccountIsInTheDownload() throws Exception {
        var inSchema = new TreeSet<String>();
        var url = System.getenv().getOrDefault("TORI_DB_URL", "jdbc:postgresql://127.0.0.1:5432/tori_test");
        try (var db = DriverManager.getConnection(url, "tori", "tori");
                var rows = db.createStatement().executeQuery(ACCOUNT_COLUMNS)) {
            while (rows.next()) {
                inSchema.add(rows.getString(1) + "." + rows.getString(2));
            }
        }
        var declared = PersonalDataSections.declaredColumns();

        assertTrue(
                inSchema.contains("team_member.account_id") && inSchema.contains("score.juror_id"),
                inSchema.toString());
        var forgotten = new TreeSet<>(inSchema);
        forgotten.removeAll(declared);
        assertTrue(
                forgotten.isEmpty(),
                "columns about a person that no PersonalData section covers: " + forgotten
                        + " (add them to a feature's PersonalData.covers() and its export)");
        var stale = new TreeSet<>(declared);
        stale.removeAll(inSchema);
        assertTrue(stale.isEmpty(), "declared but not in the schema: " + stale);
    }

    @Test
    void theDownloadHoldsTheSpacesTeamsPitchesCommentsAndFollowsOfTheMember() throws Exception {
        long space = eventsHackathon();
        var spacePath = "api/spaces/" + space;
        var captain = verifiedMember("Data Captain");
        var member = verifiedMember("Data Member");
        captain.client().putJson(spacePath + "/participants/me", "");
        var created =
                captain.client().postJson(spacePath + "/teams", "{\"name\": \"Data crew " + captain.id() + "\"}", "en");
        assertEquals(201, created.statusCode(), created.body());
        long team = Json.parse(created.body()).getJsonNumber("id").longValue();

        assertEquals(
                204, member.client().putJson(spacePath + "/participants/me", "").statusCode());
        var pitch = "I map bus stops " + System.nanoTime();
        assertEquals(
                204,
                member.client()
                        .putJson(spacePath + "/teams/board/me", "{\"pitch\": \"" + pitch + "\"}")
                        .statusCode());
        var said = "Open the stop data " + System.nanoTime();
        assertEquals(
                201,
                member.client()
                        .postJson(spacePath + "/comments", "{\"body\": \"" + said + "\"}", "en")
                        .statusCode());
        assertEquals(
                204,
                member.client()
                        .putJson("api/notifications/follows/city/Oulu", "{}")
                        .statusCode());

        var data = Json.parse(member.client().get("api/accounts/me/data").body());
        var spaces = data.getJsonObject("spaces");
        assertTrue(spaces.getJsonArray("joined").toString().contains("\"spaceId\":" + space), spaces.toString());
        assertTrue(spaces.getJsonArray("boardPosts").toString().contains(pitch), spaces.toString());
        assertTrue(spaces.getJsonArray("comments").toString().contains(said));
        assertTrue(
                data.getJsonObject("notifications")
                        .getJsonArray("follows")
                        .toString()
                        .toLowerCase(Locale.ROOT)
                        .contains("oulu"),
                data.getJsonObject("notifications").toString());
        for (var section : List.of(
                "account",
                "judging",
                "lessons",
                "stories",
                "livingLabs",
                "cityToCity",
                "consultationComments",
                "consultationWork",
                "kpiTargets")) {
            assertTrue(data.containsKey(section), section + " in " + data.keySet());
        }

        assertEquals(
                204,
                member.client()
                        .postJson(spacePath + "/teams/" + team + "/requests", "", "en")
                        .statusCode());
        assertEquals(
                204,
                captain.client()
                        .putJson(spacePath + "/teams/" + team + "/members/" + member.id(), "")
                        .statusCode());
        var captainData =
                Json.parse(captain.client().get("api/accounts/me/data").body()).getJsonObject("spaces");
        var teams = captainData.getJsonArray("teams").getJsonObject(0);
        assertEquals(team, teams.getJsonNumber("teamId").longValue());
        assertEquals(true, teams.getBoolean("captain"), captainData.toString());
        assertEquals(
                "MEMBER",
                Json.parse(member.client().get("api/accounts/me/data").body())
                        .getJsonObject("spaces")
                        .getJsonArray("teams")
                        .getJsonObject(0)
                        .getString("status"));
    }

    @Test
    void anErasedCaptainsTeamPassesOnAndTheErasePageAnswersNextToItsForm() throws Exception {
        long space = eventsHackathon();
        var teamsPath = "api/spaces/" + space + "/teams";
        var captain = verifiedMember("Leaving Captain");
        var first = verifiedMember("First Mate");
        var second = verifiedMember("Second Mate");
        for (var who : List.of(captain, first, second)) {
            who.client().putJson("api/spaces/" + space + "/participants/me", "");
        }
        var created = captain.client()
                .postJson(teamsPath, "{\"name\": \"Leaving " + captain.id() + "\", \"maxSize\": 3}", "en");
        long team = Json.parse(created.body()).getJsonNumber("id").longValue();
        first.client().postJson(teamsPath + "/" + team + "/requests", "", "en");
        assertEquals(
                204,
                captain.client()
                        .putJson(teamsPath + "/" + team + "/members/" + first.id(), "")
                        .statusCode());
        Thread.sleep(20);
        second.client().postJson(teamsPath + "/" + team + "/requests", "", "en");
        assertEquals(
                204,
                captain.client()
                        .putJson(teamsPath + "/" + team + "/members/" + second.id(), "")
                        .statusCode());

        var form = captain.client().open("accounts/profile", "erase");
        var wrong = captain.client().send(form, Map.of("erase-password", "not my password", "erase-submit", ""));
        assertEquals(200, wrong.statusCode());
        var body = wrong.body();
        int eraseForm = body.indexOf("id=\"erase\"");
        int message = body.indexOf("The password is not right");
        assertTrue(
                eraseForm > 0 && message > eraseForm,
                "the error is inside the erase form, not at the top: " + eraseForm + " / " + message);
        assertEquals(200, captain.client().get("api/accounts/me").statusCode(), "nothing was erased");

        var form2 = captain.client().open("accounts/profile", "erase");
        var erased = captain.client().send(form2, Map.of("erase-password", PASSWORD, "erase-submit", ""));
        assertTrue(erased.statusCode() == 302 || erased.statusCode() == 303, erased.statusCode() + " " + erased.body());
        var location = erased.headers().firstValue("Location").orElseThrow();
        assertTrue(location.contains("/accounts/erased"), location);
        var page = captain.client().get(location);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Your account is erased"), page.body());
        assertEquals(401, captain.client().get("api/accounts/me").statusCode(), "signed out");

        var listed = jakarta.json.Json.createReader(
                        new StringReader(first.client().get(teamsPath).body()))
                .readArray()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(t -> t.getJsonNumber("id").longValue() == team)
                .findFirst()
                .orElseThrow();
        assertEquals(
                first.id(),
                listed.getJsonNumber("captainId").longValue(),
                "the member seated longest is captain: " + listed);
        assertEquals(2, listed.getInt("members"), listed.toString());
        assertFalse(
                listed.getJsonArray("memberIds").toString().contains(String.valueOf(captain.id())), listed.toString());
    }

    @Test
    void onlyTheOperatorTokenMakesAVerifiedAccountStaffWhoThenSeesTheStaffDesk() throws Exception {
        var member = verifiedMember("Future Staff");
        var body = "{\"email\": \"" + member.email() + "\"}";
        assertEquals(403, client().request("PUT", "api/accounts/staff", body).statusCode(), "anonymous");
        assertEquals(
                403,
                staff().client().request("PUT", "api/accounts/staff", body).statusCode(),
                "staff appoint no one without the token");
        assertEquals(
                403,
                client().request("PUT", "api/accounts/staff", body, "Authorization", "Bearer not the operator token")
                        .statusCode(),
                "a wrong token");
        assertEquals(
                404,
                client().request(
                                "PUT",
                                "api/accounts/staff",
                                "{\"email\": \"" + Portal.uniqueEmail("nobody") + "\"}",
                                "Authorization",
                                "Bearer " + OPERATOR_TOKEN)
                        .statusCode(),
                "an unknown address");
        var appointed =
                client().request("PUT", "api/accounts/staff", body, "Authorization", "Bearer " + OPERATOR_TOKEN);
        assertEquals(200, appointed.statusCode(), appointed.body());
        assertEquals("STAFF", json(appointed.body()).getString("role"));
        var again = signedIn(member.email(), PASSWORD);
        assertEquals(200, again.get("accounts/staff/requests").statusCode(), "signed in again, the staff pages open");
    }

    /** An open hackathon of this test's own, which takes teams. */
    private long eventsHackathon() throws Exception {
        return openSpace("HACKATHON", "Events app hackathon " + Long.toString(System.nanoTime(), 36), "Tampere");
    }

    private static JsonObject json(String body) {
        return Json.parse(body);
    }

    @Test
    void anApprovedPartnerCityInvitesColleaguesWhoBecomePartnerCitiesOfItsCity() throws Exception {
        var city = "Invitetown" + Long.toString(System.nanoTime(), 36);
        var partner = approvedMember("Inviting Partner", "CITY_PARTNER", null, city);
        assertEquals(
                "CITY_PARTNER",
                json(partner.client().get("api/accounts/me").body()).getString("role"));

        var colleagueEmail = Portal.uniqueEmail("colleague");
        var form = partner.client().open("accounts/profile", "invite");
        var invited = partner.client().send(form, Map.of("colleague", colleagueEmail, "invite-submit", ""));
        assertTrue(invited.body().contains("We mailed an invitation to " + colleagueEmail), invited.body());
        var invitation = MAILBOX.waitFor(colleagueEmail, Duration.ofSeconds(30));
        assertEquals("Inviting Partner invites you to Tori as partner city " + city, invitation.getSubject());
        var link = Pattern.compile("/accounts/register\\?invitation=[A-Za-z0-9_-]+")
                .matcher(Mailbox.textPart(invitation));
        assertTrue(link.find(), Mailbox.textPart(invitation));

        var colleague = client();
        var page = colleague.get(link.group());
        assertTrue(
                page.body().contains("invited you to join Tori as a partner city of " + city),
                "the page names the invitation");
        var otherAddress = colleague.submit(
                link.group(),
                "register",
                Map.of(
                        "name",
                        "Someone Else",
                        "email",
                        Portal.uniqueEmail("someone-else"),
                        "password",
                        PASSWORD,
                        "role",
                        "CITY_PARTNER",
                        "city",
                        city));
        assertTrue(
                otherAddress.body().contains("This invitation was sent to another e-mail address"),
                "only the invited address");
        var registered = colleague.submit(
                link.group(),
                "register",
                Map.of(
                        "name",
                        "Invited Colleague",
                        "email",
                        colleagueEmail,
                        "password",
                        PASSWORD,
                        "role",
                        "CITY_PARTNER",
                        "city",
                        city));
        assertTrue(registered.body().contains("Your account is a partner city account of " + city), registered.body());
        colleague.get(Mailbox.linkPath(MAILBOX.waitForSubject(
                colleagueEmail, "Confirm your e-mail address for Tori", Duration.ofSeconds(30))));
        colleague.login(colleagueEmail, PASSWORD);
        var me = json(colleague.get("api/accounts/me").body());
        assertEquals("CITY_PARTNER", me.getString("role"), "no staff step: the invitation approved it");
        assertEquals(city, me.getString("city"));
        assertTrue(colleague.get("accounts/profile").body().contains("has been approved"));

        var member = verifiedMember("Existing Colleague");
        var again = partner.client()
                .send(
                        partner.client().open("accounts/profile", "invite"),
                        Map.of("colleague", member.email(), "invite-submit", ""));
        assertTrue(again.body().contains("already had an account"), again.body());
        var now = json(member.client().get("api/accounts/me").body());
        assertEquals(
                "CITY_PARTNER", now.getString("role"), "an existing account becomes one at once, without a new log-in");
        assertEquals(city, now.getString("city"));
        assertEquals(
                403,
                verifiedMember("Not A Partner")
                        .client()
                        .postJson(
                                "api/accounts/me/invitations", "{\"email\": \"" + Portal.uniqueEmail("x") + "\"}", "en")
                        .statusCode(),
                "citizens cannot invite");
    }

    @Test
    void staffRefuseARequestOnlyWithAReasonAndThePersonIsToldWhy() throws Exception {
        var email = Portal.uniqueEmail("refused-company");
        var company = client();
        assertEquals(
                201,
                company.postJson("api/accounts", """
                {"name": "Refused Company", "email": "%s", "password": "%s", "role": "COMPANY", "organisation": "Shady Oy", "language": "en"}
                """.formatted(email, PASSWORD), "en")
                        .statusCode());
        var staff = staff().client();
        var pending = Json.parse(
                        "{\"a\":" + staff.get("api/accounts/role-requests").body() + "}")
                .getJsonArray("a")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(r -> r.getString("email").equals(email))
                .findFirst()
                .orElseThrow();
        long id = pending.getJsonNumber("id").longValue();
        assertEquals("COMPANY", pending.getString("requestedRole"));
        assertEquals("Shady Oy", pending.getString("organisation"));
        assertEquals(
                400,
                staff.postJson("api/accounts/role-requests/" + id + "/refusal", "{\"reason\": \" \"}", "en")
                        .statusCode());
        var refused = staff.postJson(
                "api/accounts/role-requests/" + id + "/refusal", "{\"reason\": \"Not a registered company\"}", "en");
        assertEquals(200, refused.statusCode(), refused.body());
        assertEquals(
                409,
                staff.postJson("api/accounts/role-requests/" + id + "/approval", "{}", "en")
                        .statusCode(),
                "decided once");
        var answer = MAILBOX.waitForSubject(
                email, "Your request to act as Company or startup on Tori", Duration.ofSeconds(30));
        assertTrue(Mailbox.textPart(answer).contains("Not a registered company"), Mailbox.textPart(answer));
        company.get(Mailbox.linkPath(
                MAILBOX.waitForSubject(email, "Confirm your e-mail address for Tori", Duration.ofSeconds(30))));
        company.login(email, PASSWORD);
        assertEquals("CITIZEN", json(company.get("api/accounts/me").body()).getString("role"));
        var mine = json(company.get("api/accounts/me/role-request").body());
        assertEquals("REFUSED", mine.getString("state"));
        assertTrue(company.get("accounts/profile").body().contains("Reason: Not a registered company"));
    }
}
