package org.tori.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tori.stories.OpenDataReader.children;
import static org.tori.stories.OpenDataReader.get;
import static org.tori.stories.OpenDataReader.kpis;
import static org.tori.stories.StoryFixtures.STORY;
import static org.tori.stories.StoryFixtures.first;
import static org.tori.stories.StoryFixtures.id;
import static org.tori.stories.StoryFixtures.moveSpace;
import static org.tori.stories.StoryFixtures.published;
import static org.tori.stories.StoryFixtures.step;
import static org.tori.stories.StoryFixtures.story;
import static org.tori.stories.StoryFixtures.withSources;
import static org.tori.testing.LessonFixtures.draftLesson;
import static org.tori.testing.LessonFixtures.lessonJson;
import static org.tori.testing.LessonFixtures.publishedLesson;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.tori.testing.Browser;
import org.tori.testing.DeployedPortal;
import org.tori.testing.Json;
import org.tori.testing.PortalClient;
import org.xml.sax.InputSource;

/**
 * Stories, open data and the scorecard on one deployed portal (one Payara boot): the stories' API,
 * open-data feeds and exports, the KPIs, and the browser journeys. The data each test needs is made
 * by {@link StoryFixtures} and {@link org.tori.testing.LessonFixtures}, read by {@link OpenDataReader}; the story
 * editor is driven through {@link StoryEditorPage}.
 *
 * <p>One class, in four sections (stories, open data, scorecard, browser journeys), rather than one class per
 * story: each integration class boots its own Payara (40–60 s on the CI machine), so four classes would add
 * about three minutes to a suite kept near 30. Each test makes its own staff, partners, lessons and spaces,
 * so the sections (and the tests in them) do not depend on one another or on their order.
 */
class StoriesIT extends DeployedPortal {

    // --- stories ------------------------------------------------------------------------------------

    /** A city partner of its own, registered, verified and approved by staff; its city comes from its account. */
    PortalClient partner(String city) throws Exception {
        return approvedMember("Pekka Partner", "CITY_PARTNER", "City office", city)
                .client();
    }

    @Test
    void aStoryIsPublicOnlyWhilePublishedAndKeepsItsRevisions() throws Exception {
        var staff = staff().client();
        var anyone = client();
        long id = story(staff, "Robots in pre-schools");
        assertEquals(404, anyone.get("api/stories/" + id).statusCode(), "a draft is not public");
        step(staff, id, "SUBMIT");
        assertEquals(404, anyone.get("api/stories/" + id).statusCode(), "a story in review is not public");
        assertEquals(
                409,
                staff.putJson("api/stories/" + id + "/status", "{\"step\": \"ARCHIVE\"}")
                        .statusCode());
        step(staff, id, "PUBLISH");

        var published = anyone.get("api/stories/" + id);
        assertEquals(200, published.statusCode());
        var story = Json.parse(published.body());
        assertFalse(story.getString("bodyHtml").contains("script"), story.getString("bodyHtml"));
        assertTrue(story.getString("bodyHtml").contains("<strong>practised</strong>"));
        assertEquals(2, story.getJsonArray("indicators").size());
        var returns = story.getJsonObject("returns");
        assertEquals(100000, returns.getJsonNumber("returnedEur").intValue(), "110 000 less the baseline of 10 000");
        assertEquals("2.50", returns.getJsonNumber("perEuro").bigDecimalValue().toPlainString());
        assertEquals(150, returns.getJsonNumber("netPercent").intValue());
        assertTrue(anyone.get("stories/story?id=" + id)
                .body()
                .contains("property=\"og:title\" content=\"Robots in pre-schools\""));
        assertTrue(anyone.get("stories/").body().contains("Robots in pre-schools"));

        step(staff, id, "ARCHIVE");
        assertEquals(404, anyone.get("api/stories/" + id).statusCode(), "an archived story is not public");
        assertEquals(404, anyone.get("stories/story?id=" + id).statusCode());
        assertEquals(
                409,
                staff.putJson("api/stories/" + id, STORY.formatted("Changed")).statusCode(),
                "archived is frozen");

        var revisions = Json.parse("{\"r\":"
                        + staff.get("api/stories/" + id + "/revisions").body() + "}")
                .getJsonArray("r");
        assertEquals(4, revisions.size());
        assertEquals("archive", revisions.getJsonObject(0).getString("note"));
        assertEquals("created", revisions.getJsonObject(3).getString("note"));
    }

    @Test
    void onlyStaffWriteStories() throws Exception {
        assertEquals(
                401,
                client().postJson("api/stories", STORY.formatted("Anonymous"), "en")
                        .statusCode());
        var citizen = verifiedMember("story reader").client();
        assertEquals(
                403,
                citizen.postJson("api/stories", STORY.formatted("Citizen"), "en")
                        .statusCode());
        assertEquals(401, client().get("api/stories/editorial").statusCode());
    }

    @Test
    void aScheduledStoryIsPublishedByTheJobWhenItsTimeComes() throws Exception {
        var staff = staff().client();
        long id = story(staff, "Scheduled chatbot story");
        step(staff, id, "SUBMIT");
        var at = OffsetDateTime.now().plusSeconds(3).truncatedTo(ChronoUnit.SECONDS);
        var scheduled = staff.putJson(
                "api/stories/" + id + "/status", "{\"step\": \"PUBLISH\", \"publishAt\": \"" + at + "\"}");
        assertEquals(200, scheduled.statusCode(), scheduled.body());
        assertEquals(
                "REVIEW", Json.parse(scheduled.body()).getJsonObject("summary").getString("status"));
        assertEquals(404, client().get("api/stories/" + id).statusCode(), "not before its time");
        long deadline = System.currentTimeMillis() + 60_000;
        while (client().get("api/stories/" + id).statusCode() != 200) {
            assertTrue(System.currentTimeMillis() < deadline, "the publishing job did not publish the story");
            Thread.sleep(1000);
        }
        var revisions = staff.get("api/stories/" + id + "/revisions").body();
        assertTrue(revisions.contains("\"scheduled\"") && revisions.contains("\"published\""), revisions);
    }

