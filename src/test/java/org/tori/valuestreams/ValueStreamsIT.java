package org.tori.valuestreams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.regex.Pattern;
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
import org.tori.testing.PortalClient;
import org.tori.testing.pages.LogInPage;
import org.tori.testing.pages.ValueStreamHubPage;

/** Value-stream hubs and development collectives, in the browser and against search. */
class ValueStreamsIT extends DeployedPortal {

    private static final Pattern COUNT = Pattern.compile("data-count=\"(\\w+)\">(\\d+)</span>");

    /** A count of the stream's hub as the client reads it. */
    private static long hubCount(PortalClient reader, String slug, String what) throws Exception {
        var page = reader.get("valuestreams/stream?stream=" + slug);
        assertEquals(200, page.statusCode());
        var m = COUNT.matcher(page.body());
        while (m.find()) {
            if (m.group(1).equals(what)) {
                return Long.parseLong(m.group(2));
            }
        }
        throw new AssertionError("no count " + what + " on the hub");
    }

    /** Search's facet count for the stream, for the same reader. */
    private static long facetCount(PortalClient reader, String type, String stream) throws Exception {
        var answer = Json.parse(
                reader.get("api/search?type=" + type + "&valueStream=" + stream).body());
        var facet = answer.getJsonObject("facets").getJsonArray("valueStream");
        return facet == null
                ? 0
                : facet.getValuesAs(JsonObject.class).stream()
                        .filter(f -> f.getString("value").equals(stream))
                        .mapToLong(f -> f.getJsonNumber("count").longValue())
                        .sum();
    }

    private long publishedLesson(PortalClient author, PortalClient staff, String title, String visibility)
            throws Exception {
        return publishedLesson(author, staff, title, visibility, "BUSINESS");
    }

    private long publishedLesson(
            PortalClient author, PortalClient staff, String title, String visibility, String stream) throws Exception {
        var created = author.postJson("api/lessons", """
                {"title": "%s", "city": "Tampere", "organisation": "Test office", "happenedOn": "2024-02-01", "language": "en",
                 "whatHappened": "Company services in one place.", "themes": ["PROSPERITY"], "domain": "MOBILITY",
                 "valueStreams": ["%s"], "visibility": "%s"}""".formatted(title, stream, visibility), "en");
        assertEquals(201, created.statusCode(), created.body());
        long id = Json.parse(created.body()).getJsonNumber("id").longValue();
        assertEquals(
                200,
                author.putJson("api/lessons/" + id + "/status", "{\"status\": \"IN_REVIEW\"}")
                        .statusCode());
        assertEquals(
                200,
                staff.putJson("api/lessons/" + id + "/status", "{\"status\": \"PUBLISHED\"}")
                        .statusCode());
        return id;
    }

