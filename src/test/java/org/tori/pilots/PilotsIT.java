package org.tori.pilots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tori.testing.Browser;
import org.tori.testing.DeployedPortal;
import org.tori.testing.Json;
import org.tori.testing.Mailbox;
import org.tori.testing.pages.LogInPage;
import org.tori.testing.pages.PilotSectionPage;

/**
 * A pilot from a living lab: staff start it, the company and the city's owner fill its readiness
 * record section by section, staff see the gaps when they decide (each decision mailed to both and
 * recorded on the roadmap item made for the pilot), choose its story by title and hand it to a new
 * owner, and the public page and the open data show the chain without personal data.
 */
class PilotsIT extends DeployedPortal {

    private static final String HELP_DESK = "Help desk for users at the target scale";
    private static final String SERVICE_LEVELS = "Service levels agreed";
    private static final String DATA_OWNER = "Who owns the data is agreed";

    @Test
    void aLivingLabPilotIsFilledDecidedWithItsGapsAndShownOpenlyWithoutPersonalData() throws Exception {
        var stamp = Long.toString(System.nanoTime(), 36);
        var labTitle = "Quiet delivery lab " + stamp;
        var company = approvedMember("Kaisa Courier " + stamp, "COMPANY", "Quiet Wheels Oy", null);
        var owner = approvedMember("Olli Owner " + stamp, "CITY_PARTNER", null, "Tampere");
        var newOwner = approvedMember("Nea Newowner " + stamp, "CITY_PARTNER", null, "Tampere");
        long lab = proposeLab(company("Lea Labmaker " + stamp, "Silent Vans Oy"), labTitle);
        var storyTitle = "Quiet nights in Ratina " + stamp;
        long story = publishedStory(storyTitle);

        WebDriver browser = Browser.start();
        try {
            logIn(browser, staff().email(), PASSWORD);
            browser.get(url("spaces/space?id=" + lab));
            Browser.waitForHeading(browser, labTitle);
            browser.findElement(By.linkText("Start a pilot from this living lab"))
                    .sendKeys(Keys.ENTER);
            Browser.waitForHeading(browser, "Pilots");
            assertEquals(
                    "LIVING_LAB",
                    new Select(browser.findElement(By.id("originKind")))
                            .getFirstSelectedOption()
                            .getAttribute("value"));
            assertEquals(
                    Long.toString(lab), browser.findElement(By.id("lab")).getAttribute("value"), "the lab comes along");
            browser.findElement(By.id("budgetEur")).sendKeys("20 000");
            date(browser, "startsOn", LocalDate.now().minusMonths(1));
            browser.findElement(By.id("companyEmail")).sendKeys(company.email());
            browser.findElement(By.id("ownerEmail")).sendKeys(owner.email());
            browser.findElement(By.id("start-submit")).sendKeys(Keys.ENTER);
            waitForText(browser, "Name the partner who runs the pilot.");
            assertEquals(Long.toString(lab), browser.findElement(By.id("lab")).getAttribute("value"), "typed stays");
            assertEquals(
                    company.email(), browser.findElement(By.id("companyEmail")).getAttribute("value"));
            browser.findElement(By.id("partner")).sendKeys("Quiet Wheels Oy");
            browser.findElement(By.id("start-submit")).sendKeys(Keys.ENTER);
            waitForText(browser, "The pilot is started");
            Browser.waitForHeading(browser, labTitle);
            long pilot = Long.parseLong(browser.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
            assertTrue(
                    browser.findElement(By.id("chain-origin")).getText().contains("Living lab"),
                    browser.findElement(By.id("chain-origin")).getText());
            assertNoSeriousViolations(browser, "the pilot page");
            browser.get(url("pilots/"));
            Browser.waitForHeading(browser, "Pilots");
            assertTrue(browser.findElement(By.id("pilot-" + pilot)).getText().contains("Living lab"));
            assertNoSeriousViolations(browser, "the overview");

            // the company fills operations; a link that is no link is refused with the answers kept
            browser.manage().deleteAllCookies();
            logIn(browser, company.email(), PASSWORD);
            assertTrue(browser.findElement(By.id("my-pilots")).getText().contains(labTitle), "My Tori lists the pilot");
            browser.findElement(By.linkText(labTitle)).sendKeys(Keys.ENTER);
            Browser.waitForHeading(browser, labTitle);
            browser.findElement(By.linkText("Fill in Operations")).sendKeys(Keys.ENTER);
            var operations = PilotSectionPage.shown(browser, url(""), "1. Operations")
                    .answer(HELP_DESK, "YES")
                    .evidence(HELP_DESK, "Help desk runs weekdays 8-18")
                    .linkToEvidence(HELP_DESK, "not a link")
                    .owner(HELP_DESK, "Kaisa Courier " + stamp)
                    .answer(SERVICE_LEVELS, "PARTLY")
                    .save("A link to evidence is a web address");
            assertEquals("Help desk runs weekdays 8-18", operations.evidenceOf(HELP_DESK), "what was typed stays");
            assertNoSeriousViolations(browser, "the section form");
            operations.linkToEvidence(HELP_DESK, "https://example.org/helpdesk").save("The section is saved.");
            assertTrue(browser.findElement(By.id("section-1")).getText().contains("Help desk runs weekdays"));

            // the city's owner answers the data section: no agreement on who owns the data yet
            browser.manage().deleteAllCookies();
            logIn(browser, owner.email(), PASSWORD);
            PilotSectionPage.open(browser, url(""), pilot, 3, "3. Data")
                    .answer(DATA_OWNER, "NO")
                    .evidence(DATA_OWNER, "Draft agreement under negotiation")
                    .save("The section is saved.");
            assertTrue(browser.findElement(By.id("item-" + itemId(browser, DATA_OWNER)))
                    .getText()
                    .contains("no"));

            // staff see the gaps; scale-up without confirming them is refused, the reason kept
            browser.manage().deleteAllCookies();
            logIn(browser, staff().email(), PASSWORD);
            // the first decision puts the pilot on the roadmap; the company and the owner hear of it
            browser.get(url("pilots/staff/decide?id=" + pilot));
            Browser.waitForHeading(browser, "Decide on the pilot");
            new Select(browser.findElement(By.id("stage"))).selectByValue("RUNNING");
            browser.findElement(By.id("reason")).sendKeys("Running in Ratina");
            browser.findElement(By.id("addToRoadmap")).sendKeys(Keys.SPACE);
            browser.findElement(By.id("decide-submit")).sendKeys(Keys.ENTER);
            waitForText(browser, "The decision is recorded.");
            assertDecisionMailed(company.email(), "The pilot " + labTitle + " continues", "Running in Ratina", pilot);
            assertDecisionMailed(owner.email(), "The pilot " + labTitle + " continues", "Running in Ratina", pilot);
            browser.get(url("pilots/staff/decide?id=" + pilot));
            Browser.waitForHeading(browser, "Decide on the pilot");
            var gaps = browser.findElement(By.id("gaps")).getText();
            assertTrue(gaps.contains(DATA_OWNER) && gaps.contains(SERVICE_LEVELS), gaps);
            assertFalse(gaps.contains(HELP_DESK), "answered yes: no gap");
            assertNoSeriousViolations(browser, "the decision form");
            assertTrue(
                    browser.findElements(By.id("addToRoadmap")).isEmpty(), "on the roadmap already: not offered again");
            new Select(browser.findElement(By.id("stage"))).selectByValue("SCALED_UP");
            browser.findElement(By.id("reason")).sendKeys("Deliveries got quieter; rolled out to three districts.");
            browser.findElement(By.id("decide-submit")).sendKeys(Keys.ENTER);
            waitForText(browser, "The record has gaps");
            assertEquals(
                    "Deliveries got quieter; rolled out to three districts.",
                    browser.findElement(By.id("reason")).getAttribute("value"));
            browser.findElement(By.id("confirmGaps")).sendKeys(Keys.SPACE);
            browser.findElement(By.id("decide-submit")).sendKeys(Keys.ENTER);
            waitForText(browser, "The decision is recorded.");
            var scaled = "The pilot " + labTitle + " scales up";
            assertDecisionMailed(company.email(), scaled, "rolled out to three districts", pilot);
            assertDecisionMailed(owner.email(), scaled, "rolled out to three districts", pilot);

            // staff choose the story by its title; a title no story has is refused and stays typed
            Browser.waitForHeading(browser, labTitle);
            browser.findElement(By.linkText("Choose the success story")).sendKeys(Keys.ENTER);
            Browser.waitForHeading(browser, "The pilot's success story");
            browser.findElement(By.id("story")).sendKeys("A story nobody told " + stamp);
            browser.findElement(By.id("story-submit")).sendKeys(Keys.ENTER);
            waitForText(browser, "No published story has this title");
            assertEquals(
                    "A story nobody told " + stamp,
                    browser.findElement(By.id("story")).getAttribute("value"),
                    "what was typed stays");
            assertNoSeriousViolations(browser, "the story form");
            browser.findElement(By.id("story")).clear();
            browser.findElement(By.id("story")).sendKeys(storyTitle.toUpperCase(Locale.ROOT));
            browser.findElement(By.id("story-submit")).sendKeys(Keys.ENTER);
            waitForText(browser, "The pilot's story is saved.");
            var told = browser.findElement(By.id("chain-story")).findElement(By.linkText(storyTitle));
            assertTrue(told.getAttribute("href").endsWith("/stories/story?id=" + story), told.getAttribute("href"));

            // staff hand the pilot to another owner by name; the company is refused, the text kept
            browser.findElement(By.linkText("Change the city's owner")).sendKeys(Keys.ENTER);
            Browser.waitForHeading(browser, "The city's owner of the pilot");
            assertTrue(
                    browser.findElement(By.id("current-owner")).getText().contains("Olli Owner " + stamp),
                    browser.findElement(By.id("current-owner")).getText());
            browser.findElement(By.id("owner")).sendKeys(company.email());
            browser.findElement(By.id("owner-submit")).sendKeys(Keys.ENTER);
            waitForText(browser, "The pilot's company cannot also be its owner");
            assertEquals(company.email(), browser.findElement(By.id("owner")).getAttribute("value"));
            assertNoSeriousViolations(browser, "the owner form");
            browser.findElement(By.id("owner")).clear();
            browser.findElement(By.id("owner")).sendKeys("Nea Newowner " + stamp);
            browser.findElement(By.id("owner-submit")).sendKeys(Keys.ENTER);
            waitForText(browser, "The pilot has a new owner on the city's side.");
            browser.get(url("pilots/staff/owner?id=" + pilot));
            Browser.waitForHeading(browser, "The city's owner of the pilot");
            assertTrue(browser.findElement(By.id("current-owner")).getText().contains(newOwner.email()));

            // anyone reads the chain; nobody's name or address is on it
            browser.manage().deleteAllCookies();
            browser.get(url("pilots/pilot?id=" + pilot));
            Browser.waitForHeading(browser, labTitle);
            var chain = browser.findElement(By.id("chain")).getText();
            assertTrue(
                    chain.contains(labTitle)
                            && chain.contains("scaled up")
                            && chain.contains("rolled out to three districts")
                            && chain.contains("decided with gaps"),
                    chain);
            assertTrue(chain.contains(storyTitle), "the chain links the story: " + chain);
            var source = browser.getPageSource();
            for (var personal :
                    new String[] {company.email(), owner.email(), "Kaisa Courier", "Olli Owner", "Nea Newowner"}) {
                assertFalse(source.contains(personal), "the public page names no one: " + personal);
            }
            assertNoSeriousViolations(browser, "the public pilot page");

            // the roadmap item made with the first decision records both, and links back to the pilot
            browser.findElement(By.id("chain-roadmap"))
                    .findElement(By.linkText(labTitle))
                    .sendKeys(Keys.ENTER);
            new WebDriverWait(browser, Duration.ofSeconds(30))
                    .until(d -> d.getCurrentUrl().contains("/roadmap/item"));
            Browser.waitForHeading(browser, labTitle);
            var decisions = browser.findElement(By.id("decisions")).getText();
            assertTrue(
                    decisions.contains("Decision on the pilot " + labTitle + ": Scale up")
                            && decisions.contains("rolled out to three districts")
                            && decisions.contains("Decision on the pilot " + labTitle + ": Continue")
                            && decisions.contains("Running in Ratina"),
                    decisions);
            assertTrue(
                    browser.findElement(By.id("item-status")).getText().contains("Scaling up"),
                    browser.findElement(By.id("item-status")).getText());
            var origins = browser.findElement(By.id("origins"));
            assertTrue(origins.getText().contains("Pilot " + labTitle), origins.getText());
            assertTrue(origins.findElement(By.linkText("Pilot " + labTitle))
                    .getAttribute("href")
                    .endsWith("/pilots/pilot?id=" + pilot));
            assertNoSeriousViolations(browser, "the roadmap item");
        } finally {
            browser.quit();
        }

        var json = client().get("api/open/pilots?size=100");
        assertEquals(200, json.statusCode());
        var row = Json.parse(json.body()).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("title").equals(labTitle))
                .findFirst()
                .orElseThrow(() -> new AssertionError(json.body()));
        assertEquals("LIVING_LAB", row.getString("originKind"));
        assertEquals("SCALED_UP", row.getString("stage"));
        assertEquals("/spaces/space?id=" + lab, row.getString("originLink"));
        assertFalse(row.getBoolean("recordComplete"));
        var csv = client().get("api/open/pilots.csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body().startsWith("\"id\",\"title\",\"origin_kind\""), csv.body());
        assertTrue(csv.body().contains(labTitle), "the pilot is a CSV line");
        for (var personal :
                new String[] {company.email(), owner.email(), "Kaisa Courier", "Olli Owner", "Draft agreement"}) {
            assertFalse(json.body().contains(personal), "no personal data in JSON: " + personal);
            assertFalse(csv.body().contains(personal), "no personal data in CSV: " + personal);
        }
    }

    /** A company proposes the living lab the pilot starts from; its window runs from yesterday for twenty days. */
    private long proposeLab(Member proposer, String title) throws Exception {
        var created = proposer.client()
                .postJson(
                        "api/livinglabs",
                        """
                {"space": {"title": "%s", "summary": "Electric vans at night", "city": "Tampere", "place": "Ratina",
                           "opensAt": "%s", "submissionDeadline": "%s"},
                 "lab": {"prototype": "Silent vans", "location": "Ratina", "learningGoals": "Do people sleep better?",
                         "testerProfile": "Anyone", "capacity": 5, "questions": ["How quiet was it?"]}}
                """.formatted(
                                        title,
                                        OffsetDateTime.now().minusDays(1),
                                        OffsetDateTime.now().plusDays(20)),
                        "en");
        assertEquals(201, created.statusCode(), created.body());
        return Json.parse(created.body()).getJsonNumber("spaceId").longValue();
    }

    /** A decision mail in both parts: the reason and the link to the pilot page. */
    private static void assertDecisionMailed(String to, String subject, String reason, long pilot) throws Exception {
        var mail = MAILBOX.waitForSubject(to, subject, Duration.ofSeconds(60));
        var text = Mailbox.textPart(mail);
        var html = Mailbox.htmlPart(mail);
        assertTrue(text.contains(reason) && text.contains("/pilots/pilot?id=" + pilot), text);
        assertTrue(html.contains(reason) && html.contains("/pilots/pilot?id=" + pilot + "\""), html);
    }

    /** A success story written and published by staff through the API (the pages are another test's). */
    private long publishedStory(String title) throws Exception {
        var staff = staff().client();
        var created = staff.postJson("api/stories", """
                {"title": "%s", "lead": "Vans at night, quietly.", "body": "Neighbours slept better.",
                 "city": "Tampere", "themes": ["PEOPLE"], "valueStream": "FAMILY_WITH_CHILDREN", "investmentEur": 20000,
                 "indicators": [{"impact": "SOCIAL", "name": "Complaints", "unit": "complaints", "value": 2,
                                 "measuredOn": "2026-04-30", "source": "City"}]}
                """.formatted(title), "en");
        assertEquals(201, created.statusCode(), created.body());
        long id = Json.parse(created.body())
                .getJsonObject("summary")
                .getJsonNumber("id")
                .longValue();
        for (var step : new String[] {"SUBMIT", "PUBLISH"}) {
            var moved = staff.putJson("api/stories/" + id + "/status", "{\"step\": \"" + step + "\"}");
            assertEquals(200, moved.statusCode(), step + ": " + moved.body());
        }
        return id;
    }

    private static long itemId(WebDriver browser, String label) {
        return browser.findElements(By.cssSelector("#record li[id^=item-]")).stream()
                .filter(li -> li.getText().startsWith(label))
                .map(li -> Long.parseLong(li.getAttribute("id").substring("item-".length())))
                .findFirst()
                .orElseThrow();
    }

    private static void date(WebDriver browser, String id, LocalDate day) {
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id(id)), day.toString());
    }

    private static void assertNoSeriousViolations(WebDriver browser, String page) throws Exception {
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
