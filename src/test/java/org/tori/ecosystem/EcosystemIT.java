package org.tori.ecosystem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.LocalDate;
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
import org.tori.testing.PortalClient;
import org.tori.testing.Refusals;

/** Organisations, the stakeholder map, member profiles and "how to take part", against one deployment. */
class EcosystemIT extends DeployedPortal {

    private static String unique(String prefix) {
        return prefix + " " + Long.toString(System.nanoTime(), 36);
    }

    private static void redirected(java.net.http.HttpResponse<String> answer, String what) {
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
        var answer = Json.parse(reader.get("api/search?q=" + java.net.URLEncoder.encode(text, "UTF-8"))
                .body());
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
                                "contactRole", "Partnership lead",
                                "organisation-submit", ""));
        redirected(requested, "the request");
        var staff = signedIn("staff@demo.tori.fi");
        long id = pendingId(staff, orgName);
        assertEquals(404, client().get("partners/organisation?id=" + id).statusCode(), "not public before approval");
        assertEquals(200, founder.client().get("partners/organisation?id=" + id).statusCode(), "its requester sees it");
        redirected(
                staff.submit("partners/staff/organisation?id=" + id, "approve", Map.of("approve-submit", "")),
                "approval");

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
    void staffWriteTheirOwnTakePartTextAndTheDefaultStaysForOtherLanguages() throws Exception {
        var anonymous = client();
        var before = anonymous.get("partners/take-part?for=research").body();
        assertTrue(before.contains("Research data from real environments"), "the default text");
        var staff = signedIn("staff@demo.tori.fi");
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
            logIn(browser, "staff@demo.tori.fi", DEMO_PASSWORD);
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
            assertFalse(listed.contains("Hervanta Residents"), "an association is no startup");

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
        Refusals.logIn(browser, url(""), email, password);
    }

    private static void waitForText(WebDriver browser, String text) {
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> d.findElement(By.tagName("main")).getText().contains(text));
    }
}
