package org.tori.livinglabs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;
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

/** Living labs through the API and in the browser: proposals, capacity and waiting list, feedback, results. */
class LivingLabsIT extends DeployedPortal {

    /** A company proposes a lab; the window runs from yesterday until the given deadline. */
    private long propose(PortalClient company, String title, String summary, int capacity, OffsetDateTime deadline)
            throws Exception {
        var created = company.postJson(
                "api/livinglabs",
                """
                {"space": {"title": "%s", "summary": "%s", "city": "Tampere", "place": "Ratina",
                           "opensAt": "%s", "submissionDeadline": "%s"},
                 "lab": {"prototype": "A phone guide <b onclick=alert(1)>for shoppers</b>", "location": "Ratina, entrance A",
                         "learningGoals": "Do people find lifts faster?", "testerProfile": "Anyone", "capacity": %d,
                         "questions": ["How easy was it?", "How clear were the directions?", "Would you use it again?"]}}
                """.formatted(title, summary, OffsetDateTime.now().minusDays(1), deadline, capacity),
                "en");
        assertEquals(201, created.statusCode(), created.body());
        return Json.parse(created.body()).getJsonNumber("spaceId").longValue();
    }

    private static String status(PortalClient member, long space) throws Exception {
        var answer = member.http("POST", "api/livinglabs/" + space + "/signup");
        assertEquals(200, answer.statusCode(), answer.body());
        return Json.parse(answer.body()).getString("status");
    }

    /**
     * The company starts the test window. The phase clock starts it too, on the minute, once the
     * opening date has passed: when its tick came first, the step finds the lab testing already.
     */
    private void moveToTesting(PortalClient company, long space) throws Exception {
        var moved = company.putJson("api/spaces/" + space + "/phase", "{\"phase\": \"TESTING\"}");
        assertTrue(
                moved.statusCode() == 200
                        || (moved.statusCode() == 409
                                && "TESTING".equals(detail(client(), space).getString("phase"))),
                moved.statusCode() + " " + moved.body());
    }

    private JsonObject detail(PortalClient viewer, long space) throws Exception {
        return Json.parse(viewer.get("api/livinglabs/" + space).body());
    }

