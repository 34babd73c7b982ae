package org.tori.judging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.tori.testing.DeployedPortal;
import org.tori.testing.Json;
import org.tori.testing.PortalClient;

/** A contest from entries to ranking through the API: deadlines, screening, blind scores, conflicts. */
class JudgingIT extends DeployedPortal {

    static final String DEMO_PASSWORD = System.getenv().getOrDefault("TORI_DEMO_PASSWORD", "demo password for tests");

    private PortalClient signedIn(String email, String password) throws Exception {
        var client = client();
        var login = client.login(email, password);
        assertTrue(login.statusCode() == 302 || login.statusCode() == 303, email + " logs in: " + login.statusCode());
        return client;
    }

    private PortalClient newMember(String who) throws Exception {
        return verifiedMember(who).client();
    }

    private long contest(PortalClient staff, OffsetDateTime opens, OffsetDateTime deadline) throws Exception {
        var created = staff.postJson("api/spaces", """
                {"kind": "CONTEST", "title": "Home remote care ideas", "summary": "Ideas for remote care at home.",
                 "opensAt": "%s", "submissionDeadline": "%s"}
                """.formatted(opens, deadline), "en");
        assertEquals(201, created.statusCode(), created.body());
        return Json.parse(created.body()).getJsonObject("summary").getJsonNumber("id").longValue();
    }

    private static long id(String body) {
        return Json.parse(body).getJsonNumber("id").longValue();
    }

    private void move(PortalClient staff, long space, String phase) throws Exception {
        assertEquals(200, staff.putJson("api/spaces/" + space + "/phase", "{\"phase\": \"" + phase + "\"}").statusCode(), phase);
    }

