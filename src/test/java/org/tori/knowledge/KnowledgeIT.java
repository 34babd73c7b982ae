package org.tori.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tori.testing.Browser;
import org.tori.testing.DeployedPortal;
import org.tori.testing.Json;
import org.tori.testing.PortalClient;
import org.tori.testing.SearchNode;
import org.tori.testing.pages.LessonFormPage;
import org.tori.testing.pages.LessonPage;
import org.tori.testing.pages.LogInPage;

/**
 * The knowledge base against real PostgreSQL and Elasticsearch (with the analysis plugin):
 * writing, review, visibility, search relevance and facets, import, practices, the rebuild with
 * alias swap under concurrent writes, a partner city's journey in Chromium, and finally search
 * while Elasticsearch is down. Every test makes what it reads (this class's staff member, partner
 * cities of Tampere and Espoo, lessons with titles and places unique to the run), so the class needs
 * no demo content and no other class before it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KnowledgeIT extends DeployedPortal {

    /** This class's partner city of Tampere, who writes most lessons; made on first use. */
    private static Member tampere;
    /** A second partner city, of Espoo, for a lesson that Tampere adopts. */
    private static Member espoo;

    private Member tampere() throws Exception {
        if (tampere == null) {
            tampere = cityPartner("Tampere lesson writer", "Tampere");
        }
        return tampere;
    }

    private Member espoo() throws Exception {
        if (espoo == null) {
            espoo = cityPartner("Espoo lesson writer", "Espoo");
        }
        return espoo;
    }

    /** A place name no other test uses, to narrow searches to this test's lessons with the city filter. */
    private static String uniqueCity(String base) {
        return base + Long.toString(System.nanoTime(), 36);
    }

    static String lesson(String title, String city, String language, String text, String visibility, String analysis) {
        return """
                {"title": "%s", "city": "%s", "organisation": "Test office", "happenedOn": "2024-02-01", "language": "%s",
                 "whatHappened": "%s", "themes": ["PEOPLE"], "domain": "MOBILITY", "valueStreams": ["SENIOR_CITIZEN"],
                 "visibility": "%s" %s}
                """.formatted(
                        title, city, language, text, visibility, analysis == null ? "" : ", \"analysis\": " + analysis);
    }

    static String analysis(String visibility, String cause, String category) {
        return """
                {"visibility": "%s", "problem": "Progress stalled", "whys": ["Nobody used it", "Nobody knew of it"],
                 "causes": [{"statement": "%s", "category": "%s"}],
                 "actions": [{"description": "Tell people", "kind": "PREVENTIVE", "owner": "Comms", "status": "PLANNED"}],
                 "control": "Monthly review"}
                """.formatted(visibility, cause, category);
    }

    /** Writes a lesson as the partner city and has staff publish it; returns its id. */
    private long published(PortalClient author, PortalClient staff, String json) throws Exception {
        var created = author.postJson("api/lessons", json, "en");
        assertEquals(201, created.statusCode(), created.body());
        long id = Json.parse(created.body()).getJsonNumber("id").longValue();
        assertEquals(
                200,
                author.putJson("api/lessons/" + id + "/status", "{\"status\": \"IN_REVIEW\"}")
                        .statusCode());
        var publish = staff.putJson("api/lessons/" + id + "/status", "{\"status\": \"PUBLISHED\"}");
        assertEquals(200, publish.statusCode(), publish.body());
        return id;
    }

    private static String query(Map<String, String> params) {
        var parts = new StringBuilder("api/search?");
        params.forEach((k, v) -> parts.append(k)
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8))
                .append('&'));
        return parts.toString();
    }

    private JsonObject search(PortalClient client, Map<String, String> params) throws Exception {
        var response = client.get(query(params));
        assertEquals(200, response.statusCode(), response.body());
        return Json.parse(response.body());
    }

    /** Searches until the answer satisfies the check (the outbox carries changes within a second or two). */
    private JsonObject searchUntil(PortalClient client, Map<String, String> params, Predicate<JsonObject> check)
            throws Exception {
        JsonObject last = null;
        for (int i = 0; i < 120; i++) {
            var response = client.get(query(params));
            if (response.statusCode() == 200) {
                last = Json.parse(response.body());
                if (check.test(last)) {
                    return last;
                }
            }
            Thread.sleep(500);
        }
        throw new AssertionError("search " + params + " never satisfied the check; last answer: " + last);
    }

    private static List<String> titles(JsonObject answer) {
        return answer.getJsonArray("hits").getValuesAs(JsonObject.class).stream()
                .map(h -> h.getString("title").replaceAll("</?mark>", ""))
                .toList();
    }

    /** The answer as a reader sees it: the hits without Elasticsearch's scores, which the pages never show. */
    private static JsonObject withoutScores(JsonObject answer) {
        var hits = jakarta.json.Json.createArrayBuilder();
        answer.getJsonArray("hits").getValuesAs(JsonObject.class).stream()
                .map(h ->
                        jakarta.json.Json.createObjectBuilder(h).remove("score").build())
                .forEach(hits::add);
        return jakarta.json.Json.createObjectBuilder(answer).add("hits", hits).build();
    }

    private static long facet(JsonObject answer, String facet, String value) {
        return answer.getJsonObject("facets").getJsonArray(facet).getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("value").equals(value))
                .mapToLong(f -> f.getJsonNumber("count").longValue())
                .sum();
    }

    @Test
    @Order(1)
    void aPublishedLessonIsFoundWithStemmingTyposFoldingFacetsAndHighlights() throws Exception {
        var city = tampere().client();
        var staff = staff().client();
        var place = uniqueCity("Äänekoski");
        long english = published(
                city,
                staff,
                lesson(
                        "Drone pilot over the harbour",
                        place,
                        "en",
                        "The drone pilot flew twice a week.",
                        "PUBLIC",
                        analysis("PUBLIC", "No permit process for drones", "GOVERNANCE")));
        long finnish = published(
                city,
                staff,
                lesson(
                        "Kotihoidon kokeilu",
                        place,
                        "fi",
                        "Kokeilu kesti kolme kuukautta.",
                        "PUBLIC",
                        analysis("PUBLIC", "Hoitajilla ei ollut aikaa", "PEOPLE")));
        var draft = city.postJson(
                "api/lessons", lesson("Unpublished drone pilot", place, "en", "Draft only.", "PUBLIC", null), "en");
        assertEquals(201, draft.statusCode());

        var all = searchUntil(client(), Map.of("city", place), a -> a.getInt("total") >= 4);
        assertFalse(titles(all).contains("Unpublished drone pilot"), "drafts stay out of search: " + titles(all));
        assertEquals(2, facet(all, "type", "lesson"));
        assertEquals(2, facet(all, "type", "cause"));
        assertEquals(2, facet(all, "cause", "GOVERNANCE"), "the lesson and its cause both carry the category");
        assertEquals(2, facet(all, "lang", "fi"), "the Finnish lesson and its cause");

        var english1 = search(client(), Map.of("q", "pilots", "city", place, "type", "lesson"));
        assertEquals(List.of("Drone pilot over the harbour"), titles(english1), "English stemming");
        var snippet = english1.getJsonArray("hits").getJsonObject(0);
        assertTrue(
                snippet.getString("title").contains("<mark>")
                        || snippet.getString("snippet").contains("<mark>"),
                snippet.toString());
        assertEquals("/knowledge/lesson?id=" + english, snippet.getString("url"));

        assertEquals(
                List.of("Drone pilot over the harbour"),
                titles(search(client(), Map.of("q", "pilto", "city", place, "type", "lesson"))),
                "typo");
        assertEquals(
                List.of("Kotihoidon kokeilu"),
                titles(search(client(), Map.of("q", "kokeilut", "city", place, "type", "lesson"))),
                "Finnish stemming");
        var folded = search(client(), Map.of("q", place.toLowerCase().replace("ä", "a"), "type", "lesson"));
        assertEquals(2, folded.getInt("total"), "accent folding: " + titles(folded));
        var causes = search(client(), Map.of("q", "permit", "city", place, "cause", "GOVERNANCE", "type", "cause"));
        assertEquals(List.of("No permit process for drones"), titles(causes), "causes are searchable and filterable");
        var crossLanguage = search(client(), Map.of("q", "liikkuminen", "city", place, "type", "lesson"));
        assertEquals(2, crossLanguage.getInt("total"), "a Finnish tag word reaches lessons in any language");
        var byDate = search(client(), Map.of("city", place, "type", "lesson", "sort", "date"));
        assertEquals(2, byDate.getInt("total"));
        assertTrue(client().get("api/lessons/" + finnish).body().contains("Kotihoidon kokeilu"));
    }

    @Test
    @Order(2)
    void restrictedLessonsAndAnalysesNeverLeakIntoHitsFacetsSuggestionsOrSimilar() throws Exception {
        var city = tampere().client();
        var staff = staff().client();
        var place = uniqueCity("Secretville");
        long partners = published(
                city,
                staff,
                lesson(
                        "Zebracrossing partners lesson",
                        place,
                        "en",
                        "Zebracrossing trial failed.",
                        "PARTNERS",
                        analysis("PARTNERS", "Zebracrossing paint wore off", "TECHNOLOGY")));
        long open = published(
                city,
                staff,
                lesson(
                        "Zebracrossing open lesson",
                        place,
                        "en",
                        "Zebracrossing trial worked.",
                        "PUBLIC",
                        analysis("STAFF", "Zebracrossing budget hidden cause", "FUNDING")));
        searchUntil(staff, Map.of("city", place), a -> a.getInt("total") >= 4);

        var anonymous = search(client(), Map.of("q", "zebracrossing", "city", place));
        assertEquals(List.of("Zebracrossing open lesson"), titles(anonymous));
        assertEquals(0, facet(anonymous, "cause", "FUNDING"), "a staff-only analysis adds no facet count");
        assertEquals(0, facet(anonymous, "cause", "TECHNOLOGY"));
        var partner = search(city, Map.of("q", "zebracrossing", "city", place));
        assertEquals(3, partner.getInt("total"), "partner sees both lessons and the partner cause: " + titles(partner));
        assertFalse(titles(partner).contains("Zebracrossing budget hidden cause"));
        assertEquals(
                4, search(staff, Map.of("q", "zebracrossing", "city", place)).getInt("total"));

        assertFalse(
                client().get("api/search/suggest?q=zebracrossing").body().contains("partners lesson"), "suggestions");
        assertTrue(city.get("api/search/suggest?q=zebracrossing").body().contains("partners lesson"));
        assertFalse(client().get("api/search/similar/" + open).body().contains("partners lesson"), "similar");
        assertEquals(404, client().get("api/lessons/" + partners).statusCode());
        var openLesson = Json.parse(client().get("api/lessons/" + open).body());
        var publicView = openLesson.getJsonObject("lesson");
        assertFalse(
                publicView.containsKey("analysis") && !publicView.isNull("analysis"),
                "the staff-only analysis is not in the public detail: " + openLesson);
        assertTrue(client().get("knowledge/lesson?id=" + open).body().contains("not visible to you"));
        assertTrue(Json.parse(city.get("api/lessons/" + partners).body())
                .getJsonObject("lesson")
                .containsKey("analysis"));
    }

    @Test
    @Order(3)
    void queryTextNeverBreaksSearchAndBadInputIsRefusedWithProblems() throws Exception {
        for (var text : List.of("\"stray quote", "AND OR NOT", "(([[{{", "robot^3~ title:x*", "\\", "a".repeat(1000))) {
            var response = client().get(query(Map.of("q", text)));
            assertEquals(200, response.statusCode(), text + ": " + response.body());
        }
        var capped = search(client(), Map.of("size", "100000", "from", "999999"));
        assertEquals(50, capped.getInt("size"));
        assertEquals(1000, capped.getInt("from"));
        var badType = client().get("api/search?type=bogus");
        assertEquals(400, badType.statusCode());
        assertEquals(
                "type",
                Json.parse(badType.body())
                        .getJsonArray("errors")
                        .getJsonObject(0)
                        .getString("field"));
        assertEquals(
                200,
                client().get("search/?q=%22%28AND&type=bogus").statusCode(),
                "query syntax and an unknown type still answer the page");
        assertEquals(
                400,
                client().get("search/?q=pilot&year=x").statusCode(),
                "a year that is not a number is a broken address");

        var citizen = citizen("Curious citizen").client();
        assertEquals(
                403,
                citizen.postJson("api/lessons", lesson("Mine", "Tampere", "en", "x", "PUBLIC", null), "en")
                        .statusCode());
        assertEquals(
                401,
                client().postJson("api/lessons", lesson("Mine", "Tampere", "en", "x", "PUBLIC", null), "en")
                        .statusCode());
        var city = tampere().client();
        var noTitle = city.postJson("api/lessons", lesson("", "Tampere", "en", "x", "PUBLIC", null), "fi");
        assertEquals(400, noTitle.statusCode());
        assertEquals(
                "Anna opille otsikko.",
                Json.parse(noTitle.body())
                        .getJsonArray("errors")
                        .getJsonObject(0)
                        .getString("message"));
        assertEquals(400, city.postJson("api/lessons", "{\"title\": ", "en").statusCode());
        assertEquals(
                400,
                city.postJson("api/lessons", "{\"title\": \"x\", \"themes\": [\"NOPE\"]}", "en")
                        .statusCode());
        var place = uniqueCity("Pilotville");
        published(
                city,
                staff().client(),
                lesson("Parcel locker pilot", place, "en", "The pilot ran for a month.", "PUBLIC", null));
        searchUntil(client(), Map.of("city", place, "type", "lesson"), a -> a.getInt("total") == 1);
        var suggestion = search(client(), Map.of("q", "pxlt"));
        assertEquals(0, suggestion.getInt("total"));
        assertEquals("pilot", suggestion.getString("didYouMean"), "an empty result suggests a corrected query");
    }

    @Test
    @Order(3)
    void relevanceHoldsForTyposStemmingInThreeLanguagesFoldingTitlesAndCauses() throws Exception {
        var city = tampere().client();
        var staff = staff().client();
        var place = uniqueCity("Relevance");
        published(
                city,
                staff,
                lesson(
                        "Tramline detours told too late",
                        place,
                        "en",
                        "Residents learned of the detours from the drivers.",
                        "PUBLIC",
                        analysis("PUBLIC", "Roadwork notices went to a forgotten mailbox", "PROCESS")));
        published(
                city,
                staff,
                lesson(
                        "Bus shelters in winter",
                        place,
                        "en",
                        "Shelters near the tramline were heated only on weekdays, and the tramline stop got none.",
                        "PUBLIC",
                        null));
        published(
                city,
                staff,
                lesson(
                        "Pysäköintianturit kauppatorilla",
                        place,
                        "fi",
                        "Anturit kertoivat vapaat paikat sovellukseen.",
                        "PUBLIC",
                        null));
        published(
                city,
                staff,
                lesson(
                        "Gröna tak på skolorna",
                        place,
                        "sv",
                        "Taken planterades med sedum av eleverna.",
                        "PUBLIC",
                        null));
        searchUntil(client(), Map.of("city", place), a -> a.getInt("total") >= 5);

        assertEquals(
                "Tramline detours told too late",
                titles(search(client(), Map.of("q", "tramline", "city", place, "type", "lesson")))
                        .get(0),
                "a word in the title weighs more than the same word twice in the body");
        assertEquals(
                List.of("Tramline detours told too late"),
                titles(search(client(), Map.of("q", "detuors", "city", place, "type", "lesson"))),
                "typo in English");
        assertEquals(
                List.of("Pysäköintianturit kauppatorilla"),
                titles(search(client(), Map.of("q", "pysäköintianturi", "city", place))),
                "Finnish stemming");
        assertEquals(
                List.of("Pysäköintianturit kauppatorilla"),
                titles(search(client(), Map.of("q", "pysakointianturit", "city", place))),
                "accent folding in Finnish");
        assertEquals(
                List.of("Pysäköintianturit kauppatorilla"),
                titles(search(client(), Map.of("q", "pysäköintiantrit", "city", place))),
                "typo in a Finnish compound");
        assertEquals(
                List.of("Gröna tak på skolorna"),
                titles(search(client(), Map.of("q", "skolor", "city", place))),
                "Swedish stemming");
        assertEquals(
                List.of("Gröna tak på skolorna"),
                titles(search(client(), Map.of("q", "grona tak", "city", place))),
                "folding in Swedish");
        var marked = search(client(), Map.of("q", "residents detours", "city", place, "type", "lesson"))
                .getJsonArray("hits")
                .getJsonObject(0);
        assertTrue(
                marked.getString("title").contains("<mark>detours</mark>")
                        || marked.getString("title").contains("<mark>Tramline"),
                "the title is highlighted: " + marked);
        assertTrue(
                marked.getString("snippet").contains("<mark>Residents</mark>"), "the body is highlighted: " + marked);
        var cause = search(client(), Map.of("q", "forgotten mailbox", "city", place));
        assertEquals(
                "Roadwork notices went to a forgotten mailbox",
                titles(cause).get(0),
                "the cause's own words find the cause first");
        assertTrue(titles(cause).contains("Tramline detours told too late"), "and its lesson: " + titles(cause));
    }

    @Test
    @Order(3)
    void aScannersPayloadOrAHugeQueryIsAnsweredQuicklyWithoutAServerError() throws Exception {
        var payload = "data%3A%3Bbase64%2CPD9waHAgZWNobyAndzRwMXQxJywnX2V2YWwnOyA%2FPg%3D%3D";
        var huge = URLEncoder.encode("robot kokeilu pilot ".repeat(500), StandardCharsets.UTF_8);
        client().get("api/search?q=" + payload); // the first search of a fresh portal warms it
        for (var path : List.of(
                "api/search?q=" + payload, "search/?q=" + payload, "api/search?q=" + huge, "search/?q=" + huge)) {
            var millis = new ArrayList<Long>();
            for (int i = 0; i < 3; i++) { // the middle of three, so one pause of a busy test machine does not decide
                long started = System.nanoTime();
                var response = client().get(path);
                millis.add((System.nanoTime() - started) / 1_000_000);
                assertTrue(response.statusCode() < 500, path.substring(0, 40) + " answered " + response.statusCode());
            }
            Collections.sort(millis);
            assertTrue(millis.get(1) < 2000, path.substring(0, 40) + " took " + millis + " ms");
        }
        var metrics = client().get("metrics").body();
        assertTrue(
                metrics.matches("(?s).*tori_search_latency(_seconds)?_count\\{[^}]*} [1-9].*"),
                "the searches were timed");
        assertTrue(metrics.contains("tori_search_outbox_backlog"), "the outbox backlog is a gauge");
        assertTrue(metrics.contains("tori_search_outbox_oldest_age"), "and the age of its oldest change");
    }

    @Test
    @Order(4)
    void importIsIdempotentByExternalIdAndReportsBrokenRecords() throws Exception {
        var staff = staff().client();
        var key = Long.toString(System.nanoTime(), 36);
        var file = """
                [{"externalId": "it-%1$s-1", "title": "Imported lesson %1$s", "city": "Oulu", "happenedOn": "2023-01-01",
                  "language": "fi", "whatHappened": "Tuotu tiedostosta", "status": "PUBLISHED", "practice": true,
                  "analysis": {"problem": "P", "causes": [{"statement": "Data puuttui", "category": "DATA"}]}},
                 {"externalId": "it-%1$s-2", "title": "", "city": "Oulu", "happenedOn": "2023-01-01", "language": "fi", "whatHappened": "x"},
                 {"externalId": "it-%1$s-3", "title": "Bad date", "city": "Oulu", "happenedOn": "yesterday", "language": "fi", "whatHappened": "x"},
                 {"title": "No id", "city": "Oulu", "happenedOn": "2023-01-01", "language": "fi", "whatHappened": "x"},
                 {"externalId": "it-%1$s-5", "title": "Imported draft %1$s", "city": "Oulu", "happenedOn": "2023-01-01", "language": "en", "whatHappened": "Draft"}]
                """.formatted(key);
        var first = Json.parse(staff.postJson("api/lessons/import", file, "en").body());
        assertEquals(2, first.getInt("created"), first.toString());
        assertEquals(3, first.getJsonArray("errors").size());
        assertEquals("title", first.getJsonArray("errors").getJsonObject(0).getString("field"));
        var again = Json.parse(staff.postJson("api/lessons/import", file, "en").body());
        assertEquals(0, again.getInt("created"));
        assertEquals(2, again.getInt("updated"));
        assertEquals(
                403,
                tampere().client().postJson("api/lessons/import", file, "en").statusCode());
        assertEquals(400, staff.postJson("api/lessons/import", "not json", "en").statusCode());

        var written = "Written in the portal " + key;
        published(tampere().client(), staff, lesson(written, "Tampere", "en", "Not imported.", "PUBLIC", null));
        var exported = staff.get("api/lessons/export").body();
        assertTrue(exported.contains("\"externalId\":\"it-" + key + "-1\""), "export carries the external id");
        assertTrue(exported.contains(written), "the export holds every lesson, also those written in the portal");
        searchUntil(
                client(),
                Map.of("q", "Imported lesson " + key, "type", "practice"),
                a -> titles(a).contains("Imported lesson " + key));
    }

    @Test
    @Order(5)
    void staffRecommendPracticesAndPartnerCitiesAdoptThem() throws Exception {
        var city = tampere().client();
        var staff = staff().client();
        long id = published(
                city,
                staff,
                lesson("Practice candidate " + System.nanoTime(), "Tampere", "en", "It worked.", "PUBLIC", null));
        assertEquals(
                409, city.putJson("api/lessons/" + id + "/adoptions/mine", "{}").statusCode(), "not a practice yet");
        assertEquals(
                403,
                city.putJson("api/lessons/" + id + "/practice", "{\"practice\": true}")
                        .statusCode());
        assertEquals(
                200,
                staff.putJson("api/lessons/" + id + "/practice", "{\"practice\": true}")
                        .statusCode());
        var adopted = city.putJson(
                "api/lessons/" + id + "/adoptions/mine", "{\"adoptedOn\": \"2024-01-15\", \"note\": \"In use\"}");
        assertEquals(200, adopted.statusCode(), adopted.body());
        assertEquals(
                200,
                city.putJson("api/lessons/" + id + "/adoptions/mine", "{\"note\": \"Corrected\"}")
                        .statusCode());
        var detail = Json.parse(client().get("api/lessons/" + id).body());
        assertEquals(1, detail.getInt("adoptionCount"), "one city adopts once");
        assertEquals(
                "Corrected", detail.getJsonArray("adoptions").getJsonObject(0).getString("note"));
        assertEquals(
                403,
                citizen("Adopting citizen")
                        .client()
                        .putJson("api/lessons/" + id + "/adoptions/mine", "{}")
                        .statusCode());
        assertEquals(
                400,
                city.putJson("api/lessons/" + id + "/adoptions/mine", "{\"adoptedOn\": \"2999-01-01\"}")
                        .statusCode());
    }

    @Test
    @Order(6)
    void aRebuildSwapsTheAliasAndLosesNoConcurrentWrite() throws Exception {
        var city = tampere().client();
        var staff = staff().client();
        var place = uniqueCity("Rebuildtown");
        var ids = new long[4];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = published(
                    city, staff, lesson("Version 0 of lesson " + i, place, "en", "Rebuild test.", "PUBLIC", null));
        }
        searchUntil(client(), Map.of("city", place), a -> a.getInt("total") == ids.length);

        var staffEmail = staff().email();
        var writes = new AtomicInteger();
        var stop = new AtomicBoolean();
        var lastTitles = new String[ids.length];
        var failure = new AtomicReference<Throwable>();
        var writer = new Thread(() -> {
            try {
                var editor = signedIn(staffEmail, PASSWORD);
                while (!stop.get() || writes.get() < 12) {
                    int n = writes.getAndIncrement();
                    int which = n % ids.length;
                    var title = "Version " + (n + 1) + " of lesson " + which;
                    var put = editor.putJson(
                            "api/lessons/" + ids[which], lesson(title, place, "en", "Rebuild test.", "PUBLIC", null));
                    if (put.statusCode() != 200) {
                        throw new AssertionError("update " + put.statusCode() + ": " + put.body());
                    }
                    lastTitles[which] = title;
                }
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        writer.start();
        var rebuild = staff.postJson("api/search/reindex", "", "en");
        stop.set(true);
        writer.join(60_000);
        assertEquals(200, rebuild.statusCode(), rebuild.body());
        assertTrue(failure.get() == null, String.valueOf(failure.get()));
        assertTrue(rebuild.body().contains("\"index\":\"knowledge\""), rebuild.body());
        assertEquals(401, client().postJson("api/search/reindex", "", "en").statusCode());
        assertEquals(403, city.postJson("api/search/reindex", "", "en").statusCode());

        var expected = List.of(lastTitles);
        var answer = searchUntil(
                client(),
                Map.of("city", place, "sort", "date"),
                a -> a.getInt("total") == ids.length && titles(a).containsAll(expected));
        assertEquals(ids.length, answer.getInt("total"), "every lesson once, in its last version: " + titles(answer));
    }

    @Test
    @Order(6)
    void aRebuildFindsEveryPublishedLessonAndCauseAndStillHidesWhatReadersMayNotRead() throws Exception {
        var city = tampere().client();
        var staff = staff().client();
        var place = uniqueCity("Refilltown");
        var twoCauses = """
                {"visibility": "PUBLIC", "problem": "Bins overflowed", "whys": ["Collected weekly"],
                 "causes": [{"statement": "Refill route planned on paper", "category": "PROCESS"},
                            {"statement": "Refill sensors never installed", "category": "TECHNOLOGY"}],
                 "actions": [], "control": "Weekly check"}
                """;
        published(city, staff, lesson("Refill bins open lesson", place, "en", "Refill bins.", "PUBLIC", twoCauses));
        published(
                city,
                staff,
                lesson(
                        "Refill bins hidden analysis",
                        place,
                        "en",
                        "Refill bins again.",
                        "PUBLIC",
                        analysis("STAFF", "Refill budget staff cause", "FUNDING")));
        published(
                city,
                staff,
                lesson(
                        "Refill bins partners lesson",
                        place,
                        "en",
                        "Refill partners.",
                        "PARTNERS",
                        analysis("PARTNERS", "Refill partners cause", "DATA")));
        var draft = city.postJson(
                "api/lessons", lesson("Refill bins draft lesson", place, "en", "Refill draft.", "PUBLIC", null), "en");
        assertEquals(201, draft.statusCode(), draft.body());
        searchUntil(staff, Map.of("city", place), a -> a.getInt("total") == 7);

        var rebuild = staff.postJson("api/search/reindex", "", "en");
        assertEquals(200, rebuild.statusCode(), rebuild.body());

        var everyone = List.of(
                "Refill bins open lesson",
                "Refill route planned on paper",
                "Refill sensors never installed",
                "Refill bins hidden analysis");
        var anonymous = searchUntil(client(), Map.of("city", place), a -> a.getInt("total") == everyone.size());
        assertEquals(Set.copyOf(everyone), Set.copyOf(titles(anonymous)), "the public lessons and causes");
        assertEquals(
                List.of("Refill sensors never installed"),
                titles(search(client(), Map.of("q", "sensors", "city", place, "type", "cause"))),
                "a cause is found by its own words after the rebuild");
        var partner = search(city, Map.of("city", place));
        assertEquals(6, partner.getInt("total"), "and the partners' lesson and cause: " + titles(partner));
        assertFalse(titles(partner).contains("Refill budget staff cause"), "a staff-only analysis stays hidden");
        var staffAnswer = search(staff, Map.of("city", place));
        assertEquals(7, staffAnswer.getInt("total"), "staff see every published one: " + titles(staffAnswer));
        assertFalse(titles(staffAnswer).contains("Refill bins draft lesson"), "a draft is never indexed");
    }

    @Test
    @Order(6)
    void aRebuildKeepsTheProfilesOfMembersWhoChoseToBeFoundAndNoOthers() throws Exception {
        var staff = staff().client();
        var skill = "rebuildskill" + Long.toString(System.nanoTime(), 36);
        var findable = verifiedMember("Findable Rebuilder");
        var hidden = verifiedMember("Hidden Rebuilder");
        for (var member : List.of(findable, hidden)) {
            boolean found = member == findable;
            var saved = member.client().putJson("api/accounts/me/profile", """
                    {"name": "%s", "skills": ["%s"], "interests": [], "searchable": %s, "language": "en"}
                    """.formatted(
                            found ? "Findable Rebuilder" : "Hidden Rebuilder", skill, found));
            assertEquals(204, saved.statusCode(), saved.body());
        }
        searchUntil(staff, Map.of("q", skill), a -> a.toString().contains("Findable Rebuilder"));

        var rebuild = staff.postJson("api/search/reindex", "", "en");
        assertEquals(200, rebuild.statusCode(), rebuild.body());

        var answer = search(staff, Map.of("q", skill));
        assertTrue(answer.toString().contains("Findable Rebuilder"), "still found after the rebuild: " + answer);
        assertFalse(answer.toString().contains("Hidden Rebuilder"), "never found: " + answer);
    }

    @Test
    @Order(7)
    void aPartnerCitySearchesNarrowsOpensALessonAndAdoptsItsPractice() throws Exception {
        var staff = staff().client();
        var espoo = espoo().client();
        var library = "Metso" + Long.toString(System.nanoTime(), 36);
        var title = "Talking robots in the " + library + " library need a human host";
        long practice = published(
                espoo,
                staff,
                lesson(
                        title,
                        "Espoo",
                        "en",
                        "Two robots in the " + library + " library answered questions; left alone, they were ignored.",
                        "PUBLIC",
                        analysis("PUBLIC", "No field test before the launch", "PROCESS")));
        assertEquals(
                200,
                staff.putJson("api/lessons/" + practice + "/practice", "{\"practice\": true}")
                        .statusCode());
        published(
                espoo,
                staff,
                lesson(
                        "Robots read stories in the " + library + " library",
                        "Espoo",
                        "en",
                        "Children read with a robot while a librarian hosted it.",
                        "PUBLIC",
                        null));
        searchUntil(client(), Map.of("q", library, "type", "lesson"), a -> a.getInt("total") >= 2);
        searchUntil(
                client(),
                Map.of("q", library, "type", "practice"),
                a -> titles(a).contains(title));

        var browser = Browser.start();
        try {
            LogInPage.open(browser, url("")).logIn(tampere().email(), PASSWORD);

            browser.get(url("search/"));
            browser.findElement(By.id("q")).sendKeys("robots " + library + " library host", Keys.ENTER);
            new WebDriverWait(browser, Duration.ofSeconds(30))
                    .ignoring(org.openqa.selenium.WebDriverException.class)
                    .until(d -> d.getCurrentUrl().contains("q=robots")
                            && !d.findElements(By.cssSelector("ul.facet[data-facet=type] a[data-value=practice]"))
                                    .isEmpty());
            assertTrue(
                    Browser.seriousViolations(browser).isEmpty(), "search page: " + Browser.seriousViolations(browser));
            browser.findElement(By.cssSelector("ul.facet[data-facet=type] a[data-value=practice]"))
                    .sendKeys(Keys.ENTER);
            new WebDriverWait(browser, Duration.ofSeconds(30))
                    .until(d -> d.getCurrentUrl().contains("type=practice"));
            assertTrue(browser.findElements(By.cssSelector("ol.results .meta")).stream()
                    .allMatch(m -> m.getText().startsWith("Recommended practice")));

            browser.findElements(By.cssSelector("ol.results h2 a")).stream()
                    .filter(a -> a.getText().contains("Talking robots in the " + library))
                    .findFirst()
                    .orElseThrow()
                    .sendKeys(Keys.ENTER);
            var lesson = LessonPage.shown(browser, url(""), title);
            assertTrue(
                    lesson.causes().stream().anyMatch(c -> c.contains("No field test before the launch")),
                    lesson.causes().toString());
            assertFalse(lesson.similar().isEmpty(), "similar lessons are listed");
            assertTrue(lesson.violations().isEmpty(), "lesson page: " + lesson.violations());

            lesson.adopt("Hosts in every branch library");
            assertTrue(lesson.adoptionCount().contains("one city"), lesson.adoptionCount());
            assertFalse(lesson.offersToAdopt(), "a city adopts once");

            // words nothing answers: the page says so where the hits would be, and offers close words
            browser.get(url("search/"));
            browser.findElement(By.id("q")).sendKeys("pxlt", Keys.ENTER);
            new WebDriverWait(browser, Duration.ofSeconds(30))
                    .until(d -> d.getCurrentUrl().contains("q=pxlt"));
            assertEquals(
                    "Nothing matched. Try other or fewer words.",
                    browser.findElement(By.id("search-notice")).getText());
            assertTrue(browser.findElements(By.cssSelector("ol.results li")).isEmpty());
            assertTrue(
                    browser.findElement(By.id("did-you-mean")).getText().startsWith("Did you mean"),
                    browser.findElement(By.id("did-you-mean")).getText());
            // in another language, the same search: the switch keeps the words
            browser.findElement(By.cssSelector("nav.languages a[lang=fi]")).click();
            new WebDriverWait(browser, Duration.ofSeconds(30))
                    .until(d -> d.findElement(By.id("search-notice")).getText().startsWith("Mikään ei vastannut"));
            assertEquals("pxlt", browser.findElement(By.id("q")).getDomProperty("value"));

            for (var page : List.of("knowledge/", "knowledge/write")) {
                browser.get(url(page));
                assertTrue(
                        Browser.seriousViolations(browser).isEmpty(), page + ": " + Browser.seriousViolations(browser));
            }
        } finally {
            browser.quit();
        }
    }

    @Test
    @Order(8)
    void aRefusedLessonKeepsWhatWasTypedAndTheClickedValueStreamsAreSavedExactly() throws Exception {
        var browser = Browser.start();
        try {
            LogInPage.open(browser, url("")).logIn(tampere().email(), PASSWORD);
            var title = "Clicked lesson " + Long.toString(System.nanoTime(), 36);
            var story = "Bus drivers were asked only after the timetable was printed. ".repeat(20);
            var form = LessonFormPage.open(browser, url("")).type("Title", title);
            assertEquals("Tampere", form.value("City"), "the partner city's own city");
            form.date("Date", "2099-05-01").paste("What happened", story);
            var ticked = List.of("Visitor", "Family with children");
            for (var stream : ticked) {
                form.tick(stream);
            }
            var unfocused = form.boxSize("People");
            form.tick("People");
            assertEquals(unfocused, form.boxSize("People"), "a focused box keeps its size");

            form.saveRefusedWith("The date cannot be in the future.");
            assertEquals(title, form.value("Title"));
            assertEquals(story.strip(), form.value("What happened").strip());
            for (var stream : ticked) {
                assertTrue(form.ticked(stream), stream);
            }

            long id = form.date("Date", "2024-05-01").saveAsDraft(title).id();
            var lesson = Json.parse(tampere().client().get("api/lessons/" + id).body())
                    .getJsonObject("lesson");
            assertEquals(
                    Set.of("VISITOR", "FAMILY_WITH_CHILDREN"),
                    Set.copyOf(lesson.getJsonArray("valueStreams").getValuesAs(JsonString.class).stream()
                            .map(JsonString::getString)
                            .toList()),
                    lesson.toString());
            assertEquals(
                    List.of("PEOPLE"),
                    lesson.getJsonArray("themes").getValuesAs(JsonString.class).stream()
                            .map(JsonString::getString)
                            .toList());
        } finally {
            browser.quit();
        }
    }

    @Test
    @Order(8)
    void aPartnerCityWritesALessonWithFiveCausesAndFourActionsAddingAndRemovingRowsAndSubmitsIt() throws Exception {
        var browser = Browser.start();
        try {
            LogInPage.open(browser, url("")).logIn(tampere().email(), PASSWORD);
            var form = LessonFormPage.open(browser, url(""));
            assertEquals("Tampere", form.value("City"), "a new lesson starts with the partner's own city");
            var title = "Many causes " + Long.toString(System.nanoTime(), 36);
            form.type("Title", title)
                    .date("Date", "2024-04-01")
                    .type("What happened", "The new bike lanes stayed empty for a year.")
                    .type("Problem statement", "Few cyclists used the lanes");
            var causes = List.of(
                    "The lanes ended at junctions",
                    "A cause that goes away",
                    "Nobody asked the cyclists",
                    "Snow was piled on the lanes",
                    "Signs came late",
                    "The map app did not know the lanes");
            for (int i = 1; i <= 3; i++) {
                form.type("Cause " + i, causes.get(i - 1));
            }
            for (int i = 4; i <= 6; i++) {
                form.addRow("Add a cause", "Cause " + i);
                assertEquals(title, form.value("Title"), "adding a row keeps what was typed");
                assertEquals(causes.get(i - 2), form.value("Cause " + (i - 1)));
                form.type("Cause " + i, causes.get(i - 1));
            }
            form.choose("Category of cause 6", "DATA");
            var actions = List.of(
                    "Connect the lane ends",
                    "Ask cyclists before building",
                    "Plough the lanes first",
                    "Tell the map makers");
            for (int i = 1; i <= 3; i++) {
                form.type("Action " + i, actions.get(i - 1));
            }
            form.addRow("Add an action", "Action 4")
                    .type("Action 4", actions.get(3))
                    .type("Owner of action 4", "Traffic planning");
            assertTrue(form.violations().isEmpty(), "the form with more rows: " + form.violations());

            form.removeRow("Remove cause 2", "Cause 6");
            var kept = new ArrayList<>(causes);
            kept.remove(1);
            for (int i = 1; i <= 5; i++) {
                assertEquals(kept.get(i - 1), form.value("Cause " + i), "the later causes moved up");
            }
            assertEquals("DATA", form.value("Category of cause 5"), "the category moved with its cause");
            assertEquals("Traffic planning", form.value("Owner of action 4"));
            assertEquals("The new bike lanes stayed empty for a year.", form.value("What happened"));

            var lesson = form.saveAsDraft(title).submitForReview();
            var shownCauses = lesson.causes();
            assertEquals(5, shownCauses.size(), shownCauses.toString());
            for (int i = 0; i < 5; i++) {
                assertTrue(shownCauses.get(i).endsWith(kept.get(i)), shownCauses.toString());
            }
            var shownActions = lesson.actions();
            assertEquals(4, shownActions.size(), shownActions.toString());
            for (int i = 0; i < 4; i++) {
                assertTrue(shownActions.get(i).startsWith(actions.get(i)), shownActions.toString());
            }
            assertTrue(shownActions.get(3).contains("Traffic planning"), shownActions.get(3));
        } finally {
            browser.quit();
        }
    }

    @Test
    @Order(8)
    void aPartnerCityWritesALessonInTheFormEditsItAndSubmitsItForReview() throws Exception {
        var browser = Browser.start();
        try {
            LogInPage.open(browser, url("")).logIn(tampere().email(), PASSWORD);

            var title = "Form lesson " + Long.toString(System.nanoTime(), 36);
            var lesson = LessonFormPage.open(browser, url(""))
                    .type("Title", title)
                    .replace("City", "Tampere")
                    .date("Date", "2024-03-01")
                    .type("What happened", "The sensors were installed without a maintenance plan.")
                    .type("Problem statement", "Half of the sensors went silent")
                    .type("Cause 1", "Nobody owned the maintenance")
                    .saveAsDraft(title);
            assertEquals("Draft", lesson.status());

            var form = lesson.edit();
            assertEquals("Nobody owned the maintenance", form.value("Cause 1"));
            assertTrue(form.violations().isEmpty(), "edit form: " + form.violations());
            lesson = form.replace("Title", title + " revised").saveAsDraft(title + " revised");
            assertTrue(
                    lesson.causes().stream().anyMatch(c -> c.contains("Nobody owned the maintenance")),
                    lesson.causes().toString());

            lesson.submitForReview();
            assertFalse(lesson.offersToEdit(), "the author edits drafts only");
        } finally {
            browser.quit();
        }
    }

    @Test
    @Order(8)
    void searchHitsShowTranslatedTagsAndPersonHitsLeadOnlyToMembersWhoChoseToBeFound() throws Exception {
        var city = tampere().client();
        var staff = staff().client();
        var place = uniqueCity("Kouvola");
        published(
                city,
                staff,
                lesson(
                        "Parking sensors in the rain",
                        place,
                        "en",
                        "The sensors failed when wet.",
                        "PUBLIC",
                        analysis("PUBLIC", "Nobody tested the sensors outdoors", "TECHNOLOGY")));
        searchUntil(client(), Map.of("city", place), a -> a.getInt("total") >= 2);
        var cityParam = URLEncoder.encode(place, StandardCharsets.UTF_8);
        var finnish = client().request("GET", "search/?city=" + cityParam, null, "Accept-Language", "fi")
                .body();
        assertTrue(finnish.contains("<li>Teknologia</li>"), "the lesson's and the cause's tag in Finnish");
        assertFalse(finnish.contains("<li>TECHNOLOGY</li>"), "no raw codes as tags");
        var swedish = client().request("GET", "search/?city=" + cityParam, null, "Accept-Language", "sv")
                .body();
        assertTrue(swedish.contains("<li>Teknik</li>"), "and in Swedish");

        var skill = "hydroponics" + Long.toString(System.nanoTime(), 36);
        var findable = verifiedMember("Findable Fiona");
        assertEquals(
                204,
                findable.client()
                        .putJson("api/accounts/me/profile", """
                {"name": "Findable Fiona", "bio": "I grow salad on roofs.", "skills": ["%s"], "interests": ["urban farming"],
                 "searchable": true, "language": "en"}""".formatted(skill))
                        .statusCode());
        var hidden = verifiedMember("Hidden Hugo");
        assertEquals(
                204,
                hidden.client()
                        .putJson("api/accounts/me/profile", """
                {"name": "Hidden Hugo", "skills": ["%s"], "interests": [], "searchable": false, "language": "en"}""".formatted(skill))
                        .statusCode());
        String page = null;
        for (int i = 0; i < 120 && (page == null || !page.contains("Findable Fiona")); i++) {
            page = client().get("search/?q=" + skill).body();
            Thread.sleep(500);
        }
        assertTrue(
                page.contains("href=\"/accounts/member?id=" + findable.id() + "\""),
                "the person hit links to the member's page");
        assertFalse(page.contains("Hidden Hugo"), "a member who did not opt in is not found");

        var profile = client().get("accounts/member?id=" + findable.id());
        assertEquals(200, profile.statusCode());
        assertTrue(
                profile.body().contains("I grow salad on roofs.")
                        && profile.body().contains(skill),
                profile.body());
        assertFalse(profile.body().contains(findable.email()), "never the e-mail");
        assertEquals(
                404, client().get("accounts/member?id=" + hidden.id()).statusCode(), "no page for who did not opt in");
        assertEquals(400, client().get("accounts/member?id=abc").statusCode());
    }

    @Test
    @Order(8)
    void lessonsFromOtherCitiesOnASpaceLeaveOutTheReadingPartnerCitysOwnCity() throws Exception {
        var tampere = tampere().client();
        var staff = staff().client();
        var tag = Long.toString(System.nanoTime(), 36);
        var fromTampere = "Tampere night buses " + tag;
        var fromHelsinki = "Helsinki night buses " + tag;
        published(tampere, staff, lesson(fromTampere, "Tampere", "en", "Buses ran all night.", "PUBLIC", null));
        published(tampere, staff, lesson(fromHelsinki, "Helsinki", "en", "Buses ran all night.", "PUBLIC", null));
        long space = openSpace("HACKATHON", "Night mobility " + tag, "Helsinki", "PEOPLE");

        var asTampere = tampere.get("spaces/space?id=" + space).body();
        assertTrue(asTampere.contains(fromHelsinki), "Tampere reads the Helsinki space's own city's lesson");
        assertFalse(asTampere.contains(fromTampere), "a Tampere reader is not offered Tampere's own lessons");
        var anonymous = client().get("spaces/space?id=" + space).body();
        assertTrue(anonymous.contains(fromTampere), "anyone else reads lessons of cities other than the space's");
        assertFalse(anonymous.contains(fromHelsinki));
    }

    /**
     * Each cause of an analysis is found on its own; the index writer removes only the causes the index
     * holds (it no longer sends a removal for every empty cause slot), so this proves that a cause taken
     * out of a published analysis still leaves search, and the lesson's other cause stays.
     */
    @Test
    @Order(8)
    void aCauseTakenOutOfAPublishedAnalysisLeavesSearch() throws Exception {
        var city = tampere().client();
        var staff = staff().client();
        var place = uniqueCity("Causeville");
        var twoCauses = analysis("PUBLIC", "Salt trucks came late", "PROCESS")
                .replace(
                        "\"causes\": [",
                        "\"causes\": [{\"statement\": \"Sensors froze in January\", \"category\": \"TECHNOLOGY\"}, ");
        long id = published(
                city, staff, lesson("Icy bridges", place, "en", "The bridge iced over.", "PUBLIC", twoCauses));
        var before = searchUntil(client(), Map.of("city", place, "type", "cause"), a -> a.getInt("total") == 2);
        assertEquals(Set.of("Sensors froze in January", "Salt trucks came late"), Set.copyOf(titles(before)));

        var rewritten = staff.putJson(
                "api/lessons/" + id,
                lesson(
                        "Icy bridges",
                        place,
                        "en",
                        "The bridge iced over.",
                        "PUBLIC",
                        analysis("PUBLIC", "Salt trucks came late", "PROCESS")));
        assertEquals(200, rewritten.statusCode(), rewritten.body());
        var after = searchUntil(client(), Map.of("city", place, "type", "cause"), a -> a.getInt("total") == 1);
        assertEquals(List.of("Salt trucks came late"), titles(after), "the cause taken out is gone from search");
        assertEquals(
                0,
                search(client(), Map.of("q", "sensors froze", "city", place)).getInt("total"),
                "nor is it found by its words");
        assertEquals(
                1, search(client(), Map.of("city", place, "type", "lesson")).getInt("total"), "the lesson stays");
    }

    /**
     * The deployment keeps search answers for ten minutes (TORI_SEARCH_CACHE_MILLIS in the pom), so an
     * answer that moved on after a write proves the cache was emptied by the write, not by its age.
     */
    @Test
    @Order(8)
    void aKeptSearchAnswerGivesWayToTheNextPublishedLesson() throws Exception {
        var city = tampere().client();
        var staff = staff().client();
        var place = uniqueCity("Cachetown");
        published(city, staff, lesson("Snow ploughs on time", place, "en", "Tracked ploughs.", "PUBLIC", null));
        var first = searchUntil(client(), Map.of("q", "ploughs", "city", place), a -> a.getInt("total") == 1);
        assertEquals(List.of("Snow ploughs on time"), titles(first));
        // what a reader sees; the score alone moves when any other record of the index is written meanwhile
        assertEquals(
                withoutScores(first),
                withoutScores(search(client(), Map.of("q", "ploughs", "city", place))),
                "asked again: the same answer");

        published(city, staff, lesson("Ploughs share their routes", place, "en", "Open routes.", "PUBLIC", null));
        var second = searchUntil(client(), Map.of("q", "ploughs", "city", place), a -> a.getInt("total") == 2);
        assertTrue(titles(second).contains("Ploughs share their routes"), "the kept answer did not outlive the write");
    }

    /**
     * The deployment keeps pages for anonymous readers ten minutes too (TORI_PAGES_CACHE_MILLIS in the
     * pom): a reader who sees the change at once proves that the write emptied the kept pages.
     */
    @Test
    @Order(8)
    void readersSeeAnEditedNewsItemAndANewlyIndexedOneAtOnceThoughPagesAreKept() throws Exception {
        var stamp = Long.toString(System.nanoTime(), 36);
        var word = "ferrytimes" + stamp;
        var browser = Browser.start();
        try {
            LogInPage.open(browser, url("")).logIn(staff().email(), PASSWORD);
            openNewNewsItem(browser);
            writeNews(browser, "Ferry timetable " + stamp);
            var item = "news/item?id=" + idInAddress(browser);
            submitAndPublishNews(browser);

            var reader = client();
            var first = reader.get(item);
            assertTrue(first.body().contains("Ferry timetable " + stamp), "the published item");
            // once the writes (and their indexing) are a second old, a page read again is the kept one
            var again = reader.getUntil(
                    item,
                    read -> read.headers().firstValue("X-Tori-Page").equals(Optional.of("kept")),
                    Duration.ofSeconds(20),
                    "the item's page was never kept");
            assertTrue(again.headers().allValues("Set-Cookie").isEmpty(), "a kept page begins no session");
            assertEquals(withoutNonce(first), withoutNonce(again), "the same page, with a nonce of its own");
            assertNotEquals(nonce(first), nonce(again));

            browser.get(url(item.replace("news/item", "news/staff/edit")));
            Browser.waitForHeading(browser, "Edit news item");
            writeNews(browser, "Ferry " + word);
            var edited = reader.get(item);
            assertTrue(edited.body().contains("Ferry " + word), "the edit shows at once");
            assertFalse(edited.body().contains("Ferry timetable " + stamp));

            // the index takes the edit later, on its own thread: a search page kept while the word was
            // not yet found (read over and over here) must give way when it is
            reader.getUntil(
                    "search/?q=" + word,
                    read -> read.body().contains("Ferry " + word),
                    Duration.ofSeconds(30),
                    "the search page never showed the indexed edit");
        } finally {
            browser.quit();
        }
    }

    private static String nonce(HttpResponse<String> page) {
        return page.headers().firstValue("Content-Security-Policy").orElse("").replaceAll(".*'nonce-([^']+)'.*", "$1");
    }

    private static String withoutNonce(HttpResponse<String> page) {
        return page.body().replace(nonce(page), "");
    }

    private static String hitUrl(JsonObject answer, int i) {
        return answer.getJsonArray("hits").getJsonObject(i).getString("url");
    }

    /** Staff write through the pages (news, the calendar, pilots have no write API); returns the id in the address. */
    private static long idInAddress(org.openqa.selenium.WebDriver browser) {
        return Long.parseLong(browser.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
    }

    private static void waitForMain(org.openqa.selenium.WebDriver browser, String text) {
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> d.findElement(By.tagName("main")).getText().contains(text));
    }

    private void openNewNewsItem(org.openqa.selenium.WebDriver browser) {
        browser.get(url("news/staff/edit"));
        Browser.waitForHeading(browser, "New news item");
    }

    /** The item written in the editor goes to review, and staff publish it. */
    private static void submitAndPublishNews(org.openqa.selenium.WebDriver browser) {
        browser.findElement(By.id("submit")).sendKeys(Keys.ENTER);
        waitForMain(browser, "The item waits for review.");
        browser.findElement(By.id("publish")).sendKeys(Keys.ENTER);
        waitForMain(browser, "The item is published.");
    }

    private static void writeNews(org.openqa.selenium.WebDriver browser, String title) {
        browser.findElement(By.id("title")).clear();
        browser.findElement(By.id("title")).sendKeys(title);
        browser.findElement(By.id("lead")).clear();
        browser.findElement(By.id("lead")).sendKeys("Sensors along the quay measure the air.");
        browser.findElement(By.id("pressContact")).clear();
        browser.findElement(By.id("pressContact")).sendKeys("Communications, press@tori.example");
        browser.findElement(By.id("save")).sendKeys(Keys.ENTER);
        waitForMain(browser, "The news item is saved.");
    }

    @Test
    @Order(8)
    void pilotsNewsAndEventsAreFoundByTheirTypeAndADraftIsNot() throws Exception {
        var stamp = Long.toString(System.nanoTime(), 36);
        var newsWord = "quaysensor" + stamp;
        var renamedWord = "piersensor" + stamp;
        var draftWord = "draftsensor" + stamp;
        var eventWord = "quaymeetup" + stamp;
        var pilotWord = "quayterminal" + stamp;
        var newsTitle = "Harbour " + newsWord + " switched on";
        var eventTitle = "Harbour " + eventWord + " evening";
        var pilotTitle = "Parcel " + pilotWord + " on the quay";
        long newsId;
        long eventId;
        long pilotId;
        var browser = Browser.start();
        try {
            LogInPage.open(browser, url("")).logIn(staff().email(), PASSWORD);
            openNewNewsItem(browser);
            writeNews(browser, "Unpublished " + draftWord);

            browser.get(url("events/staff/edit"));
            Browser.waitForHeading(browser, "New event");
            browser.findElement(By.id("title")).sendKeys(eventTitle);
            new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("kind"))).selectByVisibleText("Meetup");
            browser.findElement(By.id("place")).sendKeys("Tampere Hall");
            browser.findElement(By.id("startsAt")).sendKeys(LocalDate.now().plusDays(20) + " 18:00");
            browser.findElement(By.id("summary")).sendKeys("Open data from the port, with coffee.");
            browser.findElement(By.id("save")).sendKeys(Keys.ENTER);
            waitForMain(browser, "The event is in the calendar.");
            eventId = idInAddress(browser);

            browser.get(url("pilots/"));
            Browser.waitForHeading(browser, "Pilots");
            new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("originKind")))
                    .selectByValue("PROPOSAL");
            browser.findElement(By.id("originTitle")).sendKeys(pilotTitle);
            browser.findElement(By.id("partner")).sendKeys("Quiet Wheels Oy");
            browser.findElement(By.id("budgetEur")).sendKeys("20 000");
            ((org.openqa.selenium.JavascriptExecutor) browser)
                    .executeScript(
                            "arguments[0].value = arguments[1]",
                            browser.findElement(By.id("startsOn")),
                            LocalDate.now().minusMonths(1).toString());
            browser.findElement(By.id("plan")).sendKeys("Ten more terminals next spring.");
            browser.findElement(By.id("start-submit")).sendKeys(Keys.ENTER);
            waitForMain(browser, "The pilot is started");
            pilotId = idInAddress(browser);

            openNewNewsItem(browser);
            writeNews(browser, newsTitle);
            newsId = idInAddress(browser);
            submitAndPublishNews(browser);

            // the outbox carries changes in order: once the published item is found, the draft's turn has passed
            var news = searchUntil(client(), Map.of("q", newsWord, "type", "news"), a -> a.getInt("total") == 1);
            assertEquals(List.of(newsTitle), titles(news));
            assertEquals("/news/item?id=" + newsId, hitUrl(news, 0));
            assertEquals(1, facet(news, "type", "news"));
            var event = searchUntil(client(), Map.of("q", eventWord, "type", "event"), a -> a.getInt("total") == 1);
            assertEquals(List.of(eventTitle), titles(event));
            assertEquals("/events/event?id=" + eventId, hitUrl(event, 0));
            var pilot = searchUntil(client(), Map.of("q", pilotWord, "type", "pilot"), a -> a.getInt("total") == 1);
            assertEquals(List.of(pilotTitle), titles(pilot));
            assertEquals("/pilots/pilot?id=" + pilotId, hitUrl(pilot, 0));
            assertTrue(hitUrl(pilot, 0).startsWith("/pilots/pilot"), "the hit leads to the public pilot page");
            assertEquals(
                    0, search(client(), Map.of("q", newsWord, "type", "event")).getInt("total"), "type filter");
            assertEquals(
                    0, search(client(), Map.of("q", eventWord, "type", "pilot")).getInt("total"));
            assertEquals(0, search(client(), Map.of("q", draftWord)).getInt("total"), "a draft is not found");
            assertEquals(
                    0, search(client(), Map.of("q", draftWord, "type", "news")).getInt("total"));

            browser.get(url("news/staff/edit?id=" + newsId));
            Browser.waitForHeading(browser, "Edit news item");
            writeNews(browser, "Harbour " + renamedWord + " switched on");
            var renamed = searchUntil(client(), Map.of("q", renamedWord, "type", "news"), a -> a.getInt("total") == 1);
            assertEquals("/news/item?id=" + newsId, hitUrl(renamed, 0));
            assertEquals(
                    0, search(client(), Map.of("q", newsWord, "type", "news")).getInt("total"), "the old title");

            browser.manage().deleteAllCookies();
            browser.get(url("search/"));
            Browser.waitForHeading(browser, "Search");
            var typeLabel = browser.findElement(
                    By.xpath("//form[contains(@class,'search-form')]//label[normalize-space()='Type']"));
            var typeFilter = browser.findElement(By.id(typeLabel.getAttribute("for")));
            assertEquals("select", typeFilter.getTagName(), "the type filter is a control its label names");
            var wordsLabel = browser.findElement(
                    By.xpath("//form[contains(@class,'search-form')]//label[normalize-space()='Search words']"));
            browser.findElement(By.id(wordsLabel.getAttribute("for"))).sendKeys(eventWord);
            new org.openqa.selenium.support.ui.Select(typeFilter).selectByVisibleText("Event");
            browser.findElement(By.xpath("//form[contains(@class,'search-form')]//button[normalize-space()='Search']"))
                    .click();
            new WebDriverWait(browser, Duration.ofSeconds(30))
                    .until(d -> d.getCurrentUrl().contains("type=event"));
            assertEquals(
                    "Event",
                    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("type")))
                            .getFirstSelectedOption()
                            .getText(),
                    "the chosen type stays chosen");
            assertTrue(
                    Browser.seriousViolations(browser).isEmpty(), "search page: " + Browser.seriousViolations(browser));
            browser.findElement(By.linkText(eventTitle)).click();
            Browser.waitForHeading(browser, eventTitle);
        } finally {
            browser.quit();
        }
    }

    @Test
    @Order(9)
    void searchSaysSoWhileElasticsearchIsDownAndCatchesUpAfterwards() throws Exception {
        var city = tampere().client();
        var staff = staff().client();
        var place = uniqueCity("Outageville");
        SearchNode.stop();
        try {
            assertTrue(client().get("search/?q=robot").body().contains("search-unavailable"));
            assertEquals(503, client().get("api/search?q=robot").statusCode());
            published(
                    city, staff, lesson("Written while search was down", place, "en", "Still saved.", "PUBLIC", null));
            assertEquals(200, client().get("knowledge/").statusCode(), "the knowledge base works without search");
        } finally {
            SearchNode.start();
        }
        var found = searchUntil(client(), Map.of("city", place), a -> a.getInt("total") == 1);
        assertEquals(List.of("Written while search was down"), titles(found));
    }
}
