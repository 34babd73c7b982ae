package org.tori.ecosystem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tori.testing.Browser;
import org.tori.testing.DeployedPortal;
import org.tori.testing.Json;
import org.tori.testing.Mailbox;
import org.tori.testing.PortalClient;
import org.tori.testing.pages.LogInPage;

/** Organisations, the stakeholder map, member profiles and "how to take part", against one deployment. */
class EcosystemIT extends DeployedPortal {

    private static String unique(String prefix) {
        return prefix + " " + Long.toString(System.nanoTime(), 36);
    }

    private static void redirected(HttpResponse<String> answer, String what) {
        assertTrue(answer.statusCode() == 302 || answer.statusCode() == 303, what + ": " + answer.statusCode());
    }

    /** The id of a pending organisation, as staff find it in their queue. */
    private static long pendingId(PortalClient staff, String name) throws Exception {
        var queue = staff.get("partners/staff/").body();
        var m = Pattern.compile("organisation\\?id=(\\d+)\">" + Pattern.quote(name) + "<")
                .matcher(queue);
        assertTrue(m.find(), "in the staff queue: " + name);
        return Long.parseLong(m.group(1));
    }

    private static boolean searchFinds(PortalClient reader, String text, String type) throws Exception {
        var answer = Json.parse(
                reader.get("api/search?q=" + URLEncoder.encode(text, "UTF-8")).body());
        return answer.getJsonArray("hits").getValuesAs(JsonObject.class).stream()
                .anyMatch(h -> h.getString("type").equals(type)
                        && h.getString("title").replaceAll("<[^>]+>", "").contains(text));
    }

    @Test
    void openDataSearchAndOrganisationPagesNeverShowAMemberWhoDidNotOptIn() throws Exception {
        var orgName = unique("Quiet Robotics");
        var founderName = unique("Hidden Founder");
        var founder = approvedMember(founderName, "COMPANY", orgName, null);
        var requested = founder.client()
                .submit(
                        "partners/request",
                        "organisation",
                        Map.of(
                                "kind", "STARTUP",
                                "name", orgName,
                                "description", "Delivery robots for snowy pavements.",
                                "language", "en",
                                "city", "Lahti",
                                "website", "https://www.example.org",
                                "contactRole", "Partnership lead",
                                "organisation-submit", ""));
        redirected(requested, "the request");
        var staff = staff().client();
        long id = pendingId(staff, orgName);
        assertEquals(404, client().get("partners/organisation?id=" + id).statusCode(), "not public before approval");
        assertEquals(200, founder.client().get("partners/organisation?id=" + id).statusCode(), "its requester sees it");
        redirected(
                staff.submit("partners/staff/organisation?id=" + id, "approve", Map.of("approve-submit", "")),
                "approval");
        var approval = MAILBOX.waitForSubject(
                founder.email(), "The page of " + orgName + " is public on Tori", Duration.ofSeconds(60));
        assertTrue(Mailbox.textPart(approval).contains("/partners/organisation?id=" + id), Mailbox.textPart(approval));
        assertTrue(Mailbox.htmlPart(approval).contains("is now public in the partner directory"));

        var listedName = unique("Open Member");
        var listed = verifiedMember(listedName);
        assertEquals(
                204,
                listed.client()
                        .putJson("api/accounts/me/profile", """
                        {"name": "%s", "bio": "Builds robots", "skills": ["robotics"], "interests": [],
                         "searchable": true, "language": "en"}""".formatted(listedName))
                        .statusCode());
        redirected(
                listed.client()
                        .request(
                                "POST",
                                "partners/organisation?id=" + id,
                                "list-op=list",
                                "Content-Type",
                                "application/x-www-form-urlencoded"),
                "listing");

        var anonymous = client();
        var page = anonymous.get("partners/organisation?id=" + id).body();
        assertTrue(page.contains(orgName) && page.contains("Partnership lead"), page);
        assertTrue(page.contains("accounts/member?id=" + listed.id()), "the opted-in member is linked");
        assertFalse(page.contains(founderName), "the founder did not opt in to a public profile");
        assertEquals(404, anonymous.get("accounts/member?id=" + founder.id()).statusCode());
        var profile = anonymous.get("accounts/member?id=" + listed.id()).body();
        assertTrue(profile.contains(orgName), "the profile names the organisation it is listed in");

        var json = anonymous.get("api/open/organisations");
        assertEquals(200, json.statusCode());
        assertTrue(json.body().contains(orgName), "approved organisations are open data");
        assertFalse(
                json.body().contains(founderName)
                        || json.body().contains(listedName)
                        || json.body().contains("@"),
                "no personal data in open data");
        var csv = anonymous.get("api/open/organisations/organisations.csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body().startsWith("\"id\",\"name\",\"kind\""), csv.body());
        assertTrue(csv.body().contains(orgName) && !csv.body().contains(founderName));

