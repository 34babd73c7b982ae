package org.tori.consultations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tori.testing.Browser;
import org.tori.testing.DeployedPortal;
import org.tori.testing.Json;
import org.tori.testing.Mailbox;
import org.tori.testing.PortalClient;

/**
 * Open requirements consultations through the API and in the browser, with staff and a company of
 * the class's own. (The demo consultation's own check left with the demo accounts: what it showed —
 * two versions, a company's comment answered — the first test builds and checks itself.)
 */
class ConsultationsIT extends DeployedPortal {

    /** A consultation as staff create it: a draft whose comment deadline is the given time. */
    private long draft(PortalClient staff, String title, OffsetDateTime deadline) throws Exception {
        return draft(staff, title, "What the city needs, section by section.", deadline);
    }

    private long draft(PortalClient staff, String title, String summary, OffsetDateTime deadline) throws Exception {
        var created = staff.postJson(
                "api/spaces", """
                {"kind": "CONSULTATION", "title": "%s", "summary": "%s",
                 "city": "Tampere", "opensAt": "%s", "submissionDeadline": "%s"}
                """.formatted(title, summary, OffsetDateTime.now().minusDays(1), deadline), "en");
        assertEquals(201, created.statusCode(), created.body());
        return Json.parse(created.body())
                .getJsonObject("summary")
                .getJsonNumber("id")
                .longValue();
    }

    private static final String SECTIONS = """
            [{"number": "1", "heading": "Purpose", "body": "Care at home **and** in hospital as one chain.<script>alert(1)</script>"},
             {"number": "2", "heading": "Devices in homes", "body": "Use the data of the devices already there."},
             {"number": "2.1", "heading": "Alarms", "body": "Alarms reach a nurse within minutes."}]""";

    private static List<JsonObject> sections(JsonObject version) {
        return version.getJsonArray("sections").getValuesAs(JsonObject.class);
    }

    private static String commentsPath(long space, int version, long section) {
        return "api/consultations/" + space + "/versions/" + version + "/sections/" + section + "/comments";
    }