    @Test
    void aContestIsScreenedScoredBlindAndRankedByWeightedMeans() throws Exception {
        var staff = signedIn("staff@demo.tori.fi", DEMO_PASSWORD);
        long space = contest(staff, OffsetDateTime.now().minusDays(1), OffsetDateTime.now().plusDays(7));
        var criteria = staff.putJson("api/spaces/" + space + "/judging/criteria", """
                [{"name": "Impact", "weight": 3, "impact": "SOCIAL"}, {"name": "Feasibility", "weight": 1}]""");
        assertEquals(200, criteria.statusCode(), criteria.body());
        var ids = Json.parse("{\"c\":" + criteria.body() + "}").getJsonArray("c").getValuesAs(JsonObject.class);
        long impact = ids.get(0).getJsonNumber("id").longValue();
        long feasibility = ids.get(1).getJsonNumber("id").longValue();
        move(staff, space, "OPEN");

        var alice = newMember("alice");
        var bob = newMember("bob");
        var carol = newMember("carol");
        long aliceEntry = id(alice.postJson("api/spaces/" + space + "/entries", "{\"title\": \"Video visits\"}", "en").body());
        long bobEntry = id(bob.postJson("api/spaces/" + space + "/entries", "{\"title\": \"Smart pill box\"}", "en").body());
        long carolEntry = id(carol.postJson("api/spaces/" + space + "/entries", "{\"title\": \"Off-topic drone\", \"demoLink\": \"https://example.org/demo\"}", "en").body());
        var twice = alice.postJson("api/spaces/" + space + "/entries", "{\"title\": \"Again\"}", "en");
        assertEquals(409, twice.statusCode(), "one entry per member");
        assertEquals(400, bob.postJson("api/spaces/" + space + "/entries", "{\"title\": \"x\", \"demoLink\": \"javascript:alert(1)\"}", "en").statusCode());

        move(staff, space, "SCREENING");
        assertEquals(409, bob.postJson("api/spaces/" + space + "/entries", "{\"title\": \"Late\"}", "en").statusCode());
        assertEquals(400, staff.putJson("api/spaces/" + space + "/entries/" + carolEntry + "/screening", "{\"screening\": \"OFF_TOPIC\"}").statusCode(),
                "a refusal needs its reason");
        assertEquals(200, staff.putJson("api/spaces/" + space + "/entries/" + carolEntry + "/screening",
                "{\"screening\": \"OFF_TOPIC\", \"reason\": \"Drones are outside this challenge\"}").statusCode());

        for (var juror : new String[] {"city@demo.tori.fi", "admin@demo.tori.fi"}) {
            assertEquals(204, staff.postJson("api/spaces/" + space + "/judging/jurors", "{\"email\": \"" + juror + "\"}", "en").statusCode());
        }
        assertEquals(403, alice.postJson("api/spaces/" + space + "/judging/jurors", "{\"email\": \"city@demo.tori.fi\"}", "en").statusCode());
        var city = signedIn("city@demo.tori.fi", DEMO_PASSWORD);
        var admin = signedIn("admin@demo.tori.fi", DEMO_PASSWORD);
        var early = city.putJson("api/spaces/" + space + "/judging/scores/" + aliceEntry, points(impact, 5, feasibility, 5));
        assertEquals(409, early.statusCode(), "no scores before judging");

        move(staff, space, "JUDGING");
        assertEquals(409, staff.putJson("api/spaces/" + space + "/judging/criteria", "[{\"name\": \"New\", \"weight\": 1}]").statusCode(),
                "criteria are frozen while judging");
        assertEquals(409, city.putJson("api/spaces/" + space + "/judging/scores/" + carolEntry, points(impact, 9, feasibility, 9)).statusCode(),
                "screened-out entries are not judged");
        assertEquals(403, alice.putJson("api/spaces/" + space + "/judging/scores/" + bobEntry, points(impact, 1, feasibility, 1)).statusCode(),
                "only appointed jurors score");
        assertEquals(400, city.putJson("api/spaces/" + space + "/judging/scores/" + bobEntry, points(impact, 11, feasibility, 1)).statusCode());
        assertEquals(400, city.putJson("api/spaces/" + space + "/judging/scores/" + bobEntry, "{\"" + impact + "\": 5}").statusCode(),
                "every criterion needs points");

        // city: alice (8*3+4)/4 = 7, bob (6*3+2)/4 = 5; admin: alice (6*3+6)/4 = 6, bob declared a conflict
        assertEquals(204, city.putJson("api/spaces/" + space + "/judging/scores/" + aliceEntry, points(impact, 8, feasibility, 4)).statusCode());
        assertEquals(204, city.putJson("api/spaces/" + space + "/judging/scores/" + bobEntry, points(impact, 6, feasibility, 2)).statusCode());
        assertEquals(204, admin.putJson("api/spaces/" + space + "/judging/scores/" + aliceEntry, points(impact, 6, feasibility, 6)).statusCode());
        assertEquals(204, admin.postJson("api/spaces/" + space + "/judging/conflicts/" + bobEntry, "", "en").statusCode());
        assertEquals(409, admin.putJson("api/spaces/" + space + "/judging/scores/" + bobEntry, points(impact, 10, feasibility, 10)).statusCode());

        var mine = city.get("api/spaces/" + space + "/judging/assignments").body();
        assertTrue(mine.contains("Video visits") && !mine.contains("Off-topic drone"), mine);
        var aliceCard = Json.parse("{\"a\":" + mine + "}").getJsonArray("a").getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getJsonObject("entry").getString("title").equals("Video visits")).findFirst().orElseThrow();
        assertEquals(8, aliceCard.getJsonObject("myPoints").getInt(String.valueOf(impact)), "a juror sees their own points, not the other juror's 6");

        assertEquals(403, city.get("api/spaces/" + space + "/judging/ranking").statusCode(), "jurors do not see the ranking");
        var ranking = Json.parse("{\"r\":" + staff.get("api/spaces/" + space + "/judging/ranking").body() + "}")
                .getJsonArray("r").getValuesAs(JsonObject.class);
        assertEquals(2, ranking.size());
        assertEquals("Video visits", ranking.get(0).getString("title"));
        assertEquals("6.5", ranking.get(0).getJsonNumber("score").bigDecimalValue().stripTrailingZeros().toPlainString());
        assertEquals(2, ranking.get(0).getInt("jurors"));
        assertEquals("5", ranking.get(1).getJsonNumber("score").bigDecimalValue().stripTrailingZeros().toPlainString());
        assertEquals(1, ranking.get(1).getInt("jurors"), "the conflicted juror does not count");

