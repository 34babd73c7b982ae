package org.tori.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
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
import org.tori.testing.pages.LogInPage;

/**
 * News and the events calendar, deployed: the calendar feed parses and carries a space's deadline;
 * staff put an event in the calendar and publish a news item, a follower of its theme gets the mail,
 * the public pages, the feeds and the scorecard show them.
 */
class NewsEventsIT extends DeployedPortal {

    private static final ZoneId PROGRAM = ZoneId.of(System.getenv().getOrDefault("TORI_TIME_ZONE", "Europe/Helsinki"));

    /** A 1×1 PNG. */
    private static final byte[] PNG = Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    @Test
    void theEventsFeedParsesAndHoldsAPublicSpacesSubmissionDeadline() throws Exception {
        var staff = staff().client();
        var hackathon = "Feed hackathon " + Long.toString(System.nanoTime(), 36) + ", with; commas";
        var deadline = OffsetDateTime.now().plusDays(3).truncatedTo(ChronoUnit.SECONDS);
        var created = staff.postJson(
                "api/spaces",
                """
                {"kind": "HACKATHON", "title": "%s", "summary": "Dates in the calendar.",
                 "themes": ["PLANET"], "opensAt": "%s", "submissionDeadline": "%s", "resultsAt": "%s"}
                """.formatted(hackathon, OffsetDateTime.now().minusMinutes(5), deadline, deadline.plusDays(2)),
                "en");
        assertEquals(201, created.statusCode(), created.body());
        var summary = Json.parse(created.body()).getJsonObject("summary");
        long space = summary.getJsonNumber("id").longValue();
        var closes = OffsetDateTime.parse(summary.getString("submissionDeadline"));
        assertEquals(
                200,
                staff.putJson("api/spaces/" + space + "/phase", "{\"phase\": \"OPEN\"}")
                        .statusCode());

        var all = client().get("events/calendar.ics");
        assertEquals(200, all.statusCode());
        assertTrue(all.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
        var deadlineEvent = find(parse(all.body()), "space-" + space + "-deadline@");
        assertEquals(
                closes.withOffsetSameInstant(ZoneOffset.UTC)
                        .format(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")),
                deadlineEvent.getProperty("DTSTART").orElseThrow().getValue());
        assertEquals(
                "Submissions close: " + hackathon,
                deadlineEvent.getSummary().orElseThrow().getValue());

        var planet = parse(client().get("events/calendar.ics?theme=PLANET").body());
        find(planet, "space-" + space + "-opens@");
        var people = parse(client().get("events/calendar.ics?theme=people").body());
        assertTrue(uids(people).stream().noneMatch(u -> u.startsWith("space-" + space + "-")), "another theme");
        assertEquals(400, client().get("events/calendar.ics?theme=WEATHER").statusCode());
        find(parse(client().get("api/open/events.ics?stream=").body()), "space-" + space + "-results@");
    }

    @Test
    void staffPutAnEventInTheCalendarAndPublishNewsThatAFollowerHearsOfAndThePublicSees() throws Exception {
        var stamp = Long.toString(System.nanoTime(), 36);
        var eventTitle = "Harbour data meetup " + stamp;
        var newsTitle = "Harbour sensors switched on " + stamp;
        var follower = verifiedMember("News Follower");
        var pageFollower = verifiedMember("News Page Follower");
        var portName = "Port of Tampere " + stamp;
        var staffClient = staff().client();
        var port = staffClient.submit(
                "partners/request",
                "organisation",
                Map.of("kind", "PUBLIC_BODY", "name", portName, "language", "en", "organisation-submit", ""));
        assertTrue(port.statusCode() == 302 || port.statusCode() == 303, "the port in the directory");
        long portId = Long.parseLong(
                port.headers().firstValue("Location").orElseThrow().replaceAll(".*[?&]id=(\\d+).*", "$1"));
        var follows = follower.client().putJson("api/notifications/follows/THEME/PLANET", "");
        assertTrue(follows.statusCode() / 100 == 2, "follow: " + follows.statusCode());
        var today = LocalDate.now(PROGRAM);

        WebDriver browser = Browser.start();
        try {
            long eventsBefore = kpi(browser, "EVENTS_HELD");
            long hitsBefore = kpi(browser, "MEDIA_VISIBILITY");
            logIn(browser, staff().email(), PASSWORD);
            browser.get(url("events/"));
            Browser.waitForHeading(browser, "Events");
            browser.findElement(By.linkText("New event")).sendKeys(Keys.ENTER);
            Browser.waitForHeading(browser, "New event");
            browser.findElement(By.id("place")).sendKeys("Tampere Hall");
            browser.findElement(By.id("startsAt")).sendKeys(today + " 10:00");
            browser.findElement(By.id("save")).sendKeys(Keys.ENTER);
            waitForText(browser, "Give the event a title.");
            assertEquals("Tampere Hall", browser.findElement(By.id("place")).getAttribute("value"), "typed text stays");
            browser.findElement(By.id("title")).sendKeys(eventTitle);
            new Select(browser.findElement(By.id("kind"))).selectByVisibleText("Meetup");
            browser.findElement(By.id("endsAt")).sendKeys(today + " 09:00");
            browser.findElement(By.id("save")).sendKeys(Keys.ENTER);
            waitForText(browser, "The event cannot end before it starts.");
            browser.findElement(By.id("endsAt")).clear();
            browser.findElement(By.id("endsAt")).sendKeys(today + " 23:30");
            browser.findElement(By.id("organisations")).sendKeys("Port of Tampere");
            browser.findElement(By.xpath("//fieldset[legend='Themes']//label[normalize-space()='Planet']"))
                    .click();
            assertTrue(
                    Browser.seriousViolations(browser).isEmpty(),
                    "event editor: " + Browser.seriousViolations(browser));
            browser.findElement(By.id("save")).sendKeys(Keys.ENTER);
            waitForText(browser, "The event is in the calendar.");
            Browser.waitForHeading(browser, eventTitle);

            browser.get(url("news/staff/"));
            Browser.waitForHeading(browser, "Editorial desk for news");
            browser.findElement(By.linkText("New news item")).sendKeys(Keys.ENTER);
            Browser.waitForHeading(browser, "New news item");
            browser.findElement(By.id("title")).sendKeys(newsTitle);
            browser.findElement(By.id("lead")).sendKeys("Ten sensors measure the harbour's air.");
            browser.findElement(By.id("partners")).sendKeys("Acme Sensors Oy");
            var png = Files.createTempFile("harbour", ".png");
            Files.write(png, PNG);
            browser.findElement(By.id("image")).sendKeys(png.toAbsolutePath().toString());
            browser.findElement(By.id("save")).sendKeys(Keys.ENTER);
            waitForText(browser, "Name the press contact");
            assertEquals(newsTitle, browser.findElement(By.id("title")).getAttribute("value"));
            browser.findElement(By.id("pressContact")).sendKeys("Communications, press@tori.example");
            browser.findElement(By.id("image")).sendKeys(png.toAbsolutePath().toString());
            browser.findElement(By.id("save")).sendKeys(Keys.ENTER);
            waitForText(browser, "Describe the image in its alternative text.");
            browser.findElement(By.id("image")).sendKeys(png.toAbsolutePath().toString());
            browser.findElement(By.id("imageAlt")).sendKeys("Sensor masts on the harbour pier");
            browser.findElement(By.xpath("//fieldset[legend='Themes']//label[normalize-space()='Planet']"))
                    .click();
            new Select(browser.findElement(
                            By.xpath("//select[@id=//label[normalize-space()='Partners from the directory']/@for]")))
                    .selectByVisibleText(portName);
            assertTrue(
                    Browser.seriousViolations(browser).isEmpty(), "news editor: " + Browser.seriousViolations(browser));
            browser.findElement(By.id("save")).sendKeys(Keys.ENTER);
            waitForText(browser, "The news item is saved.");
            long newsId = Long.parseLong(browser.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
            browser.findElement(By.id("submit")).sendKeys(Keys.ENTER);
            waitForText(browser, "The item waits for review.");
            browser.findElement(By.id("publish")).sendKeys(Keys.ENTER);
            waitForText(browser, "The item is published.");

            var mail = MAILBOX.waitForSubject(follower.email(), "News from Tori: " + newsTitle, Duration.ofSeconds(60));
            assertTrue(Mailbox.textPart(mail).contains("/news/item?id=" + newsId), Mailbox.textPart(mail));

            browser.get(url("news/item?id=" + newsId));
            Browser.waitForHeading(browser, newsTitle);
            browser.findElement(By.id("recordHit")).sendKeys(Keys.ENTER);
            waitForText(browser, "Name the outlet.");
            browser.findElement(By.id("hitOutlet")).sendKeys("Aamulehti");
            browser.findElement(By.id("hitDate")).sendKeys(today.toString());
            browser.findElement(By.id("hitReach")).sendKeys("85 000");
            browser.findElement(By.id("recordHit")).sendKeys(Keys.ENTER);
            waitForText(browser, "The media hit is recorded.");
            assertTrue(browser.findElement(By.id("hits")).getText().contains("Aamulehti"));

            browser.manage().deleteAllCookies();
            browser.get(url("news/"));
            Browser.waitForHeading(browser, "News");
            assertTrue(browser.findElement(By.id("news-list")).getText().contains(newsTitle));
            assertTrue(
                    Browser.seriousViolations(browser).isEmpty(), "news list: " + Browser.seriousViolations(browser));
            browser.get(url("news/item?id=" + newsId));
            Browser.waitForHeading(browser, newsTitle);
            assertEquals(
                    "Sensor masts on the harbour pier",
                    browser.findElement(By.cssSelector("img.news-image")).getAttribute("alt"));
            assertTrue(browser.findElement(By.id("news-press")).getText().contains("press@tori.example"));
            var partners = browser.findElement(By.id("news-partners"));
            assertTrue(partners.getText().contains("Acme Sensors Oy"), "a partner outside the directory stays text");
            assertTrue(
                    partners.findElement(By.linkText(portName))
                            .getAttribute("href")
                            .endsWith("/partners/organisation?id=" + portId),
                    "the directory's organisation links to its page");
            var image = client().getBytes("news/image?id=" + newsId);
            assertEquals(200, image.statusCode());
            assertEquals(
                    "image/png",
                    image.headers().firstValue("Content-Type").orElse("").split(";")[0]);
            assertTrue(browser.findElement(By.id("hits")).getText().contains("Aamulehti"));
            assertTrue(browser.findElements(By.id("recordHit")).isEmpty(), "the public records no hits");
            assertTrue(
                    Browser.seriousViolations(browser).isEmpty(), "news item: " + Browser.seriousViolations(browser));
            browser.get(url("events/"));
            Browser.waitForHeading(browser, "Events");
            assertTrue(browser.findElement(By.id("month-events")).getText().contains(eventTitle));
            assertTrue(Browser.seriousViolations(browser).isEmpty(), "events: " + Browser.seriousViolations(browser));
            browser.findElement(By.linkText(eventTitle)).sendKeys(Keys.ENTER);
            Browser.waitForHeading(browser, eventTitle);
            assertTrue(
                    browser.findElement(By.id("event-organisations")).getText().contains("Port of Tampere"));
            assertTrue(Browser.seriousViolations(browser).isEmpty(), "event: " + Browser.seriousViolations(browser));
            browser.get(url("events/?view=list"));
            assertTrue(
                    Browser.seriousViolations(browser).isEmpty(), "event list: " + Browser.seriousViolations(browser));

            assertTrue(client().get("news/feed.atom").body().contains(newsTitle), "the Atom feed");
            var calendar =
                    parse(client().get("events/calendar.ics?theme=PLANET").body());
            assertTrue(
                    calendar.getComponents(Component.VEVENT).stream()
                            .map(c -> ((VEvent) c).getSummary().orElseThrow().getValue())
                            .anyMatch(eventTitle::equals),
                    "the theme's calendar");
            assertTrue(client().get("api/open/news.csv").body().contains(newsTitle));
            assertTrue(client().get("api/open/events").body().contains(eventTitle));

            logIn(browser, pageFollower.email(), PASSWORD);
            browser.get(url("news/item?id=" + newsId));
            Browser.waitForHeading(browser, newsTitle);
            browser.findElement(By.xpath("//section[@id='follow']//button[normalize-space()='Follow Planet']"))
                    .click();
            new WebDriverWait(browser, Duration.ofSeconds(30))
                    .until(d -> !d.findElements(By.xpath("//button[normalize-space()='Stop following Planet']"))
                            .isEmpty());
            assertTrue(Browser.seriousViolations(browser).isEmpty(), "follow: " + Browser.seriousViolations(browser));
            browser.manage().deleteAllCookies();
            logIn(browser, staff().email(), PASSWORD);
            var nextTitle = "Harbour sensors report " + stamp;
            browser.get(url("news/staff/edit"));
            Browser.waitForHeading(browser, "New news item");
            browser.findElement(By.id("title")).sendKeys(nextTitle);
            browser.findElement(By.id("lead")).sendKeys("The first month of harbour air data.");
            browser.findElement(By.id("pressContact")).sendKeys("Communications, press@tori.example");
            browser.findElement(By.xpath("//fieldset[legend='Themes']//label[normalize-space()='Planet']"))
                    .click();
            browser.findElement(By.id("save")).sendKeys(Keys.ENTER);
            waitForText(browser, "The news item is saved.");
            browser.findElement(By.id("submit")).sendKeys(Keys.ENTER);
            waitForText(browser, "The item waits for review.");
            browser.findElement(By.id("publish")).sendKeys(Keys.ENTER);
            waitForText(browser, "The item is published.");
            var next = MAILBOX.waitForSubject(
                    pageFollower.email(), "News from Tori: " + nextTitle, Duration.ofSeconds(60));
            assertTrue(Mailbox.textPart(next).contains("The first month of harbour air data."), Mailbox.textPart(next));
            browser.manage().deleteAllCookies();

            assertEquals(eventsBefore + 1, kpi(browser, "EVENTS_HELD"), "events held or attended");
            assertEquals(hitsBefore + 1, kpi(browser, "MEDIA_VISIBILITY"), "media visibility");
            assertTrue(
                    browser.findElement(By.id("kpi-MEDIA_VISIBILITY")).getText().contains("Media visibility"));
        } finally {
            browser.quit();
        }
    }

    private long kpi(WebDriver browser, String kpi) {
        browser.get(url("scorecard/"));
        var text = browser.findElement(By.cssSelector("#kpi-" + kpi + " .kpi-value"))
                .getText()
                .replaceAll("\\D", "");
        return text.isEmpty() ? 0 : Long.parseLong(text);
    }

    private static Calendar parse(String ics) throws Exception {
        var calendar = new CalendarBuilder().build(new StringReader(ics));
        calendar.validate();
        return calendar;
    }

    private static List<String> uids(Calendar calendar) {
        return calendar.getComponents(Component.VEVENT).stream()
                .map(c -> ((VEvent) c).getUid().orElseThrow().getValue())
                .toList();
    }

    private static VEvent find(Calendar calendar, String uidStart) {
        return calendar.getComponents(Component.VEVENT).stream()
                .map(c -> (VEvent) c)
                .filter(e -> e.getUid().orElseThrow().getValue().startsWith(uidStart))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + uidStart + " in " + uids(calendar)));
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
