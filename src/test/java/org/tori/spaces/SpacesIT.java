package org.tori.spaces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tori.testing.LessonFixtures.lessonJson;
import static org.tori.testing.LessonFixtures.publishedLesson;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.tori.testing.Browser;
import org.tori.testing.DeployedPortal;
import org.tori.testing.Json;
import org.tori.testing.Mailbox;
import org.tori.testing.Refusals;

/** Spaces through the open API and the staff API; each test makes the spaces it reads (titles unique per run). */
class SpacesIT extends DeployedPortal {

    private static String titles(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(i -> i.getString("title"))
                .toList()
                .toString();
    }

    @Test
    void theOpenListShowsPublishedSpacesWithFiltersAndHidesDrafts() throws Exception {
        var stamp = Long.toString(System.nanoTime(), 36);
        var city = "Listby" + stamp;
        var hackathon = "Events app hackathon " + stamp;
        var contest = "Smart parcel terminals " + stamp;
        var draft = "Employment chatbot hackathon " + stamp;
        openSpace("HACKATHON", hackathon, city);
        openSpace("CONTEST", contest, city, "PLANET");
        var created = staff().client()
                .postJson(
                        "api/spaces",
                        """
                        {"kind": "HACKATHON", "title": "%s", "summary": "Not yet.", "domain": "MOBILITY", "city": "%s",
                         "opensAt": "%s", "submissionDeadline": "%s"}
                        """.formatted(
                                        draft,
                                        city,
                                        OffsetDateTime.now().plusDays(5),
                                        OffsetDateTime.now().plusDays(9)),
                        "en");
        assertEquals(201, created.statusCode(), created.body());
        var anyone = client();
        var all = Json.parse(anyone.get("api/spaces?size=100&city=" + city).body());
        assertTrue(titles(all).contains(hackathon), titles(all));
        assertTrue(titles(all).contains(contest));
        assertFalse(titles(all).contains(draft), "drafts are not public");

        var contests = Json.parse(
                anyone.get("api/spaces?kind=contest&theme=PLANET&city=" + city).body());
        assertTrue(titles(contests).contains(contest));
        assertFalse(titles(contests).contains(hackathon));

        var wrong = anyone.get("api/spaces?kind=picnic");
        assertEquals(400, wrong.statusCode());
        assertEquals(
                "kind",
                Json.parse(wrong.body()).getJsonArray("errors").getJsonObject(0).getString("field"));

        var paged =
                Json.parse(anyone.get("api/spaces?size=1&page=1&city=" + city).body());
        assertEquals(1, paged.getJsonArray("items").size());
        assertEquals(1, paged.getInt("page"));
    }

    @Test
    void staffCreateADraftAndMoveItOnlyAlongItsLifeCycle() throws Exception {
        var staff = staff().client();
        var opens = OffsetDateTime.now().plusDays(5);
        var created = staff.postJson("api/spaces", """
                {"kind": "CONTEST", "title": "Talking robots in pre-schools", "summary": "Ideas for robots that children talk to.",
                 "description": "Robots **talk**.<script>alert('x')</script><img src=x onerror=alert(1)>",
                 "themes": ["PEOPLE"], "domain": "EDUCATION", "valueStreams": ["FAMILY_WITH_CHILDREN"],
                 "organiser": "Tampere early education", "city": "Tampere", "place": "Hervanta",
                 "opensAt": "%s", "submissionDeadline": "%s"}
                """.formatted(opens, opens.plusDays(20)), "en");
        assertEquals(201, created.statusCode(), created.body());
        var space = Json.parse(created.body());
        long id = space.getJsonObject("summary").getJsonNumber("id").longValue();
        var html = space.getString("descriptionHtml");
        assertTrue(html.contains("<strong>talk</strong>"), html);
        assertFalse(html.contains("script") || html.contains("onerror"), "scripts are removed: " + html);

        assertEquals(404, client().get("api/spaces/" + id).statusCode(), "a draft is not public");

        var skipping = staff.putJson("api/spaces/" + id + "/phase", "{\"phase\": \"JUDGING\"}");
        assertEquals(409, skipping.statusCode());
        assertTrue(Json.parse(skipping.body()).getString("detail").contains("next phase"));

        assertEquals(
                200,
                staff.putJson("api/spaces/" + id + "/phase", "{\"phase\": \"OPEN\"}")
                        .statusCode());
        assertEquals(
                "OPEN",
                Json.parse(client().get("api/spaces/" + id).body())
                        .getJsonObject("summary")
                        .getString("phase"));

        var citizen = verifiedMember("Phase mover").client();
        assertEquals(
                403,
                citizen.putJson("api/spaces/" + id + "/phase", "{\"phase\": \"SCREENING\"}")
                        .statusCode());
        assertEquals(
                401,
                client().putJson("api/spaces/" + id + "/phase", "{\"phase\": \"SCREENING\"}")
                        .statusCode());

        for (var phase : new String[] {"SCREENING", "JUDGING", "RESULTS"}) {
            assertEquals(
                    200,
                    staff.putJson("api/spaces/" + id + "/phase", "{\"phase\": \"" + phase + "\"}")
                            .statusCode(),
                    phase);
        }
        var archiveWithoutReason = staff.putJson("api/spaces/" + id + "/phase", "{\"phase\": \"ARCHIVED\"}");
        assertEquals(400, archiveWithoutReason.statusCode());
        assertEquals(
                200,
                staff.putJson(
                                "api/spaces/" + id + "/phase",
                                "{\"phase\": \"ARCHIVED\", \"reason\": \"Lessons go to the knowledge base next year\"}")
                        .statusCode());
    }

