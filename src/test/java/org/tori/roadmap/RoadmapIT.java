package org.tori.roadmap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tori.testing.LessonFixtures.lessonJson;
import static org.tori.testing.LessonFixtures.publishedLesson;

import java.io.StringReader;
import java.time.Duration;
import java.time.LocalDate;
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
import org.tori.testing.Refusals;

/** The programme roadmap in the browser: staff build it, a citizen follows an item, open data leaves restricted items out. */
class RoadmapIT extends DeployedPortal {

    @Test
    void staffBuildATreeAndPublishAMilestoneThatAFollowerHearsOfAndThePublicRoadmapShows() throws Exception {
        var stamp = Long.toString(System.nanoTime(), 36);
        var goal = "Cleaner air goal " + stamp;
        var project = "Air sensors on buses " + stamp;
        var secret = "Budget talks " + stamp;
        var citizen = verifiedMember("Roadmap Follower");
        WebDriver browser = Browser.start();
        try {
            logIn(browser, staff().email(), PASSWORD);
            browser.get(url("roadmap/"));
            Browser.waitForHeading(browser, "Programme roadmap");
            browser.findElement(By.linkText("New roadmap item")).sendKeys(Keys.ENTER);
            Browser.waitForHeading(browser, "New roadmap item");

            browser.findElement(By.id("summary")).sendKeys("Measure and cut street-level pollution.");
            browser.findElement(By.id("ownProgress")).sendKeys("150");
            browser.findElement(By.id("save")).sendKeys(Keys.ENTER);
            waitForText(browser, "Give the item a title.");
            assertEquals(
                    "Measure and cut street-level pollution.",
                    browser.findElement(By.id("summary")).getAttribute("value"),
                    "what was typed stays");
            browser.findElement(By.id("title")).sendKeys(goal);
            browser.findElement(By.id("save")).sendKeys(Keys.ENTER);
            waitForText(browser, "Progress is a percentage from 0 to 100.");
            assertEquals(goal, browser.findElement(By.id("title")).getAttribute("value"));
            browser.findElement(By.id("ownProgress")).clear();
            browser.findElement(By.id("save")).sendKeys(Keys.ENTER);
            waitForText(browser, "The item is on the roadmap.");
            assertTrue(
                    Browser.seriousViolations(browser).isEmpty(),
                    "the staff editor: " + Browser.seriousViolations(browser));

            long projectId = newItem(browser, project, goal, null);
            long secretId = newItem(browser, secret, null, "STAFF");

            browser.get(url("roadmap/staff/edit?id=" + projectId));
            Browser.waitForHeading(browser, "Edit roadmap item");
            browser.findElement(By.id("milestoneTitle")).sendKeys("Sensors on ten buses");
            browser.findElement(By.id("milestoneBody")).sendKeys("Line 3 buses measure particles every minute.");
            browser.findElement(By.id("milestoneDate")).sendKeys(LocalDate.now().toString());
            browser.findElement(By.id("milestoneReached")).sendKeys(Keys.SPACE);
            browser.findElement(By.id("milestoneProgress")).sendKeys("40");
            browser.findElement(By.id("addMilestone")).sendKeys(Keys.ENTER);
            waitForText(browser, "The milestone is saved as a draft");

            browser.manage().deleteAllCookies();
            logIn(browser, citizen.email(), PASSWORD);
            browser.get(url("roadmap/item?id=" + projectId));
            Browser.waitForHeading(browser, project);
            assertFalse(
                    browser.findElement(By.id("milestones")).getText().contains("Sensors on ten buses"),
                    "a draft is not public");
            browser.findElement(By.id("follow-item")).sendKeys(Keys.ENTER);
            waitForText(browser, "You follow this item.");
            assertTrue(
                    Browser.seriousViolations(browser).isEmpty(),
                    "the item page: " + Browser.seriousViolations(browser));

            browser.manage().deleteAllCookies();
            logIn(browser, staff().email(), PASSWORD);
            browser.get(url("roadmap/staff/edit?id=" + projectId));
            Browser.waitForHeading(browser, "Edit roadmap item");
            browser.findElement(By.cssSelector("[aria-label='Publish: Sensors on ten buses']"))
                    .sendKeys(Keys.ENTER);
            waitForText(browser, "The milestone is published");

            var mail = MAILBOX.waitForSubject(
                    citizen.email(), "New milestone in " + project + ": Sensors on ten buses", Duration.ofSeconds(60));
            var text = Mailbox.textPart(mail);
            assertTrue(
                    text.contains("Line 3 buses measure particles") && text.contains("/roadmap/item?id=" + projectId),
                    text);

            browser.manage().deleteAllCookies();
            browser.get(url("roadmap/"));
            Browser.waitForHeading(browser, "Programme roadmap");
            var tree = browser.findElement(By.id("tree")).getText();
            assertTrue(tree.contains(project) && tree.contains(goal), tree);
            assertEquals(
                    "40 %",
                    browser.findElement(By.cssSelector("#item-" + projectId + " .progress-text"))
                            .getText());
            assertTrue(browser.findElement(By.cssSelector("#tree")).getText().contains("40 %"));
            assertFalse(tree.contains(secret), "a staff-only item is not on the public roadmap");
            assertTrue(
                    browser.findElement(By.id("timeline")).getText().contains("Sensors on ten buses"),
                    "the milestone is on the timeline");
            assertTrue(
                    Browser.seriousViolations(browser).isEmpty(), "the roadmap: " + Browser.seriousViolations(browser));

            new Select(browser.findElement(By.id("f-status"))).selectByVisibleText("Stopped");
            browser.findElement(By.id("filter-submit")).sendKeys(Keys.ENTER);
            waitForText(browser, "Items that match");
            assertFalse(browser.findElement(By.id("tree")).getText().contains(project), "filtered by status");

            assertEquals(404, client().get("roadmap/item?id=" + secretId).statusCode(), "not even hinted at");
            var json = client().get("api/open/roadmap");
            assertEquals(200, json.statusCode());
            assertTrue(json.body().contains(project) && !json.body().contains(secret), json.body());
            var items = Json.parse(json.body()).getJsonArray("items");
            assertTrue(items.stream()
                    .noneMatch(i -> i.asJsonObject().getString("title").equals(secret)));
            var csv = client().get("api/open/roadmap.csv");
            assertEquals(200, csv.statusCode());
            assertTrue(csv.body().contains(project) && !csv.body().contains(secret), csv.body());
            var atom = client().get("api/open/roadmap/milestones.atom");
            assertTrue(atom.body().contains("Sensors on ten buses"), atom.body());
        } finally {
            browser.quit();
        }
    }

