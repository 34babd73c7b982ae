package org.tori.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.util.Arrays;
import org.tori.testing.Json;
import org.tori.testing.PortalClient;

/** Stories and spaces made through the API for the story tests: a two-indicator story and its steps. */
final class StoryFixtures {

    /** A story with two indicators (its title formatted in), 40,000 invested for 100,000 returned. */
    static final String STORY = """
            {"title": "%s", "lead": "Robot tutors in pre-schools.", "body": "Children **practised** <script>alert(1)</script>",
             "city": "Tampere", "themes": ["PEOPLE"], "valueStream": "FAMILY_WITH_CHILDREN", "investmentEur": 40000,
             "indicators": [
               {"impact": "ECONOMIC", "name": "Licence sales", "unit": "EUR", "baseline": 10000, "value": 110000,
                "measuredOn": "2026-04-30", "source": "Company report"},
               {"impact": "SOCIAL", "name": "Children reached", "unit": "children", "value": 420,
                "measuredOn": "2026-04-30", "source": "Early education"}]}
            """;

    private StoryFixtures() {}

    static long id(String body) {
        return Json.parse(body).getJsonObject("summary").getJsonNumber("id").longValue();
    }

    /** A draft story written by staff; returns its id. */
    static long story(PortalClient staff, String title) throws Exception {
        var created = staff.postJson("api/stories", STORY.formatted(title), "en");
        assertEquals(201, created.statusCode(), created.body());
        return id(created.body());
    }

    /** A story written, sent to review and published by staff; returns its id. */
    static long published(PortalClient staff, String title) throws Exception {
        long id = story(staff, title);
        step(staff, id, "SUBMIT");
        step(staff, id, "PUBLISH");
        return id;
    }

    static void step(PortalClient staff, long id, String step) throws Exception {
        var moved = staff.putJson("api/stories/" + id + "/status", "{\"step\": \"" + step + "\"}");
        assertEquals(200, moved.statusCode(), step + ": " + moved.body());
    }

    /** The story with a space and lesson numbers. */
    static String withSources(String story, Long spaceId, long... lessonIds) {
        var ids = String.join(
                ", ", Arrays.stream(lessonIds).mapToObj(String::valueOf).toList());
        return story.replace(
                "\"city\"",
                (spaceId == null ? "" : "\"spaceId\": " + spaceId + ", ") + "\"lessonIds\": [" + ids + "], \"city\"");
    }

    static void moveSpace(PortalClient staff, long space, String phase) throws Exception {
        var moved = staff.putJson("api/spaces/" + space + "/phase", "{\"phase\": \"" + phase + "\"}");
        assertEquals(200, moved.statusCode(), phase + ": " + moved.body());
    }

    static JsonObject first(String arrayJson) {
        return Json.parse("{\"a\":" + arrayJson + "}").getJsonArray("a").getJsonObject(0);
    }
}