    @Test
    void citizensCannotCreateSpacesButJoinAndLeaveOpenOnes() throws Exception {
        var citizen = verifiedMember("joiner").client();
        var refused = citizen.postJson(
                "api/spaces", "{\"kind\": \"HACKATHON\", \"title\": \"Mine\", \"summary\": \"Mine\"}", "en");
        assertEquals(403, refused.statusCode());

        var events = ownHackathon();
        long id = events.getJsonNumber("id").longValue();
        int before = events.getInt("participants");

        assertEquals(
                204,
                citizen.putJson("api/spaces/" + id + "/participants/me", "").statusCode());
        assertEquals(
                204,
                citizen.putJson("api/spaces/" + id + "/participants/me", "").statusCode(),
                "joining again is harmless");
        assertEquals(before + 1, participants(id));
        assertEquals(
                204,
                citizen.http("DELETE", "api/spaces/" + id + "/participants/me").statusCode());
        assertEquals(before, participants(id));
    }

    @Test
    void anOpenedSpaceBecomesSearchableAndADraftDoesNot() throws Exception {
        var staff = staff().client();
        var word = "zeppelinport" + Long.toString(System.nanoTime(), 36);
        var opens = OffsetDateTime.now().plusDays(2);
        var body = """
                {"kind": "HACKATHON", "title": "%s hackathon", "summary": "Airships for parcels: %s", "city": "Tampere",
                 "opensAt": "%s", "submissionDeadline": "%s"}
                """;
        var published = Json.parse(
                staff.postJson("api/spaces", body.formatted("Published", word, opens, opens.plusDays(2)), "en")
                        .body());
        long id = published.getJsonObject("summary").getJsonNumber("id").longValue();
        staff.postJson("api/spaces", body.formatted("Hidden", word, opens, opens.plusDays(2)), "en");
        assertEquals(
                200,
                staff.putJson("api/spaces/" + id + "/phase", "{\"phase\": \"OPEN\"}")
                        .statusCode());

        String page = null;
        for (int i = 0; i < 60 && (page == null || !page.contains("Published hackathon")); i++) {
            Thread.sleep(500);
            page = client().get("search/?q=" + word).body();
        }
        assertTrue(page.contains("Published hackathon"), "the opened space is found");
        assertTrue(page.contains("/spaces/space?id=" + id), "and links to its page");
        assertFalse(page.contains("Hidden hackathon"), "drafts stay out of search");
    }

    @Test
    void teamsFormWithinTheirSizeAndEachMemberIsInOneTeamOnly() throws Exception {
        var events = ownHackathon();
        long space = events.getJsonNumber("id").longValue();
        var teamsPath = "api/spaces/" + space + "/teams";
        var captain = verifiedMember("captain");
        var second = verifiedMember("second");
        var third = verifiedMember("third");

        assertEquals(
                409,
                captain.client()
                        .postJson(teamsPath, "{\"name\": \"Robots\", \"maxSize\": 2}", "en")
                        .statusCode(),
                "join the space first");
        captain.client().putJson("api/spaces/" + space + "/participants/me", "");
        var created = captain.client()
                .postJson(teamsPath, "{\"name\": \"Robots " + captain.id() + "\", \"maxSize\": 2}", "en");
        assertEquals(201, created.statusCode(), created.body());
        long team = Json.parse(created.body()).getJsonNumber("id").longValue();

        second.client().putJson("api/spaces/" + space + "/participants/me", "");
        assertEquals(
                204,
                second.client()
                        .postJson(teamsPath + "/" + team + "/requests", "", "en")
                        .statusCode());
        assertEquals(
                403,
                second.client()
                        .putJson(teamsPath + "/" + team + "/members/" + second.id(), "")
                        .statusCode(),
                "a request is approved by the captain");
        assertEquals(
                204,
                captain.client()
                        .putJson(teamsPath + "/" + team + "/members/" + second.id(), "")
                        .statusCode());

        assertEquals(
                403,
                second.client()
                        .postJson(
                                teamsPath + "/" + team + "/invitations", "{\"email\": \"" + third.email() + "\"}", "en")
                        .statusCode(),
                "only the captain invites");
        assertEquals(
                204,
                captain.client()
                        .postJson(
                                teamsPath + "/" + team + "/invitations", "{\"email\": \"" + third.email() + "\"}", "en")
                        .statusCode());
        var full = third.client().putJson(teamsPath + "/" + team + "/members/" + third.id(), "");
        assertEquals(409, full.statusCode());
        assertTrue(Json.parse(full.body()).getString("detail").contains("full"));

        assertEquals(
                409,
                second.client()
                        .postJson(teamsPath, "{\"name\": \"Second's own\"}", "en")
                        .statusCode(),
                "one team per member and hackathon");
        var listed = second.client().get(teamsPath).body();
        assertTrue(listed.contains("\"members\":2"), listed);
    }

