package org.tori.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import org.tori.testing.Browser;
import org.tori.testing.DeployedPortal;
import org.tori.testing.Json;
import org.tori.testing.Mailbox;
import org.tori.testing.PortalClient;

/**
 * Notifications end to end: events in spaces become mails (or digests) for the members concerned,
 * as their preferences say, with a one-click unsubscribe that works without log-in.
 */
class NotificationsIT extends DeployedPortal {

    @Test
    void aMatchingMemberGetsANewSpaceMailWithUnsubscribeHeadersAndOthersDoNot() throws Exception {
        var tag = "tramline" + Long.toString(System.nanoTime(), 36);
        var matching = verifiedMember("Matching Member");
        var other = verifiedMember("Other Member");
        interests(matching, tag);
        interests(other, "knitting");

        var title = "Tram stops " + tag;
        long space = openSpace("CONTEST", title + "\r\nBcc: intruder@example.com", tag, 20);

        var mail = waitForSubjectContaining(matching.email(), title);
        assertFalse(mail.getSubject().contains("\n"), "no header injection through the title");
        assertEquals(null, mail.getHeader("Bcc"));
        var unsubscribe = mail.getHeader("List-Unsubscribe")[0];
        assertTrue(
                unsubscribe.matches("<https?://.+/api/notifications/unsubscribe\\?token=[A-Za-z0-9_.-]+>"),
                unsubscribe);
        assertEquals("List-Unsubscribe=One-Click", mail.getHeader("List-Unsubscribe-Post")[0]);
        assertTrue(Mailbox.textPart(mail).contains("/notifications/unsubscribe?token="), "the body has the link too");
        assertTrue(Mailbox.textPart(mail).contains("space?id=" + space));

        Thread.sleep(3000);
        assertTrue(
                MAILBOX.to(other.email()).stream().noneMatch(m -> subject(m).contains(tag)),
                "no mail to a member without matching interests");
        assertEquals(
                1,
                MAILBOX.to(matching.email()).stream()
                        .filter(m -> subject(m).contains(tag))
                        .count(),
                "exactly one");

        // RFC 8058 one-click: a POST without any session
        // the mailed address names the configured base URL; the portal under test listens elsewhere
        var mailed = URI.create(unsubscribe.substring(1, unsubscribe.length() - 1));
        var url = url(mailed.getRawPath() + "?" + mailed.getRawQuery());
        var anonymous = HttpClient.newHttpClient();
        var tampered = anonymous.send(
                oneClick(url.substring(0, url.length() - 3) + "xyz"), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, tampered.statusCode(), tampered.body());
        assertTrue(tampered.body().contains("not valid"), tampered.body());
        var done = anonymous.send(oneClick(url), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, done.statusCode(), done.body());
        assertTrue(done.body().contains("NEW_SPACES"), done.body());
        assertEquals("OFF", preferences(matching.client()).getString("NEW_SPACES"));

        // the page behind the body's link: a tampered token gets a clear message, not an error page
        var page = anonymous.send(
                HttpRequest.newBuilder(URI.create(url("notifications/unsubscribe?token="
                                + url.substring(url.indexOf("token=") + 6, url.length() - 2) + "zz")))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(400, page.statusCode());
        assertTrue(page.body().contains("unsubscribe-invalid"), page.body());

        openSpace("CONTEST", "Second " + title, tag, 20);
        Thread.sleep(3000);
        assertEquals(
                1,
                MAILBOX.to(matching.email()).stream()
                        .filter(m -> subject(m).contains(tag))
                        .count(),
                "unsubscribed: no more new-space mails");
    }

    @Test
    void aDailyDigestGathersTheNewsAndIsSentOnce() throws Exception {
        var member = verifiedMember("Digest Reader");
        assertEquals(
                204,
                member.client()
                        .putJson("api/notifications/preferences", "{\"PARTICIPATION\": \"DAILY\"}")
                        .statusCode());
        var word = "digest" + Long.toString(System.nanoTime(), 36);
        long first = openSpace("HACKATHON", "Harbour " + word, "nomatch", 30);
        long second = openSpace("HACKATHON", "Airport " + word, "nomatch", 30);
        assertEquals(
                204,
                member.client()
                        .putJson("api/spaces/" + first + "/participants/me", "")
                        .statusCode());
        assertEquals(
                204,
                member.client()
                        .putJson("api/spaces/" + second + "/participants/me", "")
                        .statusCode());

        var digest = waitForSubjectContaining(member.email(), "digest");
        var text = Mailbox.textPart(digest);
        assertTrue(text.contains("Harbour " + word) && text.contains("Airport " + word), text);
        assertTrue(text.indexOf("Airport " + word) < text.indexOf("Harbour " + word), "newest first: " + text);
        assertTrue(digest.getHeader("List-Unsubscribe")[0].contains("/api/notifications/unsubscribe?token="));

        Thread.sleep(6000);
        var mails = MAILBOX.to(member.email());
        assertEquals(
                1, mails.stream().filter(m -> subject(m).contains("digest")).count(), "one digest");
        assertTrue(
                mails.stream().noneMatch(m -> subject(m).startsWith("You joined")), "no single mails for digest news");
    }

    @Test
    void theDeadlineReminderGoesOnlyToThoseWhoHaveNotSubmitted() throws Exception {
        var word = "remind" + Long.toString(System.nanoTime(), 36);
        long space = openSpace("CONTEST", "Bike lanes " + word, "nomatch", 3);
        var done = verifiedMember("Early Bird");
        var late = verifiedMember("Late Comer");
        // the early bird submits first and joins after, so no reminder round can find them without an entry
        var entry = done.client()
                .postJson(
                        "api/spaces/" + space + "/entries",
                        "{\"title\": \"Painted lanes\", \"problem\": \"Cars\", \"solution\": \"Paint\"}",
                        "en");
        assertEquals(201, entry.statusCode(), entry.body());
        assertEquals(
                204,
                done.client()
                        .putJson("api/spaces/" + space + "/participants/me", "")
                        .statusCode());
        assertEquals(
                204,
                late.client()
                        .putJson("api/spaces/" + space + "/participants/me", "")
                        .statusCode());

        var reminder = waitForSubjectContaining(late.email(), "deadline of Bike lanes " + word);
        assertTrue(Mailbox.textPart(reminder).contains("not submitted"), Mailbox.textPart(reminder));
        var receipt = waitForSubjectContaining(done.email(), "We received your entry");
        assertTrue(Mailbox.textPart(receipt).contains("Paint"), "the receipt copies the entry");
        Thread.sleep(5000);
        assertTrue(
                MAILBOX.to(done.email()).stream().noneMatch(m -> subject(m).contains("deadline")),
                "no reminder after submitting");
        assertEquals(
                1,
                MAILBOX.to(late.email()).stream()
                        .filter(m -> subject(m).contains("deadline"))
                        .count(),
                "reminded once");

        // an announcement from staff reaches the participant, respecting preferences
        var staff = staff().client();
        assertEquals(
                204,
                done.client()
                        .putJson("api/notifications/preferences", "{\"ANNOUNCEMENTS\": \"OFF\"}")
                        .statusCode());
        var announced = staff.postJson(
                "api/notifications/spaces/" + space + "/announcements",
                "{\"subject\": \"Venue changed\", \"body\": \"We meet at the library.\"}",
                "en");
        assertEquals(202, announced.statusCode(), announced.body());
        var announcement = waitForSubjectContaining(late.email(), "Venue changed");
        assertTrue(Mailbox.textPart(announcement).contains("We meet at the library."));
        Thread.sleep(2000);
        assertTrue(
                MAILBOX.to(done.email()).stream().noneMatch(m -> subject(m).contains("Venue changed")), "switched off");
    }

    @Test
    void teamInvitationsRequestsAndAnswersReachTheOtherSide() throws Exception {
        long space = openSpace("HACKATHON", "Team test " + Long.toString(System.nanoTime(), 36), "nomatch", 30);
        var teams = "api/spaces/" + space + "/teams";
        var captain = verifiedMember("Team Captain");
        var asker = verifiedMember("Team Asker");
        var invitee = verifiedMember("Team Invitee");
        for (var m : List.of(captain, asker, invitee)) {
            assertEquals(
                    204,
                    m.client()
                            .putJson("api/spaces/" + space + "/participants/me", "")
                            .statusCode());
        }
        var created = captain.client().postJson(teams, "{\"name\": \"Gulls\", \"maxSize\": 4}", "en");
        assertEquals(201, created.statusCode(), created.body());
        long team = Json.parse(created.body()).getJsonNumber("id").longValue();

        assertEquals(
                204,
                asker.client()
                        .postJson(teams + "/" + team + "/requests", "", "en")
                        .statusCode());
        waitForSubjectContaining(captain.email(), "Team Asker asks to join Gulls");
        assertEquals(
                204,
                captain.client()
                        .putJson(teams + "/" + team + "/members/" + asker.id(), "")
                        .statusCode());
        waitForSubjectContaining(asker.email(), "Team Gulls: welcome");

        assertEquals(
                204,
                captain.client()
                        .postJson(teams + "/" + team + "/invitations", "{\"email\": \"" + invitee.email() + "\"}", "en")
                        .statusCode());
        waitForSubjectContaining(invitee.email(), "Team Captain invites you to the team Gulls");
        assertEquals(
                204,
                invitee.client()
                        .putJson(teams + "/" + team + "/members/" + invitee.id(), "")
                        .statusCode());
        var answer = waitForSubjectContaining(captain.email(), "Team Gulls: welcome");
        assertTrue(
                Mailbox.textPart(answer).contains("Team Invitee accepted your invitation"), Mailbox.textPart(answer));
    }

    @Test
    void aReplyAndAModerationReachTheAuthorWithTheirText() throws Exception {
        long space = Json.parse(client().get("api/spaces?kind=CONTEST").body())
                .getJsonArray("items")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        var path = "api/spaces/" + space + "/comments";
        var author = verifiedMember("Comment Author");
        var replier = verifiedMember("Quick Replier");
        long top = Json.parse(author.client()
                        .postJson(path, "{\"body\": \"Shall we use trams?\"}", "en")
                        .body())
                .getJsonNumber("id")
                .longValue();
        replier.client().postJson(path, "{\"body\": \"Yes & buses <too>\", \"parentId\": " + top + "}", "en");

        var reply = waitForSubjectContaining(author.email(), "Quick Replier replied to you");
        assertTrue(Mailbox.textPart(reply).contains("Yes & buses <too>"), "the text of the reply, as written");
        assertTrue(Mailbox.htmlPart(reply).contains("Yes &amp; buses &lt;too&gt;"), "escaped in html");
        assertTrue(
                MAILBOX.to(replier.email()).stream().noneMatch(m -> subject(m).contains("replied")),
                "not to the replier");

        assertEquals(
                204,
                staff().client()
                        .putJson(path + "/" + top + "/hidden", "{\"reason\": \"Duplicate thread\"}")
                        .statusCode());
        var moderated = waitForSubjectContaining(author.email(), "was hidden");
        assertTrue(Mailbox.textPart(moderated).contains("Duplicate thread"));
    }

    @Test
    void badInputGetsClearProblemsNeverAServerError() throws Exception {
        var member = verifiedMember("Careless Typist");
        var client = member.client();
        assertEquals(
                400,
                client.putJson("api/notifications/preferences", "{\"NOPE\": \"DAILY\"}")
                        .statusCode());
        var wrongCadence = client.putJson("api/notifications/preferences", "{\"DEADLINES\": \"HOURLY\"}");
        assertEquals(400, wrongCadence.statusCode());
        assertTrue(wrongCadence.body().contains("IMMEDIATELY"), wrongCadence.body());
        assertEquals(
                400, client.putJson("api/notifications/follows/planet/x", "").statusCode());
        assertEquals(
                400,
                client.putJson("api/notifications/follows/theme/NOTATHEME", "").statusCode());
        assertEquals(
                404,
                client.putJson("api/notifications/follows/space/999999999", "").statusCode());
        assertEquals(
                204,
                client.putJson("api/notifications/follows/theme/planet", "").statusCode());
        assertEquals(
                204, client.putJson("api/notifications/follows/city/Oulu", "").statusCode());
        assertEquals(
                401,
                client().putJson("api/notifications/preferences", "{\"DEADLINES\": \"OFF\"}")
                        .statusCode());
        assertEquals(401, client().get("api/notifications/preferences").statusCode());
        var notManager = client.postJson(
                "api/notifications/spaces/1/announcements", "{\"subject\": \"x\", \"body\": \"y\"}", "en");
        assertEquals(403, notManager.statusCode());
        var empty = staff().client()
                .postJson("api/notifications/spaces/1/announcements", "{\"subject\": \" \", \"body\": \"y\"}", "en");
        assertEquals(400, empty.statusCode(), empty.body());
        assertEquals(
                400,
                client().postJson("api/notifications/unsubscribe?token=", "", "en")
                        .statusCode());
    }

    @Test
    void staffSeeFailedMailsOnTheirPage() throws Exception {
        var page = staff().client().get("mail/staff/failed");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Mails that did not go out"), page.body());
        assertTrue(client().get("mail/staff/failed").statusCode() >= 300, "not for anyone");
    }

    @Test
    void aMemberChoosesTheWeeklyDigestOnTheProfilePageAndSeesItSaved() throws Exception {
        var member = verifiedMember("Weekly Reader");
        var browser = Browser.start();
        try {
            browser.get(url("accounts/login"));
            browser.findElement(By.id("email")).sendKeys(member.email());
            browser.findElement(By.id("password")).sendKeys(PASSWORD);
            browser.findElement(By.id("submit")).sendKeys(Keys.ENTER);
            Browser.waitForHeading(browser, "My Tori");
            browser.findElement(By.id("notification-settings")).sendKeys(Keys.ENTER);
            Browser.waitForHeading(browser, "My profile");

            new Select(browser.findElement(By.cssSelector("select.cadence-COMMUNITY"))).selectByValue("WEEKLY");
            browser.findElement(By.id("notification-preferences:save-notifications"))
                    .sendKeys(Keys.ENTER);
            new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(30))
                    .ignoring(org.openqa.selenium.WebDriverException.class)
                    .until(d -> d.getPageSource().contains("Notification settings saved."));

            browser.get(url("accounts/profile"));
            assertEquals(
                    "WEEKLY",
                    new Select(browser.findElement(By.cssSelector("select.cadence-COMMUNITY")))
                            .getFirstSelectedOption()
                            .getAttribute("value"));
            assertEquals(List.of(), Browser.seriousViolations(browser), "profile page with notification settings");
            assertEquals("WEEKLY", preferences(member.client()).getString("COMMUNITY"));

            long space = Json.parse(client().get("api/spaces").body())
                    .getJsonArray("items")
                    .getJsonObject(0)
                    .getJsonNumber("id")
                    .longValue();
            browser.get(url("spaces/space?id=" + space));
            browser.findElement(By.id("follow-space")).sendKeys(Keys.ENTER);
            new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(30))
                    .ignoring(org.openqa.selenium.WebDriverException.class)
                    .until(d -> !d.findElements(By.id("unfollow-space")).isEmpty());
            assertEquals(List.of(), Browser.seriousViolations(browser), "space page with follow buttons");

            browser.get(url("notifications/unsubscribe?token=forged.token"));
            assertFalse(
                    browser.findElements(By.id("unsubscribe-invalid")).isEmpty(),
                    "a forged link is refused with a message");
            assertEquals(List.of(), Browser.seriousViolations(browser), "unsubscribe page");
        } finally {
            browser.quit();
        }
    }

    /** A space created by staff and opened; its domain is MOBILITY and its city the given tag. */
    private long openSpace(String kind, String title, String cityTag, int deadlineInDays) throws Exception {
        var staff = staff().client();
        var opens = OffsetDateTime.now().plusMinutes(10);
        var body = """
                {"kind": "%s", "title": %s, "summary": "Ideas wanted.", "domain": "MOBILITY", "city": "%s",
                 "opensAt": "%s", "submissionDeadline": "%s"}
                """.formatted(
                kind, jsonString(title), cityTag, opens, OffsetDateTime.now().plusDays(deadlineInDays));
        var created = staff.postJson("api/spaces", body, "en");
        assertEquals(201, created.statusCode(), created.body());
        long id = Json.parse(created.body())
                .getJsonObject("summary")
                .getJsonNumber("id")
                .longValue();
        var opened = staff.putJson("api/spaces/" + id + "/phase", "{\"phase\": \"OPEN\"}");
        assertEquals(200, opened.statusCode(), opened.body());
        return id;
    }

    private static void interests(Member member, String tag) throws Exception {
        var saved = member.client().putJson("api/accounts/me/profile", """
                {"name": "Someone", "skills": [], "interests": ["%s"], "searchable": false, "language": "en"}
                """.formatted(tag));
        assertEquals(204, saved.statusCode(), saved.body());
    }

    private static JsonObject preferences(PortalClient client) throws Exception {
        var response = client.get("api/notifications/preferences");
        assertEquals(200, response.statusCode(), response.body());
        return Json.parse(response.body());
    }

    private static HttpRequest oneClick(String url) {
        return HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click"))
                .build();
    }

    private static String jsonString(String value) {
        return jakarta.json.Json.createValue(value).toString();
    }

    private static String subject(MimeMessage mail) {
        try {
            return String.valueOf(mail.getSubject());
        } catch (MessagingException e) {
            return "";
        }
    }

    private static MimeMessage waitForSubjectContaining(String recipient, String part) throws InterruptedException {
        var end = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(end)) {
            for (var mail : MAILBOX.to(recipient)) {
                if (subject(mail).contains(part)) {
                    return mail;
                }
            }
            Thread.sleep(300);
        }
        throw new AssertionError("no mail with '" + part + "' to " + recipient + "; got "
                + MAILBOX.to(recipient).stream().map(NotificationsIT::subject).toList());
    }
}