    @Test
    void aCsvImportCreatesThenUpdatesByExternalIdAndListsTheRefusedLines() throws Exception {
        var stamp = Long.toString(System.nanoTime(), 36);
        var csv = String.join(
                "\n",
                "external_id,parent_external_id,title,summary,status,progress,starts_on,planned_end,city,value_streams,visibility",
                "goal-" + stamp + ",,Imported goal " + stamp
                        + ",A goal from CSV,STARTED,,2026-01-01,2026-12-31,Oulu,SENIOR_CITIZEN,PUBLIC",
                "wp-" + stamp + ",goal-" + stamp + ",\"Imported project, " + stamp
                        + "\",Part of the goal,PILOTING,30,,,Oulu,,",
                "bad-" + stamp + ",,Too far " + stamp + ",Progress above all,PILOTING,120,,,,,",
                "orphan-" + stamp + ",nobody-" + stamp + ",Orphan " + stamp + ",No parent,PLANNED,,,,,,");
        WebDriver browser = Browser.start();
        try {
            logIn(browser, staff().email(), PASSWORD);
            browser.get(url("roadmap/"));
            browser.findElement(By.linkText("Import from CSV")).sendKeys(Keys.ENTER);
            Browser.waitForHeading(browser, "Import roadmap items");
            browser.findElement(By.id("csv")).sendKeys(csv);
            browser.findElement(By.id("import-submit")).sendKeys(Keys.ENTER);
            waitForText(browser, "2 created, 0 updated, 2 refused");
            var report = browser.findElement(By.id("import-report")).getText();
            assertTrue(report.contains("Line 4 (progress): Progress is a percentage from 0 to 100."), report);
            assertTrue(report.contains("Line 5 (parent_external_id)"), report);
            assertTrue(
                    Browser.seriousViolations(browser).isEmpty(),
                    "the import page: " + Browser.seriousViolations(browser));

            browser.get(url("roadmap/staff/import"));
            Browser.waitForHeading(browser, "Import roadmap items");
            browser.findElement(By.id("csv")).sendKeys(csv.replace("PILOTING,30", "PILOTING,45"));
            browser.findElement(By.id("import-submit")).sendKeys(Keys.ENTER);
            waitForText(browser, "0 created, 2 updated, 2 refused");
        } finally {
            browser.quit();
        }
        var open = client().get("api/open/roadmap.csv").body();
        assertEquals(1, open.split("Imported project, " + stamp, -1).length - 1, "imported once: " + open);
        assertTrue(open.lines().anyMatch(l -> l.contains("Imported project, " + stamp) && l.contains(",45,")), open);
        assertTrue(
                open.lines().anyMatch(l -> l.contains("Imported goal " + stamp) && l.contains(",45,")),
                "the goal rolls up: " + open);
    }

