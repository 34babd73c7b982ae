package org.tori.citytocity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
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
import org.tori.testing.Refusals;

/**
 * City-to-city spaces through the API and in the browser, with partner cities of Tampere and Espoo
 * that each test registers and has approved. (The demo network's own check left with the demo
 * accounts: its members and topics are what the tests here build and check.)
 */
class CityToCityIT extends DeployedPortal {

    /** An open city-to-city space made by staff with the generic spaces API. */
    private long openSpace(PortalClient staff, String title, String summary) throws Exception {
        var created = staff.postJson("api/spaces", """
                {"kind": "CITY_TO_CITY", "title": "%s", "summary": "%s", "city": "Helsinki"}
                """.formatted(title, summary), "en");
        assertEquals(201, created.statusCode(), created.body());
        long id = Json.parse(created.body())
                .getJsonObject("summary")
                .getJsonNumber("id")
                .longValue();
        assertEquals(
                200,
                staff.putJson("api/spaces/" + id + "/phase", "{\"phase\": \"OPEN\"}")
                        .statusCode());
        return id;
    }

    /** A published public lesson from Oulu that staff recommend as practice. */
    private long practice(PortalClient staff, String title) throws Exception {
        var created = staff.postJson("api/lessons", """
                {"title": "%s", "city": "Oulu", "organisation": "City of Oulu", "happenedOn": "2024-02-01", "language": "en",
                 "whatHappened": "It worked in Oulu.", "themes": ["PEOPLE"], "domain": "ICT", "valueStreams": ["SENIOR_CITIZEN"],
                 "visibility": "PUBLIC"}""".formatted(title), "en");
        assertEquals(201, created.statusCode(), created.body());
        long id = Json.parse(created.body()).getJsonNumber("id").longValue();
        assertEquals(
                200,
                staff.putJson("api/lessons/" + id + "/status", "{\"status\": \"IN_REVIEW\"}")
                        .statusCode());
        assertEquals(
                200,
                staff.putJson("api/lessons/" + id + "/status", "{\"status\": \"PUBLISHED\"}")
                        .statusCode());
        assertEquals(
                200,
                staff.putJson("api/lessons/" + id + "/practice", "{\"practice\": true}")
                        .statusCode());
        return id;
    }

    private static String path(long space, String rest) {
        return "api/citytocity/" + space + rest;
    }

    private static long id(HttpResponse<String> created) {
        assertEquals(201, created.statusCode(), created.body());
        return Json.parse(created.body()).getJsonNumber("id").longValue();
    }

    private JsonObject overview(PortalClient who, long space) throws Exception {
        var answer = who.get(path(space, ""));
        assertEquals(200, answer.statusCode(), answer.body());
        return Json.parse(answer.body());
    }