        var progress = staff.get("api/spaces/" + space + "/judging/progress").body();
        var jurors = Json.parse("{\"p\":" + progress + "}").getJsonArray("p").getValuesAs(JsonObject.class);
        var cityProgress = jurors.stream().filter(p -> p.getString("name").equals("Tampere city partner")).findFirst().orElseThrow();
        assertEquals(2, cityProgress.getInt("scored"), progress);
        assertEquals(0, cityProgress.getInt("left"));
        var adminProgress = jurors.stream().filter(p -> p.getString("name").equals("Tori admin")).findFirst().orElseThrow();
        assertEquals(1, adminProgress.getInt("scored"));
        assertEquals(1, adminProgress.getInt("conflicts"));
        assertEquals(0, adminProgress.getInt("left"));
        assertEquals(403, alice.get("api/spaces/" + space + "/judging/progress").statusCode());

        var csv = staff.get("api/spaces/" + space + "/judging/export");
        assertEquals(200, csv.statusCode());
        var lines = csv.body().split("\r\n");
        assertEquals("entry,title,Impact (x3),Feasibility (x1),score,place", lines[0]);
        assertEquals(aliceEntry + ",Video visits,7.00,5.00,6.50,1", lines[1], "means per criterion over the counted jurors");
        assertEquals(bobEntry + ",Smart pill box,6.00,2.00,5.00,2", lines[2], "the conflicted juror's points are left out");

        assertEquals("[]", client().get("api/spaces/" + space + "/judging/results").body().strip(), "nothing public before results");
        move(staff, space, "RESULTS");
        assertEquals(409, city.putJson("api/spaces/" + space + "/judging/scores/" + bobEntry, points(impact, 10, feasibility, 10)).statusCode(),
                "results are frozen");
        var pilot = "{\"partner\": \"Tampere home care\", \"budgetEur\": 40000, \"startsOn\": \"2027-02-01\", \"scaleUpPlan\": \"All districts in 2028\"}";
        assertEquals(409, staff.postJson("api/spaces/" + space + "/judging/results/" + bobEntry + "/pilot", pilot, "en").statusCode(),
                "only winners get pilots");
        assertEquals(201, staff.postJson("api/spaces/" + space + "/judging/results/" + aliceEntry + "/pilot", pilot, "en").statusCode());
        assertEquals(409, staff.postJson("api/spaces/" + space + "/judging/results/" + aliceEntry + "/pilot", pilot, "en").statusCode());

        var results = Json.parse("{\"r\":" + client().get("api/spaces/" + space + "/judging/results").body() + "}")
                .getJsonArray("r").getValuesAs(JsonObject.class);
        assertEquals("Video visits", results.get(0).getString("title"));
        assertEquals(1, results.get(0).getInt("place"));
        assertEquals("Tampere home care", results.get(0).getJsonObject("pilot").getString("partner"));
        assertEquals(2, results.get(1).getInt("place"));
    }

    @Test
    void anEntryAfterTheDeadlineIsRefusedWithAClearMessage() throws Exception {
        var staff = signedIn("staff@demo.tori.fi", DEMO_PASSWORD);
        long space = contest(staff, OffsetDateTime.now().minusDays(3), OffsetDateTime.now().minusMinutes(1));
        move(staff, space, "OPEN");
        var late = newMember("late").postJson("api/spaces/" + space + "/entries", "{\"title\": \"Too late\"}", "en");
        assertEquals(409, late.statusCode());
        assertTrue(Json.parse(late.body()).getString("detail").contains("deadline has passed"), late.body());
    }

    private static String points(long first, int a, long second, int b) {
        return "{\"" + first + "\": " + a + ", \"" + second + "\": " + b + "}";
    }
}