    @Test
    void commentsCloseAtTheDeadlineAndEveryVersionStaysPublicWithItsCommentsAndAnswers() throws Exception {
        var staff = staff().client();
        var company = company("Parcel Company", "Parcelbox Oy").client();
        assertEquals(403, company.postJson("api/spaces", """
                {"kind": "CONSULTATION", "title": "Mine", "summary": "Mine"}""", "en").statusCode(), "only staff start consultations");

        var deadline = OffsetDateTime.now().plusSeconds(20).truncatedTo(ChronoUnit.SECONDS);
        var title = "Remote care requirements " + System.nanoTime();
        var word = "telecarezone" + Long.toString(System.nanoTime(), 36);
        long space = draft(staff, title, "Needs of remote care: " + word, deadline);
        var empty = staff.putJson("api/spaces/" + space + "/phase", "{\"phase\": \"OPEN\"}");
        assertEquals(409, empty.statusCode(), "nothing to comment on yet: " + empty.body());
        assertEquals(
                204,
                staff.putJson("api/consultations/" + space + "/draft", SECTIONS).statusCode());
        assertEquals(
                200,
                staff.putJson("api/spaces/" + space + "/phase", "{\"phase\": \"OPEN\"}")
                        .statusCode());

        var listed = client().get("api/spaces?kind=consultation&phase=OPEN").body();
        assertTrue(listed.contains(title), "in the list under its kind");
        String found = null;
        for (int i = 0; i < 60 && (found == null || !found.contains(title)); i++) {
            Thread.sleep(250);
            found = client().get("search/?q=" + word).body();
        }
        assertTrue(
                found.contains(title) && found.contains("/spaces/space?id=" + space),
                "an opened consultation is searchable");

        var overview = Json.parse(client().get("api/consultations/" + space).body());
        assertEquals(1, overview.getInt("current"));
        assertTrue(overview.getBoolean("open"));
        var v1 = Json.parse(
                client().get("api/consultations/" + space + "/versions/1").body());
        assertEquals(
                List.of("1", "2", "2.1"),
                sections(v1).stream().map(s -> s.getString("number")).toList());
        var purpose = sections(v1).get(0).getString("bodyHtml");
        assertTrue(purpose.contains("<strong>and</strong>") && !purpose.contains("script"), "sanitised: " + purpose);
        long devices = sections(v1).get(1).getJsonNumber("id").longValue();

        var commenter = verifiedMember("Remote Commenter");
        var written = commenter
                .client()
                .postJson(
                        commentsPath(space, 1, devices),
                        "{\"body\": \"What about safety phones? <img src=x onerror=alert(1)>\"}",
                        "en");
        assertEquals(201, written.statusCode(), written.body());
        long comment = Json.parse(written.body()).getJsonNumber("id").longValue();
        assertEquals(
                401,
                client().postJson(commentsPath(space, 1, devices), "{\"body\": \"anonymous\"}", "en")
                        .statusCode());
        assertEquals(
                403,
                commenter
                        .client()
                        .postJson(
                                "api/consultations/" + space + "/comments/" + comment + "/answer",
                                "{\"body\": \"I answer myself\"}",
                                "en")
                        .statusCode(),
                "only staff answer");

        while (!OffsetDateTime.now().isAfter(deadline.plusSeconds(1))) {
            Thread.sleep(250);
        }
        var late = company.postJson(commentsPath(space, 1, devices), "{\"body\": \"Too late?\"}", "en");
        assertEquals(409, late.statusCode(), "closed after the deadline: " + late.body());
        var detail = Json.parse(late.body()).getString("detail");
        assertTrue(detail.contains("closed"), detail);

        if ("OPEN"
                .equals(Json.parse(client().get("api/consultations/" + space).body())
                        .getString("phase"))) {
            // the phase clock moves it within a minute; staff need not wait
            assertEquals(
                    200,
                    staff.putJson("api/spaces/" + space + "/phase", "{\"phase\": \"REVIEW\"}")
                            .statusCode());
        }
        assertEquals(
                204,
                staff.postJson(
                                "api/consultations/" + space + "/comments/" + comment + "/answer",
                                "{\"body\": \"Yes: existing safety phones stay in use. See section 2 of version 2.\"}",
                                "en")
                        .statusCode());
        var mail = MAILBOX.waitForSubject(
                commenter.email(), "Your comment in " + title + " was answered", Duration.ofSeconds(60));
        assertTrue(Mailbox.textPart(mail).contains("existing safety phones stay in use"));

        var revision = staff.postJson(
                "api/consultations/" + space + "/versions",
                """
                {"changeNote": "Section 2 keeps existing devices; consent is new.", "reopenUntil": "%s",
                 "sections": [{"number": "1", "heading": "Purpose", "body": "Care at home **and** in hospital as one chain."},
                  {"number": "2", "heading": "Devices in homes", "body": "Existing safety phones and sensors stay in use."},
                  {"number": "2.1", "heading": "Alarms", "body": "Alarms reach a nurse within minutes."},
                  {"number": "3", "heading": "Consent", "body": "The client decides who sees the data."}]}
                """.formatted(OffsetDateTime.now().plusDays(7)),
                "en");
        assertEquals(201, revision.statusCode(), revision.body());
        var v2 = Json.parse(revision.body());
        assertEquals(2, v2.getInt("number"));
        assertEquals(
                List.of("SAME", "CHANGED", "SAME", "NEW"),
                sections(v2).stream().map(s -> s.getString("change")).toList());

        overview = Json.parse(client().get("api/consultations/" + space).body());
        assertEquals("OPEN", overview.getString("phase"), "another comment round");
        assertEquals(2, overview.getInt("current"));
        var versions = overview.getJsonArray("versions").getValuesAs(JsonObject.class);
        assertEquals(
                List.of(1, 2), versions.stream().map(v -> v.getInt("number")).toList());
        assertEquals(1, versions.get(0).getInt("comments"));

        var kept = Json.parse(
                client().get("api/consultations/" + space + "/versions/1").body());
        var remark = sections(kept).get(1).getJsonArray("comments").getJsonObject(0);
        assertTrue(
                remark.getString("bodyHtml").contains("safety phones")
                        && !remark.getString("bodyHtml").contains("onerror"),
                remark.getString("bodyHtml"));
        assertTrue(remark.getString("answerHtml").contains("existing safety phones stay in use"));
        assertEquals(
                "Care at home <strong>and</strong> in hospital as one chain.",
                sections(kept)
                        .get(0)
                        .getString("bodyHtml")
                        .replaceAll("</?p>", "")
                        .strip(),
                "version 1 is kept as published");

        var onOld = company.postJson(commentsPath(space, 1, devices), "{\"body\": \"On the old text\"}", "en");
        assertEquals(409, onOld.statusCode(), "the old version is closed: " + onOld.body());
        long consent = sections(v2).get(3).getJsonNumber("id").longValue();
        assertEquals(
                201,
                company.postJson(commentsPath(space, 2, consent), "{\"body\": \"Relatives too?\"}", "en")
                        .statusCode());
    }

