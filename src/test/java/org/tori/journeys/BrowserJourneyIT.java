package org.tori.journeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tori.testing.LessonFixtures.lessonJson;
import static org.tori.testing.LessonFixtures.publishedLesson;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tori.testing.Browser;
import org.tori.testing.DeployedPortal;
import org.tori.testing.Json;
import org.tori.testing.Mailbox;
import org.tori.testing.Portal;
import org.tori.testing.Refusals;
import org.tori.testing.pages.LogInPage;
import org.tori.testing.pages.MyToriPage;
import org.tori.testing.pages.SpacePage;
import org.tori.testing.pages.SpacesPage;

/**
 * Whole user stories in a real Chromium against the deployed portal. Buttons and links are
 * worked with the keyboard, as keyboard users do; that also keeps the tests clear of mouse clicks
 * landing on a page that is still settling.
 */
class BrowserJourneyIT extends DeployedPortal {

    private WebDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.start();
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void aCitizenRegistersVerifiesLogsInAndSeesTheirProfile() throws Exception {
        var email = Portal.uniqueEmail("journey");
        browser.get(url("accounts/register"));
        browser.findElement(By.id("name")).sendKeys("Journey Citizen");
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("input[type=radio][value=CITIZEN]")).sendKeys(Keys.SPACE);
        browser.findElement(By.id("submit")).sendKeys(Keys.ENTER);
        Browser.waitForHeading(browser, "Check your e-mail");

        browser.get(url(Mailbox.linkPath(MAILBOX.waitFor(email, Duration.ofSeconds(30)))));
        assertTrue(browser.findElement(By.id("verify-result")).getText().contains("confirmed"));