    @Test
    void badInputIsAClearProblemNeverAServerError() throws Exception {
        var staff = staff().client();
        var noUnit = staff.postJson("api/stories", STORY.formatted("No unit").replace("\"unit\": \"EUR\", ", ""), "en");
        assertEquals(400, noUnit.statusCode(), noUnit.body());
        assertTrue(
                noUnit.body().contains("indicators[0].unit") && noUnit.body().contains("needs a unit"), noUnit.body());
        var notNumber = staff.postJson(
                "api/stories", STORY.formatted("Not a number").replace("\"value\": 420", "\"value\": \"many\""), "en");
        assertEquals(400, notNumber.statusCode(), notNumber.body());
        var huge = staff.postJson(
                "api/stories", STORY.formatted("Huge").replace("\"value\": 420", "\"value\": 1e30"), "en");
        assertEquals(400, huge.statusCode(), huge.body());
        var noSpace = staff.postJson(
                "api/stories",
                STORY.formatted("No space").replace("\"city\"", "\"spaceId\": 987654321, \"city\""),
                "en");
        assertEquals(400, noSpace.statusCode(), noSpace.body());
        assertTrue(noSpace.body().contains("spaceId"), noSpace.body());
        var noTitle = staff.postJson("api/stories", STORY.formatted(""), "en");
        assertEquals(400, noTitle.statusCode(), noTitle.body());
        assertEquals(400, client().get("api/stories?impact=HAPPINESS").statusCode());
        var bounded = Json.parse(client().get("api/stories?size=100000&page=-3").body());
        assertEquals(100, bounded.getInt("size"));
        assertEquals(0, bounded.getInt("page"));
        assertEquals(404, client().get("api/stories/987654321").statusCode());
        assertEquals(
                400, client().get("stories/story?id=nonsense").statusCode(), "letters for an id are a bad request");
    }

    /**
     * A contest run to its end: a company's entry is judged the winner, its pilot started and scaled
     * up with the given outcome; returns the contest's id.
     */
    private long contestWithAScaledUpWinner(PortalClient staff, String entryTitle, String outcome) throws Exception {
        var created = staff.postJson(
                "api/spaces",
                """
                {"kind": "CONTEST", "title": "Safer crossings contest %s", "summary": "Safer crossings.", "opensAt": "%s",
                 "submissionDeadline": "%s", "resultsAt": "%s"}
                """.formatted(
                                Long.toString(System.nanoTime(), 36),
                                OffsetDateTime.now().minusMinutes(5),
                                OffsetDateTime.now().plusDays(2),
                                OffsetDateTime.now().plusDays(3)),
                "en");
        assertEquals(201, created.statusCode(), created.body());
        long contest = id(created.body());
        var judging = "api/spaces/" + contest + "/judging/";
        var criteria = staff.putJson(judging + "criteria", "[{\"name\": \"Safety\", \"weight\": 1}]");
        assertEquals(200, criteria.statusCode(), criteria.body());
        long criterion = first(criteria.body()).getJsonNumber("id").longValue();
        moveSpace(staff, contest, "OPEN");
        var entry = company("Crossing Company", "Crossing Oy")
                .client()
                .postJson(
                        "api/spaces/" + contest + "/entries",
                        "{\"title\": \"" + entryTitle + "\", \"answers\": {\"" + criterion + "\": \"Lit crossings\"}}",
                        "en");
        assertEquals(201, entry.statusCode(), entry.body());
        long entryId = Json.parse(entry.body()).getJsonNumber("id").longValue();
        moveSpace(staff, contest, "SCREENING");
        moveSpace(staff, contest, "JUDGING");
        var juror = cityPartner("Crossing Juror", "Tampere");
        assertEquals(
                204,
                staff.postJson(judging + "jurors", "{\"email\": \"" + juror.email() + "\"}", "en")
                        .statusCode());
        assertEquals(
                204,
                juror.client()
                        .putJson(judging + "scores/" + entryId, "{\"" + criterion + "\": 9}")
                        .statusCode());
        moveSpace(staff, contest, "RESULTS");
        assertEquals(
                201,
                staff.postJson(judging + "results/" + entryId + "/pilot", """
                {"partner": "Tampere", "budgetEur": 30000, "startsOn": "2026-03-01"}""", "en")
                        .statusCode());
        for (var stage : List.of(
                "{\"stage\": \"RUNNING\"}",
                "{\"stage\": \"SCALED_UP\", \"outcome\": \"" + outcome + "\", \"confirmGaps\": true}")) {
            assertEquals(
                    204,
                    staff.putJson(judging + "results/" + entryId + "/pilot/stage", stage)
                            .statusCode(),
                    stage);
        }
        return contest;
    }