    @Test
    void hackathonConceptsComeFromTeamsAnswerAChallengeAndTheBoardSuggestsComplements() throws Exception {
        var staff = staff().client();
        // opens tomorrow: a hackathon past its opening date is moved to SUBMISSION by the phase clock's next minute
        var opens = OffsetDateTime.now().plusDays(1);
        long space = Json.parse(staff.postJson("api/spaces", """
                {"kind": "HACKATHON", "title": "Library data hackathon", "summary": "Open library data, new services.",
                 "opensAt": "%s", "submissionDeadline": "%s"}""".formatted(opens, opens.plusDays(9)), "en")
                        .body())
                .getJsonObject("summary")
                .getJsonNumber("id")
                .longValue();
        var challenges = "api/spaces/" + space + "/challenges";
        var loner = verifiedMember("loner");
        assertEquals(
                403,
                loner.client()
                        .postJson(challenges, "{\"title\": \"Mine\", \"postedBy\": \"Me\"}", "en")
                        .statusCode());
        assertEquals(
                400,
                staff.postJson(challenges, "{\"title\": \"Loans by district\"}", "en")
                        .statusCode(),
                "who posts it");
        var posted = staff.postJson(challenges, """
                {"title": "Loans by district", "postedBy": "Tampere City Library",
                 "description": "Which districts borrow what?", "dataOffered": "Loan statistics API, 2015-2026"}""", "en");
        assertEquals(201, posted.statusCode(), posted.body());
        long challenge = Json.parse(posted.body()).getJsonNumber("id").longValue();
        assertEquals(
                200,
                staff.putJson("api/spaces/" + space + "/phase", "{\"phase\": \"OPEN\"}")
                        .statusCode());
        var listed = client().get(challenges).body();
        assertTrue(listed.contains("Loan statistics API"), listed);

        var captain = verifiedMember("captain");
        var seeker = verifiedMember("seeker");
        profile(captain, "Captain", "java");
        profile(seeker, "Seeker", "java\", \"service design");
        for (var m : new Member[] {captain, seeker, loner}) {
            assertEquals(
                    204,
                    m.client()
                            .putJson("api/spaces/" + space + "/participants/me", "")
                            .statusCode());
        }
        var teams = "api/spaces/" + space + "/teams";
        long team = Json.parse(captain.client()
                        .postJson(teams, "{\"name\": \"Readers " + captain.id() + "\"}", "en")
                        .body())
                .getJsonNumber("id")
                .longValue();
        assertEquals(
                204,
                seeker.client()
                        .putJson(teams + "/board/me", "{\"pitch\": \"I talk to library users.\"}")
                        .statusCode());
        assertEquals(
                400,
                loner.client()
                        .putJson(teams + "/board/me", "{\"pitch\": \"" + "x".repeat(301) + "\"}")
                        .statusCode());
        var board = Json.parse(captain.client().get(teams + "/board").body());
        var seen = board.getJsonArray("seekers").getValuesAs(JsonObject.class).stream()
                .filter(x -> x.getJsonNumber("accountId").longValue() == seeker.id())
                .findFirst()
                .orElseThrow();
        assertEquals(1, seen.getInt("newSkills"), "service design is new to a java team");
        assertEquals("I talk to library users.", seen.getString("pitch"));
        var open = Json.parse(seeker.client().get(teams + "/board").body())
                .getJsonArray("teams")
                .getValuesAs(JsonObject.class);
        assertEquals(
                1,
                open.stream()
                        .filter(t -> t.getJsonNumber("id").longValue() == team)
                        .findFirst()
                        .orElseThrow()
                        .getInt("youAdd"));
        assertEquals(
                204,
                seeker.client()
                        .postJson(teams + "/" + team + "/requests", "", "en")
                        .statusCode());
        assertEquals(
                204,
                captain.client()
                        .putJson(teams + "/" + team + "/members/" + seeker.id(), "")
                        .statusCode());
        assertFalse(
                captain.client().get(teams + "/board").body().contains("I talk to library users."),
                "a member is no longer looking");

        assertEquals(
                200,
                staff.putJson("api/spaces/" + space + "/phase", "{\"phase\": \"SUBMISSION\"}")
                        .statusCode());
        assertEquals(
                409,
                staff.postJson(challenges, "{\"title\": \"Late\", \"postedBy\": \"City\"}", "en")
                        .statusCode(),
                "the challenges are fixed once concepts come in");
        var entries = "api/spaces/" + space + "/entries";
        var alone = loner.client()
                .postJson(entries, "{\"title\": \"Solo idea\", \"challengeId\": " + challenge + "}", "en");
        assertEquals(409, alone.statusCode(), "a hackathon concept comes from a team");
        assertTrue(Json.parse(alone.body()).getString("detail").contains("team"), alone.body());
        assertEquals(
                400,
                seeker.client()
                        .postJson(entries, "{\"title\": \"Loan map\"}", "en")
                        .statusCode(),
                "which challenge?");
        var concept = seeker.client()
                .postJson(entries, "{\"title\": \"Loan map\", \"challengeId\": " + challenge + "}", "en");
        assertEquals(201, concept.statusCode(), concept.body());
        assertEquals(
                409,
                captain.client()
                        .postJson(entries, "{\"title\": \"Second\", \"challengeId\": " + challenge + "}", "en")
                        .statusCode(),
                "one concept per team");
        var ours = Json.parse(captain.client().get(entries + "/mine").body());
        assertEquals("Loan map", ours.getString("title"));
        assertEquals("Readers " + captain.id(), ours.getString("teamName"));
    }

