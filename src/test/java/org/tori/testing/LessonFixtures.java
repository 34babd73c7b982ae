package org.tori.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Lessons written and published through the knowledge API, as KnowledgeIT does, for other features to cite. */
public final class LessonFixtures {

    private LessonFixtures() {}

    public static String lessonJson(String title, String city, String theme, String visibility, String analysis) {
        return """
                {"title": "%s", "city": "%s", "organisation": "Test office", "happenedOn": "2024-02-01", "language": "en",
                 "whatHappened": "What happened in %s.", "recommendation": "Try it.", "themes": ["%s"], "domain": "MOBILITY",
                 "visibility": "%s" %s}
                """.formatted(
                        title, city, title, theme, visibility, analysis == null ? "" : ", \"analysis\": " + analysis);
    }

    /** Written by the author, submitted, published by staff; returns its id. */
    public static long publishedLesson(PortalClient author, PortalClient staff, String json) throws Exception {
        long id = draftLesson(author, json);
        assertEquals(
                200,
                author.putJson("api/lessons/" + id + "/status", "{\"status\": \"IN_REVIEW\"}")
                        .statusCode());
        var publish = staff.putJson("api/lessons/" + id + "/status", "{\"status\": \"PUBLISHED\"}");
        assertEquals(200, publish.statusCode(), publish.body());
        return id;
    }

    public static long draftLesson(PortalClient author, String json) throws Exception {
        var created = author.postJson("api/lessons", json, "en");
        assertEquals(201, created.statusCode(), created.body());
        return Json.parse(created.body()).getJsonNumber("id").longValue();
    }
}