    @Test
    void signUpsBeyondTheCapacityWaitAndAFreedPlaceGoesToTheFirstInLine() throws Exception {
        var labCompany = company("Parcelbox Oy", "Parcelbox Oy");
        var company = labCompany.client();
        var staff = staff().client();
        var title = "Parking guide lab " + System.nanoTime();
        var word = "parklabzone" + Long.toString(System.nanoTime(), 36);
        long space = propose(
                company,
                title,
                "Find a free parking place: " + word,
                2,
                OffsetDateTime.now().plusDays(10));
        assertEquals(
                403,
                company.putJson("api/spaces/" + space + "/phase", "{\"phase\": \"OPEN\"}")
                        .statusCode(),
                "only staff approve");
        var pending = staff.get("livinglabs/staff/proposals").body();
        assertTrue(pending.contains(title), "staff see the proposal");
        assertEquals(
                200,
                staff.putJson("api/spaces/" + space + "/phase", "{\"phase\": \"OPEN\"}")
                        .statusCode());

        assertTrue(client().get("api/spaces?kind=LIVING_LAB&size=100").body().contains(title), "listed under its kind");
        var page = client().get("spaces/?kind=LIVING_LAB").body();
        assertTrue(
                page.contains(title) && page.contains("Living lab / fast experiment"),
                "the list filters by the kind, by name");
        String found = null;
        for (int i = 0; i < 60 && (found == null || !found.contains(title)); i++) {
            Thread.sleep(250);
            found = client().get("search/?q=" + word).body();
        }
        assertTrue(found.contains(title), "an open lab is searchable");

        var members = new ArrayList<Member>();
        for (int i = 0; i < 4; i++) {
            members.add(verifiedMember("Lab Tester " + i));
        }
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(4);
        var tasks = new ArrayList<Callable<String>>();
        members.forEach(m -> tasks.add(() -> {
            start.await();
            return status(m.client(), space);
        }));
        var futures = tasks.stream().map(pool::submit).toList();
        start.countDown();
        var statuses = new HashMap<Long, String>();
        for (int i = 0; i < 4; i++) {
            statuses.put(members.get(i).id(), futures.get(i).get());
        }
        pool.shutdown();
        assertEquals(
                2, statuses.values().stream().filter("TESTER"::equals).count(), "never over the capacity: " + statuses);
        var lab = detail(client(), space);
        assertEquals(2, lab.getInt("testers"));
        assertEquals(2, lab.getInt("waiting"));
        var shown = client().get("spaces/space?id=" + space).body();
        assertTrue(
                shown.contains("&lt;b onclick") && !shown.contains("<b onclick"), "plain text is escaped on the page");

        Map<Integer, Member> inLine = new HashMap<>();
        var testers = new ArrayList<Member>();
        for (var m : members) {
            var mine = detail(m.client(), space);
            if ("WAITING".equals(mine.getString("status"))) {
                inLine.put(mine.getInt("waitingPosition"), m);
            } else {
                testers.add(m);
            }
        }
        assertEquals(List.of(1, 2), inLine.keySet().stream().sorted().toList());
        assertEquals("TESTER", status(testers.get(0).client(), space), "signing up again changes nothing");

        assertEquals(
                204,
                testers.get(0)
                        .client()
                        .http("DELETE", "api/livinglabs/" + space + "/signup")
                        .statusCode());
        assertEquals(
                "TESTER", detail(inLine.get(1).client(), space).getString("status"), "the first in line got the place");
        assertEquals(1, detail(inLine.get(2).client(), space).getInt("waitingPosition"));
        var mail = MAILBOX.waitForSubject(
                inLine.get(1).email(), "You got a tester place in " + title, Duration.ofSeconds(60));
        assertTrue(Mailbox.textPart(mail).contains("/spaces/space?id=" + space), Mailbox.textPart(mail));
        assertTrue(Mailbox.htmlPart(mail).contains("it is now yours"));

        assertEquals(
                409,
                testers.get(1)
                        .client()
                        .http("PUT", "api/spaces/" + space + "/participants/me")
                        .statusCode(),
                "no one-click join");
        assertEquals(
                204,
                testers.get(1)
                        .client()
                        .http("DELETE", "api/spaces/" + space + "/participants/me")
                        .statusCode());
        assertEquals(
                "TESTER",
                detail(inLine.get(2).client(), space).getString("status"),
                "leaving through the spaces route frees the place for the next in line too");
        lab = detail(client(), space);
        assertEquals(2, lab.getInt("testers"));
        assertEquals(0, lab.getInt("waiting"));
        assertEquals(
                2,
                Json.parse(client().get("api/spaces/" + space).body())
                        .getJsonObject("summary")
                        .getInt("participants"));
        var notSigned = testers.get(0).client().http("DELETE", "api/livinglabs/" + space + "/signup");
        assertEquals(409, notSigned.statusCode(), notSigned.body());
    }