    private void profile(Member member, String name, String skills) throws Exception {
        var answer = member.client()
                .putJson(
                        "api/accounts/me/profile",
                        "{\"name\": \"" + name + "\", \"skills\": [\"" + skills + "\"], \"searchable\": true}");
        assertTrue(answer.statusCode() / 100 == 2, answer.statusCode() + " " + answer.body());
    }

    @Test
    void aSpacePageShowsLessonsOtherCitiesLearnedOnItsThemes() throws Exception {
        var stamp = Long.toString(System.nanoTime(), 36);
        var staff = staff().client();
        var elsewhere = "Library robots in Oulu " + stamp;
        publishedLesson(staff, staff, lessonJson(elsewhere, "Oulu", "PEOPLE", "PUBLIC", null));
        publishedLesson(staff, staff, lessonJson("Our own robots " + stamp, "Tampere", "PEOPLE", "PUBLIC", null));
        var events = ownHackathon();
        var html = client().get("spaces/space?id=" + events.getJsonNumber("id").longValue())
                .body();
        int start = html.indexOf("id=\"related-lessons\"");
        assertTrue(start > 0, "the knowledge base has a lesson on people from another city");
        var section = html.substring(start, html.indexOf("</section>", start));
        assertTrue(section.contains("/knowledge/lesson?id=") && section.contains(elsewhere), section);
        assertFalse(section.contains("(Tampere)"), "lessons of other cities than the space's own: " + section);
    }

    @Test
    void commentsThreadRepliesAreReportedAndModeratedWithAReason() throws Exception {
        long space = Json.parse(client().get("api/spaces?kind=CONTEST").body())
                .getJsonArray("items")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        var path = "api/spaces/" + space + "/comments";
        var writer = verifiedMember("writer");
        var reader = verifiedMember("reader");
        var staff = staff().client();

        assertEquals(
                401, client().postJson(path, "{\"body\": \"Anonymous\"}", "en").statusCode());
        assertEquals(
                400, writer.client().postJson(path, "{\"body\": \"   \"}", "en").statusCode());
        long top = Json.parse(writer.client()
                        .postJson(path, "{\"body\": \"Buy my <b>pills</b>\"}", "en")
                        .body())
                .getJsonNumber("id")
                .longValue();
        long reply = Json.parse(reader.client()
                        .postJson(path, "{\"body\": \"Off topic?\", \"parentId\": " + top + "}", "en")
                        .body())
                .getJsonNumber("id")
                .longValue();
        reader.client().postJson(path, "{\"body\": \"Agreed\", \"parentId\": " + reply + "}", "en");

        assertEquals(
                400,
                reader.client()
                        .postJson(path + "/" + top + "/reports", "{\"reason\": \" \"}", "en")
                        .statusCode());
        assertEquals(
                204,
                reader.client()
                        .postJson(path + "/" + top + "/reports", "{\"reason\": \"Spam\"}", "en")
                        .statusCode());
        assertEquals(
                204,
                reader.client()
                        .postJson(path + "/" + top + "/reports", "{\"reason\": \"Spam\"}", "en")
                        .statusCode());
        assertEquals(
                403,
                reader.client()
                        .putJson(path + "/" + top + "/hidden", "{\"reason\": \"Spam\"}")
                        .statusCode());
        assertEquals(
                400,
                staff.putJson(path + "/" + top + "/hidden", "{\"reason\": \"\"}")
                        .statusCode());
        assertEquals(
                204,
                staff.putJson(path + "/" + top + "/hidden", "{\"reason\": \"Advertising\"}")
                        .statusCode());

        var publicThread = thread(client().get(path).body(), top);
        assertTrue(publicThread.getBoolean("hidden"));
        assertEquals("Advertising", publicThread.getString("hiddenReason"));
        assertFalse(
                publicThread.containsKey("body") && !publicThread.isNull("body"), "the text is hidden from the public");
        assertEquals(2, publicThread.getJsonArray("replies").size(), "a reply to a reply joins the same thread");

        var staffThread = thread(staff.get(path).body(), top);
        assertEquals("Buy my <b>pills</b>", staffThread.getString("body"), "staff still read it");
        assertEquals(1, staffThread.getInt("reports"), "each member reports once");

        assertEquals(204, staff.http("DELETE", path + "/" + top + "/hidden").statusCode());
        assertEquals(
                "Buy my <b>pills</b>", thread(client().get(path).body(), top).getString("body"));
    }