    @Test
    void aCityPostsOnlyAfterAcceptingTheAgreementInForceAndMembersOnlyTopicsStayHidden() throws Exception {
        var tampereCity = cityPartner("Tampere Partner", "Tampere");
        var staff = staff().client();
        var tampere = tampereCity.client();
        var citizen = verifiedMember("Network Citizen").client();
        var word = "cityshare" + Long.toString(System.nanoTime(), 36);
        var secret = "hiddentopic" + Long.toString(System.nanoTime(), 36);
        var title = "Harbour cities network " + System.nanoTime();
        long space = openSpace(staff, title, "Harbour cities share: " + word);
        long lesson = practice(staff, "Shared harbour practice " + System.nanoTime());

        var noAgreement = tampere.postJson(path(space, "/acceptance"), "{}", "en");
        assertEquals(409, noAgreement.statusCode(), noAgreement.body());
        assertEquals(
                403,
                tampere.putJson(path(space, "/agreement"), "{\"text\": \"Mine\"}")
                        .statusCode(),
                "only managers publish");
        var published = staff.putJson(path(space, "/agreement"), """
                {"text": "We share **all** we learn.<script>alert(1)</script>", "visibility": "MEMBERS_ONLY"}""");
        assertEquals(200, published.statusCode(), published.body());
        assertEquals(1, Json.parse(published.body()).getInt("version"));

        var early = tampere.postJson(path(space, "/topics"), "{\"title\": \"Ports\", \"body\": \"Too early\"}", "en");
        assertEquals(403, early.statusCode(), early.body());
        assertTrue(early.headers().firstValue("Content-Type").orElse("").contains("problem+json"));
        assertEquals(
                "Accept the space's sharing agreement before your city posts.",
                Json.parse(early.body()).getString("detail"));
        assertEquals(
                403,
                citizen.postJson(path(space, "/acceptance"), "{}", "en").statusCode(),
                "only partner cities accept");
        assertEquals(
                401, client().postJson(path(space, "/acceptance"), "{}", "en").statusCode());

        var accepted = tampere.postJson(path(space, "/acceptance"), "{\"version\": 1}", "en");
        assertEquals(200, accepted.statusCode(), accepted.body());
        var mine = Json.parse(accepted.body());
        var member = mine.getJsonArray("members").getJsonObject(0);
        assertEquals("Tampere", member.getString("city"));
        assertEquals(1, member.getInt("acceptedVersion"));
        assertTrue(mine.getJsonObject("mine").getBoolean("mayPost"));
        var agreementHtml = mine.getJsonObject("agreement").getString("html");
        assertTrue(agreementHtml.contains("<strong>all</strong>") && !agreementHtml.contains("script"), agreementHtml);

        long topic = id(tampere.postJson(path(space, "/topics"), """
                {"title": "Ports and %s", "body": "Shore power <img src=x onerror=alert(1)> **works**"}""".formatted(secret), "en"));
        id(tampere.postJson(path(space, "/topics/" + topic + "/learnings"), """
                {"body": "Start small.<script>alert(2)</script>", "lessonIds": [%d]}""".formatted(lesson), "en"));
        var unknown = tampere.postJson(
                path(space, "/topics/" + topic + "/learnings"),
                "{\"body\": \"Links nothing real\", \"lessonIds\": [987654321]}",
                "en");
        assertEquals(400, unknown.statusCode(), unknown.body());
        assertTrue(unknown.body().contains("not a published public lesson"), unknown.body());
        var empty = tampere.postJson(path(space, "/topics/" + topic + "/learnings"), "{\"body\": \"  \"}", "en");
        assertEquals(400, empty.statusCode());
        assertTrue(empty.body().contains("Write the learning first."), empty.body());

        var seen = overview(tampere, space).getJsonArray("topics").getJsonObject(0);
        assertTrue(
                seen.getString("bodyHtml").contains("<strong>works</strong>")
                        && !seen.getString("bodyHtml").contains("onerror"),
                seen.getString("bodyHtml"));
        var learning = seen.getJsonArray("learnings").getJsonObject(0);
        assertFalse(learning.getString("bodyHtml").contains("script"), learning.getString("bodyHtml"));
        assertEquals(
                lesson,
                learning.getJsonArray("lessons")
                        .getJsonObject(0)
                        .getJsonNumber("id")
                        .longValue());
        assertEquals(1, overview(staff, space).getJsonArray("topics").size(), "staff read members-only topics");
        for (var outsider : List.of(client(), citizen)) {
            var view = overview(outsider, space);
            assertTrue(view.getBoolean("contentHidden"));
            assertEquals(0, view.getJsonArray("topics").size());
            assertEquals(1, view.getJsonObject("agreement").getInt("number"), "the agreement is for everyone to read");
            assertEquals(1, view.getJsonArray("members").size());
        }
        var page = client().get("spaces/space?id=" + space).body();
        assertTrue(
                page.contains("for its member cities only") && !page.contains(secret), "the page hides the topics too");

        assertEquals(
                200,
                staff.putJson(path(space, "/agreement"), "{\"text\": \"We share all we learn, naming the city.\"}")
                        .statusCode());
        var again = tampere.postJson(path(space, "/topics"), "{\"title\": \"Ferries\", \"body\": \"Next\"}", "en");
        assertEquals(403, again.statusCode(), again.body());
        assertTrue(Json.parse(again.body()).getString("detail").contains("has a new version"), again.body());
        assertTrue(overview(tampere, space).getJsonObject("mine").getBoolean("needsAcceptance"));
        assertEquals(
                409,
                tampere.postJson(path(space, "/acceptance"), "{\"version\": 1}", "en")
                        .statusCode(),
                "the old version");
        assertEquals(
                200,
                tampere.postJson(path(space, "/acceptance"), "{\"version\": 2}", "en")
                        .statusCode());
        id(tampere.postJson(path(space, "/topics"), "{\"title\": \"Ferries\", \"body\": \"Next\"}", "en"));
        var old = client().get(path(space, "/agreement/1"));
        assertEquals(200, old.statusCode());
        assertTrue(old.body().contains("<strong>all</strong>"), "version 1 stays readable");

        assertTrue(
                client().get("api/spaces?kind=CITY_TO_CITY&size=100").body().contains(title), "listed under its kind");
        String found = "";
        for (int i = 0; i < 80 && !found.contains(title); i++) {
            Thread.sleep(250);
            found = client().get("api/search?type=space&q=" + word).body();
        }
        assertTrue(found.contains(title), "the space is searchable: " + found);
        assertFalse(
                client().get("api/search?q=" + secret).body().contains(title),
                "members-only topics are not searchable");
    }