    @Test
    void aStoryNamesThePublishedLessonsItCameFromAndShowsItsSpacesFollowUp() throws Exception {
        var staff = staff().client();
        var author = partner("Tampere");
        long source =
                publishedLesson(author, staff, lessonJson("Story source lesson", "Tampere", "PEOPLE", "PUBLIC", null));
        long partnersOnly = publishedLesson(
                author, staff, lessonJson("Partners-only source lesson", "Tampere", "PEOPLE", "PARTNERS", null));
        long draft = draftLesson(author, lessonJson("Draft source lesson", "Tampere", "PEOPLE", "PUBLIC", null));
        long contest = contestWithAScaledUpWinner(staff, "Radar-lit crossing", "Rolled out to 40 more crossings");

        for (var wrong : List.of(987654321L, draft, 0L)) {
            var refused =
                    staff.postJson("api/stories", withSources(STORY.formatted("Wrong lesson"), null, wrong), "en");
            assertEquals(400, refused.statusCode(), wrong + ": " + refused.body());
            assertTrue(
                    refused.body().contains("lessonIds") && refused.body().contains("published lesson"),
                    refused.body());
        }
        var created = staff.postJson(
                "api/stories",
                withSources(STORY.formatted("A story from lessons"), contest, source, partnersOnly),
                "en");
        assertEquals(201, created.statusCode(), created.body());
        long id = id(created.body());
        assertEquals(
                400,
                staff.putJson("api/stories/" + id, withSources(STORY.formatted("A story from lessons"), contest, draft))
                        .statusCode(),
                "an edit is checked too");
        step(staff, id, "SUBMIT");
        step(staff, id, "PUBLISH");

        var json = Json.parse(client().get("api/stories/" + id).body());
        assertEquals(
                List.of(source, partnersOnly),
                json.getJsonArray("lessonIds").getValuesAs(JsonNumber.class).stream()
                        .map(JsonNumber::longValue)
                        .toList());
        var page = client().get("stories/story?id=" + id).body();
        assertTrue(page.contains("Story source lesson") && page.contains("knowledge/lesson?id=" + source + "\""), page);
        assertFalse(page.contains("Partners-only source lesson"), "only lessons the public may read are named");
        assertTrue(page.contains("spaces/space?id=" + contest + "\""));
        assertTrue(
                page.contains("Radar-lit crossing")
                        && page.contains("scaled up")
                        && page.contains("Rolled out to 40 more crossings"),
                "the winner's pilot with its stage and outcome");
        var csv = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .build()
                .parse(new StringReader(
                        get(client().uri("api/open/stories.csv")).body()))
                .getRecords();
        assertEquals(
                source + " " + partnersOnly,
                csv.stream()
                        .filter(r -> r.get("id").equals(String.valueOf(id)))
                        .findFirst()
                        .orElseThrow()
                        .get("lesson_ids"));
    }

    // --- open data -----------------------------------------------------------------------------

    @Test
    void openDataAnswersWithLicenceEtagAndNotModified() throws Exception {
        var staff = staff().client();
        published(staff, "Conditional story");
        var uri = client().uri("api/open/stories");
        var first = get(uri);
        assertEquals(200, first.statusCode());
        var etag = first.headers().firstValue("ETag").orElseThrow();
        var modified = first.headers().firstValue("Last-Modified").orElseThrow();
        assertTrue(first.headers().firstValue("Link").orElseThrow().contains("creativecommons.org/licenses/by/4.0"));
        assertEquals("CC-BY-4.0", Json.parse(first.body()).getString("license"));
        assertEquals(304, get(uri, "If-None-Match", etag).statusCode());
        assertEquals(304, get(uri, "If-Modified-Since", modified).statusCode());
        assertEquals(200, get(uri, "If-None-Match", "\"something-else\"").statusCode());
        long newer = published(staff, "A newer story changes the tag");
        assertEquals(200, get(uri, "If-None-Match", etag).statusCode(), "a change makes the old tag stale");
        var beforeArchiving = get(uri).headers().firstValue("Last-Modified").orElseThrow();
        Thread.sleep(1100);
        step(staff, newer, "ARCHIVE");
        assertEquals(
                200, get(uri, "If-Modified-Since", beforeArchiving).statusCode(), "an archiving changes the list too");
        for (var path : List.of(
                "api/open/stories.csv",
                "api/open/spaces.csv",
                "api/open/stories.atom",
                "api/open/kpis",
                "api/open/lessons",
                "api/open/lessons.csv",
                "api/open/lessons.atom",
                "api/open/practices",
                "api/open/practices.csv")) {
            var answer = get(client().uri(path));
            assertEquals(200, answer.statusCode(), path);
            assertEquals(
                    304,
                    get(
                                    client().uri(path),
                                    "If-None-Match",
                                    answer.headers().firstValue("ETag").orElseThrow())
                            .statusCode(),
                    path);
            assertEquals("CC-BY-4.0", answer.headers().firstValue("X-License").orElseThrow(), path);
        }
        var bounded = Json.parse(
                get(client().uri("api/open/stories?size=5000&page=-1")).body());
        assertEquals(100, bounded.getInt("size"));
        assertEquals(0, bounded.getInt("page"));
        assertEquals(400, get(client().uri("api/open/stories.atom?theme=NOPE")).statusCode());

        var lessons = client().uri("api/open/lessons");
        var lessonsModified = get(lessons).headers().firstValue("Last-Modified").orElseThrow();
        assertEquals(304, get(lessons, "If-Modified-Since", lessonsModified).statusCode());
        for (var path : List.of("api/open/lessons?size=5000&page=-1", "api/open/practices?size=0&page=-1")) {
            var page = Json.parse(get(client().uri(path)).body());
            assertEquals(path.contains("5000") ? 100 : 1, page.getInt("size"), path);
            assertEquals(0, page.getInt("page"), path);
        }
        assertEquals(400, get(client().uri("api/open/practices?theme=NOPE")).statusCode());
    }

