package org.tori.maturity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tori.testing.Browser;
import org.tori.testing.DeployedPortal;
import org.tori.testing.Json;
import org.tori.testing.PortalClient;
import org.tori.testing.Refusals;

/**
 * A partner city's own view: its scorecard, its maturity self-assessment kept private until shared,
 * and the comparison with peer cities that never shows fewer than three of them.
 */
class MaturityIT extends DeployedPortal {

    private static final List<String> DIMENSIONS =
            List.of("STRATEGY", "DATA", "TECHNOLOGY", "GOVERNANCE", "ENGAGEMENT");

    @Test
    void anUnsharedAssessmentNeverAppearsInPagesApiSearchOrOpenDataAndTheCityScorecardCountsItsSpaces()
            throws Exception {
        var stamp = Long.toString(System.nanoTime(), 36);
        var city = "Hiddenby" + stamp;
        var secret = "quokkamaturity" + stamp;
        var own = approvedMember("Hiddenby Partner", "CITY_PARTNER", "City of " + city, city);
        var other = approvedMember("Peerby Partner", "CITY_PARTNER", "City of Peerby" + stamp, "Peerby" + stamp);

        var saved = assess(own.client(), levels(2, 2, 2, 2, 2), secret);
        assertTrue(saved.statusCode() == 302 || saved.statusCode() == 303, saved.statusCode() + saved.body());
        var mine = own.client().get("maturity/city/").body();
        assertTrue(mine.contains(city) && mine.contains("Only our city and staff"), mine);
        long id = Long.parseLong(mine.replaceAll("(?s).*id=\"assessment-(\\d+)\".*", "$1"));

        assertFalse(other.client().get("maturity/city/").body().contains(city), "another city's page");
        assertFalse(other.client().get("maturity/").body().contains(city), "the model page");
        assertFalse(other.client().get("maturity/city/?city=" + city).body().contains(secret));
        var anonymous = client().get("maturity/city/");
        assertFalse(
                anonymous.body().contains("history-heading") || anonymous.body().contains(city), "sign in first");
        for (var path :
                List.of("api/open/maturity", "api/open/maturity/assessments.csv", "api/open/maturity/model.csv")) {
            var open = client().get(path);
            assertEquals(200, open.statusCode(), path);
            assertFalse(open.body().contains(city) || open.body().contains(secret), path + ": " + open.body());
        }
        assertFalse(client().get("api/search?q=" + secret).body().contains(city), "search");
        assertFalse(other.client().get("api/search?q=" + secret).body().contains(city), "search as a partner");
        var staff = staff().client();
        assertTrue(staff.get("maturity/city/?city=" + city).body().contains("assessment-" + id), "staff see it");

        // shared with the partner cities: the other city counts it, the public still does not see it
        var shared = own.client()
                .send(
                        new PortalClient.OpenForm("maturity/city/index", Map.of()),
                        Map.of("do", "share", "id", "" + id, "sharing", "PARTNERS"));
        assertTrue(shared.statusCode() == 302 || shared.statusCode() == 303, shared.statusCode() + shared.body());
        assertFalse(client().get("api/open/maturity").body().contains(city), "partners only");
        var refused = other.client()
                .send(
                        new PortalClient.OpenForm("maturity/city/index", Map.of()),
                        Map.of("do", "share", "id", "" + id, "sharing", "PUBLIC"));
        assertTrue(
                refused.body().contains("Only the city itself shares its assessment."), "another city cannot share it");
        own.client()
                .send(
                        new PortalClient.OpenForm("maturity/city/index", Map.of()),
                        Map.of("do", "share", "id", "" + id, "sharing", "PUBLIC"));
        var open = Json.parse(client().get("api/open/maturity").body());
        assertTrue(
                open.getJsonArray("assessments").stream()
                        .anyMatch(a -> a.asJsonObject().getString("city").equals(city)),
                "now public");
        assertTrue(client().get("api/open/maturity/assessments.csv").body().contains(city));

        // the city's own scorecard counts its spaces beside the programme's total
        var space = Json.parse(staff.postJson(
                                "api/spaces",
                                """
                        {"kind": "CONTEST", "title": "Harbour ideas %s", "summary": "Ideas for the harbour.",
                         "city": "%s", "opensAt": "%s", "submissionDeadline": "%s"}
                        """.formatted(
                                                stamp,
                                                city,
                                                OffsetDateTime.now().minusHours(1),
                                                OffsetDateTime.now().plusDays(9)),
                                "en")
                        .body())
                .getJsonObject("summary")
                .getJsonNumber("id")
                .longValue();
        assertEquals(
                200,
                staff.putJson("api/spaces/" + space + "/phase", "{\"phase\": \"OPEN\"}")
                        .statusCode());
        var card = client().get("scorecard/?city=" + city).body();
        var row = card.replaceAll("(?s).*<tr id=\"city-kpi-SPACES\">(.*?)</tr>.*", "$1");
        assertTrue(row.contains("<td class=\"city-value\">1</td>"), row);
        var total = Integer.parseInt(row.replaceAll("(?s).*<td class=\"total-value\">(\\d+)</td>.*", "$1"));
        assertTrue(total >= 1, row);
        assertEquals(404, client().get("scorecard/?city=Nowhere" + stamp).statusCode(), "an unknown city");
    }