    @Test
    void aRoadmapShowsGoalsProjectsAStoppedItemAndLeadsBackFromItsLesson() throws Exception {
        var stamp = Long.toString(System.nanoTime(), 36);
        var goal = "Less waste goal " + stamp;
        var bins = "Smart waste bins " + stamp;
        var kiosks = "Street-light kiosks " + stamp;
        var secret = "Partner budget talks " + stamp;
        var lessonTitle = "Bin sensors lesson " + stamp;
        var staff = staff().client();
        long lesson = publishedLesson(staff, staff, lessonJson(lessonTitle, "Tampere", "PLANET", "PUBLIC", null));
        long binsId;
        long kiosksId;
        WebDriver browser = Browser.start();
        try {
            logIn(browser, staff().email(), PASSWORD);
            newItem(browser, goal, null, null);
            browser.get(url("roadmap/staff/edit"));
            Browser.waitForHeading(browser, "New roadmap item");
            browser.findElement(By.id("title")).sendKeys(bins);
            browser.findElement(By.id("summary")).sendKeys("Sensors in 200 bins");
            new Select(browser.findElement(By.id("parent"))).selectByVisibleText(goal);
            new Select(browser.findElement(By.id("origins"))).selectByVisibleText(lessonTitle);
            browser.findElement(By.id("save")).sendKeys(Keys.ENTER);
            waitForText(browser, "The item is on the roadmap.");
            binsId = Long.parseLong(browser.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
            kiosksId = newItem(browser, kiosks, goal, null);
            newItem(browser, secret, null, "STAFF");
            decide(browser, binsId, "Review " + stamp, "Scale up", "It works.");
            decide(
                    browser,
                    kiosksId,
                    "Review " + stamp,
                    "Stop",
                    "Nobody used them.",
                    "The item is stopped. Please write what was learnt as a lesson.");
        } finally {
            browser.quit();
        }

        var roadmap = client().get("roadmap/").body();
        assertTrue(roadmap.contains(goal) && roadmap.contains(bins) && roadmap.contains(kiosks), roadmap);
        assertFalse(roadmap.contains(secret), "a staff-only item is not shown");
        var item = client().get("roadmap/item?id=" + binsId).body();
        assertTrue(item.contains("Sensors in 200 bins") && item.contains("Scale up"), item);
        assertTrue(item.contains("/knowledge/lesson?id=" + lesson), "the item links the lesson it came from");
        var back = client().get("knowledge/lesson?id=" + lesson).body();
        assertTrue(back.contains("On the programme roadmap") && back.contains(bins), "and the lesson links back");
        var stopped = client().get("roadmap/item?id=" + kiosksId).body();
        assertTrue(stopped.contains("Write the lesson of this stopped item") && stopped.contains("Stopped"), stopped);
    }

    @Test
    void searchFindsAPublicItemWithTheRoadmapFilterAndItsImpactRisksAndReviewShowAsTheReaderMay() throws Exception {
        var stamp = Long.toString(System.nanoTime(), 36);
        var ferry = "Harbour ferry pilot " + stamp;
        var secret = "Ferry tender talks " + stamp;
        var citizen = verifiedMember("Roadmap Searcher");
        var review = "Spring review " + stamp;
        long ferryId;
        long secretId;
        WebDriver browser = Browser.start();
        try {
            logIn(browser, staff().email(), PASSWORD);
            ferryId = newItem(browser, ferry, null, null);
            secretId = newItem(browser, secret, null, "STAFF");

            browser.get(url("roadmap/staff/edit?id=" + ferryId));
            Browser.waitForHeading(browser, "Edit roadmap item");
            browser.findElement(By.id("impactENVIRONMENTAL")).sendKeys("x".repeat(1001));
            browser.findElement(By.id("impactSOCIAL")).sendKeys("Islanders reach the city without a car.");
            browser.findElement(By.id("save")).sendKeys(Keys.ENTER);
            waitForText(browser, "too long");
            assertEquals(
                    "Islanders reach the city without a car.",
                    browser.findElement(By.id("impactSOCIAL")).getAttribute("value"),
                    "what was typed stays");
            browser.findElement(By.id("impactENVIRONMENTAL")).clear();
            browser.findElement(By.id("impactENVIRONMENTAL")).sendKeys("Fewer cars on the bridge.");
            browser.findElement(By.id("save")).sendKeys(Keys.ENTER);
            waitForText(browser, "The item is saved.");

            browser.findElement(By.id("riskOwner")).sendKeys("Harbour office");
            browser.findElement(By.id("addRisk")).sendKeys(Keys.ENTER);
            waitForText(browser, "Say what could go wrong.");
            assertEquals(
                    "Harbour office", browser.findElement(By.id("riskOwner")).getAttribute("value"));
            browser.findElement(By.id("riskTitle")).sendKeys("Ice stops the ferry in winter");
            new Select(browser.findElement(By.id("riskLikelihood"))).selectByVisibleText("Medium");
            new Select(browser.findElement(By.id("riskImpact"))).selectByVisibleText("High");
            browser.findElement(By.id("riskMitigation")).sendKeys("A bus replaces the ferry on ice days.");
            browser.findElement(By.id("riskShown")).sendKeys(Keys.SPACE);
            browser.findElement(By.id("addRisk")).sendKeys(Keys.ENTER);
            waitForText(browser, "The risk is recorded.");
            browser.findElement(By.id("riskTitle")).sendKeys("The operator's bid is late");
            new Select(browser.findElement(By.id("riskLikelihood"))).selectByVisibleText("Low");
            new Select(browser.findElement(By.id("riskImpact"))).selectByVisibleText("Medium");
            browser.findElement(By.id("addRisk")).sendKeys(Keys.ENTER);
            waitForText(browser, "The risk is recorded.");
            assertTrue(
                    Browser.seriousViolations(browser).isEmpty(),
                    "the editor with risks: " + Browser.seriousViolations(browser));

            decide(browser, ferryId, review, "Continue", "On time and on budget.");
            decide(browser, secretId, review, "Change", "Talk to two operators.");

            browser.manage().deleteAllCookies();
            logIn(browser, citizen.email(), PASSWORD);
            browser.get(url("roadmap/item?id=" + ferryId));
            Browser.waitForHeading(browser, ferry);
            var impacts = browser.findElement(By.id("impacts")).getText();
            assertTrue(
                    impacts.contains("Social and community")
                            && impacts.contains("Islanders reach the city without a car.")
                            && impacts.contains("Fewer cars on the bridge."),
                    impacts);
            var risks = browser.findElement(By.id("risks")).getText();
            assertTrue(risks.contains("Ice stops the ferry in winter") && risks.contains("A bus replaces"), risks);
            assertFalse(risks.contains("The operator's bid is late"), "a staff-only risk is not shown");

            browser.get(url("roadmap/"));
            browser.findElement(By.linkText("Portfolio reviews")).sendKeys(Keys.ENTER);
            Browser.waitForHeading(browser, "Portfolio reviews");
            browser.findElement(By.partialLinkText(review)).sendKeys(Keys.ENTER);
            Browser.waitForHeading(browser, review);
            var table = browser.findElement(By.id("review-decisions")).getText();
            assertTrue(table.contains(ferry) && table.contains("Continue") && table.contains("On time"), table);
            assertFalse(table.contains(secret), "a staff-only item's decision is not shown");
            assertTrue(
                    Browser.seriousViolations(browser).isEmpty(),
                    "the review page: " + Browser.seriousViolations(browser));
        } finally {
            browser.quit();
        }

        var staffClient = staff().client();
        var query = "search/?q=" + stamp + "&type=roadmap";
        String staffSees = "";
        for (int i = 0; i < 120 && !staffSees.contains(secret); i++) {
            staffSees = staffClient.get(query).body();
            Thread.sleep(250);
        }
        assertTrue(staffSees.contains(ferry) && staffSees.contains(secret), "staff find both: " + staffSees);
        var citizenSees = citizen.client().get(query);
        assertEquals(200, citizenSees.statusCode());
        assertTrue(citizenSees.body().contains(ferry), citizenSees.body());
        assertTrue(citizenSees.body().contains("/roadmap/item?id=" + ferryId), "the hit leads to the item");
        assertFalse(citizenSees.body().contains(secret), "a staff-only item is not found by a citizen");
        assertFalse(client().get("search/?q=" + stamp).body().contains(secret), "nor by anyone without the filter");

        // a rebuild reads the items together, not one page each: the same hits for the same readers
        assertEquals(200, staffClient.postJson("api/search/reindex", "", "en").statusCode());
        var staffAfter = staffClient.get(query).body();
        assertTrue(staffAfter.contains(ferry) && staffAfter.contains(secret), "after a rebuild: " + staffAfter);
        var citizenAfter = citizen.client().get(query).body();
        assertTrue(citizenAfter.contains(ferry), "after a rebuild: " + citizenAfter);
        assertFalse(citizenAfter.contains(secret), "after a rebuild a staff-only item stays hidden");
    }

    @Test
    void theScorecardCountsLeafProjectsCompletedByTheirPlannedEnd() throws Exception {
        var stamp = Long.toString(System.nanoTime(), 36);
        // 2087: a year no other item plans to end in; the goal has a part, so it is not a project itself
        var csv = String.join(
                "\n",
                "external_id,parent_external_id,title,summary,status,progress,starts_on,planned_end,city,value_streams,visibility",
                "kpi-goal-" + stamp + ",,KPI goal " + stamp + ",A goal,PLANNED,,,2087-12-31,,,",
                "kpi-done-" + stamp + ",,KPI done " + stamp + ",Completed,COMPLETED,,,2087-06-30,,,",
                "kpi-open-" + stamp + ",,KPI open " + stamp + ",Running,PILOTING,,,2087-06-30,,,",
                "kpi-stop-" + stamp + ",kpi-goal-" + stamp + ",KPI stopped " + stamp
                        + ",Stopped,STOPPED,,,2087-06-30,,,");
        WebDriver browser = Browser.start();
        try {
            logIn(browser, staff().email(), PASSWORD);
            browser.get(url("roadmap/staff/import"));
            Browser.waitForHeading(browser, "Import roadmap items");
            browser.findElement(By.id("csv")).sendKeys(csv);
            browser.findElement(By.id("import-submit")).sendKeys(Keys.ENTER);
            waitForText(browser, "4 created, 0 updated, 0 refused");
        } finally {
            browser.quit();
        }
        var body = client().get("api/scorecard?year=2087").body();
        var kpis = jakarta.json.Json.createReader(new StringReader(body)).readArray();
        var projects = kpis.stream()
                .map(v -> v.asJsonObject())
                .filter(v -> v.getString("kpi").equals("PROJECTS_COMPLETED_PERCENT"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                "33.3",
                projects.getJsonNumber("value").bigDecimalValue().toPlainString(),
                "1 of the 3 projects planned to end in 2087 was completed by its planned end: " + projects);
    }

    private void decide(WebDriver browser, long itemId, String review, String decision, String reason) {
        decide(browser, itemId, review, decision, reason, "The decision is recorded.");
    }

    private void decide(
            WebDriver browser, long itemId, String review, String decision, String reason, String recorded) {
        browser.get(url("roadmap/staff/edit?id=" + itemId));
        Browser.waitForHeading(browser, "Edit roadmap item");
        browser.findElement(By.id("reviewTitle")).sendKeys(review);
        new Select(browser.findElement(By.id("decision"))).selectByVisibleText(decision);
        browser.findElement(By.id("reason")).sendKeys(reason);
        browser.findElement(By.id("decide-submit")).sendKeys(Keys.ENTER);
        waitForText(browser, recorded);
    }

    /** Creates an item on the staff editor and returns its id (read from the address the editor goes to). */
    private long newItem(WebDriver browser, String title, String parent, String visibility) {
        browser.get(url("roadmap/staff/edit"));
        Browser.waitForHeading(browser, "New roadmap item");
        browser.findElement(By.id("title")).sendKeys(title);
        browser.findElement(By.id("summary")).sendKeys("About " + title);
        if (parent != null) {
            new Select(browser.findElement(By.id("parent"))).selectByVisibleText(parent);
        }
        if (visibility != null) {
            new Select(browser.findElement(By.id("visibility"))).selectByValue(visibility);
        }
        browser.findElement(By.id("save")).sendKeys(Keys.ENTER);
        waitForText(browser, "The item is on the roadmap.");
        var address = browser.getCurrentUrl();
        return Long.parseLong(address.replaceAll(".*[?&]id=(\\d+).*", "$1"));
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