    @Test
    void csvExportsOpenWithACsvParserAndHaveTheDocumentedColumns() throws Exception {
        var staff = staff().client();
        long id = published(staff, "CSV, \\\"quoted\\\" story");
        var format = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .build();
        var stories = format.parse(
                new StringReader(get(client().uri("api/open/stories.csv")).body()));
        assertEquals(
                List.of(
                        "id",
                        "title",
                        "lead",
                        "city",
                        "partners",
                        "themes",
                        "value_stream",
                        "published_at",
                        "investment_eur",
                        "returned_eur",
                        "return_per_euro",
                        "net_return_percent",
                        "space_id",
                        "lesson_ids"),
                stories.getHeaderNames());
        var row = stories.getRecords().stream()
                .filter(r -> r.get("id").equals(String.valueOf(id)))
                .findFirst()
                .orElseThrow();
        assertEquals("CSV, \"quoted\" story", row.get("title"));
        assertEquals("2.50", row.get("return_per_euro"));
        var indicators = format.parse(
                new StringReader(get(client().uri("api/open/indicators.csv")).body()));
        assertEquals(
                List.of("story_id", "impact", "name", "unit", "baseline", "value", "change", "measured_on", "source"),
                indicators.getHeaderNames());
        assertEquals(
                2,
                indicators.getRecords().stream()
                        .filter(r -> r.get("story_id").equals(String.valueOf(id)))
                        .count());
        var spaces = format.parse(
                new StringReader(get(client().uri("api/open/spaces.csv")).body()));
        assertTrue(spaces.getHeaderNames().containsAll(List.of("id", "kind", "phase", "title", "themes", "city")));
        var kpis = format.parse(
                new StringReader(get(client().uri("api/open/kpis.csv")).body()));
        assertEquals(List.of("kpi", "tier", "year", "value", "target", "light"), kpis.getHeaderNames());

        long lesson = publishedLesson(
                partner("Tampere"),
                staff,
                lessonJson(
                        "CSV, \\\"quoted\\\" lesson",
                        "Csvtown",
                        "PLANET",
                        "PUBLIC",
                        "{\"visibility\": \"PUBLIC\", \"problem\": \"Sensors went silent\", \"causes\": [{\"statement\": \"No owner\", \"category\": \"PROCESS\"}]}"));
        assertEquals(
                200,
                staff.putJson("api/lessons/" + lesson + "/practice", "{\"practice\": true}")
                        .statusCode());
        for (var city : List.of("Oulu", "Turku")) {
            assertEquals(
                    200,
                    partner(city)
                            .putJson("api/lessons/" + lesson + "/adoptions/mine", "{}")
                            .statusCode(),
                    city);
        }
        var lessons = format.parse(new StringReader(
                get(client().uri("api/open/lessons.csv?city=csvtown")).body()));
        assertEquals(
                List.of(
                        "id",
                        "title",
                        "city",
                        "organisation",
                        "happened_on",
                        "language",
                        "themes",
                        "domain",
                        "value_streams",
                        "space_id",
                        "practice",
                        "published_at",
                        "what_happened",
                        "what_worked",
                        "what_did_not",
                        "recommendation",
                        "analysis_problem",
                        "cause_categories"),
                lessons.getHeaderNames());
        var lessonRows = lessons.getRecords();
        assertEquals(1, lessonRows.size(), "the city filter keeps this test's lesson only");
        assertEquals(String.valueOf(lesson), lessonRows.get(0).get("id"));
        assertEquals("CSV, \"quoted\" lesson", lessonRows.get(0).get("title"));
        assertEquals("Sensors went silent", lessonRows.get(0).get("analysis_problem"));
        assertEquals("PROCESS", lessonRows.get(0).get("cause_categories"));
        assertEquals("true", lessonRows.get(0).get("practice"));
        var practices = format.parse(new StringReader(
                get(client().uri("api/open/practices.csv?theme=PLANET")).body()));
        assertEquals(
                List.of("id", "title", "city", "themes", "published_at", "adoptions", "adopting_cities"),
                practices.getHeaderNames());
        var practice = practices.getRecords().stream()
                .filter(r -> r.get("id").equals(String.valueOf(lesson)))
                .findFirst()
                .orElseThrow();
        assertEquals("2", practice.get("adoptions"));
        assertEquals("Oulu; Turku", practice.get("adopting_cities"));
        var json = Json.parse(
                        get(client().uri("api/open/practices?city=Csvtown")).body())
                .getJsonArray("items")
                .getJsonObject(0);
        assertEquals(2, json.getInt("adoptionCount"));
        assertEquals("Oulu", json.getJsonArray("adoptions").getJsonObject(0).getString("city"));
    }

    @Test
    void feedsAreValidAtomAndFilterByThemeAndCity() throws Exception {
        var staff = staff().client();
        long id = published(staff, "Feed <story> & more");
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        for (var path : List.of(
                "api/open/stories.atom", "api/open/spaces.atom", "api/open/stories.atom?theme=PEOPLE&city=Tampere")) {
            var answer = get(client().uri(path));
            assertEquals(200, answer.statusCode(), path);
            assertTrue(answer.headers().firstValue("Content-Type").orElseThrow().startsWith("application/atom+xml"));
            var feed = factory.newDocumentBuilder()
                    .parse(new InputSource(new StringReader(answer.body())))
                    .getDocumentElement();
            assertEquals("http://www.w3.org/2005/Atom", feed.getNamespaceURI());
            for (var required : List.of("id", "title", "updated")) {
                assertEquals(1, children(feed, required).size(), path + " feed " + required);
            }
            for (var entry : children(feed, "entry")) {
                for (var required : List.of("id", "title", "updated", "link")) {
                    assertEquals(1, children(entry, required).size(), path + " entry " + required);
                }
            }
        }
        assertTrue(get(client().uri("api/open/stories.atom?theme=PEOPLE"))
                .body()
                .contains("Feed &lt;story&gt; &amp; more"));
        assertFalse(get(client().uri("api/open/stories.atom?theme=PLANET"))
                .body()
                .contains("stories/story?id=" + id + "<"));
        assertFalse(get(client().uri("api/open/stories.atom?city=Oulu")).body().contains("Feed &lt;story&gt;"));

        long lesson = publishedLesson(
                partner("Tampere"), staff, lessonJson("Feed <lesson> & more", "Feedham", "PLANET", "PUBLIC", null));
        for (var path : List.of("api/open/lessons.atom", "api/open/lessons.atom?theme=PLANET&city=feedham")) {
            var answer = get(client().uri(path));
            assertEquals(200, answer.statusCode(), path);
            var feed = factory.newDocumentBuilder()
                    .parse(new InputSource(new StringReader(answer.body())))
                    .getDocumentElement();
            assertEquals("http://www.w3.org/2005/Atom", feed.getNamespaceURI());
            for (var entry : children(feed, "entry")) {
                for (var required : List.of("id", "title", "updated", "link")) {
                    assertEquals(1, children(entry, required).size(), path + " entry " + required);
                }
            }
            assertTrue(answer.body().contains("Feed &lt;lesson&gt; &amp; more"), path);
        }
        var link = "knowledge/lesson?id=" + lesson + "\"";
        assertTrue(
                get(client().uri("api/open/lessons.atom?city=Feedham")).body().contains(link));
        assertFalse(
                get(client().uri("api/open/lessons.atom?theme=PEOPLE")).body().contains(link), "another theme");
        assertFalse(get(client().uri("api/open/lessons.atom?city=Oulu")).body().contains(link), "another city");
        assertEquals(400, get(client().uri("api/open/lessons.atom?theme=NOPE")).statusCode());
    }