    @Test
    void feedbackComesOnlyFromTestersInTheWindowAndTheCompanySeesItAggregated() throws Exception {
        var labCompany = company("Parcelbox Oy", "Parcelbox Oy");
        var company = labCompany.client();
        var staff = staff().client();
        var t1 = verifiedMember("Kiosk Tester One");
        var t2 = verifiedMember("Kiosk Tester Two");
        var t3 = verifiedMember("Kiosk Tester Three");
        var waiting = verifiedMember("Kiosk Waiting");
        var stranger = verifiedMember("Kiosk Stranger");
        var deadline = OffsetDateTime.now().plusSeconds(30).truncatedTo(ChronoUnit.SECONDS);
        var title = "Kiosk feedback lab " + System.nanoTime();
        long space = propose(company, title, "Rate the kiosk", 3, deadline);
        var early = company.putJson("api/spaces/" + space + "/phase", "{\"phase\": \"OPEN\"}");
        assertEquals(403, early.statusCode(), early.body());
        assertEquals(
                200,
                staff.putJson("api/spaces/" + space + "/phase", "{\"phase\": \"OPEN\"}")
                        .statusCode());
        for (var t : List.of(t1, t2, t3)) {
            assertEquals("TESTER", status(t.client(), space));
        }
        assertEquals("WAITING", status(waiting.client(), space));
        var path = "api/livinglabs/" + space + "/feedback";

        if ("OPEN".equals(detail(client(), space).getString("phase"))) {
            var beforeTesting = t1.client().putJson(path, "{\"ratings\": [3, 3, 3]}");
            if (beforeTesting.statusCode() == 409) {
                assertTrue(
                        Json.parse(beforeTesting.body()).getString("detail").contains("only during the test window"));
                // the phase clock moves it within a minute; the company need not wait
                moveToTesting(company, space);
            } else {
                // the phase clock's minute came between the look above and the rating: the lab is
                // testing, and the rating counts (t1 edits it below)
                assertEquals(204, beforeTesting.statusCode(), beforeTesting.body());
            }
        }
        assertEquals("TESTING", detail(client(), space).getString("phase"));
        var fromStranger = stranger.client().putJson(path, "{\"ratings\": [5, 5, 5]}");
        assertEquals(403, fromStranger.statusCode(), fromStranger.body());
        assertTrue(Json.parse(fromStranger.body())
                .getString("detail")
                .contains("Only the experiment's signed-up testers"));
        assertEquals(
                403,
                waiting.client().putJson(path, "{\"ratings\": [5, 5, 5]}").statusCode(),
                "the waiting list does not rate");
        assertEquals(401, client().putJson(path, "{\"ratings\": [5, 5, 5]}").statusCode());
        var outOfScale = t1.client().putJson(path, "{\"ratings\": [6, 3, 3]}");
        assertEquals(400, outOfScale.statusCode(), outOfScale.body());
        assertEquals(400, t1.client().putJson(path, "{\"ratings\": [3, 3]}").statusCode(), "every question");

        assertEquals(
                204,
                t1.client()
                        .putJson(path, "{\"ratings\": [1, 1, 1], \"worked\": \"first try\"}")
                        .statusCode());
        assertEquals(204, t1.client().putJson(path, """
                {"ratings": [5, 4, 2], "worked": "**Lifts** were easy <script>alert(1)</script>",
                 "didNot": "<img src=x onerror=alert(1)>Too quiet"}""").statusCode());
        assertEquals(
                204,
                t2.client()
                        .putJson(path, "{\"ratings\": [4, 3, 2], \"didNot\": \"Lost the signal\"}")
                        .statusCode());
        assertEquals(204, t3.client().putJson(path, "{\"ratings\": [2, 3, 2]}").statusCode());
        assertEquals(
                List.of(5, 4, 2),
                Json.parse(t1.client().get(path).body()).getJsonArray("ratings").getValuesAs(JsonNumber.class).stream()
                        .map(JsonNumber::intValue)
                        .toList(),
                "edited, not doubled");

        assertEquals(
                403, t1.client().get("api/livinglabs/" + space + "/results").statusCode(), "a citizen sees no results");
        assertEquals(401, client().get("api/livinglabs/" + space + "/results").statusCode());
        assertEquals(200, staff.get("api/livinglabs/" + space + "/results").statusCode());
        var results =
                Json.parse(company.get("api/livinglabs/" + space + "/results").body());
        assertEquals(3, results.getInt("feedbackCount"));
        var questions = results.getJsonArray("questions").getValuesAs(JsonObject.class);
        assertEquals(
                "3.67",
                questions.get(0).getJsonNumber("average").bigDecimalValue().toPlainString());
        assertEquals(3, questions.get(0).getInt("count"));
        assertEquals(
                "[0,1,0,1,1]", questions.get(0).getJsonArray("distribution").toString());
        assertEquals(
                "3.33",
                questions.get(1).getJsonNumber("average").bigDecimalValue().toPlainString());
        assertEquals(
                "2.00",
                questions.get(2).getJsonNumber("average").bigDecimalValue().toPlainString());
        assertEquals(
                "[0,3,0,0,0]", questions.get(2).getJsonArray("distribution").toString());
        var comments = results.getJsonArray("comments").toString();
        assertTrue(comments.contains("<strong>Lifts</strong>") && comments.contains("Lost the signal"), comments);
        assertFalse(comments.contains("<script") || comments.contains("onerror"), "sanitised: " + comments);

        var noSummary = company.putJson("api/spaces/" + space + "/phase", "{\"phase\": \"RESULTS\"}");
        assertEquals(409, noSummary.statusCode(), noSummary.body());
        assertTrue(Json.parse(noSummary.body()).getString("detail").contains("summary"), noSummary.body());

        while (!OffsetDateTime.now().isAfter(deadline.plusSeconds(1))) {
            Thread.sleep(250);
        }
        var late = t2.client().putJson(path, "{\"ratings\": [5, 5, 5]}");
        assertEquals(409, late.statusCode(), "after the window: " + late.body());
        assertTrue(Json.parse(late.body()).getString("detail").contains("only during the test window"));

        var published = company.postJson(
                "api/livinglabs/" + space + "/summary",
                "{\"summary\": \"People found **lifts** faster. <script>alert(1)</script>\"}",
                "en");
        assertEquals(200, published.statusCode(), published.body());
        assertEquals("RESULTS", Json.parse(published.body()).getString("phase"));
        var lab = detail(client(), space);
        assertTrue(lab.getString("summaryHtml").contains("<strong>lifts</strong>")
                && !lab.getString("summaryHtml").contains("script"));
        assertEquals(
                "RESULTS",
                Json.parse(client().get("api/spaces/" + space).body())
                        .getJsonObject("summary")
                        .getString("phase"));

        assertEquals(
                403, t1.client().get("livinglabs/manage/results?id=" + space).statusCode(), "the results page neither");
        var drafted = staff.send(
                new PortalClient.OpenForm("livinglabs/manage/results?id=" + space, Map.of()), Map.of("op", "lesson"));
        var location = drafted.headers().firstValue("Location").orElse("");
        assertTrue(location.contains("/knowledge/write?id="), drafted.statusCode() + " " + location);
        var lesson = Json.parse(staff.get("api/lessons/" + location.substring(location.indexOf("id=") + 3))
                .body());
        assertEquals("DRAFT", lesson.getString("status"));
        var data = lesson.getJsonObject("lesson");
        assertTrue(data.getString("whatHappened").startsWith("People found **lifts** faster."), data.toString());
        assertTrue(data.getString("whatDidNot").contains("Lost the signal"), data.toString());
        assertEquals(space, data.getJsonNumber("spaceId").longValue());
    }