    @Test
    void refusedInputOnASpacePageIsShownThereAndWhatWasTypedStays() throws Exception {
        var staff = staff().client();
        var opens = OffsetDateTime.now().minusDays(1);
        var created = staff.postJson("api/spaces", """
                {"kind": "CONTEST", "title": "Quiet playgrounds contest", "summary": "Ideas for calmer playgrounds.",
                 "opensAt": "%s", "submissionDeadline": "%s"}""".formatted(opens, opens.plusDays(10)), "en");
        long space = Json.parse(created.body())
                .getJsonObject("summary")
                .getJsonNumber("id")
                .longValue();
        assertEquals(
                200,
                staff.putJson("api/spaces/" + space + "/phase", "{\"phase\": \"OPEN\"}")
                        .statusCode());
        var member = verifiedMember("newcomer");
        var page = url("spaces/space?id=" + space);
        var browser = Browser.start();
        try {
            Refusals.logIn(browser, url(""), member.email(), PASSWORD);
            browser.get(page);
            Refusals.withoutBrowserChecks(browser);
            Refusals.click(browser, browser.findElement(By.id("comment-submit")));
            Refusals.assertRefusedWith(browser, "Write between 1 and 4000 characters.");

            var long_ = "Playgrounds need shade. ".repeat(417).substring(0, 10_000);
            browser.get(page);
            Refusals.withoutBrowserChecks(browser);
            Refusals.type(browser, browser.findElement(By.id("comment-body")), long_);
            Refusals.click(browser, browser.findElement(By.id("comment-submit")));
            Refusals.assertRefusedWith(browser, "Write between 1 and 4000 characters.");
            assertEquals(long_, Refusals.valueOf(browser, "comment-body"), "the long comment is still in the field");

            var html = Files.createTempFile("plan", ".html");
            Files.writeString(html, "<html><body>plan</body></html>");
            var renamed = Files.createTempFile("plan", ".pdf");
            Files.writeString(renamed, "<html><body>not a PDF</body></html>");
            var big = Files.createTempFile("big", ".pdf");
            var bytes = new byte[6 * 1024 * 1024];
            System.arraycopy("%PDF-1.4\n".getBytes(), 0, bytes, 0, 9);
            Files.write(big, bytes);
            for (var file : new Path[] {html, renamed, big}) {
                browser.get(page);
                Refusals.withoutBrowserChecks(browser);
                browser.findElement(By.id("entry-title")).sendKeys("Shade sails for sandpits");
                browser.findElement(By.id("entry-solution")).sendKeys("Sails over every sandpit in the city.");
                browser.findElement(By.id("entry-files"))
                        .sendKeys(file.toAbsolutePath().toString());
                Refusals.click(browser, browser.findElement(By.id("entry-submit")));
                Refusals.assertRefusedWith(
                        browser, file == big ? "The file is larger than 5 MB." : "Only PDF, PNG, JPEG");
                Refusals.assertRefusedWith(browser, "please choose your files again");
                assertEquals("Shade sails for sandpits", Refusals.valueOf(browser, "entry-title"), file.toString());
                assertEquals("Sails over every sandpit in the city.", Refusals.valueOf(browser, "entry-solution"));
            }
            assertEquals(
                    404,
                    member.client().get("api/spaces/" + space + "/entries/mine").statusCode(),
                    "nothing was half-saved");

            browser.manage().deleteAllCookies();
            Refusals.logIn(browser, url(""), staff().email(), PASSWORD);
            browser.get(page);
            var postedBy = browser.findElement(By.cssSelector("label[for=challenge-postedBy]"));
            assertTrue(postedBy.getText().endsWith("*"), "the field is marked as required: " + postedBy.getText());
            Refusals.withoutBrowserChecks(browser);
            browser.findElement(By.id("challenge-title")).sendKeys("Noise maps");
            browser.findElement(By.id("challenge-description")).sendKeys("Where is it loud?");
            Refusals.click(browser, browser.findElement(By.id("challenge-submit")));
            Refusals.assertRefusedWith(browser, "Say who posts the challenge");
            assertEquals("Noise maps", Refusals.valueOf(browser, "challenge-title"));
            assertEquals("Where is it loud?", Refusals.valueOf(browser, "challenge-description"));
        } finally {
            browser.quit();
        }
    }