    @Test
    void noPublicRouteGivesAwayPersonalDataOrHiddenContent() throws Exception {
        var staff = staff().client();
        long draft = story(staff, "Hidden draft story");
        long review = story(staff, "Hidden review story");
        step(staff, review, "SUBMIT");
        long archived = published(staff, "Hidden archived story");
        step(staff, archived, "ARCHIVE");
        var space = staff.postJson("api/spaces", """
                {"kind": "CONTEST", "title": "Hidden draft space", "summary": "Not yet public."}""", "en");
        assertEquals(201, space.statusCode(), space.body());
        long open = published(staff, "Visible open story");
        var member = verifiedMember("Private Person");
        var author = partner("Tampere");
        var owned =
                "{\"visibility\": \"%s\", \"problem\": \"%s\", \"actions\": [{\"description\": \"Tell people\", \"owner\": \"Olli Owner\"}]}";
        publishedLesson(author, staff, lessonJson("Hidden partners lesson", "Tampere", "PEOPLE", "PARTNERS", null));
        publishedLesson(author, staff, lessonJson("Hidden staff lesson", "Tampere", "PEOPLE", "STAFF", null));
        draftLesson(author, lessonJson("Hidden draft lesson", "Tampere", "PEOPLE", "PUBLIC", null));
        long returned = draftLesson(author, lessonJson("Hidden returned lesson", "Tampere", "PEOPLE", "PUBLIC", null));
        assertEquals(
                200,
                author.putJson("api/lessons/" + returned + "/status", "{\"status\": \"IN_REVIEW\"}")
                        .statusCode());
        assertEquals(
                200,
                staff.putJson(
                                "api/lessons/" + returned + "/status",
                                "{\"status\": \"DRAFT\", \"note\": \"Hidden review note\"}")
                        .statusCode());
        long visible = publishedLesson(
                author,
                staff,
                lessonJson(
                        "Visible open lesson",
                        "Tampere",
                        "PEOPLE",
                        "PUBLIC",
                        owned.formatted("PARTNERS", "Hidden analysis problem")));
        long analysed = publishedLesson(
                author,
                staff,
                lessonJson(
                        "Visible analysed lesson",
                        "Tampere",
                        "PEOPLE",
                        "PUBLIC",
                        owned.formatted("PUBLIC", "Visible analysis problem")));
        assertEquals(
                200,
                staff.putJson("api/lessons/" + visible + "/practice", "{\"practice\": true}")
                        .statusCode());
        assertEquals(
                200,
                partner("Oulu")
                        .putJson("api/lessons/" + visible + "/adoptions/mine", "{\"note\": \"Visible adoption note\"}")
                        .statusCode());

        var routes = List.of(
                "api/open",
                "api/open/spaces?size=100",
                "api/open/spaces.csv",
                "api/open/spaces.atom",
                "api/open/stories?size=100",
                "api/open/stories.csv",
                "api/open/indicators.csv",
                "api/open/stories.atom",
                "api/open/kpis",
                "api/open/kpis.csv",
                "api/open/lessons?size=100",
                "api/open/lessons.csv",
                "api/open/lessons.atom",
                "api/open/practices?size=100",
                "api/open/practices.csv",
                "api/stories?size=100",
                "api/stories/" + open,
                "api/scorecard",
                "api/scorecard/trends",
                "api/spaces?size=100",
                "stories/",
                "stories/story?id=" + open,
                "scorecard/",
                "opendata/",
                "");
        // members' addresses: the demo accounts' domain and the member made here (spaces' own texts may quote any
        // address)
        var email = Pattern.compile("[A-Za-z0-9._%+-]+@(demo\\.tori\\.fi|"
                + Pattern.quote(member.email().substring(member.email().indexOf('@') + 1)) + ")");
        for (var route : routes) {
            var answer = get(client().uri(route));
            assertEquals(200, answer.statusCode(), route);
            if (route.startsWith("api/open") || route.startsWith("api/stories") || route.startsWith("api/scorecard")) {
                assertEquals(
                        "CC-BY-4.0",
                        answer.headers().firstValue("X-License").orElse(null),
                        route + " states the licence");
            }
            var body = answer.body();
            var mail = email.matcher(body);
            assertFalse(mail.find(), route + " shows a member's e-mail address");
            assertFalse(body.contains(member.email()), route + " shows the member's e-mail address");
            for (var field : List.of(
                    "\"email\"",
                    "\"createdBy\"",
                    "\"changedBy\"",
                    "\"submitter",
                    "\"password",
                    "\"setBy\"",
                    "\"bodySource\"",
                    "\"authorId\"",
                    "\"author\"",
                    "\"owner\"",
                    "\"reviewNote\"",
                    "\"accountId\"",
                    "Private Person",
                    "Pekka Partner",
                    "Olli Owner",
                    "Hidden draft",
                    "Hidden review",
                    "Hidden archived",
                    "Hidden draft space",
                    "Hidden partners lesson",
                    "Hidden staff lesson",
                    "Hidden returned lesson",
                    "Hidden analysis problem")) {
                assertFalse(body.contains(field), route + " contains " + field);
            }
        }
        assertTrue(get(client().uri("api/open/stories?size=100")).body().contains("Visible open story"));
        var lessons =
                get(client().uri("api/open/lessons?city=Tampere&size=100")).body();
        assertTrue(lessons.contains("Visible open lesson") && lessons.contains("Visible analysis problem"), lessons);
        assertTrue(get(client().uri("api/open/lessons.csv?city=Tampere")).body().contains("Visible analysed lesson"));
        assertTrue(
                get(client().uri("api/open/lessons.atom?city=Tampere")).body().contains("Visible open lesson"));
        var practices =
                get(client().uri("api/open/practices?city=Tampere&size=100")).body();
        assertTrue(practices.contains("Visible open lesson") && practices.contains("Visible adoption note"), practices);
        assertTrue(analysed > 0);
        assertEquals(404, client().get("api/stories/" + draft).statusCode());
        assertTrue(member.id() > 0);
    }