    @Test
    void aPracticeIsAdoptedOncePerCityAndCountsInTheReuseFigure() throws Exception {
        var tampereCity = cityPartner("Tampere Partner", "Tampere");
        var staff = staff().client();
        var tampere = tampereCity.client();
        long space = openSpace(staff, "Snow cities network " + System.nanoTime(), "Winter maintenance shared");
        long lesson = practice(staff, "Snow plough routes " + System.nanoTime());
        long other = practice(staff, "Unlinked practice " + System.nanoTime());
        assertEquals(
                200,
                staff.putJson(path(space, "/agreement"), "{\"text\": \"Share.\", \"visibility\": \"PUBLIC\"}")
                        .statusCode());
        assertEquals(
                200, tampere.postJson(path(space, "/acceptance"), "{}", "en").statusCode());
        long topic = id(tampere.postJson(path(space, "/topics"), "{\"title\": \"Snow\", \"body\": \"Ploughs\"}", "en"));
        id(tampere.postJson(
                path(space, "/topics/" + topic + "/learnings"),
                "{\"body\": \"Routes as open data\", \"lessonIds\": [%d]}".formatted(lesson),
                "en"));
        var before = reuse();

        var adopted = tampere.postJson(path(space, "/adoptions"), "{\"lessonId\": %d}".formatted(lesson), "en");
        assertEquals(201, adopted.statusCode(), adopted.body());
        assertTrue(Json.parse(adopted.body()).getBoolean("adoptedByMyCity"));
        var twice = tampere.postJson(path(space, "/adoptions"), "{\"lessonId\": %d}".formatted(lesson), "en");
        assertEquals(409, twice.statusCode(), twice.body());
        assertEquals(
                "Your city has already adopted this practice.",
                Json.parse(twice.body()).getString("detail"));
        assertEquals(
                404,
                tampere.postJson(path(space, "/adoptions"), "{\"lessonId\": %d}".formatted(other), "en")
                        .statusCode(),
                "only practices linked in the space");
        assertEquals(
                403,
                verifiedMember("Network Citizen")
                        .client()
                        .postJson(path(space, "/adoptions"), "{\"lessonId\": %d}".formatted(lesson), "en")
                        .statusCode());

        var detail = Json.parse(client().get("api/lessons/" + lesson).body());
        assertEquals(1, detail.getInt("adoptionCount"), "the knowledge base's one record per city");
        assertEquals(
                "Tampere", detail.getJsonArray("adoptions").getJsonObject(0).getString("city"));
        assertEquals(before.add(BigDecimal.ONE), reuse(), "the re-use KPI counts it");
        var linked = overview(client(), space)
                .getJsonArray("topics")
                .getJsonObject(0)
                .getJsonArray("learnings")
                .getJsonObject(0)
                .getJsonArray("lessons")
                .getJsonObject(0);
        assertEquals(1, linked.getInt("adoptionCount"));
    }

