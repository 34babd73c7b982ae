package org.tori.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.tori.testing.DeployedPortal;
import org.tori.testing.Json;
import org.tori.testing.PortalClient;

/** Stories, open data and the scorecard on one deployed portal: API, feeds, KPIs and the browser journeys. */
class StoriesIT extends DeployedPortal {

    static final String DEMO_PASSWORD = System.getenv().getOrDefault("TORI_DEMO_PASSWORD", "demo password for tests");

    static final String STORY = """
            {"title": "%s", "lead": "Robot tutors in pre-schools.", "body": "Children **practised** <script>alert(1)</script>",
             "city": "Tampere", "themes": ["PEOPLE"], "valueStream": "FAMILY_WITH_CHILDREN", "investmentEur": 40000,
             "indicators": [
               {"impact": "ECONOMIC", "name": "Licence sales", "unit": "EUR", "baseline": 10000, "value": 110000,
                "measuredOn": "2026-04-30", "source": "Company report"},
               {"impact": "SOCIAL", "name": "Children reached", "unit": "children", "value": 420,
                "measuredOn": "2026-04-30", "source": "Early education"}]}
            """;

    PortalClient staff() throws Exception {
        var client = client();
        var login = client.login("staff@demo.tori.fi", DEMO_PASSWORD);
        assertTrue(login.statusCode() == 302 || login.statusCode() == 303, "staff logs in: " + login.statusCode());
        return client;
    }

    static long id(String body) {
        return Json.parse(body).getJsonObject("summary").getJsonNumber("id").longValue();
    }

    long story(PortalClient staff, String title) throws Exception {
        var created = staff.postJson("api/stories", STORY.formatted(title), "en");
        assertEquals(201, created.statusCode(), created.body());
        return id(created.body());
    }

    void step(PortalClient staff, long id, String step) throws Exception {
        var moved = staff.putJson("api/stories/" + id + "/status", "{\"step\": \"" + step + "\"}");
        assertEquals(200, moved.statusCode(), step + ": " + moved.body());
    }

    @Test
    void aStoryIsPublicOnlyWhilePublishedAndKeepsItsRevisions() throws Exception {
        var staff = staff();
        var anyone = client();
        long id = story(staff, "Robots in pre-schools");
        assertEquals(404, anyone.get("api/stories/" + id).statusCode(), "a draft is not public");
        step(staff, id, "SUBMIT");
        assertEquals(404, anyone.get("api/stories/" + id).statusCode(), "a story in review is not public");
        assertEquals(409, staff.putJson("api/stories/" + id + "/status", "{\"step\": \"ARCHIVE\"}").statusCode());
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
        assertTrue(anyone.get("stories/story?id=" + id).body().contains("property=\"og:title\" content=\"Robots in pre-schools\""));
        assertTrue(anyone.get("stories/").body().contains("Robots in pre-schools"));

        step(staff, id, "ARCHIVE");
        assertEquals(404, anyone.get("api/stories/" + id).statusCode(), "an archived story is not public");
        assertEquals(404, anyone.get("stories/story?id=" + id).statusCode());
        assertEquals(409, staff.putJson("api/stories/" + id, STORY.formatted("Changed")).statusCode(), "archived is frozen");

        var revisions = Json.parse("{\"r\":" + staff.get("api/stories/" + id + "/revisions").body() + "}").getJsonArray("r");
        assertEquals(4, revisions.size());
        assertEquals("archive", revisions.getJsonObject(0).getString("note"));
        assertEquals("created", revisions.getJsonObject(3).getString("note"));
    }

    @Test
    void onlyStaffWriteStories() throws Exception {
        assertEquals(401, client().postJson("api/stories", STORY.formatted("Anonymous"), "en").statusCode());
        var citizen = verifiedMember("story reader").client();
        assertEquals(403, citizen.postJson("api/stories", STORY.formatted("Citizen"), "en").statusCode());
        assertEquals(401, client().get("api/stories/editorial").statusCode());
    }

    @Test
    void aScheduledStoryIsPublishedByTheJobWhenItsTimeComes() throws Exception {
        var staff = staff();
        long id = story(staff, "Scheduled chatbot story");
        step(staff, id, "SUBMIT");
        var at = OffsetDateTime.now().plusSeconds(3).truncatedTo(ChronoUnit.SECONDS);
        var scheduled = staff.putJson("api/stories/" + id + "/status", "{\"step\": \"PUBLISH\", \"publishAt\": \"" + at + "\"}");
        assertEquals(200, scheduled.statusCode(), scheduled.body());
        assertEquals("REVIEW", Json.parse(scheduled.body()).getJsonObject("summary").getString("status"));
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
        var staff = staff();
        var noUnit = staff.postJson("api/stories", STORY.formatted("No unit").replace("\"unit\": \"EUR\", ", ""), "en");
        assertEquals(400, noUnit.statusCode(), noUnit.body());
        assertTrue(noUnit.body().contains("indicators[0].unit") && noUnit.body().contains("needs a unit"), noUnit.body());
        var notNumber = staff.postJson("api/stories", STORY.formatted("Not a number").replace("\"value\": 420", "\"value\": \"many\""), "en");
        assertEquals(400, notNumber.statusCode(), notNumber.body());
        var noTitle = staff.postJson("api/stories", STORY.formatted(""), "en");
        assertEquals(400, noTitle.statusCode(), noTitle.body());
        assertEquals(400, client().get("api/stories?impact=HAPPINESS").statusCode());
        var bounded = Json.parse(client().get("api/stories?size=100000&page=-3").body());
        assertEquals(100, bounded.getInt("size"));
        assertEquals(0, bounded.getInt("page"));
        assertEquals(404, client().get("api/stories/987654321").statusCode());
        assertEquals(404, client().get("stories/story?id=nonsense").statusCode());
    }

    static JsonObject first(String arrayJson) {
        return Json.parse("{\"a\":" + arrayJson + "}").getJsonArray("a").getJsonObject(0);
    }
}