    // --- scorecard --------------------------------------------------------------------------------

    @Test
    void everyCountedKpiFollowsTheSeededData() throws Exception {
        var staff = staff().client();
        var before = kpis(client().get("api/scorecard").body());

        var citizen = verifiedMember("kpi citizen");
        var company = approvedMember("Kaisa Company", "COMPANY", "KPI Company Oy", null)
                .client();
        var contest = staff.postJson(
                "api/spaces",
                """
                {"kind": "CONTEST", "title": "KPI contest", "summary": "A company enters.", "opensAt": "%s", "submissionDeadline": "%s",
                 "resultsAt": "%s"}
                """.formatted(
                                OffsetDateTime.now().minusMinutes(5),
                                OffsetDateTime.now().plusDays(2),
                                OffsetDateTime.now().plusDays(3)),
                "en");
        assertEquals(201, contest.statusCode(), contest.body());
        long contestId = Json.parse(contest.body())
                .getJsonObject("summary")
                .getJsonNumber("id")
                .longValue();
        var judging = "api/spaces/" + contestId + "/judging/";
        var criteria = staff.putJson(judging + "criteria", "[{\"name\": \"Impact\", \"weight\": 1}]");
        assertEquals(200, criteria.statusCode(), criteria.body());
        long criterion = first(criteria.body()).getJsonNumber("id").longValue();
        moveSpace(staff, contestId, "OPEN");
        var entry = company.postJson(
                "api/spaces/" + contestId + "/entries",
                "{\"title\": \"Parcel robot\", \"answers\": {\"" + criterion + "\": \"Fewer vans\"}}",
                "en");
        assertEquals(201, entry.statusCode(), entry.body());
        long entryId = Json.parse(entry.body()).getJsonNumber("id").longValue();
        var midway = kpis(client().get("api/scorecard").body());
        moveSpace(staff, contestId, "SCREENING");
        moveSpace(staff, contestId, "JUDGING");
        var kpiJuror = cityPartner("KPI Juror", "Tampere");
        assertEquals(
                204,
                staff.postJson(judging + "jurors", "{\"email\": \"" + kpiJuror.email() + "\"}", "en")
                        .statusCode());
        var juror = kpiJuror.client();
        assertEquals(
                204,
                juror.putJson(judging + "scores/" + entryId, "{\"" + criterion + "\": 8}")
                        .statusCode());
        moveSpace(staff, contestId, "RESULTS");
        assertEquals(
                201,
                staff.postJson(judging + "results/" + entryId + "/pilot", """
                {"partner": "Tampere logistics", "budgetEur": 20000, "startsOn": "2027-01-15"}""", "en")
                        .statusCode());
        assertEquals(
                204,
                staff.putJson(judging + "results/" + entryId + "/pilot/stage", "{\"stage\": \"RUNNING\"}")
                        .statusCode());
        var running = kpis(client().get("api/scorecard").body());
        assertEquals(
                1,
                running.get("COMPANIES_OPERATIONAL")
                        .subtract(midway.get("COMPANIES_OPERATIONAL"))
                        .intValue());
        assertEquals(
                204,
                staff.putJson(
                                judging + "results/" + entryId + "/pilot/stage",
                                "{\"stage\": \"SCALED_UP\", \"outcome\": \"Terminals in every district\", \"confirmGaps\": true}")
                        .statusCode());
        var hackathon = staff.postJson(
                "api/spaces",
                """
                {"kind": "HACKATHON", "title": "KPI hackathon", "summary": "Counted as an event.", "opensAt": "%s",
                 "submissionDeadline": "%s"}
                """.formatted(
                                OffsetDateTime.now().plusMinutes(30),
                                OffsetDateTime.now().plusDays(2)),
                "en");
        assertEquals(201, hackathon.statusCode(), hackathon.body());
        long space = Json.parse(hackathon.body())
                .getJsonObject("summary")
                .getJsonNumber("id")
                .longValue();
        assertEquals(
                200,
                staff.putJson("api/spaces/" + space + "/phase", "{\"phase\": \"OPEN\"}")
                        .statusCode());
        assertEquals(
                204,
                citizen.client()
                        .putJson("api/spaces/" + space + "/participants/me", "")
                        .statusCode());
        published(staff, "KPI story");
        // re-use: a Tampere practice taken up by Oulu counts; by Tampere itself (written TAMPERE) it does not
        long practice = publishedLesson(
                partner("Tampere"), staff, lessonJson("KPI practice", "Tampere", "PEOPLE", "PUBLIC", null));
        assertEquals(
                200,
                staff.putJson("api/lessons/" + practice + "/practice", "{\"practice\": true}")
                        .statusCode());
        var adopted = partner("Oulu")
                .putJson("api/lessons/" + practice + "/adoptions/mine", "{\"note\": \"In use in Oulu\"}");
        assertEquals(200, adopted.statusCode(), adopted.body());
        var ownCity = partner("TAMPERE").putJson("api/lessons/" + practice + "/adoptions/mine", "{}");
        assertEquals(
                200, ownCity.statusCode(), "the knowledge base lets a city record its own practice: " + ownCity.body());

        var after = kpis(client().get("api/scorecard").body());
        assertEquals(
                1,
                after.get("PRACTICES_ADOPTED")
                        .subtract(before.get("PRACTICES_ADOPTED"))
                        .intValue(),
                "only the adoption by another city counts");
        assertEquals(
                1,
                after.get("CITIZENS_JOINED")
                        .subtract(before.get("CITIZENS_JOINED"))
                        .intValue());
        assertEquals(
                1,
                after.get("COMPANIES_ENGAGED")
                        .subtract(before.get("COMPANIES_ENGAGED"))
                        .intValue());
        assertEquals(
                1,
                after.get("COMPANIES_DEVELOPING")
                        .subtract(before.get("COMPANIES_DEVELOPING"))
                        .intValue());
        assertEquals(
                1,
                after.get("PILOTS_DEPLOYED")
                        .subtract(before.get("PILOTS_DEPLOYED"))
                        .intValue());
        assertEquals(
                1,
                after.get("COMPANIES_OPERATIONAL")
                        .subtract(before.get("COMPANIES_OPERATIONAL"))
                        .intValue());

        // spaces completed as planned, worked out by hand from the open list of spaces
        var spaces = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .build()
                .parse(new StringReader(client().get("api/open/spaces.csv").body()))
                .getRecords();
        int thisYear = OffsetDateTime.now(ZoneOffset.UTC).getYear();
        var planned = spaces.stream()
                .filter(r -> !r.get("results_at").isEmpty()
                        && OffsetDateTime.parse(r.get("results_at"))
                                        .withOffsetSameInstant(ZoneOffset.UTC)
                                        .getYear()
                                == thisYear)
                .toList();
        long completed = planned.stream()
                .filter(r -> List.of("RESULTS", "ARCHIVED").contains(r.get("phase")))
                .count();
        assertEquals(
                0,
                BigDecimal.valueOf(completed * 100)
                        .divide(BigDecimal.valueOf(planned.size()), 1, RoundingMode.HALF_UP)
                        .compareTo(after.get("SPACES_COMPLETED_PERCENT")),
                "completed " + completed + " of " + planned.size());
        assertEquals(
                1, after.get("EVENTS_HELD").subtract(before.get("EVENTS_HELD")).intValue());
        assertEquals(
                1,
                after.get("STAKEHOLDER_ACTIVATIONS")
                        .subtract(before.get("STAKEHOLDER_ACTIVATIONS"))
                        .intValue());
        assertEquals(
                1,
                after.get("STORIES_PUBLISHED")
                        .subtract(before.get("STORIES_PUBLISHED"))
                        .intValue());
        assertEquals(
                2,
                after.get("IMPACT_INDICATORS")
                        .subtract(before.get("IMPACT_INDICATORS"))
                        .intValue());

        // the return per euro, worked out by hand from the published stories of this year
        var year = OffsetDateTime.now(ZoneOffset.UTC).getYear();
        var stories = Json.parse(client().get("api/open/stories?size=100").body())
                .getJsonArray("items")
                .getValuesAs(JsonObject.class);
        var invested = BigDecimal.ZERO;
        var returned = BigDecimal.ZERO;
        for (var s : stories) {
            var at = OffsetDateTime.parse(s.getJsonObject("summary").getString("publishedAt"));
            if (at.withOffsetSameInstant(ZoneOffset.UTC).getYear() == year
                    && s.containsKey("investmentEur")
                    && !s.isNull("investmentEur")) {
                invested = invested.add(s.getJsonNumber("investmentEur").bigDecimalValue());
                returned = returned.add(
                        s.getJsonObject("returns").getJsonNumber("returnedEur").bigDecimalValue());
            }
        }
        assertEquals(0, returned.divide(invested, 2, RoundingMode.HALF_UP).compareTo(after.get("RETURN_PER_EURO")));
    }