    @Test
    void staffReturnAProposalWithANoteAndTheCompanyRevisesIt() throws Exception {
        var labCompany = company("Parcelbox Oy", "Parcelbox Oy");
        var company = labCompany.client();
        var staff = staff().client();
        var title = "Returned lab " + System.nanoTime();
        long space = propose(
                company, title, "Needs more places", 2, OffsetDateTime.now().plusDays(10));
        assertEquals(404, client().get("api/livinglabs/" + space).statusCode(), "a proposal is not public");
        assertEquals(
                403,
                company.postJson("api/livinglabs/" + space + "/return", "{\"note\": \"me\"}", "en")
                        .statusCode());
        var blank = staff.postJson("api/livinglabs/" + space + "/return", "{\"note\": \" \"}", "en");
        assertEquals(400, blank.statusCode(), blank.body());
        assertEquals(
                204,
                staff.postJson(
                                "api/livinglabs/" + space + "/return",
                                "{\"note\": \"Twenty testers at least, please.\"}",
                                "en")
                        .statusCode());
        assertEquals(
                "Twenty testers at least, please.",
                detail(company, space).getString("returnNote"),
                "the company reads the note");
        var ownPage = company.get("spaces/space?id=" + space);
        assertEquals(200, ownPage.statusCode());
        assertTrue(
                ownPage.body().contains("Twenty testers at least, please.")
                        && ownPage.body().strip().endsWith("</html>"),
                "the company's own proposal page shows the note, whole");
        assertEquals(404, client().get("spaces/space?id=" + space).statusCode(), "others do not see a proposal");

        var form = company.get("livinglabs/manage/propose?id=" + space).body();
        assertTrue(form.contains("Ratina, entrance A") && form.contains("How clear were the directions?"), "prefilled");
        var revised = company.send(
                new PortalClient.OpenForm("livinglabs/manage/propose?id=" + space, Map.of()),
                Map.ofEntries(
                        Map.entry("title", title),
                        Map.entry("summary", "Now with twenty places"),
                        Map.entry("city", "Tampere"),
                        Map.entry("prototype", "A phone guide"),
                        Map.entry("location", "Ratina, entrance A"),
                        Map.entry("learningGoals", "Do people find lifts faster?"),
                        Map.entry("capacity", "20"),
                        Map.entry("opensAt", "2030-05-01T10:00"),
                        Map.entry("closesAt", "2030-05-15T18:00"),
                        Map.entry("q0", "How easy was it?"),
                        Map.entry("q2", "Would you use it again?")));
        assertEquals(302, revised.statusCode(), revised.body());
        var lab = detail(company, space);
        assertEquals(20, lab.getInt("capacity"));
        assertEquals(
                List.of("How easy was it?", "Would you use it again?"),
                lab.getJsonArray("questions").getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString)
                        .toList());
        assertFalse(lab.containsKey("returnNote") && !lab.isNull("returnNote"), "a revision clears the note");
        assertEquals(
                Instant.parse("2030-05-01T07:00:00Z"),
                OffsetDateTime.parse(lab.getString("windowOpens")).toInstant(),
                "typed in Finnish time");