    @Test
    void aPartnerCityAssessesItselfSharesComparesWithPeersAndOpensARecommendedPracticeFromTheGap() throws Exception {
        var stamp = Long.toString(System.nanoTime(), 36);
        var city = "Journeyby" + stamp;
        var me = approvedMember("Journeyby Partner", "CITY_PARTNER", "City of " + city, city);
        var staff = staff().client();
        var practice = "Open bus data playbook " + stamp;
        long lesson = publishedLesson(me.client(), staff, practice, city);
        // three peers shared: one of them is a level ahead in data and cites the lesson
        for (int i = 0; i < 3; i++) {
            var peerCity = "Peer" + i + "by" + stamp;
            var peer = approvedMember("Peer " + i, "CITY_PARTNER", "City of " + peerCity, peerCity);
            var answers = levels(2, i == 0 ? 3 : 1 + i, 2, 2, 2);
            answers.put("links-DATA", "/knowledge/lesson?id=" + lesson);
            var peerSaved = assess(peer.client(), answers, "peer evidence");
            assertTrue(peerSaved.statusCode() == 302 || peerSaved.statusCode() == 303, peerSaved.body());
            var page = peer.client().get("maturity/city/").body();
            long id = Long.parseLong(page.replaceAll("(?s).*id=\"assessment-(\\d+)\".*", "$1"));
            peer.client()
                    .send(
                            new PortalClient.OpenForm("maturity/city/index", Map.of()),
                            Map.of("do", "share", "id", "" + id, "sharing", "PARTNERS"));
        }

        WebDriver browser = Browser.start();
        try {
            logIn(browser, staff().email(), PASSWORD);
            browser.get(url("maturity/"));
            Browser.waitForHeading(browser, "Smart-city maturity model");
            assertTrue(
                    Browser.seriousViolations(browser).isEmpty(), "the model: " + Browser.seriousViolations(browser));
            browser.findElement(By.cssSelector("[aria-label='Edit Data 2']")).sendKeys(Keys.ENTER);
            Browser.waitForHeading(browser, "Edit a level of the maturity model");
            browser.findElement(By.id("practices")).clear();
            browser.findElement(By.id("practices")).sendKeys(lesson + "");
            browser.findElement(By.id("level-save")).sendKeys(Keys.ENTER);
            waitForText(browser, "The level is saved and the model has a new version.");

            browser.manage().deleteAllCookies();
            logIn(browser, me.email(), PASSWORD);
            browser.findElement(By.id("maturity-city-link")).sendKeys(Keys.ENTER);
            Browser.waitForHeading(browser, "Your city's maturity");
            browser.findElement(By.id("assess-link")).sendKeys(Keys.ENTER);
            Browser.waitForHeading(browser, "Assess your city");
            for (var d : DIMENSIONS) {
                new Select(browser.findElement(By.id("current-" + d))).selectByValue("2");
                new Select(browser.findElement(By.id("target-" + d))).selectByValue("3");
                browser.findElement(By.id("year-" + d))
                        .sendKeys("" + (LocalDate.now().getYear() + 2));
            }
            new Select(browser.findElement(By.id("target-DATA"))).selectByValue("1");
            browser.findElement(By.id("evidence-DATA")).sendKeys("Bus timetables are open.");
            browser.findElement(By.id("action-DATA")).sendKeys("Open the real-time bus positions");
            browser.findElement(By.id("owner-DATA")).sendKeys("Chief data officer");
            browser.findElement(By.id("assess-submit")).sendKeys(Keys.ENTER);
            waitForText(browser, "Data: The target level cannot be below the current level.");
            assertEquals(
                    "Bus timetables are open.",
                    browser.findElement(By.id("evidence-DATA")).getAttribute("value"),
                    "what was typed stays");
            assertEquals(
                    "Chief data officer",
                    browser.findElement(By.id("owner-DATA")).getAttribute("value"));
            assertTrue(Browser.seriousViolations(browser).isEmpty(), "the form: " + Browser.seriousViolations(browser));
            new Select(browser.findElement(By.id("target-DATA"))).selectByValue("3");
            browser.findElement(By.id("assess-submit")).sendKeys(Keys.ENTER);
            waitForText(browser, "The assessment is saved.");
            Browser.waitForHeading(browser, "Your city's maturity");

            var sharing = browser.findElement(By.cssSelector("#history select"));
            new Select(sharing).selectByValue("PARTNERS");
            browser.findElement(By.cssSelector("#history button")).sendKeys(Keys.ENTER);
            waitForText(browser, "The assessment's sharing was changed.");
            assertEquals(
                    "PARTNERS",
                    new Select(browser.findElement(By.cssSelector("#history select")))
                            .getFirstSelectedOption()
                            .getAttribute("value"));

            var table = browser.findElement(By.id("row-DATA")).getText();
            assertTrue(table.startsWith("Data 2 3"), table);
            var median =
                    browser.findElements(By.cssSelector("#row-DATA td")).get(2).getText();
            assertFalse(median.equals("–"), "three or more peers shared, so their median shows: " + table);
            assertTrue(browser.findElement(By.cssSelector("svg.radar")).isDisplayed());
            var gap = browser.findElement(By.id("gap-DATA")).getText();
            assertTrue(gap.contains("Cities one level ahead of you in Data") && gap.contains("Peer0by" + stamp), gap);
            assertTrue(gap.contains("Open the real-time bus positions · Chief data officer"), gap);
            assertTrue(
                    Browser.seriousViolations(browser).isEmpty(),
                    "the city page: " + Browser.seriousViolations(browser));

            browser.findElement(By.cssSelector("#gap-DATA ul li a")).sendKeys(Keys.ENTER);
            Browser.waitForHeading(browser, practice);
        } finally {
            browser.quit();
        }
    }