    @Test
    void targetsAreForStaffAndBadOnesAreRefused() throws Exception {
        int year = OffsetDateTime.now().getYear();
        var body = "{\"target\": 5, \"actions\": \"Autumn campaign\"}";
        assertEquals(
                401,
                client().putJson("api/scorecard/targets/EVENTS_HELD/" + year, body)
                        .statusCode());
        assertEquals(
                403,
                verifiedMember("target citizen")
                        .client()
                        .putJson("api/scorecard/targets/EVENTS_HELD/" + year, body)
                        .statusCode());
        var staff = staff().client();
        assertEquals(
                404,
                staff.putJson("api/scorecard/targets/HAPPINESS/" + year, body).statusCode());
        assertEquals(
                400,
                staff.putJson("api/scorecard/targets/EVENTS_HELD/" + year, "{\"target\": -1}")
                        .statusCode());
        assertEquals(
                400,
                staff.putJson("api/scorecard/targets/EVENTS_HELD/1900", body).statusCode());
        assertEquals(400, client().get("api/scorecard?year=99999").statusCode());
        var set = staff.putJson(
                "api/scorecard/targets/EVENTS_HELD/" + (year - 1),
                "{\"target\": 100000, \"actions\": \"Autumn campaign\"}");
        assertEquals(200, set.statusCode(), set.body());
        var events = Json.parse("{\"a\":" + set.body() + "}").getJsonArray("a").getValuesAs(JsonObject.class).stream()
                .filter(k -> k.getString("kpi").equals("EVENTS_HELD"))
                .findFirst()
                .orElseThrow();
        assertEquals("AMBER", events.getString("light"), "below target with actions in place");
    }