        browser.get(url("accounts/login"));
        // a reader of the log-in page has no session (public pages are stateless); if one exists, log-in replaces it
        var cookieBefore = browser.manage().getCookieNamed("JSESSIONID");
        var sessionBefore = cookieBefore == null ? null : cookieBefore.getValue();
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.id("submit")).sendKeys(Keys.ENTER);

        Browser.waitForHeading(browser, "My Tori");
        assertTrue(
                browser.findElement(By.id("my-spaces")).getText().contains("You have not joined any space yet"),
                "a newcomer is told what to do");
        browser.findElement(By.id("menu-profile")).sendKeys(Keys.ENTER);
        Browser.waitForHeading(browser, "My profile");
        assertEquals(
                "Journey Citizen", browser.findElement(By.id("profile-name")).getText());
        var sessionAfter = browser.manage().getCookieNamed("JSESSIONID");
        assertNotNull(sessionAfter, "a signed-in member has a session");
        assertNotEquals(sessionBefore, sessionAfter.getValue(), "the session id changes on log-in");
        assertEquals(email, browser.findElement(By.id("profile-email")).getText());
        assertEquals("Citizen", browser.findElement(By.id("profile-role")).getText());
    }

    @Test
    void aRegistrationWithMissingFieldsShowsFieldMessagesAndKeepsWhatWasTyped() {
        browser.get(url("accounts/register"));
        browser.findElement(By.id("name")).sendKeys("Half Filled");
        browser.findElement(By.cssSelector("input[type=radio][value=COMPANY]")).sendKeys(Keys.SPACE);
        browser.findElement(By.id("submit")).sendKeys(Keys.ENTER);

        waitForText("This field is required.");
        assertEquals("Half Filled", browser.findElement(By.id("name")).getAttribute("value"));
    }

    @Test
    void theLanguageSwitchTurnsThePageFinnish() {
        browser.get(url(""));
        assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
        browser.findElement(By.cssSelector("a[hreflang=fi]")).sendKeys(Keys.ENTER);

        assertEquals("fi", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals("Luo tili", browser.findElement(By.linkText("Luo tili")).getText());
        browser.get(url("accounts/login"));
        assertEquals("Kirjaudu", browser.findElement(By.tagName("h1")).getText(), "the choice is remembered");
    }

    @Test
    void aStaffPageAnswersACitizenWith403() throws Exception {
        var email = Portal.uniqueEmail("nosy");
        var api = HttpClient.newHttpClient();
        api.send(
                HttpRequest.newBuilder(URI.create(url("api/accounts")))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("""
                        {"name": "Nosy Citizen", "email": "%s", "password": "%s", "role": "CITIZEN"}
                        """.formatted(email, PASSWORD)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        browser.get(url(Mailbox.linkPath(MAILBOX.waitFor(email, Duration.ofSeconds(30)))));
        browser.get(url("accounts/login"));
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.id("submit")).sendKeys(Keys.ENTER);
        Browser.waitForHeading(browser, "My Tori");

        browser.get(url("staff/"));
        Browser.waitForHeading(browser, "Not allowed");

        var cookies = browser.manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        var status = api.send(
                        HttpRequest.newBuilder(URI.create(url("staff/")))
                                .header("Cookie", cookies)
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
        assertEquals(403, status);
    }

    @Test
    void aPartnerCityFindsAHackathonByItsFiltersAndJoinsIt() throws Exception {
        var city = "Filterby" + Long.toString(System.nanoTime(), 36);
        var hackathon = "Events app hackathon " + city;
        var contest = "Smart parcel terminals " + city;
        visitorSpace("HACKATHON", hackathon, city);
        visitorSpace("CONTEST", contest, city);
        var partner = cityPartner("Tampere city partner", "Tampere");
        logIn(partner.email(), PASSWORD);

        var spaces = SpacesPage.open(browser, url(""))
                .choose("Kind", "HACKATHON")
                .choose("Value stream", "VISITOR")
                .type("City", city)
                .show();
        assertTrue(spaces.text().contains(hackathon), spaces.text());
        assertFalse(spaces.text().contains(contest), "contests are filtered out");

        var space = spaces.openSpace(hackathon);
        int before = space.participants();
        space.join();
        assertEquals(before + 1, space.participants());
        assertTrue(space.offersToLeave());

        space.comment("Can we use the <library> venues data too?");
        assertTrue(
                space.discussion().contains("Can we use the <library> venues data too?"),
                "shown as written, not as markup: " + space.discussion());
        assertTrue(space.discussion().contains("Tampere city partner"), space.discussion());
    }

    /** A space for visitors that this class's staff create in the given city and open. */
    private long visitorSpace(String kind, String title, String city) throws Exception {
        var staff = staff().client();
        var created = staff.postJson(
                "api/spaces",
                """
                {"kind": "%s", "title": "%s", "summary": "For visitors.", "city": "%s", "valueStreams": ["VISITOR"],
                 "opensAt": "%s", "submissionDeadline": "%s"}""".formatted(
                                kind,
                                title,
                                city,
                                OffsetDateTime.now().plusMinutes(10),
                                OffsetDateTime.now().plusDays(10)),
                "en");
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

    @Test
    void aCaptainDeclinesAJoinRequestTheTeamCardListsPeopleAndSkillsAndChipsGoByKeyboard() throws Exception {
        var staff = staff().client();
        var opens = OffsetDateTime.now().plusDays(1);
        long hackathon = Json.parse(staff.postJson("api/spaces", """
                {"kind": "HACKATHON", "title": "School yard sensors hackathon", "summary": "Measure the yards.",
                 "opensAt": "%s", "submissionDeadline": "%s"}""".formatted(opens, opens.plusDays(10)), "en")
                        .body())
                .getJsonObject("summary")
                .getJsonNumber("id")
                .longValue();
        assertEquals(
                200,
                staff.putJson("api/spaces/" + hackathon + "/phase", "{\"phase\": \"OPEN\"}")
                        .statusCode());
        var page = "spaces/space?id=" + hackathon;
        var captain = verifiedMember("Captain Crab");
        var mate = verifiedMember("Mate Mole");
        var teamName = "Sensors " + captain.id();

        logIn(captain.email(), PASSWORD);
        browser.get(url(page));
        press(By.id("join"));
        waitForText("You have joined the space.");
        browser.findElement(By.id("team-name")).sendKeys(teamName);
        press(By.id("team-create"));
        waitForText("you are its captain");

        // the mate's skills: typed and kept with Enter, one removed with the keyboard on its own button
        browser.manage().deleteAllCookies();
        logIn(mate.email(), PASSWORD);
        browser.get(url("accounts/profile"));
        browser.findElement(By.id("skills")).sendKeys("early education, user testing" + Keys.ENTER);
        waitForText("Your profile has been saved.");
        browser.findElement(By.id("skills")).sendKeys("knitting" + Keys.ENTER);
        waitForText("Your profile has been saved.");
        assertEquals(List.of("early education", "knitting", "user testing"), chips());
        var remove = browser.findElement(By.cssSelector("#skills-chips [aria-label='Remove skill knitting']"));
        assertTrue(Set.of("button", "input").contains(remove.getTagName()), "a real button: " + remove.getTagName());
        remove.sendKeys(Keys.SPACE);
        waitForText("Removed the skill \"knitting\". Save to keep the change.");
        var violations = Browser.seriousViolations(browser);
        assertTrue(violations.isEmpty(), "the profile: " + violations);
        press(By.id("save"));
        waitForText("Your profile has been saved.");
        browser.get(url("accounts/profile"));
        assertEquals(List.of("early education", "user testing"), chips());

        // the mate goes on the board, leaves it and is told, then asks to join the team
        browser.get(url(page));
        press(By.id("join"));
        waitForText("You have joined the space.");
        press(By.id("board-link"));
        Browser.waitForHeading(browser, "Looking for a team");
        browser.findElement(By.id("pitch")).sendKeys("I test with pupils.");
        press(By.id("look"));
        waitForText("You are on the board");
        press(By.id("stop-looking"));
        waitForText("You have left the board: your post is removed and teams no longer see you.");
        assertTrue(browser.findElements(By.id("stop-looking")).isEmpty(), "off the board");
        askToJoin(teamName);

        // the captain declines; the mate is told by mail
        browser.manage().deleteAllCookies();
        logIn(captain.email(), PASSWORD);
        browser.get(url(page));
        team(teamName)
                .findElement(By.cssSelector("[aria-label='Decline Mate Mole']"))
                .sendKeys(Keys.ENTER);
        waitForText("The request has been declined");
        assertFalse(
                team(teamName).getText().contains("Mate Mole"), team(teamName).getText());
        var mail = MAILBOX.waitForSubject(mate.email(), "Team " + teamName + ": not this time", Duration.ofSeconds(30));
        assertTrue(
                Mailbox.textPart(mail).contains("Captain Crab declined your request to join the team " + teamName),
                Mailbox.textPart(mail));
        assertTrue(Mailbox.htmlPart(mail).contains("declined your request"), "html part too");

        // asked again and approved: the card lists its members and skills, no brackets or trailing commas
        browser.manage().deleteAllCookies();
        logIn(mate.email(), PASSWORD);
        browser.get(url("spaces/board?id=" + hackathon));
        askToJoin(teamName);
        browser.manage().deleteAllCookies();
        logIn(captain.email(), PASSWORD);
        browser.get(url(page));
        press(By.cssSelector("li.team button[value=approve]"));
        waitForText("The team has a new member.");
        var card = team(teamName);
        assertEquals(List.of("Captain Crab (captain)", "Mate Mole"), texts(card, "ul.members li"));
        assertEquals(List.of("early education", "user testing"), texts(card, "ul.tags li"));
        assertFalse(card.getText().contains("["), card.getText());
        violations = Browser.seriousViolations(browser);
        assertTrue(violations.isEmpty(), "the teams: " + violations);
    }

    private List<String> chips() {
        return browser.findElements(By.cssSelector("#skills-chips li span")).stream()
                .map(e -> e.getText())
                .toList();
    }

    private void askToJoin(String teamName) {
        var open = browser.findElements(By.cssSelector("li.open-team")).stream()
                .filter(li -> li.getText().contains(teamName))
                .findFirst()
                .orElseThrow();
        open.findElement(By.cssSelector("button[value=request]")).sendKeys(Keys.ENTER);
        waitForText("Your request has been sent to the captain.");
    }

    private org.openqa.selenium.WebElement team(String teamName) {
        return browser.findElements(By.cssSelector("li.team")).stream()
                .filter(li -> li.getText().contains(teamName))
                .findFirst()
                .orElseThrow();
    }

    private static List<String> texts(org.openqa.selenium.WebElement in, String css) {
        return in.findElements(By.cssSelector(css)).stream()
                .map(e -> e.getText().strip())
                .toList();
    }

    private MyToriPage logIn(String email, String password) {
        return LogInPage.open(browser, url("")).logIn(email, password);
    }

    private void waitForText(String text) {
        // a page being replaced answers with stale or detached nodes for a moment: ask again
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> d.findElement(By.tagName("main")).getText().contains(text));
    }

    @Test
    void anEntrantSubmitsAJurorScoresAndTheWinnerIsShownWithItsPilot() throws Exception {
        var staff = staff().client();
        var opens = OffsetDateTime.now().minusDays(1);
        var title = "IoT guide contest " + Long.toString(System.nanoTime(), 36);
        var juror = cityPartner("Tampere city partner", "Tampere");
        var created = Json.parse(staff.postJson("api/spaces", """
                {"kind": "CONTEST", "title": "%s", "summary": "A guide to the city's IoT networks.",
                 "opensAt": "%s", "submissionDeadline": "%s"}""".formatted(title, opens, opens.plusDays(10)), "en")
                .body());
        long space = created.getJsonObject("summary").getJsonNumber("id").longValue();
        var criteria = Json.parse("{\"c\":"
                        + staff.putJson(
                                        "api/spaces/" + space + "/judging/criteria",
                                        "[{\"name\": \"Usefulness\", \"weight\": 2}, {\"name\": \"Clarity\", \"weight\": 1}]")
                                .body()
                        + "}")
                .getJsonArray("c");
        staff.putJson("api/spaces/" + space + "/phase", "{\"phase\": \"OPEN\"}");
        staff.postJson("api/spaces/" + space + "/judging/jurors", "{\"email\": \"" + juror.email() + "\"}", "en");

        var email = Portal.uniqueEmail("entrant");
        client().register("Entrant", email, PASSWORD);
        client().get(Mailbox.linkPath(MAILBOX.waitFor(email, Duration.ofSeconds(30))));
        logIn(email, PASSWORD);
        browser.get(url("spaces/space?id=" + space));
        browser.findElement(By.id("entry-title")).sendKeys("LoRa map for citizens");
        browser.findElement(By.id("entry-solution")).sendKeys("A map of gateways with a how-to for each.");
        var answers = browser.findElements(By.cssSelector("textarea[name^=answer-]"));
        assertEquals(criteria.size(), answers.size(), "one question per criterion the jury scores");
        for (var answer : answers) {
            answer.sendKeys("Answered for the jury");
        }
        var deck = Files.createTempFile("lora-deck", ".pdf");
        Files.writeString(deck, "%PDF-1.4\n% LoRa deck\n");
        browser.findElement(By.id("entry-files")).sendKeys(deck.toAbsolutePath().toString());
        browser.findElement(By.id("entry-submit")).sendKeys(Keys.ENTER);
        waitForText("Your entry has been submitted.");
        assertTrue(
                browser.findElement(By.id("my-attachments"))
                        .getText()
                        .contains(deck.getFileName().toString()),
                "the entrant sees the file on their entry");
        Files.delete(deck);

        staff.putJson("api/spaces/" + space + "/phase", "{\"phase\": \"SCREENING\"}");
        staff.putJson("api/spaces/" + space + "/phase", "{\"phase\": \"JUDGING\"}");
        browser.manage().deleteAllCookies();
        var myTori = logIn(juror.email(), PASSWORD);
        assertEquals(
                "0 of 1 entries scored", myTori.juryProgress(title), "the juror lands on My Tori and sees the duty");
        var sheet = myTori.scoreEntriesOf(title);
        assertEquals(criteria.size(), sheet.criteria(), "one field per criterion");
        sheet.scoreFirstEntry(9, 6);
        assertEquals("9", sheet.pointsOfFirstEntry().get(0));
        assertEquals("1 of 1 entries scored", sheet.toMyTori().juryProgress(title));

        // the organiser follows the jury on the judging page
        browser.manage().deleteAllCookies();
        logIn(staff().email(), PASSWORD);
        browser.get(url("spaces/space?id=" + space));
        browser.findElement(By.id("judging-manage-link")).sendKeys(Keys.ENTER);
        Browser.waitForHeading(browser, "Judging");
        var progress = browser.findElement(By.id("juror-progress")).getText();
        assertTrue(progress.contains("Tampere city partner") && progress.contains("1"), progress);
        assertTrue(browser.findElement(By.id("ranking")).getText().contains("LoRa map for citizens"));
        assertTrue(
                browser.findElement(By.id("export-link")).getAttribute("href").endsWith("/judging/export"));
        var violations = Browser.seriousViolations(browser);
        assertTrue(violations.isEmpty(), "the judging page: " + violations);

        staff.putJson("api/spaces/" + space + "/phase", "{\"phase\": \"RESULTS\"}");
        var entry = Json.parse("{\"r\":"
                        + staff.get("api/spaces/" + space + "/judging/results").body() + "}")
                .getJsonArray("r")
                .getJsonObject(0)
                .getJsonNumber("entryId")
                .longValue();
        assertEquals(
                201,
                staff.postJson(
                                "api/spaces/" + space + "/judging/results/" + entry + "/pilot",
                                "{\"partner\": \"Tampere IoT team\", \"budgetEur\": 15000, \"startsOn\": \"2027-03-01\"}",
                                "en")
                        .statusCode());

        browser.manage().deleteAllCookies();
        browser.get(url("spaces/space?id=" + space));
        var results = browser.findElement(By.id("results-heading"))
                .findElement(By.xpath(".."))
                .getText();
        assertTrue(results.contains("LoRa map for citizens") && results.contains("Winner"), results);
        assertTrue(results.contains("8.00"), "(9*2+6)/3 = 8: " + results);
        assertTrue(results.contains("Tampere IoT team"), results);
    }

    @Test
    void twoCitizensMeetOnTheBoardFormATeamAndSubmitTheirConcept() throws Exception {
        var staff = staff().client();
        // opens tomorrow: a hackathon past its opening date is moved to SUBMISSION by the phase clock's next minute
        var opens = OffsetDateTime.now().plusDays(1);
        long hackathon = Json.parse(staff.postJson("api/spaces", """
                {"kind": "HACKATHON", "title": "Tram stop data hackathon", "summary": "Make the tram stops talk.",
                 "opensAt": "%s", "submissionDeadline": "%s"}""".formatted(opens, opens.plusDays(10)), "en")
                        .body())
                .getJsonObject("summary")
                .getJsonNumber("id")
                .longValue();
        assertEquals(
                200,
                staff.putJson("api/spaces/" + hackathon + "/phase", "{\"phase\": \"OPEN\"}")
                        .statusCode());
        var page = "spaces/space?id=" + hackathon;
        var captain = verifiedMember("Captain Cat");
        var mate = verifiedMember("Mate Mouse");
        var teamName = "Robots " + captain.id();

        logIn(captain.email(), PASSWORD);
        browser.get(url(page));
        browser.findElement(By.id("join")).sendKeys(Keys.ENTER);
        waitForText("You have joined the space.");
        browser.findElement(By.id("team-name")).sendKeys(teamName);
        browser.findElement(By.id("team-create")).sendKeys(Keys.ENTER);
        waitForText("you are its captain");

        browser.manage().deleteAllCookies();
        logIn(mate.email(), PASSWORD);
        browser.get(url(page));
        browser.findElement(By.id("join")).sendKeys(Keys.ENTER);
        waitForText("You have joined the space.");
        browser.findElement(By.id("board-link")).sendKeys(Keys.ENTER);
        Browser.waitForHeading(browser, "Looking for a team");
        browser.findElement(By.id("pitch")).sendKeys("I design interfaces and test them with residents.");
        browser.findElement(By.id("look")).sendKeys(Keys.ENTER);
        waitForText("You are on the board");
        var violations = Browser.seriousViolations(browser);
        assertTrue(violations.isEmpty(), "the board: " + violations);
        var team = browser.findElements(By.cssSelector("li.open-team")).stream()
                .filter(li -> li.getText().contains(teamName))
                .findFirst()
                .orElseThrow();
        team.findElement(By.cssSelector("button[value=request]")).sendKeys(Keys.ENTER);
        waitForText("Your request has been sent to the captain.");

        browser.manage().deleteAllCookies();
        logIn(captain.email(), PASSWORD);
        browser.get(url(page));
        var mine = browser.findElements(By.cssSelector("li.team")).stream()
                .filter(li -> li.getText().contains(teamName))
                .findFirst()
                .orElseThrow();
        assertTrue(mine.getText().contains("Mate Mouse"), "the request shows who asks: " + mine.getText());
        mine.findElement(By.cssSelector("button[value=approve]")).sendKeys(Keys.ENTER);
        waitForText("The team has a new member.");
        var formed = browser.findElements(By.cssSelector("li.team")).stream()
                .filter(li -> li.getText().contains(teamName))
                .findFirst()
                .orElseThrow()
                .getText();
        assertTrue(formed.contains("(2/5)") && formed.contains("Captain Cat") && formed.contains("Mate Mouse"), formed);

        // submission opens: the mate submits the concept for the whole team, the captain sees it as the team's
        assertEquals(
                200,
                staff.putJson("api/spaces/" + hackathon + "/phase", "{\"phase\": \"SUBMISSION\"}")
                        .statusCode());
        browser.manage().deleteAllCookies();
        logIn(mate.email(), PASSWORD);
        browser.get(url(page));
        assertTrue(
                browser.findElement(By.tagName("main")).getText().contains(teamName),
                "the form says which team submits");
        browser.findElement(By.id("entry-title")).sendKeys("Stops that announce delays");
        browser.findElement(By.id("entry-problem")).sendKeys("Riders wait without knowing.");
        browser.findElement(By.id("entry-submit")).sendKeys(Keys.ENTER);
        waitForText("Your entry has been submitted.");
        browser.manage().deleteAllCookies();
        logIn(captain.email(), PASSWORD);
        browser.get(url(page));
        var entry = browser.findElement(By.id("my-entry-title")).getText();
        assertTrue(
                entry.contains("Stops that announce delays") && entry.contains(teamName),
                "one concept per team: " + entry);
        assertTrue(browser.findElements(By.id("entry-submit")).isEmpty(), "the captain cannot send a second concept");
    }

    @Test
    void homeRegisterAndLoginPagesHaveNoSeriousAccessibilityViolations() throws Exception {
        for (var page : new String[] {"", "accounts/register", "accounts/login", "search/?q=robot", "spaces/"}) {
            browser.get(url(page));
            var violations = Browser.seriousViolations(browser);
            assertTrue(violations.isEmpty(), "/" + page + ": " + violations);
        }
    }

    @Test
    void aClaimedPartnerCityWaitsForStaffWhoRefuseOnlyWithAReasonAndThenApprove() throws Exception {
        // a lesson for partner cities only, which the claimant may read once approved
        var word = "etakotihoito" + Long.toString(System.nanoTime(), 36);
        var lesson = "Asiakkaan omaiset mukaan " + word;
        var staff = staff().client();
        publishedLesson(staff, staff, lessonJson(lesson, "Tampere", "PEOPLE", "PARTNERS", null));
        for (int i = 0; i < 120 && !staff.get("api/search?q=" + word).body().contains(lesson); i++) {
            Thread.sleep(250);
        }
        var name = "Helsinki Partner " + Long.toString(System.nanoTime(), 36);
        var email = Portal.uniqueEmail("claimed-partner");
        browser.get(url("accounts/register"));
        assertTrue(
                browser.findElement(By.id("role-approval")).getText().contains("approval"),
                "the page says staff approve");
        browser.findElement(By.id("name")).sendKeys(name);
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("input[type=radio][value=CITY_PARTNER]"))
                .sendKeys(Keys.SPACE);
        browser.findElement(By.id("city")).sendKeys("Helsinki");
        browser.findElement(By.id("submit")).sendKeys(Keys.ENTER);
        Browser.waitForHeading(browser, "Check your e-mail");
        assertTrue(browser.findElement(By.id("awaiting-approval")).getText().contains("programme staff for approval"));
        browser.get(url(Mailbox.linkPath(MAILBOX.waitFor(email, Duration.ofSeconds(30)))));
        logIn(email, PASSWORD);
        assertTrue(
                browser.findElement(By.id("me-role-request")).getText().contains("waiting for approval"),
                "My Tori says the request waits");
        browser.get(url("accounts/profile"));
        assertEquals("Citizen", browser.findElement(By.id("profile-role")).getText());
        assertTrue(browser.findElement(By.id("role-request")).getText().contains("waiting for approval"));
        browser.get(url("search/?q=" + word));
        assertFalse(browser.findElement(By.tagName("main")).getText().contains(lesson), "no partners-only lesson yet");

        browser.manage().deleteAllCookies();
        logIn(staff().email(), PASSWORD);
        browser.get(url("staff/"));
        var link = browser.findElement(By.id("role-requests-link"));
        assertTrue(link.getText().matches("Role requests \\([1-9][0-9]*\\)"), link.getText());
        link.sendKeys(Keys.ENTER);
        Browser.waitForHeading(browser, "Role requests");
        assertTrue(
                Browser.seriousViolations(browser).isEmpty(), "requests page: " + Browser.seriousViolations(browser));
        browser.findElement(By.linkText(name)).sendKeys(Keys.ENTER);
        Browser.waitForHeading(browser, "Role request");
        var city = browser.findElement(By.id("city"));
        city.clear();
        city.sendKeys("Helsingfors");
        browser.findElement(By.id("refuse")).sendKeys(Keys.ENTER);
        waitForText("Give a reason for the refusal");
        assertEquals("Helsingfors", browser.findElement(By.id("city")).getAttribute("value"), "what staff typed stays");
        assertEquals(
                "Waiting for a decision",
                browser.findElement(By.id("request-state")).getText());
        assertTrue(Browser.seriousViolations(browser).isEmpty(), "request page: " + Browser.seriousViolations(browser));
        browser.findElement(By.id("submit")).sendKeys(Keys.ENTER);
        waitForText("is now approved");
        assertEquals("Approved", browser.findElement(By.id("request-state")).getText());

        var answer = MAILBOX.waitForSubject(email, "You are approved as Partner city on Tori", Duration.ofSeconds(30));
        assertTrue(Mailbox.textPart(answer).contains("Helsingfors"), Mailbox.textPart(answer));
        browser.manage().deleteAllCookies();
        logIn(email, PASSWORD);
        assertTrue(browser.findElements(By.id("me-role-request")).isEmpty(), "an approved request no longer waits");
        browser.get(url("accounts/profile"));
        assertEquals("Partner city", browser.findElement(By.id("profile-role")).getText());
        assertTrue(browser.findElement(By.id("role-request")).getText().contains("has been approved"));
        browser.get(url("search/?q=" + word));
        waitForText(lesson);
    }

    /** Fills a date field as a person picks a day (Chromium's date input takes the ISO day by script). */
    private void day(String id, LocalDate date) {
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id(id)), date.toString());
    }

    private void press(By button) {
        browser.findElement(button).sendKeys(Keys.ENTER);
    }

    private void moveOn(long space, String phaseName) {
        browser.get(url("spaces/space?id=" + space));
        press(By.id("move"));
        waitForText("The space has moved to its next phase.");
        assertTrue(browser.findElement(By.tagName("main")).getText().contains(phaseName), phaseName);
    }

    @Test
    void aJurorScoresAContestInJudgingAndSeesTheScores() throws Exception {
        var staff = staff().client();
        var title = "Smart parcel terminals " + Long.toString(System.nanoTime(), 36);
        var opens = OffsetDateTime.now().minusDays(1);
        long space = Json.parse(staff.postJson(
                                "api/spaces", """
                        {"kind": "CONTEST", "title": "%s", "summary": "Parcel terminals.", "opensAt": "%s",
                         "submissionDeadline": "%s", "resultsAt": "%s"}""".formatted(title, opens, opens.plusDays(10), opens.plusDays(20)), "en")
                        .body())
                .getJsonObject("summary")
                .getJsonNumber("id")
                .longValue();
        var criteria =
                staff.putJson("api/spaces/" + space + "/judging/criteria", "[{\"name\": \"Impact\", \"weight\": 2}]");
        assertEquals(200, criteria.statusCode(), criteria.body());
        long criterion = Json.parse("{\"c\":" + criteria.body() + "}")
                .getJsonArray("c")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        assertEquals(
                200,
                staff.putJson("api/spaces/" + space + "/phase", "{\"phase\": \"OPEN\"}")
                        .statusCode());
        var company = company("Parcel Company", "Parcelbox Oy");
        var entered = company.client()
                .postJson(
                        "api/spaces/" + space + "/entries",
                        "{\"title\": \"Parcel robot\", \"answers\": {\"" + criterion + "\": \"Fewer vans\"}}",
                        "en");
        assertEquals(201, entered.statusCode(), entered.body());
        var juror = cityPartner("Tampere city partner", "Tampere");
        staff.postJson("api/spaces/" + space + "/judging/jurors", "{\"email\": \"" + juror.email() + "\"}", "en");
        for (var phase : new String[] {"SCREENING", "JUDGING"}) {
            assertEquals(
                    200,
                    staff.putJson("api/spaces/" + space + "/phase", "{\"phase\": \"" + phase + "\"}")
                            .statusCode());
        }

        logIn(juror.email(), PASSWORD);
        var sheet = SpacePage.open(browser, url(""), space, title).scoreTheEntries();
        assertTrue(sheet.deadline().matches("(?s).*\\d{4}-\\d{2}-\\d{2}.*"), "the juror sees the jury's deadline");
        sheet.scoreFirstEntry(7);
        assertFalse(sheet.text().contains("only while the space is judging"));
        assertEquals(List.of("7"), sheet.pointsOfFirstEntry(), "the juror sees the scores given");
    }

    @Test
    void staffSetUpAContestFromThePagesAndTheEntrantIsMailedTheResults() throws Exception {
        var juror = cityPartner("Tampere city partner", "Tampere");
        var title = "Bench map contest " + System.nanoTime();
        var today = LocalDate.now(ZoneId.of("Europe/Helsinki"));
        logIn(staff().email(), PASSWORD);
        browser.get(url("spaces/manage/new"));
        Refusals.click(browser, browser.findElement(By.cssSelector("input[name=kind][value=CONTEST]")));
        browser.findElement(By.id("title")).sendKeys(title);
        browser.findElement(By.id("summary")).sendKeys("Where to sit down in the city centre.");
        day("opens", today.minusDays(1));
        day("submissionDeadline", today.plusDays(10));
        day("resultsAt", today.plusDays(20));
        Refusals.click(browser, browser.findElement(By.id("submit")));
        Browser.waitForHeading(browser, title);
        long space = Long.parseLong(browser.getCurrentUrl().replaceFirst(".*[?&]id=(\\d+).*", "$1"));

        // criteria, a juror found by search, prizes: all on the judging page
        browser.get(url("judging/manage?space=" + space));
        Browser.waitForHeading(browser, "Judging");
        browser.findElement(By.id("criterion-name")).sendKeys("Usefulness");
        browser.findElement(By.id("criterion-description")).sendKeys("Would people use it every week?");
        browser.findElement(By.id("criterion-weight")).clear();
        browser.findElement(By.id("criterion-weight")).sendKeys("0");
        Refusals.withoutBrowserChecks(browser);
        press(By.id("criterion-add"));
        waitForText("Weights are whole numbers from 1 to 100.");
        assertEquals(
                "Usefulness",
                browser.findElement(By.id("criterion-name")).getAttribute("value"),
                "what was typed stays");
        browser.findElement(By.id("criterion-weight")).clear();
        browser.findElement(By.id("criterion-weight")).sendKeys("2");
        press(By.id("criterion-add"));
        waitForText("The criterion has been added.");
        browser.findElement(By.id("criterion-name")).sendKeys("Clarity");
        new Select(browser.findElement(By.id("criterion-impact"))).selectByValue("SOCIAL");
        press(By.id("criterion-add"));
        waitForText("The criterion has been added.");
        assertTrue(
                browser.findElement(By.id("weight-sum")).getText().endsWith("3"),
                browser.findElement(By.id("weight-sum")).getText());
        browser.findElement(By.id("juror-q")).sendKeys(juror.email());
        press(By.id("juror-search"));
        waitForText("Tampere city partner");
        press(By.cssSelector("#juror-found button"));
        waitForText("The juror has been appointed");
        assertTrue(browser.findElement(By.id("jurors")).getText().contains(juror.email()));
        browser.findElement(By.id("prize-name")).sendKeys("Winner");
        browser.findElement(By.id("prize-place")).sendKeys("1");
        browser.findElement(By.id("prize-amount")).sendKeys("2 000");
        press(By.id("prize-add"));
        waitForText("The prize category has been added.");
        browser.findElement(By.id("prize-name")).sendKeys("Runner-up");
        browser.findElement(By.id("prize-place")).sendKeys("2");
        browser.findElement(By.id("prize-description")).sendKeys("Three months of mentoring");
        press(By.id("prize-add"));
        waitForText("The prize category has been added.");
        var prizes = browser.findElement(By.id("prizes")).getText();
        assertTrue(prizes.contains("2000") && prizes.contains("Three months of mentoring"), prizes);
        var violations = Browser.seriousViolations(browser);
        assertTrue(violations.isEmpty(), "the judging set-up: " + violations);
        moveOn(space, "Open");

        // a citizen enters
        var email = Portal.uniqueEmail("bench-entrant");
        client().register("Bench entrant", email, PASSWORD);
        client().get(Mailbox.linkPath(MAILBOX.waitFor(email, Duration.ofSeconds(30))));
        browser.manage().deleteAllCookies();
        logIn(email, PASSWORD);
        browser.get(url("spaces/space?id=" + space));
        browser.findElement(By.id("entry-title")).sendKeys("Benches on the map");
        browser.findElement(By.id("entry-solution"))
                .sendKeys("Every public bench on the city map, with shade and a backrest marked.");
        for (var answer : browser.findElements(By.cssSelector("textarea[name^=answer-]"))) {
            answer.sendKeys("Answered for the jury");
        }
        press(By.id("entry-submit"));
        waitForText("Your entry has been submitted.");

        // staff screen the entry and open the judging
        browser.manage().deleteAllCookies();
        logIn(staff().email(), PASSWORD);
        moveOn(space, "Screening");
        browser.get(url("spaces/manage/entries?id=" + space));
        press(By.cssSelector("button[id^=screen-]"));
        waitForText("The screening decision has been saved.");
        moveOn(space, "Judging");
        browser.get(url("judging/manage?space=" + space));
        assertTrue(
                browser.findElement(By.id("criteria-lock")).getText().contains("earlier scores unfair"),
                "the lock says why");
        assertTrue(
                browser.findElements(By.id("criterion-add")).isEmpty(), "no criterion is added once the jury scores");

        // the juror scores
        browser.manage().deleteAllCookies();
        logIn(juror.email(), PASSWORD);
        browser.get(url("spaces/space?id=" + space));
        press(By.id("score-link"));
        Browser.waitForHeading(browser, "Score sheet");
        assertTrue(browser.findElement(By.id("jury-deadline"))
                .getText()
                .contains(today.plusDays(20).toString()));
        var fields = browser.findElements(By.cssSelector("input[type=number]"));
        fields.get(0).sendKeys("9");
        fields.get(1).sendKeys("6");
        press(By.cssSelector("button[name=entry]"));
        waitForText("Your scores have been saved.");

        // staff publish the results, confirming who is mailed
        browser.manage().deleteAllCookies();
        logIn(staff().email(), PASSWORD);
        browser.get(url("spaces/space?id=" + space));
        var confirm = browser.findElement(By.cssSelector("label[for=confirm-results]"))
                .getText();
        assertTrue(confirm.contains("to 1 members") || confirm.matches("(?s).*\\b[1-9]\\d* members.*"), confirm);
        Refusals.withoutBrowserChecks(browser);
        press(By.id("move"));
        waitForText("Tick the confirmation first");
        Refusals.click(browser, browser.findElement(By.id("confirm-results")));
        press(By.id("move"));
        waitForText("The space has moved to its next phase.");
        var results = browser.findElement(By.id("results-heading"))
                .findElement(By.xpath(".."))
                .getText();
        assertTrue(
                results.contains("Benches on the map") && results.contains("Winner") && results.contains("8.00"),
                results);

        // the entrant, who never joined the space, is mailed the results
        var deadline = Instant.now().plusSeconds(60);
        String mailed = null;
        while (mailed == null && Instant.now().isBefore(deadline)) {
            for (var mail : MAILBOX.to(email)) {
                var text = Mailbox.textPart(mail);
                if (text.contains("have been published") && text.contains(title)) {
                    mailed = text;
                }
            }
            Thread.sleep(500);
        }
        assertTrue(mailed != null, "the entrant receives the results mail");

        // staff offer the winner a pilot and move it to scaled up, on the results
        browser.get(url("spaces/space?id=" + space));
        var offer = browser.findElement(By.cssSelector("form.follow-up-form"));
        offer.findElement(By.cssSelector("input[name=pilot-partner]")).sendKeys("City parks unit");
        offer.findElement(By.cssSelector("input[name=pilot-budget]")).sendKeys("12 000");
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript(
                        "arguments[0].value = arguments[1]",
                        offer.findElement(By.cssSelector("input[name=pilot-starts]")),
                        today.plusMonths(1).toString());
        offer.findElement(By.cssSelector("button[name=pilot-op]")).sendKeys(Keys.ENTER);
        waitForText("The follow-up has been offered");
        var move = browser.findElement(By.cssSelector("form.follow-up-form"));
        new Select(move.findElement(By.cssSelector("select[name=pilot-stage]"))).selectByValue("RUNNING");
        move.findElement(By.cssSelector("button[name=pilot-op]")).sendKeys(Keys.ENTER);
        waitForText("The follow-up has moved on.");
        move = browser.findElement(By.cssSelector("form.follow-up-form"));
        new Select(move.findElement(By.cssSelector("select[name=pilot-stage]"))).selectByValue("SCALED_UP");
        move.findElement(By.cssSelector("button[name=pilot-op]")).sendKeys(Keys.ENTER);
        waitForText("Write what came of it");
        move = browser.findElement(By.cssSelector("form.follow-up-form"));
        new Select(move.findElement(By.cssSelector("select[name=pilot-stage]"))).selectByValue("SCALED_UP");
        move.findElement(By.cssSelector("textarea[name=pilot-outcome]")).sendKeys("Benches mapped in all districts.");
        move.findElement(By.cssSelector("button[name=pilot-op]")).sendKeys(Keys.ENTER);
        // nobody filled the readiness record: scaling up anyway is a confirmed decision, and the form says so
        waitForText("tick the confirmation to scale up anyway");
        move = browser.findElement(By.cssSelector("form.follow-up-form"));
        new Select(move.findElement(By.cssSelector("select[name=pilot-stage]"))).selectByValue("SCALED_UP");
        assertEquals(
                "Benches mapped in all districts.",
                move.findElement(By.cssSelector("textarea[name=pilot-outcome]")).getAttribute("value"),
                "the outcome typed is still there");
        move.findElement(By.xpath(".//label[normalize-space()='Scale up even though the readiness record has gaps']"))
                .click();
        move.findElement(By.cssSelector("button[name=pilot-op]")).sendKeys(Keys.ENTER);
        waitForText("The follow-up has moved on.");
        violations = Browser.seriousViolations(browser);
        assertTrue(violations.isEmpty(), "the results with the follow-up forms: " + violations);

        // anyone sees the chain on the space page: entry, winner, prize, pilot, scale-up and its outcome
        browser.manage().deleteAllCookies();
        browser.get(url("spaces/space?id=" + space));
        var chain = browser.findElement(By.id("results-heading"))
                .findElement(By.xpath(".."))
                .getText();
        for (var part : List.of(
                "Benches on the map",
                "Winner",
                "City parks unit",
                "12000",
                "scaled up",
                "Benches mapped in all districts.")) {
            assertTrue(chain.contains(part), part + " in " + chain);
        }
        assertTrue(
                browser.findElements(By.cssSelector("form.follow-up-form")).isEmpty(),
                "the public sees no follow-up forms");
    }

    @Test
    void aCitizenSeesAnOpenSpaceOnTheHomePageJoinsItAndFindsItOnMyTori() throws Exception {
        var staff = staff().client();
        var title = "Harbour sensors hackathon " + Long.toString(System.nanoTime(), 36);
        var now = OffsetDateTime.now();
        long hackathon = Json.parse(
                        staff.postJson("api/spaces", """
                {"kind": "HACKATHON", "title": "%s", "summary": "Sensors that tell when the harbour is busy.",
                 "opensAt": "%s", "submissionDeadline": "%s"}""".formatted(title, now.minusDays(1), now.plusHours(3)), "en")
                                .body())
                .getJsonObject("summary")
                .getJsonNumber("id")
                .longValue();
        assertEquals(
                200,
                staff.putJson("api/spaces/" + hackathon + "/phase", "{\"phase\": \"OPEN\"}")
                        .statusCode());
        var citizen = verifiedMember("Home Visitor");

        logIn(citizen.email(), PASSWORD);
        assertTrue(Browser.seriousViolations(browser).isEmpty(), "/me: " + Browser.seriousViolations(browser));
        browser.findElement(By.cssSelector("a.brand")).sendKeys(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(d -> !d.findElements(By.id("open-spaces")).isEmpty());
        var card = browser.findElements(By.cssSelector("#open-spaces li.open-space")).stream()
                .filter(li -> li.getText().contains(title))
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        browser.findElement(By.id("open-spaces")).getText()));
        assertTrue(card.getText().contains("Closes today") || card.getText().contains("1 day left"), card.getText());
        assertTrue(Browser.seriousViolations(browser).isEmpty(), "/: " + Browser.seriousViolations(browser));
        card.findElement(By.linkText(title)).sendKeys(Keys.ENTER);
        Browser.waitForHeading(browser, title);
        browser.findElement(By.id("join")).sendKeys(Keys.ENTER);
        waitForText("You have joined the space.");

        browser.findElement(By.id("menu-me")).sendKeys(Keys.ENTER);
        Browser.waitForHeading(browser, "My Tori");
        var mine = browser.findElement(By.id("my-spaces")).getText();
        assertTrue(mine.contains(title) && mine.contains("Submissions close"), mine);
        browser.findElement(By.id("my-spaces")).findElement(By.linkText(title)).sendKeys(Keys.ENTER);
        Browser.waitForHeading(browser, title);
    }

    @Test
    void aPartnerCityFindsTheLessonStaffReturnedWithTheNoteOnMyTori() throws Exception {
        var staff = staff().client();
        var city = approvedMember("Lahti Partner", "CITY_PARTNER", "City of Lahti", "Lahti");
        var title = "Shared e-bikes for home care " + Long.toString(System.nanoTime(), 36);
        var created = city.client().postJson("api/lessons", """
                {"title": "%s", "city": "Lahti", "organisation": "Home care", "happenedOn": "2025-05-01", "language": "en",
                 "whatHappened": "Nurses rode e-bikes between visits.", "themes": ["PEOPLE"], "domain": "MOBILITY",
                 "valueStreams": ["SENIOR_CITIZEN"], "visibility": "PUBLIC"}""".formatted(title), "en");
        assertEquals(201, created.statusCode(), created.body());
        long lesson = Json.parse(created.body()).getJsonNumber("id").longValue();
        assertEquals(
                200,
                city.client()
                        .putJson("api/lessons/" + lesson + "/status", "{\"status\": \"IN_REVIEW\"}")
                        .statusCode());
        assertEquals(
                200,
                staff.putJson(
                                "api/lessons/" + lesson + "/status",
                                "{\"status\": \"DRAFT\", \"note\": \"Add what the bikes cost per month.\"}")
                        .statusCode());

        logIn(city.email(), PASSWORD);
        var waiting = browser.findElement(By.id("now")).getText();
        assertTrue(waiting.contains(title) && waiting.contains("Add what the bikes cost per month."), waiting);
        var returned = browser.findElement(By.cssSelector("#my-lessons ul[data-stage=RETURNED]"))
                .getText();
        assertTrue(returned.contains(title) && returned.contains("Add what the bikes cost per month."), returned);
        assertTrue(Browser.seriousViolations(browser).isEmpty(), "/me: " + Browser.seriousViolations(browser));
        browser.findElement(By.cssSelector("#now li.lesson-returned a")).sendKeys(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(d -> d.getCurrentUrl().contains("knowledge/write?id=" + lesson));
    }

    @Test
    void staffLinkAStoryToLessonsFoundByTitleAndTheChoiceSurvivesARefusedSave() throws Exception {
        var staff = staff().client();
        var city = approvedMember("Kotka Partner", "CITY_PARTNER", "City of Kotka", "Kotka");
        var title = "Harbour sauna pilot " + Long.toString(System.nanoTime(), 36);
        var created = city.client().postJson("api/lessons", """
                {"title": "%s", "city": "Kotka", "organisation": "Harbour office", "happenedOn": "2025-06-01", "language": "en",
                 "whatHappened": "A floating sauna brought people to the harbour.", "themes": ["PEOPLE"], "domain": "MOBILITY",
                 "valueStreams": ["VISITOR"], "visibility": "PUBLIC"}""".formatted(title), "en");
        assertEquals(201, created.statusCode(), created.body());
        long lesson = Json.parse(created.body()).getJsonNumber("id").longValue();
        assertEquals(
                200,
                city.client()
                        .putJson("api/lessons/" + lesson + "/status", "{\"status\": \"IN_REVIEW\"}")
                        .statusCode());
        assertEquals(
                200,
                staff.putJson("api/lessons/" + lesson + "/status", "{\"status\": \"PUBLISHED\"}")
                        .statusCode());

        logIn(staff().email(), PASSWORD);
        browser.get(url("stories/staff/edit"));
        Browser.waitForHeading(browser, "New story");
        browser.findElement(By.id("title")).sendKeys("The harbour sauna story");
        browser.findElement(By.id("lead")).sendKeys("People came back to the harbour.");
        browser.findElement(By.id("lessonQuery")).sendKeys("no lesson is called this");
        press(By.id("lesson-search"));
        waitForText("No published lesson you may read has those words in its title.");
        browser.findElement(By.id("lessonQuery")).clear();
        browser.findElement(By.id("lessonQuery")).sendKeys("harbour SAUNA");
        press(By.id("lesson-search"));
        waitForText("Lessons found");
        press(By.cssSelector("[aria-label='Add " + title + "']"));
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> d.findElement(By.id("lessons-chosen")).getText().contains(title));
        assertTrue(
                Browser.seriousViolations(browser).isEmpty(),
                "story editor with a picked lesson: " + Browser.seriousViolations(browser));

        browser.findElement(By.id("investment")).sendKeys("lots");
        press(By.id("save"));
        waitForText("Enter a number");
        assertTrue(
                browser.findElement(By.id("lessons-chosen")).getText().contains(title),
                "the chosen lesson stays on a refused save");
        assertEquals(
                "The harbour sauna story",
                browser.findElement(By.id("title")).getAttribute("value"),
                "and so does the title");
        browser.findElement(By.id("investment")).clear();
        press(By.id("save"));
        waitForText("The story was saved.");
        assertTrue(
                browser.findElement(By.id("lessons-chosen")).getText().contains(title),
                "the saved story names its lesson by title");
        assertFalse(
                browser.findElement(By.id("lesson-picker")).getText().contains(String.valueOf(lesson) + ","),
                "no numbers to type");
    }
}