    @Test
    void staffHideALearningWithAReasonEveryoneSees() throws Exception {
        var tampereCity = cityPartner("Tampere Partner", "Tampere");
        var staff = staff().client();
        var tampere = tampereCity.client();
        long space = openSpace(staff, "Moderated cities network " + System.nanoTime(), "Moderation");
        assertEquals(
                200,
                staff.putJson(path(space, "/agreement"), "{\"text\": \"Share.\", \"visibility\": \"PUBLIC\"}")
                        .statusCode());
        assertEquals(
                200, tampere.postJson(path(space, "/acceptance"), "{}", "en").statusCode());
        long topic =
                id(tampere.postJson(path(space, "/topics"), "{\"title\": \"Budgets\", \"body\": \"Costs\"}", "en"));
        long learning = id(tampere.postJson(
                path(space, "/topics/" + topic + "/learnings"),
                "{\"body\": \"The supplier's price list was 12 300 euros\"}",
                "en"));
        var moderation = path(space, "/learnings/" + learning + "/moderation");
        assertEquals(
                403,
                tampere.putJson(moderation, "{\"hidden\": true, \"reason\": \"Mine\"}")
                        .statusCode());
        var noReason = staff.putJson(moderation, "{\"hidden\": true}");
        assertEquals(400, noReason.statusCode());
        assertTrue(noReason.body().contains("everyone sees the reason"), noReason.body());
        assertEquals(
                204,
                staff.putJson(moderation, "{\"hidden\": true, \"reason\": \"A supplier's business secret\"}")
                        .statusCode());

        var hidden = overview(client(), space)
                .getJsonArray("topics")
                .getJsonObject(0)
                .getJsonArray("learnings")
                .getJsonObject(0);
        assertFalse(hidden.containsKey("bodyHtml") && !hidden.isNull("bodyHtml"), "the text is withheld: " + hidden);
        assertEquals("A supplier's business secret", hidden.getString("hiddenReason"));
        assertFalse(client().get("spaces/space?id=" + space).body().contains("12 300 euros"));
        assertTrue(
                overview(staff, space)
                        .getJsonArray("topics")
                        .getJsonObject(0)
                        .getJsonArray("learnings")
                        .getJsonObject(0)
                        .getString("bodyHtml")
                        .contains("12 300 euros"),
                "staff still read it");
        assertEquals(204, staff.putJson(moderation, "{\"hidden\": false}").statusCode());
        assertTrue(client().get(path(space, "")).body().contains("12 300 euros"), "shown again");
    }

    private BigDecimal reuse() throws Exception {
        return Json.parse("{\"v\":" + client().get("api/scorecard").body() + "}")
                .getJsonArray("v")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(k -> k.getString("kpi").equals("PRACTICES_ADOPTED"))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("value")
                .bigDecimalValue();
    }