    // --- browser journeys -------------------------------------------------------------------------

    void logIn(WebDriver browser, String email, String password) {
        browser.get(url("accounts/login"));
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("submit")).sendKeys(Keys.ENTER);
        Browser.waitForHeading(browser, "My Tori");
    }

    static void assertAccessible(WebDriver browser, String page) throws Exception {
        var violations = Browser.seriousViolations(browser);
        assertTrue(violations.isEmpty(), page + ": " + String.join("\n", violations));
    }

    @Test
    void staffWriteAndPublishAStoryWithTwoIndicatorsAndThePublicSeesItOnTheHomePage() throws Exception {
        long lesson = publishedLesson(
                partner("Tampere"),
                staff().client(),
                lessonJson("Browser source lesson", "Tampere", "PLANET", "PUBLIC", null));
        var browser = Browser.start();
        try {
            logIn(browser, staff().email(), PASSWORD);
            var editor = StoryEditorPage.openNew(browser, this::url);
            assertAccessible(browser, "story editor");
            editor.fill("Title", "Parcel lockers in the browser")
                    .fill("Lead (one or two sentences)", "Local shops took parcels from web stores.")
                    .fill("Story", "Neighbours **picked up** their parcels on the way home.")
                    .fill("Investment in euros", "50000")
                    .indicator(0, "ECONOMIC", "Delivery costs saved", "EUR", "0", "plenty", "Logistics partner")
                    .indicator(1, "ENVIRONMENTAL", "Driving avoided", "km/month", "12000", "7400", "Logistics partner")
                    .press("Save", "Enter a number");
            editor.indicatorField(0, "value", "80000")
                    .indicatorField(1, "unit", "")
                    .press("Save", "Each indicator needs a unit");
            editor.indicatorField(1, "unit", "km/month")
                    .pickLesson("Browser source lesson")
                    .press("Save", "The story was saved.");
            assertTrue(editor.status().contains("Draft"));

            editor.press("Send to review", "The story was sent to review.")
                    .press("Publish", "The story was published or scheduled.");
            assertTrue(editor.status().contains("Published"));
            assertTrue(editor.text().contains("Sent to review"), "the history shows each step");
            assertAccessible(browser, "story editor with history");
            browser.manage().deleteAllCookies();

            browser.get(url(""));
            var carousel = browser.findElement(By.id("story-carousel"));
            assertTrue(carousel.getText().contains("Parcel lockers in the browser"), carousel.getText());
            assertAccessible(browser, "home page");
            browser.findElement(By.linkText("Parcel lockers in the browser")).sendKeys(Keys.ENTER);
            Browser.waitForHeading(browser, "Parcel lockers in the browser");
            var page = browser.findElement(By.tagName("main")).getText();
            assertTrue(page.contains("Delivery costs saved") && page.contains("Driving avoided"), page);
            assertTrue(browser.findElement(By.id("story-lessons")).getText().contains("Browser source lesson"));
            assertTrue(
                    browser.findElement(By.id("story-return")).getText().contains("1.6"), "80 000 back for 50 000 in");
            assertEquals(
                    "Parcel lockers in the browser",
                    browser.findElement(By.cssSelector("meta[property='og:title']"))
                            .getAttribute("content"));
            assertAccessible(browser, "story page");
            browser.get(url("stories/?impact=ENVIRONMENTAL"));
            assertTrue(browser.findElement(By.tagName("main")).getText().contains("Parcel lockers in the browser"));
            assertAccessible(browser, "stories list");
        } finally {
            browser.quit();
        }
    }

    @Test
    void theScorecardTurnsARedKpiGreenWhenTheDataChanges() throws Exception {
        var staff = staff().client();
        int year = OffsetDateTime.now(ZoneOffset.UTC).getYear();
        var now = kpis(client().get("api/scorecard").body()).get("STORIES_PUBLISHED");
        var set = staff.putJson(
                "api/scorecard/targets/STORIES_PUBLISHED/" + year, "{\"target\": " + now.add(BigDecimal.ONE) + "}");
        assertEquals(200, set.statusCode(), set.body());
        var browser = Browser.start();
        try {
            browser.get(url("scorecard/"));
            Browser.waitForHeading(browser, "Programme scorecard");
            var light = By.cssSelector("#kpi-STORIES_PUBLISHED .light");
            assertEquals("RED", browser.findElement(light).getAttribute("data-light"));
            assertAccessible(browser, "scorecard");
            published(staff, "The story that reaches the target");
            browser.navigate().refresh();
            Browser.waitForHeading(browser, "Programme scorecard");
            assertEquals("GREEN", browser.findElement(light).getAttribute("data-light"));
            assertTrue(
                    browser.findElements(By.cssSelector("svg.trend-chart path")).size() > 0, "trend charts are drawn");
            browser.get(url("opendata/"));
            Browser.waitForHeading(browser, "Open data and API");
            assertAccessible(browser, "open data page");

            logIn(browser, staff().email(), PASSWORD);
            browser.get(url("scorecard/staff/"));
            Browser.waitForHeading(browser, "Programme scorecard: targets");
            assertAccessible(browser, "scorecard targets");
        } finally {
            browser.quit();
        }
    }
}