    @Test
    void aSpacePageAnswersAMalformedAddressWithTheErrorPageOfABadRequest() throws Exception {
        var anyone = client();
        for (var query : new String[] {"id=abc", "id=-1", "id=1e3", "id=%3Cscript%3E", "id=99999999999999999999"}) {
            var answer = anyone.get("spaces/space?" + query);
            assertEquals(400, answer.statusCode(), query);
            assertTrue(answer.body().contains("This address cannot be read"), query);
        }
        assertEquals(404, anyone.get("spaces/space").statusCode());
        assertEquals(404, anyone.get("spaces/space?id=987654321").statusCode());
        for (var path : new String[] {
            "spaces/?kind=picnic", "spaces/?page=x", "spaces/board?id=abc", "spaces/manage/entries?id=abc"
        }) {
            var status = anyone.get(path).statusCode();
            assertTrue(status == 400 || status == 404 || status == 302 || status == 303, path + " answered " + status);
        }
    }

    @Test
    void theCheckboxesClickedWithTheMouseOnTheNewSpaceFormAreExactlyTheOnesSaved() throws Exception {
        var browser = Browser.start();
        try {
            Refusals.logIn(browser, url(""), staff().email(), PASSWORD);
            browser.get(url("spaces/manage/new"));
            Refusals.click(browser, browser.findElement(By.cssSelector("input[name=kind][value=CONTEST]")));
            browser.findElement(By.id("title")).sendKeys("Clicked boxes contest");
            browser.findElement(By.id("summary")).sendKeys("Which boxes were ticked?");
            var themes = List.of("PLANET", "GOVERNANCE");
            var streams = List.of("SENIOR_CITIZEN", "BUSINESS", "VISITOR");
            for (var theme : themes) {
                var box = browser.findElement(By.cssSelector("input[name=themes][value=" + theme + "]"));
                var before = box.getSize();
                Refusals.click(browser, box);
                assertEquals(before, box.getSize(), "a focused box keeps its size");
            }
            for (var stream : streams) {
                Refusals.click(
                        browser, browser.findElement(By.cssSelector("input[name=valueStreams][value=" + stream + "]")));
            }
            // dates at the program's midnight: in UTC the opening is still the day before
            for (var date : Map.of("opens", "2027-03-07", "submissionDeadline", "2027-06-15", "resultsAt", "2027-06-30")
                    .entrySet()) {
                ((org.openqa.selenium.JavascriptExecutor) browser)
                        .executeScript(
                                "arguments[0].value = arguments[1]",
                                browser.findElement(By.id(date.getKey())),
                                date.getValue());
            }
            Refusals.click(browser, browser.findElement(By.id("submit")));
            Browser.waitForHeading(browser, "Clicked boxes contest");
            var facts = browser.findElement(By.tagName("main")).getText();
            assertTrue(facts.contains("7 March 2027"), "the opening day as entered: " + facts);
            assertTrue(facts.contains("15 June 2027"), "the closing day as entered: " + facts);
            assertFalse(facts.contains("6 March 2027") || facts.contains("14 June 2027"), "no day early: " + facts);
            assertEquals(
                    "30 June 2027", browser.findElement(By.id("results-day")).getText(), "the results day is shown");
            var id = browser.getCurrentUrl().replaceFirst(".*[?&]id=(\\d+).*", "$1");
            browser.get(url("spaces/manage/edit?id=" + id));
            assertEquals(Set.copyOf(themes), ticked(browser, "themes"), "the saved draft's themes");
            assertEquals(Set.copyOf(streams), ticked(browser, "valueStreams"), "the saved draft's value streams");
            assertEquals(
                    "2027-03-07",
                    browser.findElement(By.id("opens")).getAttribute("value"),
                    "the edit form keeps the day");
            assertEquals(
                    "2027-06-15",
                    browser.findElement(By.id("submissionDeadline")).getAttribute("value"));
            assertEquals("2027-06-30", browser.findElement(By.id("resultsAt")).getAttribute("value"));
        } finally {
            browser.quit();
        }
    }