    @Test
    void theHubCountsWhatSearchCountsForTheSameReaderAndLeavesOutRestrictedLessons() throws Exception {
        var stamp = Long.toString(System.nanoTime(), 36);
        var staff = staff().client();
        var city = cityPartner("Business Desk City", "Tampere").client();
        var anonymous = client();
        long before = hubCount(anonymous, "business", "lessons");
        long staffBefore = hubCount(staff, "business", "lessons");
        long spacesBefore = hubCount(anonymous, "business", "spaces");
        long practicesBefore = hubCount(anonymous, "business", "practices");
        openSpace(staff, "Business desk hackathon " + stamp, "BUSINESS");
        long practice = publishedLesson(city, staff, "Business desk in one place " + stamp, "PUBLIC");
        assertEquals(
                200,
                staff.putJson("api/lessons/" + practice + "/practice", "{\"practice\": true}")
                        .statusCode(),
                "staff recommend the lesson as a practice");
        publishedLesson(city, staff, "Business desk internal review " + stamp, "STAFF");
        assertEquals(spacesBefore + 1, hubCount(anonymous, "business", "spaces"), "the open space is counted");
        assertEquals(practicesBefore + 1, hubCount(anonymous, "business", "practices"), "the practice is counted");

        assertEquals(
                before + 1,
                hubCount(anonymous, "business", "lessons"),
                "the staff-only lesson is not counted for anyone");
        long staffCount = hubCount(staff, "business", "lessons");
        assertEquals(staffBefore + 2, staffCount, "staff count it");
        for (int i = 0; i < 80 && facetCount(staff, "lesson", "BUSINESS") != staffCount; i++) {
            Thread.sleep(250);
        }
        assertEquals(staffCount, facetCount(staff, "lesson", "BUSINESS"), "staff: hub and search agree");
        assertEquals(
                hubCount(anonymous, "business", "lessons"),
                facetCount(anonymous, "lesson", "BUSINESS"),
                "anonymous: hub and search agree");
        for (int i = 0;
                i < 80
                        && (facetCount(anonymous, "space", "BUSINESS") != hubCount(anonymous, "business", "spaces")
                                || facetCount(anonymous, "practice", "BUSINESS")
                                        != hubCount(anonymous, "business", "practices"));
                i++) {
            Thread.sleep(250);
        }
        assertEquals(
                hubCount(anonymous, "business", "spaces"),
                facetCount(anonymous, "space", "BUSINESS"),
                "spaces agree too");
        assertEquals(hubCount(anonymous, "business", "practices"), facetCount(anonymous, "practice", "BUSINESS"));

        var index = anonymous.get("valuestreams/");
        assertEquals(200, index.statusCode());
        assertFalse(
                index.headers().firstValue("Set-Cookie").orElse("").contains("JSESSIONID"), "reading makes no session");
        assertEquals(404, anonymous.get("valuestreams/stream?stream=nowhere").statusCode());
        assertEquals(404, anonymous.get("valuestreams/collective?id=999999999").statusCode());
        assertEquals(400, anonymous.get("valuestreams/collective?id=abc").statusCode());

        var birth = "The birth of a child " + stamp;
        var school = "Starting school " + stamp;
        addLifeEvent(staff, "Lapsen syntymä " + stamp, birth, "Ett barns födelse " + stamp);
        addLifeEvent(staff, "Koulun aloitus " + stamp, school, "Skolstarten " + stamp);
        var families =
                anonymous.get("valuestreams/stream?stream=family-with-children").body();
        assertTrue(families.contains(birth) && families.contains(school), "the life events staff added");
        var birthId = Pattern.compile("id=\"event-(\\d+)\"[^>]*>\\s*<h3[^>]*>" + Pattern.quote(birth))
                .matcher(families);
        assertTrue(birthId.find(), families);
        var filtered = anonymous
                .get("valuestreams/stream?stream=family-with-children&event=" + birthId.group(1))
                .body();
        assertTrue(
                filtered.contains(">" + birth + "</h3>") && !filtered.contains(">" + school + "</h3>"),
                "the filter shows the one life event");

        var open = anonymous.get("api/open/valuestreams");
        assertEquals(200, open.statusCode());
        assertTrue(
                open.body().contains("\"valueStream\":\"BUSINESS\"")
                        && !open.body().contains("@"),
                "no addresses: " + open.body());
        var csv = anonymous.get("api/open/valuestreams/streams.csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body().startsWith("\"value_stream\",\"spaces\","), csv.body());
    }

    @Test
    void aCitizenJoinsACollectiveCommentsOnThePlanAndAFollowerHearsOfTheNewVision() throws Exception {
        var slug = streamWithoutCollective();
        var name = "Test collective " + Long.toString(System.nanoTime(), 36);
        var citizen = verifiedMember("Collective Citizen");
        var follower = verifiedMember("Vision Follower");

        WebDriver browser = Browser.start();
        try {
            logIn(browser, staff().email(), PASSWORD);
            browser.get(url("valuestreams/"));
            Browser.waitForHeading(browser, "Value streams");
            assertTrue(
                    Browser.seriousViolations(browser).isEmpty(), "the index: " + Browser.seriousViolations(browser));
            var hub = ValueStreamHubPage.open(browser, url(""), slug);
            assertTrue(Browser.seriousViolations(browser).isEmpty(), "the hub: " + Browser.seriousViolations(browser));
            long id = hub.startCollective(name);
            save(browser, "vision-text", "Everyone finds the services of a life event in one place.", "vision-submit");
            waitForText(browser, "The new version of the vision is saved.");
            browser.findElement(By.id("action-title")).sendKeys("Map the services of the first year");
            browser.findElement(By.id("action-owner")).sendKeys("Family services");
            browser.findElement(By.id("action-due")).sendKeys("01022027");
            browser.findElement(By.cssSelector("#action button")).sendKeys(Keys.ENTER);
            waitForText(browser, "The action is added to the plan.");
            assertTrue(
                    browser.findElement(By.id("plan-table")).getText().contains("Map the services of the first year"));
            assertTrue(
                    Browser.seriousViolations(browser).isEmpty(),
                    "the collective: " + Browser.seriousViolations(browser));

            var followed = follower.client()
                    .request(
                            "POST",
                            "valuestreams/act",
                            "op=follow&id=" + id,
                            "Content-Type",
                            "application/x-www-form-urlencoded");
            assertTrue(
                    followed.statusCode() == 302 || followed.statusCode() == 303, "follow: " + followed.statusCode());

            browser.manage().deleteAllCookies();
            logIn(browser, citizen.email(), PASSWORD);
            browser.get(url("valuestreams/collective?id=" + id));
            Browser.waitForHeading(browser, name);
            assertTrue(browser.findElements(By.id("comment-body")).isEmpty(), "not a member yet: no comment form");
            browser.findElement(By.id("apply-motivation")).sendKeys("I am a parent of two.");
            browser.findElement(By.cssSelector("#apply button")).sendKeys(Keys.ENTER);
            waitForText(browser, "Your application is sent to the owner of the collective.");

            browser.manage().deleteAllCookies();
            logIn(browser, staff().email(), PASSWORD);
            browser.get(url("valuestreams/collective?id=" + id));
            Browser.waitForHeading(browser, name);
            assertTrue(browser.findElement(By.id("applicants")).getText().contains("I am a parent of two."));
            browser.findElement(By.cssSelector("button[aria-label='Accept Collective Citizen']"))
                    .sendKeys(Keys.ENTER);
            waitForText(browser, "The applicant is now a member.");
            assertTrue(browser.findElement(By.id("member-list")).getText().contains("Collective Citizen"));

            browser.manage().deleteAllCookies();
            logIn(browser, citizen.email(), PASSWORD);
            browser.get(url("valuestreams/collective?id=" + id));
            Browser.waitForHeading(browser, name);
            save(browser, "comment-body", "The plan should start with the maternity clinic.", "comment-submit");
            waitForText(browser, "Your comment is published.");
            browser.findElement(By.id("p-title")).sendKeys("Fewer births in the suburbs");
            browser.findElement(By.id("p-body")).sendKeys("Births fell by 8 % in two years.");
            browser.findElement(By.id("phenomenon-submit")).sendKeys(Keys.ENTER);
            waitForText(browser, "The phenomenon is recorded.");
            browser.findElement(By.id("m-date")).sendKeys("01122026");
            browser.findElement(By.id("m-notes")).sendKeys("We agreed to map the first year.");
            browser.findElement(By.id("m-title")).sendKeys("Kick-off meeting");
            browser.findElement(By.id("meeting-submit")).sendKeys(Keys.ENTER);
            waitForText(browser, "The meeting notes are saved.");
            assertTrue(browser.findElement(By.id("phenomena"))
                    .getText()
                    .contains("Phenomenon: Fewer births in the suburbs"));
            assertTrue(browser.findElement(By.id("meetings")).getText().contains("Kick-off meeting"));
            assertTrue(browser.findElement(By.id("comments"))
                    .getText()
                    .contains("The plan should start with the maternity clinic."));
            save(
                    browser,
                    "vision-text",
                    "Every family finds the services of a life event in one place, in its own language.",
                    "vision-submit");
            waitForText(browser, "The new version of the vision is saved.");
            assertTrue(browser.findElement(By.id("vision-version")).getText().contains("Version 2"));
            assertTrue(
                    browser.findElement(By.id("vision-history"))
                            .getAttribute("textContent")
                            .contains("Everyone finds the services of a life event in one place."),
                    "version 1 is kept");
            assertTrue(
                    Browser.seriousViolations(browser).isEmpty(),
                    "the member's page: " + Browser.seriousViolations(browser));
        } finally {
            browser.quit();
        }
        var mail = MAILBOX.waitForSubject(follower.email(), "New vision for " + name, Duration.ofSeconds(60));
        var text = Mailbox.textPart(mail);
        assertTrue(text.contains("saved version 2 of the vision") && text.contains("in its own language"), text);

        var erased = citizen.client().postJson("api/accounts/me/erasure", "{\"password\": \"" + PASSWORD + "\"}", "en");
        assertTrue(erased.statusCode() < 300, "erasure: " + erased.statusCode() + " " + erased.body());
        var page = staff().client().get("valuestreams/collective?id=" + collectiveId(name));
        var members = page.body().substring(page.body().indexOf("id=\"member-list\""));
        members = members.substring(0, members.indexOf("</ul>"));
        assertEquals(1, members.split("<li>", -1).length - 1, "only the owner is left: " + members);
        assertTrue(page.body().contains("The plan should start with the maternity clinic."), "what they wrote stays");
    }

    @Test
    void aStoryTaggedWithALifeEventByNameShowsUnderThatLifeEventsFilter() throws Exception {
        var stamp = Long.toString(System.nanoTime(), 36);
        var title = "Family centre chat " + stamp;
        var event = "Twins are born " + stamp;
        var otherEvent = "Starting school " + stamp;
        var staff = staff().client();
        addLifeEvent(staff, "Koulun aloitus " + stamp, otherEvent, "Skolstarten " + stamp);
        long storyId = publishedStory(staff, title);

        WebDriver browser = Browser.start();
        try {
            logIn(browser, staff().email(), PASSWORD);
            ValueStreamHubPage.open(browser, url(""), "family-with-children")
                    .addLifeEvent("Kaksoset syntyvät " + stamp, event, "Tvillingar föds " + stamp)
                    .tag(event, title);
            assertTrue(
                    Browser.seriousViolations(browser).isEmpty(),
                    "the hub with the picker: " + Browser.seriousViolations(browser));
        } finally {
            browser.quit();
        }

        var hub =
                client().get("valuestreams/stream?stream=family-with-children").body();
        assertTrue(hub.contains(">" + otherEvent + "</h3>"), "the hub shows every life event unfiltered");
        var id = Pattern.compile("id=\"event-(\\d+)\"[^>]*>\\s*<h3[^>]*>" + Pattern.quote(event))
                .matcher(hub);
        assertTrue(id.find(), hub);
        var filtered = client().get("valuestreams/stream?stream=family-with-children&event=" + id.group(1))
                .body();
        assertTrue(
                filtered.contains(">" + event + "</h3>")
                        && filtered.contains("/stories/story?id=" + storyId + "\">" + title),
                "the story is under its life event: " + filtered);
        assertFalse(filtered.contains(">" + otherEvent + "</h3>"), "and only that life event is shown");
    }

    @Test
    void aLifeEventNarrowsTheListsOfSpacesLessonsAndStoriesAndTheSearch() throws Exception {
        var stamp = Long.toString(System.nanoTime(), 36);
        var event = "First child at home " + stamp;
        var staff = staff().client();
        var city = cityPartner("Family Services City", "Tampere").client();
        var space = "Baby cafe pilot " + stamp;
        var otherSpace = "Toddler gym pilot " + stamp;
        var lesson = "Baby cafe lessons " + stamp;
        var otherLesson = "Toddler gym lessons " + stamp;
        var story = "Baby cafe story " + stamp;
        var otherStory = "Toddler gym story " + stamp;
        openSpace(staff, space, "FAMILY_WITH_CHILDREN");
        openSpace(staff, otherSpace, "FAMILY_WITH_CHILDREN");
        publishedLesson(city, staff, lesson, "PUBLIC", "FAMILY_WITH_CHILDREN");
        publishedLesson(city, staff, otherLesson, "PUBLIC", "FAMILY_WITH_CHILDREN");
        publishedStory(staff, story);
        publishedStory(staff, otherStory);

        WebDriver browser = Browser.start();
        try {
            logIn(browser, staff().email(), PASSWORD);
            ValueStreamHubPage.open(browser, url(""), "family-with-children")
                    .addLifeEvent("Ensimmäinen lapsi kotona " + stamp, event, "Första barnet hemma " + stamp);
            for (var item : new String[] {space, lesson, story}) {
                ValueStreamHubPage.open(browser, url(""), "family-with-children")
                        .tag(event, item);
            }

            browser.manage().deleteAllCookies();
            browser.get(url("spaces/?valueStream=FAMILY_WITH_CHILDREN"));
            filterByLifeEvent(browser, event);
            assertTrue(
                    browser.getCurrentUrl().contains("valueStream=FAMILY_WITH_CHILDREN")
                            && browser.getCurrentUrl().contains("lifeEvent="),
                    "both filters are kept in the address: " + browser.getCurrentUrl());
            var spaces = browser.findElement(By.tagName("main")).getText();
            assertTrue(spaces.contains(space) && !spaces.contains(otherSpace), spaces);
            assertTrue(Browser.seriousViolations(browser).isEmpty(), "spaces: " + Browser.seriousViolations(browser));
            var bookmarked = browser.getCurrentUrl();
            browser.get(bookmarked);
            assertTrue(browser.findElement(By.tagName("main")).getText().contains(space), "the link is bookmarkable");

            browser.get(url("knowledge/"));
            filterByLifeEvent(browser, event);
            var lessons = browser.findElement(By.id("latest-lessons")).getText();
            assertTrue(lessons.contains(lesson) && !lessons.contains(otherLesson), lessons);
            assertTrue(
                    Browser.seriousViolations(browser).isEmpty(), "knowledge: " + Browser.seriousViolations(browser));

            browser.get(url("stories/"));
            filterByLifeEvent(browser, event);
            var stories = browser.findElement(By.tagName("main")).getText();
            assertTrue(stories.contains(story) && !stories.contains(otherStory), stories);
            assertTrue(Browser.seriousViolations(browser).isEmpty(), "stories: " + Browser.seriousViolations(browser));

            browser.get(url("spaces/?lifeEvent=999999999"));
            assertTrue(
                    browser.findElement(By.tagName("main"))
                            .getText()
                            .contains("One of the filters has an unknown value"),
                    "an unknown life event is said so, not a failure");

            // the hub's link for the life event opens search with the facet set
            var found = false;
            for (int i = 0; i < 60 && !found; i++) {
                browser.get(url("valuestreams/stream?stream=family-with-children"));
                var article = browser.findElement(By.xpath("//article[h3[normalize-space()='" + event + "']]"));
                article.findElement(By.linkText("in search")).click();
                var results = browser.findElement(By.cssSelector("ol.results")).getText();
                found = results.contains(space) && results.contains(lesson);
                if (!found) {
                    Thread.sleep(500);
                }
            }
            assertTrue(found, "search finds the tagged space and lesson");
            var results = browser.findElement(By.cssSelector("ol.results")).getText();
            assertFalse(results.contains(otherSpace) || results.contains(otherLesson), results);
            var facet = browser.findElement(By.cssSelector("ul.facet[data-facet=lifeEvent]"));
            assertTrue(
                    browser.findElement(By.cssSelector("nav.facets")).getText().contains("Life event"),
                    "the facet is named");
            var chosen =
                    facet.findElement(By.cssSelector("a[aria-current=true]")).getText();
            assertTrue(
                    chosen.contains(event) && chosen.contains("(2)"),
                    "the life event by name, with its count: " + chosen);
            assertTrue(Browser.seriousViolations(browser).isEmpty(), "search: " + Browser.seriousViolations(browser));
        } finally {
            browser.quit();
        }
    }

    @Test
    void anErasedOwnerHandsTheCollectiveToTheLongestStandingMemberAndThenToProgrammeStaff() throws Exception {
        var slug = streamWithoutCollective();
        var name = "Handover collective " + Long.toString(System.nanoTime(), 36);
        var owner = verifiedMember("Leaving Owner");
        long promotedAt = System.currentTimeMillis();
        appointStaff(owner.email());
        var first = verifiedMember("First Member");
        var second = verifiedMember("Second Member");
        // the portal reuses an account's role for 5 s (ErasedAccounts); the appointment shows after that
        Thread.sleep(Math.max(0, promotedAt + 6_000 - System.currentTimeMillis()));
        var ownerClient = signedIn(owner.email(), PASSWORD);
        long id;
        WebDriver browser = Browser.start();
        try {
            logIn(browser, owner.email(), PASSWORD);
            id = ValueStreamHubPage.open(browser, url(""), slug).startCollective(name);
            for (var m : List.of(first, second)) {
                var applied = m.client()
                        .request(
                                "POST",
                                "valuestreams/act",
                                "op=apply&id=" + id + "&motivation=joining",
                                "Content-Type",
                                "application/x-www-form-urlencoded");
                assertTrue(applied.statusCode() < 400, "apply: " + applied.statusCode());
            }
            for (var who : new String[] {"First Member", "Second Member"}) {
                browser.get(url("valuestreams/collective?id=" + id));
                Browser.waitForHeading(browser, name);
                browser.findElement(By.cssSelector("button[aria-label='Accept " + who + "']"))
                        .sendKeys(Keys.ENTER);
                waitForText(browser, "The applicant is now a member.");
            }
        } finally {
            browser.quit();
        }
        assertEquals("Leaving Owner", ownerOnPage(id));

        erase(ownerClient);
        assertEquals("First Member", ownerOnPage(id), "the member accepted first takes over");
        var hub = client().get("valuestreams/stream?stream=" + slug).body();
        assertTrue(hub.contains("<span id=\"owner\">First Member</span>"), "the hub names the new owner");

        erase(first.client());
        assertEquals("Second Member", ownerOnPage(id));
        erase(second.client());
        assertEquals("programme staff", ownerOnPage(id), "with nobody left, programme staff own it");
    }

    /** Staff add a life event to the families' hub with the hub's form (names in Finnish, English, Swedish). */
    private static void addLifeEvent(PortalClient staff, String finnish, String english, String swedish)
            throws Exception {
        var form = "op=lifeEvent&stream=family-with-children&nameFi=" + encoded(finnish) + "&nameEn=" + encoded(english)
                + "&nameSv=" + encoded(swedish) + "&description=";
        var added =
                staff.request("POST", "valuestreams/act", form, "Content-Type", "application/x-www-form-urlencoded");
        assertTrue(added.statusCode() == 302 || added.statusCode() == 303, "life event: " + added.statusCode());
        assertTrue(
                staff.get("valuestreams/stream?stream=family-with-children")
                        .body()
                        .contains(english),
                "the hub shows the life event");
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private String ownerOnPage(long collective) throws Exception {
        var page = client().get("valuestreams/collective?id=" + collective).body();
        var m = Pattern.compile("<span id=\"owner\">([^<]*)</span>").matcher(page);
        assertTrue(m.find(), page);
        return m.group(1);
    }

    private static void erase(PortalClient member) throws Exception {
        var erased = member.postJson("api/accounts/me/erasure", "{\"password\": \"" + PASSWORD + "\"}", "en");
        assertTrue(erased.statusCode() < 300, "erasure: " + erased.statusCode() + " " + erased.body());
    }

    /** A hackathon of the value stream that staff create and open. */
    private void openSpace(PortalClient staff, String title, String stream) throws Exception {
        var opens = OffsetDateTime.now().plusDays(5);
        var created = staff.postJson("api/spaces", """
                {"kind": "HACKATHON", "title": "%s", "summary": "Parents meet in a cafe with their babies.",
                 "description": "A cafe for parents.", "themes": ["PEOPLE"], "domain": "EDUCATION",
                 "valueStreams": ["%s"], "organiser": "Family services", "city": "Tampere",
                 "place": "Hervanta", "opensAt": "%s", "submissionDeadline": "%s"}
                """.formatted(title, stream, opens, opens.plusDays(20)), "en");
        assertEquals(201, created.statusCode(), created.body());
        long id = Json.parse(created.body())
                .getJsonObject("summary")
                .getJsonNumber("id")
                .longValue();
        assertEquals(
                200,
                staff.putJson("api/spaces/" + id + "/phase", "{\"phase\": \"OPEN\"}")
                        .statusCode());
    }

    /** A story on the family value stream that staff publish; returns its id. */
    private static long publishedStory(PortalClient staff, String title) throws Exception {
        var created = staff.postJson("api/stories", """
                {"title": "%s", "lead": "Parents meet in a cafe.", "body": "Every week.",
                 "city": "Tampere", "themes": ["PEOPLE"], "valueStream": "FAMILY_WITH_CHILDREN", "investmentEur": 1000,
                 "indicators": [{"impact": "SOCIAL", "name": "Families helped", "unit": "families", "value": 40,
                   "measuredOn": "2026-04-30", "source": "Family centre"}]}""".formatted(title), "en");
        assertEquals(201, created.statusCode(), created.body());
        long id = Json.parse(created.body())
                .getJsonObject("summary")
                .getJsonNumber("id")
                .longValue();
        for (var step : new String[] {"SUBMIT", "PUBLISH"}) {
            assertEquals(
                    200,
                    staff.putJson("api/stories/" + id + "/status", "{\"step\": \"" + step + "\"}")
                            .statusCode());
        }
        return id;
    }

    /** Picks the life event in the list's filter form by its label and shows the list. */
    private static void filterByLifeEvent(WebDriver browser, String event) {
        var select = labelled(browser, "Life event");
        new Select(select).selectByVisibleText(event);
        select.findElement(By.xpath("ancestor::form//button[@type='submit']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(d -> d.getCurrentUrl().contains("lifeEvent="));
    }

    private static org.openqa.selenium.WebElement labelled(WebDriver browser, String label) {
        var forId = browser.findElement(By.xpath("//label[normalize-space()='" + label + "']"))
                .getAttribute("for");
        return browser.findElement(By.id(forId));
    }

    private long collectiveId(String name) throws Exception {
        var index = client().get("valuestreams/").body();
        var m = Pattern.compile("valuestreams/collective\\?id=(\\d+)\">" + Pattern.quote(name))
                .matcher(index);
        assertTrue(m.find(), index);
        return Long.parseLong(m.group(1));
    }

    private String streamWithoutCollective() throws Exception {
        var cards = client().get("valuestreams/").body().split("id=\"stream-");
        for (int i = 1; i < cards.length; i++) {
            if (!cards[i].contains("valuestreams/collective?id=")) {
                return cards[i].substring(0, cards[i].indexOf('"'));
            }
        }
        throw new AssertionError("every stream has a collective already");
    }

    private static void save(WebDriver browser, String field, String text, String button) {
        var input = browser.findElement(By.id(field));
        input.clear();
        input.sendKeys(text);
        browser.findElement(By.id(button)).sendKeys(Keys.ENTER);
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
