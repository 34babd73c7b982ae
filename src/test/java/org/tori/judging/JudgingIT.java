package org.tori.judging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tori.testing.DeployedPortal;
import org.tori.testing.Json;
import org.tori.testing.PortalClient;

/** A contest from entries to ranking through the API: deadlines, screening, blind scores, conflicts. */
class JudgingIT extends DeployedPortal {

    private PortalClient newMember(String who) throws Exception {
        return verifiedMember(who).client();
    }

    private long contest(PortalClient staff, OffsetDateTime opens, OffsetDateTime deadline) throws Exception {
        var created = staff.postJson("api/spaces", """
                {"kind": "CONTEST", "title": "Home remote care ideas", "summary": "Ideas for remote care at home.",
                 "opensAt": "%s", "submissionDeadline": "%s"}
                """.formatted(opens, deadline), "en");
        assertEquals(201, created.statusCode(), created.body());
        return Json.parse(created.body())
                .getJsonObject("summary")
                .getJsonNumber("id")
                .longValue();
    }

    private static long id(String body) {
        return Json.parse(body).getJsonNumber("id").longValue();
    }

    private void move(PortalClient staff, long space, String phase) throws Exception {
        assertEquals(
                200,
                staff.putJson("api/spaces/" + space + "/phase", "{\"phase\": \"" + phase + "\"}")
                        .statusCode(),
                phase);
    }