    @Test
    void aContestPageSaysWhatItsPhaseAllowsAndCountsEntrantsAsParticipants() throws Exception {
        var staff = staff().client();
        var opens = OffsetDateTime.now().plusDays(1);
        var created = staff.postJson("api/spaces", """
                {"kind": "CONTEST", "title": "Phase-true benches contest", "summary": "Benches that say where they are.",
                 "opensAt": "%s", "submissionDeadline": "%s", "resultsAt": "%s"}
                """.formatted(opens, opens.plusDays(20), opens.plusDays(30)), "en");
        assertEquals(201, created.statusCode(), created.body());
        long id = Json.parse(created.body())
                .getJsonObject("summary")
                .getJsonNumber("id")
                .longValue();
        assertEquals(
                200,
                staff.putJson("api/spaces/" + id + "/phase", "{\"phase\": \"OPEN\"}")
                        .statusCode());
        var entrant = verifiedMember("phase-true-entrant").client();
        var entered = entrant.postJson("api/spaces/" + id + "/entries", "{\"title\": \"Talking bench\"}", "en");
        assertEquals(201, entered.statusCode(), entered.body());
        assertEquals(1, participants(id), "an entrant who never joined takes part");
        long entry = Json.parse(entered.body()).getJsonNumber("id").longValue();
        var entryLink = client().get("spaces/entry?id=" + entry);
        assertEquals(302, entryLink.statusCode(), "an entry's address (a roadmap origin) leads to its space");
        assertTrue(entryLink
                .headers()
                .firstValue("Location")
                .orElseThrow()
                .endsWith("/spaces/space?id=" + id + "#result-" + entry));
        assertEquals(404, client().get("spaces/entry?id=" + (entry + 100_000)).statusCode());

        var open = client().get("spaces/space?id=" + id).body();
        assertTrue(open.contains("What is next and when"), "the calendar");
        assertTrue(open.contains("Entries close and screening begins"), "the closing is ahead");
        assertTrue(open.contains("Teams are optional in a contest"), "the contest's own team line");
        assertFalse(open.contains("Join the hackathon"), "nothing about a hackathon on a contest");

        for (var phase : new String[] {"SCREENING", "JUDGING"}) {
            assertEquals(
                    200,
                    staff.putJson("api/spaces/" + id + "/phase", "{\"phase\": \"" + phase + "\"}")
                            .statusCode(),
                    phase);
        }
        var judging = client().get("spaces/space?id=" + id).body();
        assertFalse(judging.contains("Entries close and"), "no closing promised once the jury judges");
        assertTrue(judging.contains("Entries closed and screening began"), "the closing is past");
        assertTrue(judging.contains("earlier than planned"), "closed before its planned day, and says so");
        assertTrue(
                Pattern.compile("id=\"step-JUDGING\"[^>]*aria-current=\"step\"")
                        .matcher(judging)
                        .find(),
                "judging is marked as now");
        assertTrue(judging.contains("Now:"), "said in words, not by colour only");
        assertTrue(judging.contains("No teams were formed."), "no invitation to start a team");
        assertTrue(judging.contains("id=\"participant-count\">1<"), "the entrant still counts");
        var mine = entrant.get("spaces/space?id=" + id).body();
        assertTrue(mine.contains("Screening is over"), "the entry does not wait for screening in judging");
        assertFalse(mine.contains("Waiting for screening"));
    }

    @Test
    void joinIsOfferedOnlyWhileTheSpaceTakesPeople() throws Exception {
        var citizen = verifiedMember("Looker").client();
        var contest = "Smart parcel terminals " + Long.toString(System.nanoTime(), 36);
        long contestId = openSpace("CONTEST", contest, "Tampere");
        for (var phase : new String[] {"SCREENING", "JUDGING"}) {
            assertEquals(
                    200,
                    staff().client()
                            .putJson("api/spaces/" + contestId + "/phase", "{\"phase\": \"" + phase + "\"}")
                            .statusCode());
        }
        var judging = Json.parse(client().get("api/spaces/" + contestId).body()).getJsonObject("summary");
        var judged = citizen.get(
                        "spaces/space?id=" + judging.getJsonNumber("id").longValue())
                .body();
        assertTrue(judged.contains(contest), "the page of the contest in judging");
        assertFalse(judged.contains("id=\"join\""), "no Join on a contest the jury is judging");
        assertFalse(
                client().get("spaces/space?id=" + judging.getJsonNumber("id").longValue())
                        .body()
                        .contains("Log in to join"),
                "nor a log-in hint to join it");

        var open = ownHackathon();
        var page = verifiedMember("newcomer-join")
                .client()
                .get("spaces/space?id=" + open.getJsonNumber("id").longValue())
                .body();
        assertTrue(page.contains("id=\"join\""), "an open hackathon offers Join");
    }

    /** The boxes of a group that the page shows ticked (the edit form shows what the draft holds). */
    private static Set<String> ticked(org.openqa.selenium.WebDriver browser, String group) {
        return browser.findElements(By.cssSelector("input[name=" + group + "]")).stream()
                .filter(org.openqa.selenium.WebElement::isSelected)
                .map(e -> e.getAttribute("value"))
                .collect(Collectors.toSet());
    }