    @Test
    void aPartnerCityAcceptsTheAgreementPostsALearningAndMarksAPracticeAdopted() throws Exception {
        var espooCity = cityPartner("Espoo Partner", "Espoo");
        var tampereCity = cityPartner("Tampere Partner", "Tampere");
        var staff = staff().client();
        var tampere = tampereCity.client();
        var title = "Indoor air cities " + System.nanoTime();
        long space = openSpace(staff, title, "Cities share indoor air pilots");
        var practiceTitle = "Indoor air dashboards " + System.nanoTime();
        long lesson = practice(staff, practiceTitle);
        assertEquals(
                200,
                staff.putJson(
                                path(space, "/agreement"),
                                "{\"text\": \"We share our **indoor air** pilots.\", \"visibility\": \"MEMBERS_ONLY\"}")
                        .statusCode());
        assertEquals(
                200, tampere.postJson(path(space, "/acceptance"), "{}", "en").statusCode());
        long topic = id(tampere.postJson(
                path(space, "/topics"), "{\"title\": \"Sensors in schools\", \"body\": \"What worked?\"}", "en"));
        long tampereLearning = id(tampere.postJson(
                path(space, "/topics/" + topic + "/learnings"),
                "{\"body\": \"Teachers read the dashboard.\", \"lessonIds\": [%d]}".formatted(lesson),
                "en"));

        WebDriver browser = Browser.start();
        try {
            logIn(browser, espooCity.email());
            browser.get(url("spaces/space?id=" + space));
            Browser.waitForHeading(browser, title);
            assertTrue(browser.findElement(By.id("agreement-text")).getText().contains("indoor air"));
            assertTrue(browser.findElement(By.id("topics-hidden")).isDisplayed(), "no topics before joining");
            var violations = Browser.seriousViolations(browser);
            assertTrue(violations.isEmpty(), "the agreement on the space page: " + violations);
            browser.findElement(By.id("agree")).sendKeys(Keys.SPACE);
            browser.findElement(By.id("accept-submit")).sendKeys(Keys.ENTER);
            waitForText(browser, "Welcome: your city accepted the agreement");
            assertTrue(browser.findElement(By.id("c2c-members")).getText().contains("Espoo"));

            browser.findElement(By.id("learning-body-" + topic))
                    .sendKeys("Espoo shows the same data to teachers and caretakers.");
            var form = browser.findElement(By.id("learning-form-" + topic));
            labelled(form, "Find a lesson by its title").sendKeys(practiceTitle.toLowerCase(Locale.ROOT));
            labelled(form, "Find a lesson by its title").sendKeys(Keys.ENTER);
            new WebDriverWait(browser, Duration.ofSeconds(30))
                    .ignoring(org.openqa.selenium.WebDriverException.class)
                    .until(d -> !d.findElements(By.xpath("//h5[normalize-space()='Lessons found']"))
                            .isEmpty());
            form = browser.findElement(By.id("learning-form-" + topic));
            assertEquals(
                    "Espoo shows the same data to teachers and caretakers.",
                    labelled(form, "Your city").getAttribute("value"),
                    "the learning stays while searching");
            var found = form.findElement(By.xpath(".//ul[@aria-labelledby='learning-found-heading-" + topic + "']"))
                    .getText();
            assertTrue(
                    found.contains(practiceTitle) && !found.matches("(?s).*\\b" + lesson + "\\b.*"),
                    "found by title, no number: " + found);
            violations = Browser.seriousViolations(browser);
            assertTrue(violations.isEmpty(), "the lesson picker: " + violations);
            Refusals.click(
                    browser, form.findElement(By.xpath(".//button[normalize-space()='Link " + practiceTitle + "']")));
            new WebDriverWait(browser, Duration.ofSeconds(30))
                    .ignoring(org.openqa.selenium.WebDriverException.class)
                    .until(d -> d.findElement(By.id("learning-linked-" + topic))
                            .getText()
                            .contains(practiceTitle));
            form = browser.findElement(By.id("learning-form-" + topic));
            assertFalse(
                    form.findElements(By.xpath(".//button[normalize-space()='Remove " + practiceTitle + "']"))
                            .isEmpty(),
                    "a chosen lesson can be removed by its title");
            Refusals.click(browser, form.findElement(By.xpath(".//button[normalize-space()='Post learning']")));
            waitForText(browser, "The learning is posted");
            assertTrue(browser.findElement(By.id("topic-" + topic)).getText().contains("Espoo shows the same data"));

            browser.findElement(By.id("adopt-" + tampereLearning + "-" + lesson))
                    .sendKeys(Keys.ENTER);
            waitForText(browser, "Recorded: your city adopted the practice");
            var linked = browser.findElement(By.id("linked-" + tampereLearning + "-" + lesson))
                    .getText();
            assertTrue(linked.contains("Adopted by our city") && linked.contains("cities that adopted it: 1"), linked);
            violations = Browser.seriousViolations(browser);
            assertTrue(violations.isEmpty(), "the network with topics and learnings: " + violations);
        } finally {
            browser.quit();
        }
        var detail = Json.parse(client().get("api/lessons/" + lesson).body());
        assertEquals("Espoo", detail.getJsonArray("adoptions").getJsonObject(0).getString("city"));
        var mail = MAILBOX.waitForSubject(
                tampereCity.email(), "Espoo shared a learning in " + title, Duration.ofSeconds(60));
        assertTrue(Mailbox.textPart(mail).contains("Espoo shows the same data"), "the other member city is told");
    }