        var bad = company.send(
                new PortalClient.OpenForm("livinglabs/manage/propose?id=" + space, Map.of()),
                Map.of(
                        "title",
                        title,
                        "summary",
                        "s",
                        "prototype",
                        "p",
                        "location",
                        "l",
                        "learningGoals",
                        "g",
                        "capacity",
                        "0",
                        "q0",
                        "q"));
        assertEquals(200, bad.statusCode());
        assertTrue(bad.body().contains("Give the number of tester places"), "the form says what is wrong");
        assertEquals(
                200,
                staff.putJson("api/spaces/" + space + "/phase", "{\"phase\": \"OPEN\"}")
                        .statusCode());
    }

    @Test
    void aCompanysLabDraftShowsTheCompanysActionsOnlyAndStaffTheirs() throws Exception {
        var labCompany = company("Parcelbox Oy", "Parcelbox Oy");
        var title = "Own draft lab " + System.nanoTime();
        long space = propose(
                labCompany.client(),
                title,
                "Only the company's buttons",
                5,
                OffsetDateTime.now().plusDays(10));
        WebDriver browser = Browser.start();
        try {
            logIn(browser, labCompany.email(), PASSWORD);
            browser.get(url("spaces/space?id=" + space));
            Browser.waitForHeading(browser, title);
            var page = browser.findElement(By.tagName("main")).getText();
            assertFalse(page.contains("Something went wrong"), page);
            assertTrue(browser.findElement(By.id("lab-revise-link")).isDisplayed(), "the company revises its proposal");
            browser.manage().timeouts().implicitlyWait(Duration.ZERO);
            for (var staffOnly : List.of(
                    "move", "manage-heading", "judging-manage-link", "score-link", "entries-link", "challenge")) {
                assertTrue(
                        browser.findElements(By.id(staffOnly)).isEmpty(), staffOnly + " is not the company's to use");
            }
            assertFalse(page.contains("Move to the next phase"), page);

            browser.manage().deleteAllCookies();
            logIn(browser, staff().email(), PASSWORD);
            browser.get(url("spaces/space?id=" + space));
            Browser.waitForHeading(browser, title);
            assertFalse(browser.findElements(By.id("move")).isEmpty(), "staff open the experiment");
            assertTrue(browser.findElements(By.id("judging-manage-link")).isEmpty(), "a lab has no jury");
        } finally {
            browser.quit();
        }
    }

    @Test
    void aTesterSignsUpAndGivesFeedbackThatTheCompanySeesAveraged() throws Exception {
        var labCompany = company("Parcelbox Oy", "Parcelbox Oy");
        var company = labCompany.client();
        var title = "Bench sensor lab " + System.nanoTime();
        long space = propose(
                company,
                title,
                "Smart benches in the park",
                5,
                OffsetDateTime.now().plusDays(5));
        var tester = verifiedMember("Bench Tester");

        WebDriver browser = Browser.start();
        try {
            logIn(browser, labCompany.email(), PASSWORD);
            browser.get(url("livinglabs/manage/propose"));
            Browser.waitForHeading(browser, "Propose an experiment");
            var violations = Browser.seriousViolations(browser);
            assertTrue(violations.isEmpty(), "the proposal form: " + violations);

            browser.manage().deleteAllCookies();
            logIn(browser, staff().email(), PASSWORD);
            browser.get(url("livinglabs/staff/proposals"));
            Browser.waitForHeading(browser, "Proposed experiments");
            violations = Browser.seriousViolations(browser);
            assertTrue(violations.isEmpty(), "the proposals page: " + violations);
            browser.findElement(By.id("approve-" + space)).sendKeys(Keys.ENTER);
            waitForText(browser, "The experiment is approved");
            moveToTesting(company, space);

            browser.manage().deleteAllCookies();
            logIn(browser, tester.email(), PASSWORD);
            browser.get(url("spaces/space?id=" + space));
            Browser.waitForHeading(browser, title);
            browser.findElement(By.id("lab-signup")).sendKeys(Keys.ENTER);
            waitForText(browser, "You have a tester place.");
            violations = Browser.seriousViolations(browser);
            assertTrue(violations.isEmpty(), "the lab with its feedback form: " + violations);
            for (var choice : List.of("rating-0-4", "rating-1-3", "rating-2-5")) {
                browser.findElement(By.id(choice)).sendKeys(Keys.SPACE);
                assertTrue(browser.findElement(By.id(choice)).isSelected(), choice);
            }
            browser.findElement(By.id("lab-worked")).sendKeys("The bench showed the bus times.");
            browser.findElement(By.id("lab-didnot")).sendKeys("The screen was hard to read in the sun.");
            browser.findElement(By.id("lab-feedback-submit")).sendKeys(Keys.ENTER);
            waitForText(browser, "Thank you, your feedback is saved.");
            assertTrue(browser.findElement(By.id("rating-0-4")).isSelected(), "the form shows the feedback to edit");

            browser.manage().deleteAllCookies();
            logIn(browser, labCompany.email(), PASSWORD);
            browser.get(url("spaces/space?id=" + space));
            Browser.waitForHeading(browser, title);
            browser.findElement(By.id("lab-results-link")).sendKeys(Keys.ENTER);
            Browser.waitForHeading(browser, "Results: " + title);
            assertEquals(
                    "Average 4.00 from 1 ratings",
                    browser.findElement(By.id("average-1")).getText());
            assertEquals(
                    "Average 5.00 from 1 ratings",
                    browser.findElement(By.id("average-3")).getText());
            assertTrue(browser.findElement(By.id("comments")).getText().contains("hard to read in the sun"));
            violations = Browser.seriousViolations(browser);
            assertTrue(violations.isEmpty(), "the results page: " + violations);
        } finally {
            browser.quit();
        }
    }

    @Test
    void aCompanyProposesStaffReturnItWithANoteTheCompanyRevisesAndStaffApproveWithMailsAtEachStep() throws Exception {
        var labCompany = company("Parcelbox Oy", "Parcelbox Oy");
        var title = "Parking sensor lab " + System.nanoTime();
        var note = "Tell where exactly the sensors go, and allow twenty testers.";
        WebDriver browser = Browser.start();
        try {
            logIn(browser, labCompany.email(), PASSWORD);
            browser.get(url("livinglabs/manage/propose"));
            Browser.waitForHeading(browser, "Propose an experiment");
            byLabel(browser, "Name of the experiment *").sendKeys(title);
            byLabel(browser, "Summary *").sendKeys("Sensors tell drivers where to park");
            byLabel(browser, "Prototype *").sendKeys("Sensors and a phone map");
            byLabel(browser, "Location *").sendKeys("Hämeenkatu");
            typeMoment(browser, byLabel(browser, "Testing starts *"), "2030-05-01T10:00");
            typeMoment(browser, byLabel(browser, "Testing ends *"), "2030-05-15T18:00");
            byLabel(browser, "What we want to learn *").sendKeys("Do drivers find a place faster?");
            byLabel(browser, "Tester places *").sendKeys("5");
            byLabel(browser, "Question 1").sendKeys("How easy was it to find a place?");
            browser.findElement(By.xpath("//button[normalize-space()='Send the proposal']"))
                    .click();
            waitForText(browser, "The proposal is saved. Program staff will review it.");
            var arrived = MAILBOX.waitForSubject(
                    staff().email(), "New living lab proposal: " + title, Duration.ofSeconds(30));
            assertTrue(
                    Mailbox.textPart(arrived).contains("Parcelbox Oy"),
                    "staff read who proposed: " + Mailbox.textPart(arrived));

            browser.manage().deleteAllCookies();
            logIn(browser, staff().email(), PASSWORD);
            browser.get(url("staff/"));
            Browser.waitForHeading(browser, "Staff desk");
            browser.findElement(By.linkText("Living lab proposals to review")).click();
            Browser.waitForHeading(browser, "Proposed experiments");
            var proposal = browser.findElement(By.xpath("//li[h2/a[normalize-space()='" + title + "']]"));
            proposal.findElement(By.id(proposal.findElement(
                                    By.xpath(".//label[normalize-space()='What should the company change?']"))
                            .getAttribute("for")))
                    .sendKeys(note);
            proposal.findElement(By.xpath(".//button[normalize-space()='Return to the company']"))
                    .click();
            waitForText(browser, "The proposal is returned to the company with your note.");
            var returned = MAILBOX.waitForSubject(
                    labCompany.email(), "Your proposal " + title + " was returned with a note", Duration.ofSeconds(30));
            assertTrue(
                    Mailbox.textPart(returned).contains(note),
                    "the company reads the note: " + Mailbox.textPart(returned));

            browser.manage().deleteAllCookies();
            logIn(browser, labCompany.email(), PASSWORD);
            browser.get(url("spaces/space?id=" + spaceIdIn(browser, returned)));
            browser.findElement(By.linkText("Revise the proposal")).click();
            Browser.waitForHeading(browser, "Revise the proposal");
            var asked = browser.findElement(
                    By.xpath("//section[h2[normalize-space()='What program staff ask you to change']]"));
            assertTrue(asked.getText().contains(note), asked.getText());
            var violations = Browser.seriousViolations(browser);
            assertTrue(violations.isEmpty(), "the revise form with staff's note: " + violations);
            var places = byLabel(browser, "Tester places *");
            places.clear();
            places.sendKeys("20");
            byLabel(browser, "Location *").sendKeys(", the sensors at the library end");
            browser.findElement(By.xpath("//button[normalize-space()='Send the proposal']"))
                    .click();
            waitForText(browser, "The proposal is saved. Program staff will review it.");
            MAILBOX.waitForSubject(staff().email(), "Revised living lab proposal: " + title, Duration.ofSeconds(30));

            browser.manage().deleteAllCookies();
            logIn(browser, staff().email(), PASSWORD);
            browser.get(url("livinglabs/staff/proposals"));
            Browser.waitForHeading(browser, "Proposed experiments");
            proposal = browser.findElement(By.xpath("//li[h2/a[normalize-space()='" + title + "']]"));
            assertFalse(proposal.getText().contains(note), "a revision clears the note");
            proposal.findElement(By.xpath(".//button[normalize-space()='Approve and open']"))
                    .click();
            waitForText(browser, "The experiment is approved and open for tester sign-ups.");
            var approved = MAILBOX.waitForSubject(
                    labCompany.email(), "Your experiment " + title + " is approved", Duration.ofSeconds(30));
            assertTrue(
                    Mailbox.textPart(approved).contains("members can sign up as testers"), Mailbox.textPart(approved));
        } finally {
            browser.quit();
        }
    }

    private static long spaceIdIn(WebDriver browser, MimeMessage mail) {
        var matcher = Pattern.compile("propose\\?id=(\\d+)").matcher(Mailbox.textPart(mail));
        assertTrue(matcher.find(), "the mail links to the proposal: " + Mailbox.textPart(mail));
        return Long.parseLong(matcher.group(1));
    }

    private static org.openqa.selenium.WebElement byLabel(WebDriver browser, String label) {
        return browser.findElement(By.id(browser.findElement(By.xpath("//label[normalize-space()='" + label + "']"))
                .getAttribute("for")));
    }

    /** A date and time field gets its value as the browser's picker would set it (typing into it depends on the locale). */
    private static void typeMoment(WebDriver browser, org.openqa.selenium.WebElement field, String value) {
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript(
                        "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'));",
                        field,
                        value);
    }

    private void logIn(WebDriver browser, String email, String password) {
        Refusals.logIn(browser, url(""), email, password);
    }

    private static void waitForText(WebDriver browser, String text) {
        try {
            new WebDriverWait(browser, Duration.ofSeconds(30))
                    .ignoring(org.openqa.selenium.WebDriverException.class)
                    .until(d -> d.findElement(By.tagName("main")).getText().contains(text));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(
                    "expected '" + text + "' on " + browser.getCurrentUrl() + ", the page says:\n"
                            + browser.findElement(By.tagName("main")).getText(),
                    e);
        }
    }
}