    private static Map<String, String> levels(int... current) {
        var values = new HashMap<String, String>();
        for (int i = 0; i < DIMENSIONS.size(); i++) {
            values.put("current-" + DIMENSIONS.get(i), "" + current[i]);
            values.put("target-" + DIMENSIONS.get(i), "" + Math.min(5, current[i] + 1));
            values.put("year-" + DIMENSIONS.get(i), "" + (LocalDate.now().getYear() + 3));
        }
        return values;
    }

    private static HttpResponse<String> assess(PortalClient city, Map<String, String> levels, String evidence)
            throws Exception {
        var values = new HashMap<>(levels);
        values.put("evidence-DATA", evidence);
        values.put("population", "100000");
        return city.send(new PortalClient.OpenForm("maturity/city/assess", Map.of()), values);
    }

    private static long publishedLesson(PortalClient city, PortalClient staff, String title, String place)
            throws Exception {
        var created = city.postJson("api/lessons", """
                {"title": "%s", "city": "%s", "organisation": "Transport", "happenedOn": "2025-05-01", "language": "en",
                 "whatHappened": "The bus data was opened.", "themes": ["PLANET"], "domain": "MOBILITY",
                 "valueStreams": ["WORKING_ADULT"], "visibility": "PUBLIC"}""".formatted(title, place), "en");
        assertEquals(201, created.statusCode(), created.body());
        long lesson = Json.parse(created.body()).getJsonNumber("id").longValue();
        assertEquals(
                200,
                city.putJson("api/lessons/" + lesson + "/status", "{\"status\": \"IN_REVIEW\"}")
                        .statusCode());
        assertEquals(
                200,
                staff.putJson("api/lessons/" + lesson + "/status", "{\"status\": \"PUBLISHED\"}")
                        .statusCode());
        return lesson;
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
