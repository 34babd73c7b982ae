package org.tori.roadmap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
            logIn(browser, "staff@demo.tori.fi", DEMO_PASSWORD);
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
            logIn(browser, "staff@demo.tori.fi", DEMO_PASSWORD);
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
            logIn(browser, "staff@demo.tori.fi", DEMO_PASSWORD);
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
    void theDemoRoadmapShowsGoalsProjectsAStoppedItemAndLeadsBackFromItsLesson() throws Exception {
        var roadmap = client().get("roadmap/").body();
        assertTrue(
                roadmap.contains("Smart waste bins in Hervanta") && roadmap.contains("Street-light information kiosks"),
                roadmap);
        assertFalse(roadmap.contains("Partner budget negotiations"), "staff-only demo item");
        var bins = java.util.regex.Pattern.compile("item\\?id=(\\d+)\">Smart waste bins in Hervanta")
                .matcher(roadmap);
        assertTrue(bins.find());
        var item = client().get("roadmap/item?id=" + bins.group(1)).body();
        assertTrue(item.contains("Sensors in 200 bins") && item.contains("Scale up"), item);
        var lesson =
                java.util.regex.Pattern.compile("/knowledge/lesson\\?id=(\\d+)").matcher(item);
        assertTrue(lesson.find(), "the item links the lesson it came from");
        var back = client().get("knowledge/lesson?id=" + lesson.group(1)).body();
        assertTrue(
                back.contains("On the programme roadmap") && back.contains("Smart waste bins in Hervanta"),
                "and the lesson links back");
        var kiosks = java.util.regex.Pattern.compile("item\\?id=(\\d+)\">Street-light information kiosks")
                .matcher(roadmap);
        assertTrue(kiosks.find());
        var stopped = client().get("roadmap/item?id=" + kiosks.group(1)).body();
        assertTrue(stopped.contains("Write the lesson of this stopped item") && stopped.contains("Stopped"), stopped);
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
        browser.get(url("accounts/login"));
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("submit")).sendKeys(Keys.ENTER);
        Browser.waitForHeading(browser, "My Tori");
    }

    private static void waitForText(WebDriver browser, String text) {
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> d.findElement(By.tagName("main")).getText().contains(text));
    }
}