    @Test
    void aRefusedLearningIsExplainedOnTheSpacePageAndItsTextStaysInTheForm() throws Exception {
        var tampereCity = cityPartner("Tampere Partner", "Tampere");
        var staff = staff().client();
        var tampere = tampereCity.client();
        var title = "Snow cities " + System.nanoTime();
        long space = openSpace(staff, title, "Cities share snow ploughing pilots");
        assertEquals(
                200,
                staff.putJson(path(space, "/agreement"), "{\"text\": \"We share.\", \"visibility\": \"MEMBERS_ONLY\"}")
                        .statusCode());
        assertEquals(
                200, tampere.postJson(path(space, "/acceptance"), "{}", "en").statusCode());
        long topic = id(tampere.postJson(
                path(space, "/topics"), "{\"title\": \"Ploughing order\", \"body\": \"Who first?\"}", "en"));
        var text = "Tampere ploughs bus routes first, then the school paths; the rest waits a day.";

        WebDriver browser = Browser.start();
        try {
            logIn(browser, tampereCity.email());
            browser.get(url("spaces/space?id=" + space));
            Browser.waitForHeading(browser, title);
            browser.findElement(By.id("learning-body-" + topic)).sendKeys(text);
            browser.findElement(By.id("learning-find-" + topic)).sendKeys("the Oulu one");
            Refusals.click(browser, browser.findElement(By.id("learning-search-" + topic)));
            Refusals.assertRefusedWith(browser, "No published public lesson has those words in its title.");
            assertEquals(
                    text,
                    browser.findElement(By.id("learning-body-" + topic)).getAttribute("value"),
                    "the text is still there");
            assertEquals(
                    "the Oulu one",
                    browser.findElement(By.id("learning-find-" + topic)).getAttribute("value"));

            browser.get(url("spaces/space?id=" + space));
            Browser.waitForHeading(browser, title);
            browser.findElement(By.id("topic-title")).sendKeys("Salt or sand");
            Refusals.withoutBrowserChecks(browser);
            Refusals.click(browser, browser.findElement(By.id("topic-submit")));
            new WebDriverWait(browser, Duration.ofSeconds(30))
                    .ignoring(org.openqa.selenium.WebDriverException.class)
                    .until(d ->
                            !d.findElements(By.cssSelector(".message-error")).isEmpty());
            assertFalse(browser.findElement(By.tagName("body")).getText().contains("Something went wrong"));
            assertEquals(
                    "Salt or sand", browser.findElement(By.id("topic-title")).getAttribute("value"));
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

    /** The field inside a form that a label names. */
    private static org.openqa.selenium.WebElement labelled(org.openqa.selenium.WebElement form, String label) {
        var found = form.findElement(By.xpath(".//label[starts-with(normalize-space(), '%s')]".formatted(label)));
        return form.findElement(By.id(found.getAttribute("for")));
    }
}