    @Test
    void aCompanyCommentsOnARequirementsSectionAndStaffPublishARevision() throws Exception {
        var staff = staff().client();
        var title = "Home care data requirements " + System.nanoTime();
        long space = draft(staff, title, OffsetDateTime.now().plusDays(10));
        assertEquals(
                204,
                staff.putJson("api/consultations/" + space + "/draft", SECTIONS).statusCode());
        assertEquals(
                200,
                staff.putJson("api/spaces/" + space + "/phase", "{\"phase\": \"OPEN\"}")
                        .statusCode());
        long devices = sections(Json.parse(client().get("api/consultations/" + space + "/versions/1")
                        .body()))
                .get(1)
                .getJsonNumber("id")
                .longValue();

        var company = company("Parcel Company", "Parcelbox Oy");
        WebDriver browser = Browser.start();
        try {
            logIn(browser, company.email());
            browser.get(url("spaces/space?id=" + space));
            Browser.waitForHeading(browser, title);
            assertTrue(
                    browser.findElement(By.id("consultation-status")).getText().contains("Comments are open until"));
            var violations = Browser.seriousViolations(browser);
            assertTrue(violations.isEmpty(), "the consultation page: " + violations);
            browser.findElement(By.id("comment-" + devices))
                    .sendKeys("Our parcel lockers report temperature; is that data welcome too?");
            browser.findElement(By.id("comment-submit-" + devices)).sendKeys(Keys.ENTER);
            waitForText(browser, "your comment is published under the section");
            var section = browser.findElement(By.id("section-" + devices)).getText();
            assertTrue(
                    section.contains("parcel lockers report temperature") && section.contains("Parcelbox Oy"), section);

            assertEquals(
                    200,
                    staff.putJson("api/spaces/" + space + "/phase", "{\"phase\": \"REVIEW\"}")
                            .statusCode());
            browser.manage().deleteAllCookies();
            logIn(browser, staff().email());
            browser.get(url("consultations/staff/edit?id=" + space));
            Browser.waitForHeading(browser, "Specification and comments");
            violations = Browser.seriousViolations(browser);
            assertTrue(violations.isEmpty(), "the staff page: " + violations);
            var answer = browser.findElement(By.cssSelector("textarea[name=answer]"));
            answer.sendKeys("Yes, if the client agrees: see the new section 3.");
            browser.findElement(By.cssSelector("article.remark button")).sendKeys(Keys.ENTER);
            waitForText(browser, "The answer is published under the comment.");

            var body = browser.findElement(By.id("body-1"));
            body.clear();
            body.sendKeys("Use the data of the devices already there, parcel lockers included.");
            browser.findElement(By.id("heading-3")).sendKeys("Consent");
            browser.findElement(By.id("body-3")).sendKeys("The client decides who sees the data.");
            browser.findElement(By.id("change-note")).sendKeys("Section 2 names lockers; consent added.");
            browser.findElement(By.id("after-final")).sendKeys(Keys.SPACE);
            browser.findElement(By.id("sections-submit")).sendKeys(Keys.ENTER);
            waitForText(browser, "The final version is published");

            browser.get(url("spaces/space?id=" + space));
            Browser.waitForHeading(browser, title);
            assertEquals("Results", browser.findElement(By.id("space-phase")).getText());
            assertTrue(browser.findElement(By.id("version-heading")).getText().contains("Version 2"));
            var changed = browser.findElement(By.id("consultation")).getText();
            assertTrue(changed.contains("Changed since version 1") && changed.contains("New since version 1"), changed);
            assertTrue(changed.contains("Section 2 names lockers; consent added."), changed);
            violations = Browser.seriousViolations(browser);
            assertTrue(violations.isEmpty(), "the revised consultation: " + violations);

            browser.findElement(By.linkText("Version 1")).sendKeys(Keys.ENTER);
            waitForText(browser, "You are reading an older version.");
            var old = browser.findElement(By.id("section-" + devices)).getText();
            assertTrue(
                    old.contains("parcel lockers report temperature") && old.contains("Yes, if the client agrees"),
                    old);
            assertFalse(
                    browser.getPageSource().contains("comment-submit-"), "no comment forms on a finished consultation");
        } finally {
            browser.quit();
        }
    }

    private void logIn(WebDriver browser, String email) {
        browser.get(url("accounts/login"));
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.id("submit")).sendKeys(Keys.ENTER);
        Browser.waitForHeading(browser, "My Tori");
    }

    private static void waitForText(WebDriver browser, String text) {
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> d.findElement(By.tagName("main")).getText().contains(text));
    }
}