    @Test
    void aContestIsScreenedScoredBlindAndRankedByWeightedMeans() throws Exception {
        var staff = staff().client();
        long space = contest(
                staff, OffsetDateTime.now().minusDays(1), OffsetDateTime.now().plusDays(7));
        var criteria = staff.putJson("api/spaces/" + space + "/judging/criteria", """
                [{"name": "Impact", "weight": 3, "impact": "SOCIAL"}, {"name": "Feasibility", "weight": 1}]""");
        assertEquals(200, criteria.statusCode(), criteria.body());
        var ids =
                Json.parse("{\"c\":" + criteria.body() + "}").getJsonArray("c").getValuesAs(JsonObject.class);
        long impact = ids.get(0).getJsonNumber("id").longValue();
        long feasibility = ids.get(1).getJsonNumber("id").longValue();
        move(staff, space, "OPEN");

        var alice = newMember("alice");
        var bob = newMember("bob");
        var carol = newMember("carol");
        var unanswered = alice.postJson("api/spaces/" + space + "/entries", "{\"title\": \"Video visits\"}", "en");
        assertEquals(400, unanswered.statusCode(), "the entry form asks what the jury scores");
        assertTrue(unanswered.body().contains("answer-" + impact), unanswered.body());
        assertEquals(
                400,
                alice.postJson(
                                "api/spaces/" + space + "/entries",
                                entry("Video visits", "\"999999\": \"x\", ", impact, feasibility),
                                "en")
                        .statusCode(),
                "an answer to a question the space does not ask");
        long aliceEntry = id(
                alice.postJson("api/spaces/" + space + "/entries", entry("Video visits", "", impact, feasibility), "en")
                        .body());
        long bobEntry = id(
                bob.postJson("api/spaces/" + space + "/entries", entry("Smart pill box", "", impact, feasibility), "en")
                        .body());
        long carolEntry = id(carol.postJson(
                        "api/spaces/" + space + "/entries",
                        entry("Off-topic drone", "", impact, feasibility)
                                .replaceFirst("\\{", "{\"demoLink\": \"https://example.org/demo\", "),
                        "en")
                .body());
        var twice = alice.postJson("api/spaces/" + space + "/entries", entry("Again", "", impact, feasibility), "en");
        assertEquals(409, twice.statusCode(), "one entry per member");
        assertEquals(
                400,
                bob.postJson(
                                "api/spaces/" + space + "/entries",
                                "{\"title\": \"x\", \"demoLink\": \"javascript:alert(1)\"}",
                                "en")
                        .statusCode());
        var myEntry =
                Json.parse(alice.get("api/spaces/" + space + "/entries/mine").body());
        assertEquals(
                "Care at home, by video (" + impact + ")",
                myEntry.getJsonObject("answers").getString(String.valueOf(impact)));

        // attachments: type read from the content, size and count limited, readable only by those concerned
        var files = "api/spaces/" + space + "/entries/" + aliceEntry + "/attachments?name=";
        byte[] pdf = "%PDF-1.7\n% a small deck\n".getBytes(StandardCharsets.US_ASCII);
        var attached = alice.postBytes(files + "deck.pdf", pdf, "application/pdf");
        assertEquals(201, attached.statusCode(), attached.body());
        long deck = id(attached.body());
        var exe = alice.postBytes(
                files + "deck.pdf",
                "MZ\u0090\u0000 not a pdf".getBytes(StandardCharsets.ISO_8859_1),
                "application/pdf");
        assertEquals(400, exe.statusCode(), "a renamed program is not a PDF");
        assertTrue(Json.parse(exe.body()).getString("detail").contains("content matches their name"), exe.body());
        var huge = new byte[5 * 1024 * 1024 + 10];
        System.arraycopy(pdf, 0, huge, 0, pdf.length);
        assertEquals(
                413,
                alice.postBytes(files + "huge.pdf", huge, "application/pdf").statusCode(),
                "over 5 MB");
        assertEquals(
                201,
                alice.postBytes(
                                files + "sketch.png",
                                new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0},
                                "image/png")
                        .statusCode());
        assertEquals(
                201,
                alice.postBytes(
                                files + "photo.jpg",
                                new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0},
                                "image/jpeg")
                        .statusCode());
        assertEquals(
                409, alice.postBytes(files + "more.pdf", pdf, "application/pdf").statusCode(), "three files at most");
        assertEquals(
                404, bob.postBytes(files + "mine.pdf", pdf, "application/pdf").statusCode(), "not bob's entry");
        var file = "api/spaces/" + space + "/entries/" + aliceEntry + "/attachments/" + deck;
        assertEquals(404, bob.getBytes(file).statusCode(), "another entrant does not read alice's files");
        var download = staff.getBytes(file);
        assertEquals(200, download.statusCode());
        assertArrayEquals(pdf, download.body());
        assertTrue(
                download.headers().firstValue("Content-Disposition").orElse("").contains("deck.pdf"));

        move(staff, space, "SCREENING");
        assertEquals(
                409,
                bob.postJson("api/spaces/" + space + "/entries", "{\"title\": \"Late\"}", "en")
                        .statusCode());
        assertEquals(
                400,
                staff.putJson(
                                "api/spaces/" + space + "/entries/" + carolEntry + "/screening",
                                "{\"screening\": \"OFF_TOPIC\"}")
                        .statusCode(),
                "a refusal needs its reason");
        assertEquals(
                200,
                staff.putJson(
                                "api/spaces/" + space + "/entries/" + carolEntry + "/screening",
                                "{\"screening\": \"OFF_TOPIC\", \"reason\": \"Drones are outside this challenge\"}")
                        .statusCode());

        var cityJuror = cityPartner("Tampere Juror", "Tampere");
        var secondJuror = cityPartner("Second Juror", "Espoo");
        for (var juror : new String[] {cityJuror.email(), secondJuror.email()}) {
            assertEquals(
                    204,
                    staff.postJson("api/spaces/" + space + "/judging/jurors", "{\"email\": \"" + juror + "\"}", "en")
                            .statusCode());
        }
        assertEquals(
                403,
                alice.postJson(
                                "api/spaces/" + space + "/judging/jurors",
                                "{\"email\": \"" + cityJuror.email() + "\"}",
                                "en")
                        .statusCode());
        var city = cityJuror.client();
        var admin = secondJuror.client();
        assertEquals(200, city.getBytes(file).statusCode(), "an appointed juror reads the entrants' files");
        var early = city.putJson(
                "api/spaces/" + space + "/judging/scores/" + aliceEntry, points(impact, 5, feasibility, 5));
        assertEquals(409, early.statusCode(), "no scores before judging");

        move(staff, space, "JUDGING");
        assertEquals(
                409,
                staff.putJson("api/spaces/" + space + "/judging/criteria", "[{\"name\": \"New\", \"weight\": 1}]")
                        .statusCode(),
                "criteria are frozen while judging");
        assertEquals(
                409,
                city.putJson("api/spaces/" + space + "/judging/scores/" + carolEntry, points(impact, 9, feasibility, 9))
                        .statusCode(),
                "screened-out entries are not judged");
        assertEquals(
                403,
                alice.putJson("api/spaces/" + space + "/judging/scores/" + bobEntry, points(impact, 1, feasibility, 1))
                        .statusCode(),
                "only appointed jurors score");
        assertEquals(
                400,
                city.putJson("api/spaces/" + space + "/judging/scores/" + bobEntry, points(impact, 11, feasibility, 1))
                        .statusCode());
        assertEquals(
                400,
                city.putJson("api/spaces/" + space + "/judging/scores/" + bobEntry, "{\"" + impact + "\": 5}")
                        .statusCode(),
                "every criterion needs points");

        // city: alice (8*3+4)/4 = 7, bob (6*3+2)/4 = 5; admin: alice (6*3+6)/4 = 6, bob declared a conflict
        assertEquals(
                204,
                city.putJson("api/spaces/" + space + "/judging/scores/" + aliceEntry, points(impact, 8, feasibility, 4))
                        .statusCode());
        assertEquals(
                204,
                city.putJson("api/spaces/" + space + "/judging/scores/" + bobEntry, points(impact, 6, feasibility, 2))
                        .statusCode());
        assertEquals(
                204,
                admin.putJson(
                                "api/spaces/" + space + "/judging/scores/" + aliceEntry,
                                points(impact, 6, feasibility, 6))
                        .statusCode());
        assertEquals(
                204,
                admin.postJson("api/spaces/" + space + "/judging/conflicts/" + bobEntry, "", "en")
                        .statusCode());
        assertEquals(
                409,
                admin.putJson(
                                "api/spaces/" + space + "/judging/scores/" + bobEntry,
                                points(impact, 10, feasibility, 10))
                        .statusCode());

        var mine = city.get("api/spaces/" + space + "/judging/assignments").body();
        assertTrue(mine.contains("Video visits") && !mine.contains("Off-topic drone"), mine);
        var aliceCard = Json.parse("{\"a\":" + mine + "}").getJsonArray("a").getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getJsonObject("entry").getString("title").equals("Video visits"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                8,
                aliceCard.getJsonObject("myPoints").getInt(String.valueOf(impact)),
                "a juror sees their own points, not the other juror's 6");

        assertEquals(
                403,
                city.get("api/spaces/" + space + "/judging/ranking").statusCode(),
                "jurors do not see the ranking");
        var ranking = Json.parse("{\"r\":"
                        + staff.get("api/spaces/" + space + "/judging/ranking").body() + "}")
                .getJsonArray("r")
                .getValuesAs(JsonObject.class);
        assertEquals(2, ranking.size());
        assertEquals("Video visits", ranking.get(0).getString("title"));
        assertEquals(
                "6.5",
                ranking.get(0)
                        .getJsonNumber("score")
                        .bigDecimalValue()
                        .stripTrailingZeros()
                        .toPlainString());
        assertEquals(2, ranking.get(0).getInt("jurors"));
        assertEquals(
                "5",
                ranking.get(1)
                        .getJsonNumber("score")
                        .bigDecimalValue()
                        .stripTrailingZeros()
                        .toPlainString());
        assertEquals(1, ranking.get(1).getInt("jurors"), "the conflicted juror does not count");

        var progress = staff.get("api/spaces/" + space + "/judging/progress").body();
        var jurors = Json.parse("{\"p\":" + progress + "}").getJsonArray("p").getValuesAs(JsonObject.class);
        var cityProgress = jurors.stream()
                .filter(p -> p.getString("name").equals("Tampere Juror"))
                .findFirst()
                .orElseThrow();
        assertEquals(2, cityProgress.getInt("scored"), progress);
        assertEquals(0, cityProgress.getInt("left"));
        var adminProgress = jurors.stream()
                .filter(p -> p.getString("name").equals("Second Juror"))
                .findFirst()
                .orElseThrow();
        assertEquals(1, adminProgress.getInt("scored"));
        assertEquals(1, adminProgress.getInt("conflicts"));
        assertEquals(0, adminProgress.getInt("left"));
        assertEquals(403, alice.get("api/spaces/" + space + "/judging/progress").statusCode());

        var csv = staff.get("api/spaces/" + space + "/judging/export");
        assertEquals(200, csv.statusCode());
        var lines = csv.body().split("\r\n");
        assertEquals("entry,title,Impact (x3),Feasibility (x1),score,place", lines[0]);
        assertEquals(
                aliceEntry + ",Video visits,7.00,5.00,6.50,1", lines[1], "means per criterion over the counted jurors");
        assertEquals(
                bobEntry + ",Smart pill box,6.00,2.00,5.00,2", lines[2], "the conflicted juror's points are left out");

        assertEquals(
                "[]",
                client().get("api/spaces/" + space + "/judging/results").body().strip(),
                "nothing public before results");
        move(staff, space, "RESULTS");
        assertEquals(
                409,
                city.putJson("api/spaces/" + space + "/judging/scores/" + bobEntry, points(impact, 10, feasibility, 10))
                        .statusCode(),
                "results are frozen");
        var pilot =
                "{\"partner\": \"Tampere home care\", \"budgetEur\": 40000, \"startsOn\": \"2027-02-01\", \"scaleUpPlan\": \"All districts in 2028\"}";
        assertEquals(
                409,
                staff.postJson("api/spaces/" + space + "/judging/results/" + bobEntry + "/pilot", pilot, "en")
                        .statusCode(),
                "only winners get pilots");
        assertEquals(
                201,
                staff.postJson("api/spaces/" + space + "/judging/results/" + aliceEntry + "/pilot", pilot, "en")
                        .statusCode());
        assertEquals(
                409,
                staff.postJson("api/spaces/" + space + "/judging/results/" + aliceEntry + "/pilot", pilot, "en")
                        .statusCode());

        var results = Json.parse("{\"r\":"
                        + client().get("api/spaces/" + space + "/judging/results")
                                .body() + "}")
                .getJsonArray("r")
                .getValuesAs(JsonObject.class);
        assertEquals("Video visits", results.get(0).getString("title"));
        assertEquals(1, results.get(0).getInt("place"));
        assertEquals("Tampere home care", results.get(0).getJsonObject("pilot").getString("partner"));
        assertEquals(2, results.get(1).getInt("place"));
    }

    @Test
    void aSecondRoundPublicVotePrizeCategoriesAndAPilotThroughToScaleUp() throws Exception {
        var staff = staff().client();
        var created = staff.postJson(
                "api/spaces",
                """
                {"kind": "CONTEST", "title": "Quiet streets contest", "summary": "Ideas for less traffic noise.", "publicVote": true,
                 "eligibility": "Residents and companies of Tampere", "opensAt": "%s", "submissionDeadline": "%s"}
                """.formatted(
                        OffsetDateTime.now().minusDays(1), OffsetDateTime.now().plusDays(5)),
                "en");
        assertEquals(201, created.statusCode(), created.body());
        long space = Json.parse(created.body())
                .getJsonObject("summary")
                .getJsonNumber("id")
                .longValue();
        var criteria = Json.parse("{\"c\":"
                        + staff.putJson("api/spaces/" + space + "/judging/criteria", """
                [{"name": "Less noise", "weight": 2, "impact": "ENVIRONMENTAL"}, {"name": "Cost", "weight": 1, "impact": "ECONOMIC"}]""")
                                .body() + "}")
                .getJsonArray("c")
                .getValuesAs(JsonObject.class);
        long noise = criteria.get(0).getJsonNumber("id").longValue();
        long cost = criteria.get(1).getJsonNumber("id").longValue();
        var prizes = staff.putJson("api/spaces/" + space + "/judging/prizes", """
                [{"name": "Winner", "amountEur": 5000, "basis": "PLACE", "place": 1},
                 {"name": "Audience prize", "basis": "PUBLIC_VOTE"},
                 {"name": "Green prize", "amountEur": 1000, "basis": "IMPACT", "impact": "ENVIRONMENTAL"}]""");
        assertEquals(200, prizes.statusCode(), prizes.body());
        assertEquals(
                400,
                staff.putJson(
                                "api/spaces/" + space + "/judging/prizes",
                                "[{\"name\": \"First\", \"basis\": \"PLACE\"}]")
                        .statusCode(),
                "a prize by place needs its place");
        move(staff, space, "OPEN");

        var entrants = new PortalClient[4];
        var ids = new long[4];
        for (int i = 0; i < 4; i++) {
            entrants[i] = newMember("quiet" + i);
            var answer = entrants[i].postJson(
                    "api/spaces/" + space + "/entries", entry("Quiet idea " + i, "", noise, cost), "en");
            assertEquals(201, answer.statusCode(), answer.body());
            ids[i] = id(answer.body());
        }
        assertEquals(
                "[]",
                client().get("api/spaces/" + space + "/judging/ballot").body().strip(),
                "no vote before judging");
        move(staff, space, "SCREENING");
        move(staff, space, "JUDGING");
        var cityJuror = cityPartner("Quiet Juror", "Tampere");
        assertEquals(
                204,
                staff.postJson(
                                "api/spaces/" + space + "/judging/jurors",
                                "{\"email\": \"" + cityJuror.email() + "\"}",
                                "en")
                        .statusCode());
        var city = cityJuror.client();
        int[][] firstRound = {{9, 9}, {8, 2}, {5, 5}, {2, 2}};
        for (int i = 0; i < 4; i++) {
            assertEquals(
                    204,
                    city.putJson(
                                    "api/spaces/" + space + "/judging/scores/" + ids[i],
                                    points(noise, firstRound[i][0], cost, firstRound[i][1]))
                            .statusCode());
        }

        // the public votes: one vote per member, counted apart from the jury
        var ballot = client().get("api/spaces/" + space + "/judging/ballot").body();
        assertTrue(
                ballot.contains("Quiet idea 3") && !ballot.contains("quiet3"),
                "the ballot shows entries, not who sent them: " + ballot);
        var voter = newMember("voter");
        assertEquals(
                201,
                voter.postJson("api/spaces/" + space + "/judging/votes", "{\"entryId\": " + ids[3] + "}", "en")
                        .statusCode());
        assertEquals(
                409,
                voter.postJson("api/spaces/" + space + "/judging/votes", "{\"entryId\": " + ids[2] + "}", "en")
                        .statusCode(),
                "one vote");
        assertEquals(
                201,
                newMember("voter2")
                        .postJson("api/spaces/" + space + "/judging/votes", "{\"entryId\": " + ids[3] + "}", "en")
                        .statusCode());
        assertEquals(
                401,
                client().postJson("api/spaces/" + space + "/judging/votes", "{\"entryId\": " + ids[3] + "}", "en")
                        .statusCode());

        // round 2 for the top 2: a clean sheet, and entry 3 and 4 can no longer be scored
        assertEquals(
                409,
                staff.postJson("api/spaces/" + space + "/judging/rounds", "{\"topN\": 4}", "en")
                        .statusCode(),
                "nobody would leave");
        var round = staff.postJson("api/spaces/" + space + "/judging/rounds", "{\"topN\": 2}", "en");
        assertEquals(201, round.statusCode(), round.body());
        assertEquals(
                409,
                city.putJson("api/spaces/" + space + "/judging/scores/" + ids[2], points(noise, 9, cost, 9))
                        .statusCode(),
                "only the finalists are scored in round 2");
        var progress = staff.get("api/spaces/" + space + "/judging/progress").body();
        assertTrue(progress.contains("\"left\":2"), "round 2 starts with nothing scored: " + progress);
        assertEquals(
                204,
                city.putJson("api/spaces/" + space + "/judging/scores/" + ids[0], points(noise, 6, cost, 6))
                        .statusCode());
        assertEquals(
                204,
                city.putJson("api/spaces/" + space + "/judging/scores/" + ids[1], points(noise, 10, cost, 7))
                        .statusCode());
        var ranking = Json.parse("{\"r\":"
                        + staff.get("api/spaces/" + space + "/judging/ranking").body() + "}")
                .getJsonArray("r")
                .getValuesAs(JsonObject.class);
        assertEquals(2, ranking.size(), "the ranking of round 2");
        assertEquals(ids[1], ranking.get(0).getJsonNumber("entryId").longValue());
        assertEquals(2, ranking.get(0).getInt("round"));

        move(staff, space, "RESULTS");
        var results = Json.parse("{\"r\":"
                        + client().get("api/spaces/" + space + "/judging/results")
                                .body() + "}")
                .getJsonArray("r")
                .getValuesAs(JsonObject.class);
        assertEquals(
                List.of(ids[1], ids[0], ids[2], ids[3]),
                results.stream()
                        .map(r -> r.getJsonNumber("entryId").longValue())
                        .toList(),
                "finalists by round 2, then the rest by round 1");
        assertEquals(
                List.of(1, 2, 3, 4),
                results.stream().map(r -> r.getInt("place")).toList());
        assertEquals(2, results.get(3).getInt("votes"), "votes are shown apart from the jury's place");
        assertEquals(
                List.of("Winner", "Green prize"),
                results.get(0).getJsonArray("prizes").getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString)
                        .toList(),
                "10 on less noise in the final round");
        assertEquals("Audience prize", results.get(3).getJsonArray("prizes").getString(0));

        // the winner continues as a business case, then through the pilot to scale-up
        var handOver = staff.postJson(
                "api/spaces/" + space + "/judging/results/" + ids[1] + "/pilot",
                "{\"kind\": \"BUSINESS_CASE\", \"partner\": \"Tampere street services\"}",
                "en");
        assertEquals(400, handOver.statusCode(), "a business case needs its next step");
        assertEquals(
                201,
                staff.postJson(
                                "api/spaces/" + space + "/judging/results/" + ids[1] + "/pilot",
                                "{\"kind\": \"BUSINESS_CASE\", \"partner\": \"Tampere street services\", \"nextStep\": \"Cost the rollout by March\"}",
                                "en")
                        .statusCode());
        var stage = "api/spaces/" + space + "/judging/results/" + ids[1] + "/pilot/stage";
        assertEquals(
                409,
                staff.putJson(stage, "{\"stage\": \"SCALED_UP\", \"outcome\": \"x\"}")
                        .statusCode(),
                "it must run first");
        assertEquals(204, staff.putJson(stage, "{\"stage\": \"RUNNING\"}").statusCode());
        assertEquals(
                400, staff.putJson(stage, "{\"stage\": \"SCALED_UP\"}").statusCode(), "scale-up records its outcome");
        assertEquals(
                403,
                city.putJson(stage, "{\"stage\": \"STOPPED\", \"outcome\": \"no\"}")
                        .statusCode());
        assertEquals(
                400,
                staff.putJson(stage, "{\"stage\": \"SCALED_UP\", \"outcome\": \"Quiet asphalt on 12 streets\"}")
                        .statusCode(),
                "an empty readiness record has gaps: scaling up anyway is confirmed");
        assertEquals(
                204,
                staff.putJson(
                                stage,
                                "{\"stage\": \"SCALED_UP\", \"outcome\": \"Quiet asphalt on 12 streets\", \"confirmGaps\": true}")
                        .statusCode());
        var chain = Json.parse("{\"r\":"
                        + client().get("api/spaces/" + space + "/judging/results")
                                .body() + "}")
                .getJsonArray("r")
                .getJsonObject(0)
                .getJsonObject("pilot");
        assertEquals("SCALED_UP", chain.getString("stage"));
        assertEquals("Quiet asphalt on 12 streets", chain.getString("outcome"));
        assertEquals(
                409,
                staff.putJson("api/spaces/" + space + "/judging/prizes", "[]").statusCode(),
                "prizes are fixed with the results");
    }

    @Test
    void anEntryAfterTheDeadlineIsRefusedWithAClearMessage() throws Exception {
        var staff = staff().client();
        long space = contest(
                staff, OffsetDateTime.now().minusDays(3), OffsetDateTime.now().minusMinutes(1));
        move(staff, space, "OPEN");
        var late = newMember("late").postJson("api/spaces/" + space + "/entries", "{\"title\": \"Too late\"}", "en");
        assertEquals(409, late.statusCode());
        assertTrue(Json.parse(late.body()).getString("detail").contains("deadline has passed"), late.body());
    }

    /** An entry answering both questions; {@code extra} adds raw answer members. */
    private static String entry(String title, String extra, long first, long second) {
        return "{\"title\": \"" + title + "\", \"answers\": {" + extra + "\"" + first + "\": \"Care at home, by video ("
                + first + ")\", \"" + second + "\": \"Ready in a month (" + second + ")\"}}";
    }

    private static String points(long first, int a, long second, int b) {
        return "{\"" + first + "\": " + a + ", \"" + second + "\": " + b + "}";
    }
}