        for (int i = 0; i < 80 && !searchFinds(anonymous, listedName, "profile"); i++) {
            Thread.sleep(250);
        }
        assertTrue(searchFinds(anonymous, listedName, "profile"), "the opted-in member is found");
        assertFalse(searchFinds(anonymous, founderName, "profile"), "the founder is not");
        for (int i = 0; i < 80 && !searchFinds(anonymous, orgName, "organisation"); i++) {
            Thread.sleep(250);
        }
        assertTrue(searchFinds(anonymous, orgName, "organisation"), "search finds the organisation");

        assertEquals(400, anonymous.get("partners/organisation?id=abc").statusCode());
        assertEquals(404, anonymous.get("partners/organisation?id=999999999").statusCode());
        assertEquals(400, anonymous.get("partners/?kind=SPACESHIP").statusCode());
        assertEquals(404, anonymous.get("partners/take-part?for=aliens").statusCode());
    }

    @Test
    void theTrailShowsWhatListedMembersDidAndNothingOfOthersWhoMayListOnlyWhereTheyBelong() throws Exception {
        var staff = staff().client();
        var orgName = unique("Trail Works");
        var created = staff.submit(
                "partners/request",
                "organisation",
                Map.of(
                        "kind", "COMPANY",
                        "name", orgName,
                        "description", "Builds street furniture.",
                        "language", "en",
                        "descriptionFi", "Rakentaa katukalusteita.",
                        "website", "https://example.org",
                        "organisation-submit", ""));
        redirected(created, "staff create the organisation");
        long id = idIn(created);
        var outsiderOrg = staff.submit(
                "partners/request",
                "organisation",
                Map.of(
                        "kind",
                        "NGO",
                        "name",
                        unique("Elsewhere Society"),
                        "language",
                        "en",
                        "organisation-submit",
                        ""));
        long elsewhere = idIn(outsiderOrg);

        var listed = publicMember(unique("Listed Maker"));
        var city = approvedMember(unique("Listed City"), "CITY_PARTNER", null, "Oulu");
        makePublic(city, "Listed City");
        var unlisted = publicMember(unique("Unlisted Maker"));
        var unlistedCity = approvedMember(unique("Unlisted City"), "CITY_PARTNER", null, "Turku");
        makePublic(unlistedCity, "Unlisted City");
        for (var m : List.of(listed, city)) {
            redirected(list(m, id), "listing at the website's domain");
        }
        var refused = list(listed, elsewhere);
        assertEquals(200, refused.statusCode(), "a refused listing answers the same page");
        assertTrue(
                refused.body().contains("You can list yourself only on the page of an organisation you belong to"),
                refused.body());
        assertFalse(client().get("partners/organisation?id=" + elsewhere).body().contains("accounts/member?id="));

        var stamp = Long.toString(System.nanoTime(), 36);
        var winTitle = "Shaded benches " + stamp;
        var otherTitle = "Heated stops " + stamp;
        var contest = contestWithResults(staff, listed, winTitle, unlisted, otherTitle);
        assertEquals(
                201,
                staff.postJson(
                                "api/spaces/" + contest[0] + "/judging/results/" + contest[1] + "/pilot",
                                "{\"partner\": \"City of Lahti\", \"budgetEur\": 10000, \"startsOn\": \"2027-03-01\"}",
                                "en")
                        .statusCode());
        var lessonTitle = "Benches need shade " + stamp;
        long lesson = publishedLesson(city.client(), staff, lessonTitle);
        var hiddenLesson = "Stops need heat " + stamp;
        long otherLesson = publishedLesson(unlistedCity.client(), staff, hiddenLesson);
        var practiceTitle = "Ask residents first " + stamp;
        long practice = publishedLesson(staff, staff, practiceTitle);
        assertEquals(
                200,
                staff.putJson("api/lessons/" + practice + "/practice", "{\"practice\": true}")
                        .statusCode());
        assertEquals(
                200,
                city.client()
                        .putJson("api/lessons/" + practice + "/adoptions/mine", "{}")
                        .statusCode());
        var storyTitle = "Shade for every bench " + stamp;
        publishedStory(staff, storyTitle, lesson);
        var otherStory = "Warm stops everywhere " + stamp;
        publishedStory(staff, otherStory, otherLesson);

        var page = client().get("partners/organisation?id=" + id).body();
        var trail = page.substring(page.indexOf("id=\"trail\""));
        assertTrue(section(trail, "trail-entries").contains(winTitle), trail);
        assertTrue(section(trail, "trail-wins").contains(winTitle) && trail.contains("place 1"), trail);
        assertTrue(section(trail, "trail-pilots").contains("/pilots/pilot?id="), trail);
        assertTrue(section(trail, "trail-lessons").contains("/knowledge/lesson?id=" + lesson), trail);
        assertTrue(section(trail, "trail-lessons").contains(lessonTitle), trail);
        assertTrue(section(trail, "trail-stories").contains(storyTitle), trail);
        assertTrue(
                section(trail, "trail-adoptions").contains(practiceTitle) && trail.contains("adopted in Oulu"), trail);
        for (var hidden : List.of(otherTitle, hiddenLesson, otherStory)) {
            assertFalse(trail.contains(hidden), "nothing of a member who is not listed: " + hidden);
        }
        var finnish = client();
        finnish.get("partners/organisation?id=" + id + "&lang=fi");
        var inFinnish = finnish.get("partners/organisation?id=" + id).body();
        assertTrue(
                inFinnish.contains("id=\"organisation-description\" lang=\"fi\">Rakentaa katukalusteita."), inFinnish);
        var swedish = client();
        swedish.get("partners/organisation?id=" + id + "&lang=sv");
        assertTrue(
                swedish.get("partners/organisation?id=" + id).body().contains("lang=\"en\">Builds street furniture."),
                "no Swedish text: the main one");

        var requester = approvedMember(unique("Refused founder"), "COMPANY", "Nope Oy", null);
        var requestedName = unique("Nope Oy");
        redirected(
                requester
                        .client()
                        .submit(
                                "partners/request",
                                "organisation",
                                Map.of(
                                        "kind",
                                        "COMPANY",
                                        "name",
                                        requestedName,
                                        "language",
                                        "en",
                                        "organisation-submit",
                                        "")),
                "the request");
        long pending = pendingId(staff, requestedName);
        redirected(
                staff.submit(
                        "partners/staff/organisation?id=" + pending,
                        "refuse",
                        Map.of("reason", "Not a partner of the region", "reject-submit", "")),
                "refusal");
        var refusal = MAILBOX.waitForSubject(
                requester.email(), "Your request for a page for " + requestedName + " on Tori", Duration.ofSeconds(60));
        assertTrue(Mailbox.textPart(refusal).contains("Their reason: Not a partner of the region"));
        assertTrue(Mailbox.htmlPart(refusal).contains("Not a partner of the region"));
    }

    private static long idIn(HttpResponse<String> redirect) {
        var location = redirect.headers().firstValue("Location").orElseThrow();
        return Long.parseLong(location.replaceAll(".*[?&]id=(\\d+).*", "$1"));
    }

    /** The list with this id in the page: from its start to the end of that list. */
    private static String section(String page, String id) {
        int start = page.indexOf("id=\"" + id + "\"");
        assertTrue(start >= 0, "no " + id);
        return page.substring(start, page.indexOf("</ul>", start));
    }

    private HttpResponse<String> list(Member m, long organisation) throws Exception {
        return m.client()
                .request(
                        "POST",
                        "partners/organisation?id=" + organisation,
                        "list-op=list",
                        "Content-Type",
                        "application/x-www-form-urlencoded");
    }

    private Member publicMember(String name) throws Exception {
        var m = verifiedMember(name);
        makePublic(m, name);
        return m;
    }

    private static void makePublic(Member m, String name) throws Exception {
        assertEquals(
                204,
                m.client()
                        .putJson("api/accounts/me/profile", """
                        {"name": "%s", "bio": "", "skills": [], "interests": [], "searchable": true, "language": "en"}""".formatted(name))
                        .statusCode());
    }

    /**
     * A contest with one criterion, two entries scored by a partner city's juror (the first wins), its
     * results published: the space's id and the winning entry's.
     */
    private long[] contestWithResults(
            PortalClient staff, Member first, String firstTitle, Member second, String secondTitle) throws Exception {
        var created = staff.postJson(
                "api/spaces",
                """
                {"kind": "CONTEST", "title": "Street furniture %s", "summary": "Benches and stops.",
                 "opensAt": "%s", "submissionDeadline": "%s"}""".formatted(
                                firstTitle,
                                OffsetDateTime.now().minusDays(1),
                                OffsetDateTime.now().plusDays(7)),
                "en");
        assertEquals(201, created.statusCode(), created.body());
        long space = Json.parse(created.body())
                .getJsonObject("summary")
                .getJsonNumber("id")
                .longValue();
        var criteria =
                staff.putJson("api/spaces/" + space + "/judging/criteria", "[{\"name\": \"Impact\", \"weight\": 1}]");
        assertEquals(200, criteria.statusCode(), criteria.body());
        long criterion = Json.parse("{\"c\":" + criteria.body() + "}")
                .getJsonArray("c")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        move(staff, space, "OPEN");
        var entries = new long[2];
        var authors = List.of(first, second);
        var titles = List.of(firstTitle, secondTitle);
        for (int i = 0; i < 2; i++) {
            var sent = authors.get(i)
                    .client()
                    .postJson(
                            "api/spaces/" + space + "/entries",
                            "{\"title\": \"" + titles.get(i) + "\", \"answers\": {\"" + criterion
                                    + "\": \"Shade and heat\"}}",
                            "en");
            assertEquals(201, sent.statusCode(), sent.body());
            entries[i] = Json.parse(sent.body()).getJsonNumber("id").longValue();
        }
        move(staff, space, "SCREENING");
        var juror = cityPartner(unique("Contest Juror"), "Lahti");
        assertEquals(
                204,
                staff.postJson(
                                "api/spaces/" + space + "/judging/jurors",
                                "{\"email\": \"" + juror.email() + "\"}",
                                "en")
                        .statusCode());
        move(staff, space, "JUDGING");
        long firstEntry = entries[0];
        for (long entry : entries) {
            var scored = juror.client()
                    .putJson(
                            "api/spaces/" + space + "/judging/scores/" + entry,
                            "{\"" + criterion + "\": " + (entry == firstEntry ? 9 : 4) + "}");
            assertEquals(204, scored.statusCode(), scored.body());
        }
        move(staff, space, "RESULTS");
        return new long[] {space, firstEntry};
    }

    private static void move(PortalClient staff, long space, String phase) throws Exception {
        assertEquals(
                200,
                staff.putJson("api/spaces/" + space + "/phase", "{\"phase\": \"" + phase + "\"}")
                        .statusCode(),
                phase);
    }

    /** A public lesson written by the author (a partner city or staff) and published by staff. */
    private static long publishedLesson(PortalClient author, PortalClient staff, String title) throws Exception {
        var created = author.postJson("api/lessons", """
                {"title": "%s", "city": "Lahti", "happenedOn": "2025-05-01", "language": "en",
                 "whatHappened": "What happened.", "recommendation": "Try it.", "themes": ["PLANET"], "domain": "MOBILITY", "visibility": "PUBLIC"}""".formatted(title), "en");
        assertEquals(201, created.statusCode(), created.body());
        long id = Json.parse(created.body()).getJsonNumber("id").longValue();
        assertEquals(
                200,
                author.putJson("api/lessons/" + id + "/status", "{\"status\": \"IN_REVIEW\"}")
                        .statusCode());
        var published = staff.putJson("api/lessons/" + id + "/status", "{\"status\": \"PUBLISHED\"}");
        assertEquals(200, published.statusCode(), published.body());
        return id;
    }

    private static void publishedStory(PortalClient staff, String title, long lesson) throws Exception {
        var created = staff.postJson("api/stories", """
                {"title": "%s", "lead": "What changed.", "body": "Told.", "lessonIds": [%d], "city": "Lahti",
                 "themes": ["PLANET"]}""".formatted(title, lesson), "en");
        assertEquals(201, created.statusCode(), created.body());
        long id = Json.parse(created.body())
                .getJsonObject("summary")
                .getJsonNumber("id")
                .longValue();
        for (var step : List.of("SUBMIT", "PUBLISH")) {
            var moved = staff.putJson("api/stories/" + id + "/status", "{\"step\": \"" + step + "\"}");
            assertEquals(200, moved.statusCode(), step + ": " + moved.body());
        }
    }

    @Test
    void staffWriteTheirOwnTakePartTextAndTheDefaultStaysForOtherLanguages() throws Exception {
        var anonymous = client();
        var before = anonymous.get("partners/take-part?for=research").body();
        assertTrue(before.contains("Research data from real environments"), "the default text");
        var staff = staff().client();
        var text = unique("Bring your lab");
        redirected(
                staff.submit(
                        "partners/staff/guide?for=research&language=en",
                        "guide",
                        Map.of(
                                "canDo", text,
                                "gains", "Data and partners.",
                                "howToStart", "Write to the programme.",
                                "guide-submit", "")),
                "saving the guide");
        assertTrue(anonymous.get("partners/take-part?for=research").body().contains(text));
        var refused = staff.submit(
                "partners/staff/guide?for=research&language=sv",
                "guide",
                Map.of("canDo", "", "gains", "x", "howToStart", "y", "guide-submit", ""));
        assertEquals(200, refused.statusCode(), "an empty part comes back on the page");
        assertTrue(refused.body().contains("Write what they can do."), refused.body());
    }

    @Test
    void aCompanyRequestsItsPageStaffApproveAndRecordALetterOfIntentAndTheDirectoryAndMapShowIt() throws Exception {
        var orgName = unique("Snowmelt Oy");
        var company = approvedMember(unique("Snowmelt founder"), "COMPANY", orgName, null);
        var association = unique("Riverside Residents Association");
        associationWithLetterOfIntent(association);
        WebDriver browser = Browser.start();
        try {
            logIn(browser, company.email(), PASSWORD);
            browser.get(url("partners/"));
            Browser.waitForHeading(browser, "Partners and organisations");
            assertNoViolations(browser, "the directory");
            browser.findElement(By.linkText("Request a page for your organisation"))
                    .click();
            Browser.waitForHeading(browser, "Request a page for your organisation");
            new Select(field(browser, "Kind of organisation")).selectByVisibleText("Startup");
            field(browser, "Name").sendKeys(orgName);
            field(browser, "What it does").sendKeys("Heated pavements that melt snow with waste heat.");
            field(browser, "City").sendKeys("Oulu");
            field(browser, "Website").sendKeys("not a web address");
            browser.findElement(By.xpath("//label[normalize-space()='Planet']")).click();
            button(browser, "Send the request").sendKeys(Keys.ENTER);
            waitForText(browser, "Give the website as an address starting with https:// or http://.");
            assertEquals(orgName, field(browser, "Name").getAttribute("value"), "nothing typed is lost");
            assertNoViolations(browser, "the refused request");
            var website = field(browser, "Website");
            website.clear();
            website.sendKeys("https://snowmelt.example");
            button(browser, "Send the request").sendKeys(Keys.ENTER);
            waitForText(browser, "Your request is sent to staff.");
            assertTrue(browser.findElement(By.id("my-requests")).getText().contains("waiting for staff"));

            browser.manage().deleteAllCookies();
            logIn(browser, staff().email(), PASSWORD);
            browser.get(url("staff/"));
            var queue = browser.findElement(By.id("queue-organisations"));
            assertTrue(Integer.parseInt(queue.findElement(By.className("count")).getText()) >= 1);
            queue.findElement(By.linkText("Organisation requests")).click();
            Browser.waitForHeading(browser, "Organisation requests");
            assertNoViolations(browser, "the staff queue");
            browser.findElement(By.linkText(orgName)).click();
            Browser.waitForHeading(browser, "Organisation: " + orgName);
            assertNoViolations(browser, "the decision page");
            button(browser, "Approve and publish").sendKeys(Keys.ENTER);
            waitForText(browser, "The organisation is approved and its page is public.");
            var signed = LocalDate.now().minusDays(3).toString();
            field(browser, "Signed on").sendKeys(signed);
            new Select(field(browser, "Partner level")).selectByVisibleText("Strategic partner");
            field(browser, "Areas of collaboration").sendKeys("Winter maintenance pilots");
            button(browser, "Record the letter of intent").sendKeys(Keys.ENTER);
            Browser.waitForHeading(browser, orgName);
            waitForText(browser, "The letter of intent is recorded.");
            assertEquals(
                    "Strategic partner", browser.findElement(By.id("loi-level")).getText());
            assertNoViolations(browser, "the organisation page");

            browser.manage().deleteAllCookies();
            browser.get(url("partners/"));
            new Select(field(browser, "Kind")).selectByVisibleText("Startup");
            browser.findElement(By.xpath("//label[normalize-space()='Only partners with a letter of intent']"))
                    .click();
            button(browser, "Filter").click();
            new WebDriverWait(browser, Duration.ofSeconds(30))
                    .until(d -> d.getCurrentUrl().contains("loi=yes"));
            Browser.waitForHeading(browser, "Partners and organisations");
            var listed = browser.findElement(By.id("organisations")).getText();
            assertTrue(listed.contains(orgName) && listed.contains("Letter of intent signed"), listed);
            assertFalse(listed.contains(association), "an association is no startup, letter of intent or not");

            browser.findElement(By.linkText("Stakeholder map")).click();
            Browser.waitForHeading(browser, "Stakeholder map");
            assertTrue(
                    browser.findElement(By.cssSelector("svg.stakeholder-map")).getAttribute("aria-label") != null);
            var byKind = browser.findElement(By.id("map-by-kind")).getText();
            assertTrue(byKind.contains(orgName), byKind);
            var byTheme = browser.findElement(By.id("map-by-theme")).getText();
            assertTrue(byTheme.contains(orgName), "under Planet: " + byTheme);
            assertNoViolations(browser, "the map");

            browser.get(url("partners/take-part?for=company"));
            Browser.waitForHeading(browser, "How to take part: Companies and startups");
            assertNoViolations(browser, "take part");
        } finally {
            browser.quit();
        }
    }

    /** An association that staff put in the directory and signed a letter of intent with, on their pages. */
    private void associationWithLetterOfIntent(String name) throws Exception {
        var staff = staff().client();
        var created = staff.submit(
                "partners/request",
                "organisation",
                Map.of("kind", "NGO", "name", name, "language", "en", "city", "Tampere", "organisation-submit", ""));
        redirected(created, "staff add the association");
        long id = idIn(created);
        redirected(
                staff.submit(
                        "partners/staff/organisation?id=" + id,
                        "loi",
                        Map.of(
                                "loi-date", LocalDate.now().minusDays(10).toString(),
                                "loi-level", "PARTNER",
                                "loi-areas", "Residents test new services",
                                "loi-submit", "")),
                "the association's letter of intent");
        assertTrue(
                client().get("partners/organisation?id=" + id).body().contains("loi-level"),
                "the association's page shows its letter of intent");
    }

    private static WebElement field(WebDriver browser, String label) {
        var id = browser.findElement(By.xpath("//label[normalize-space()='" + label + "']"))
                .getAttribute("for");
        return browser.findElement(By.id(id));
    }

    private static WebElement button(WebDriver browser, String text) {
        return browser.findElement(By.xpath(
                "//button[normalize-space()='" + text + "'] | //input[@type='submit' and @value='" + text + "']"));
    }

    private static void assertNoViolations(WebDriver browser, String page) throws Exception {
        var violations = Browser.seriousViolations(browser);
        assertTrue(violations.isEmpty(), page + ": " + violations);
    }

    private void logIn(WebDriver browser, String email, String password) {
        LogInPage.open(browser, url("")).logIn(email, password);
    }

    private static void waitForText(WebDriver browser, String text) {
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> d.findElement(By.tagName("main")).getText().contains(text));
    }
}