    private static JsonObject thread(String body, long id) {
        return Json.parse("{\"t\":" + body + "}").getJsonArray("t").getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getJsonNumber("id").longValue() == id)
                .findFirst()
                .orElseThrow();
    }

    /** An open hackathon of the test's own ("Events app hackathon" and a stamp), in Tampere, on people. */
    private JsonObject ownHackathon() throws Exception {
        long id = openSpace(
                "HACKATHON", "Events app hackathon " + Long.toString(System.nanoTime(), 36), "Tampere", "PEOPLE");
        return Json.parse(client().get("api/spaces/" + id).body()).getJsonObject("summary");
    }

    private int participants(long id) throws Exception {
        return Json.parse(client().get("api/spaces/" + id).body())
                .getJsonObject("summary")
                .getInt("participants");
    }

    @Test
    void aReportedAbusiveCommentIsHiddenByStaffFromTheDeskWithAReasonAndItsAuthorIsTold() throws Exception {
        var hackathon = ownHackathon();
        long space = hackathon.getJsonNumber("id").longValue();
        var title = hackathon.getString("title");
        var troll = verifiedMember("Troll");
        var citizen = verifiedMember("Careful citizen");
        var abuse = "You are all idiots " + System.nanoTime();
        var reason = "Insults other participants";
        var browser = Browser.start();
        try {
            Refusals.logIn(browser, url(""), troll.email(), PASSWORD);
            browser.get(url("spaces/space?id=" + space));
            Browser.waitForHeading(browser, title);
            byLabel(browser, browser, "Your comment *").sendKeys(abuse);
            button(browser, "Post the comment").click();
            waitForText(browser, "Your comment has been posted.");

            browser.manage().deleteAllCookies();
            Refusals.logIn(browser, url(""), citizen.email(), PASSWORD);
            browser.get(url("spaces/space?id=" + space));
            var comment = commentWith(browser, abuse);
            comment.findElement(By.xpath(".//summary[normalize-space()='Report']"))
                    .click();
            Refusals.withoutBrowserChecks(browser);
            button(comment, "Send the report").click();
            waitForText(browser, "Write why you are reporting this comment.");
            comment = commentWith(browser, abuse);
            comment.findElement(By.xpath(".//summary[normalize-space()='Report']"))
                    .click();
            byLabel(browser, comment, "Why are you reporting this comment?").sendKeys("Name-calling");
            button(comment, "Send the report").click();
            waitForText(browser, "Thank you. Program staff will read your report.");
            assertTrue(commentWith(browser, abuse).getText().contains("You reported this comment."), "once per member");
            var violations = Browser.seriousViolations(browser);
            assertTrue(violations.isEmpty(), "the space page with its report forms: " + violations);

            browser.manage().deleteAllCookies();
            Refusals.logIn(browser, url(""), staff().email(), PASSWORD);
            browser.get(url("staff/"));
            Browser.waitForHeading(browser, "Staff desk");
            var queue = browser.findElement(By.xpath("//li[a[normalize-space()='Reported comments']]"));
            assertTrue(Integer.parseInt(queue.findElement(By.className("count")).getText()) >= 1, queue.getText());
            violations = Browser.seriousViolations(browser);
            assertTrue(violations.isEmpty(), "the staff desk: " + violations);
            queue.findElement(By.linkText("Reported comments")).click();
            Browser.waitForHeading(browser, "Reported comments");
            var reported = browser.findElement(By.xpath("//li[.//blockquote[normalize-space()='" + abuse + "']]"));
            assertTrue(
                    reported.getText().contains("Name-calling"),
                    "staff read the reporter's reason: " + reported.getText());
            violations = Browser.seriousViolations(browser);
            assertTrue(violations.isEmpty(), "the moderation queue: " + violations);
            byLabel(browser, reported, "Reason shown in place of the comment").sendKeys(reason);
            button(reported, "Hide the comment").click();
            waitForText(browser, "The comment is hidden; its author has been told.");
            assertTrue(
                    browser.findElements(By.xpath("//blockquote[normalize-space()='" + abuse + "']"))
                            .isEmpty(),
                    "the hidden comment left the queue");

            browser.manage().deleteAllCookies();
            browser.get(url("spaces/space?id=" + space));
            Browser.waitForHeading(browser, title);
            var discussion = browser.findElement(By.id("discussion")).getText();
            assertTrue(discussion.contains("Hidden by a moderator: " + reason), discussion);
            assertFalse(discussion.contains(abuse), "the public no longer reads the abuse");
        } finally {
            browser.quit();
        }
        var mail = MAILBOX.waitForSubject(
                troll.email(), "Your comment in " + title + " was hidden", Duration.ofSeconds(30));
        assertTrue(Mailbox.textPart(mail).contains(reason), Mailbox.textPart(mail));
    }

    private static org.openqa.selenium.WebElement byLabel(
            org.openqa.selenium.WebDriver browser, org.openqa.selenium.SearchContext scope, String label) {
        var forId = scope.findElement(By.xpath(".//label[normalize-space()='" + label + "']"))
                .getAttribute("for");
        return browser.findElement(By.id(forId));
    }

    private static org.openqa.selenium.WebElement button(org.openqa.selenium.SearchContext scope, String name) {
        return scope.findElement(By.xpath(
                ".//button[normalize-space()='" + name + "'] | .//input[@type='submit' and @value='" + name + "']"));
    }

    private static org.openqa.selenium.WebElement commentWith(org.openqa.selenium.WebDriver browser, String text) {
        return browser.findElement(
                By.xpath("//li[contains(@class,'comment')][p[contains(@class,'comment-body') and normalize-space()='"
                        + text + "']]"));
    }

    private static void waitForText(org.openqa.selenium.WebDriver browser, String text) {
        try {
            new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(30))
                    .ignoring(org.openqa.selenium.WebDriverException.class)
                    .until(d -> d.findElement(By.tagName("main")).getText().contains(text));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(
                    "expected '" + text + "' on " + browser.getCurrentUrl() + ", the page says:\n"
                            + browser.findElement(By.tagName("main")).getText(),
                    e);
        }
    }
}
