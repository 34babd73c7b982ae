package org.tori.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.tori.testing.DeployedPortal;
import org.tori.testing.Json;
import org.tori.testing.Mailbox;
import org.tori.testing.Portal;
import org.tori.testing.PortalClient;

/**
 * The security suite: who may do what (every role against every protected action), hostile input,
 * response headers and cookies, log-in throttling without account enumeration, and a member's
 * rights over their own data.
 */
class SecurityIT extends DeployedPortal {

    static final String HOSTILE = "<script>alert(1)</script><img src=x onerror=alert(2)>";

    /** An open hackathon that this class's staff run: no other member manages it. */
    private long openSpace() throws Exception {
        return openSpace("HACKATHON", "Events app hackathon " + Long.toString(System.nanoTime(), 36), "Tampere");
    }

    /** One protected action: the roles that may do it; everyone else must be refused. */
    private record Action(String method, String path, String body, Set<String> allowed) {}

    @Test
    void everyProtectedActionIsRefusedToEveryOtherRoleAndToAnonymousVisitors() throws Exception {
        long space = openSpace();
        var citizen = verifiedMember("Rights Citizen");
        var cityPartner = cityPartner("Rights City", "Tampere");
        staff().client()
                .postJson(
                        "api/spaces/" + space + "/judging/jurors",
                        "{\"email\": \"" + cityPartner.email() + "\"}",
                        "en");
        long comment = Json.parse(citizen.client()
                        .postJson("api/spaces/" + space + "/comments", "{\"body\": \"A comment to moderate\"}", "en")
                        .body())
                .getJsonNumber("id")
                .longValue();
        var staff = Set.of("STAFF");
        var managers = Set.of("STAFF", "CITY_PARTNER");
        var judging = "api/spaces/" + space + "/judging/";
        // the partner city sits on the space's jury
        var jurors = Set.of("JUROR", "CITY_PARTNER");
        var actions = List.of(
                new Action(
                        "POST",
                        "api/spaces",
                        "{\"kind\": \"HACKATHON\", \"title\": \"Mine\", \"summary\": \"Mine\"}",
                        managers),
                new Action("PUT", "api/spaces/" + space + "/phase", "{\"phase\": \"REVIEW\"}", managers),
                new Action(
                        "PUT",
                        judging + "criteria",
                        "[{\"name\": \"Impact\", \"weight\": 1, \"maxPoints\": 5}]",
                        staff),
                new Action("POST", judging + "jurors", "{\"email\": \"" + citizen.email() + "\"}", staff),
                new Action("GET", judging + "ranking", null, staff),
                new Action("GET", judging + "progress", null, staff),
                new Action("GET", judging + "export", null, staff),
                new Action("PUT", judging + "prizes", "[]", staff),
                new Action("POST", judging + "rounds", "{\"topN\": 3}", staff),
                new Action("PUT", judging + "scores/1", "{\"1\": 5}", jurors),
                new Action("POST", judging + "conflicts/1", null, jurors),
                new Action(
                        "POST", judging + "results/1/pilot", "{\"kind\": \"PILOT\", \"partner\": \"Tampere\"}", staff),
                new Action(
                        "PUT",
                        "api/spaces/" + space + "/comments/" + comment + "/hidden",
                        "{\"reason\": \"spam\"}",
                        staff),
                new Action("DELETE", "api/spaces/" + space + "/comments/" + comment + "/hidden", null, staff),
                new Action(
                        "POST",
                        "api/notifications/spaces/" + space + "/announcements",
                        "{\"subject\": \"Hello\", \"body\": \"Everyone\"}",
                        managers),
                new Action("GET", "api/stories/editorial", null, staff),
                new Action(
                        "PUT",
                        "api/spaces/" + space + "/entries/1/screening",
                        "{\"screening\": \"ELIGIBLE\"}",
                        managers),
                new Action(
                        "POST", "api/stories", "{\"title\": \"Mine\", \"lead\": \"Mine\", \"body\": \"Mine\"}", staff),
                new Action("PUT", "api/stories/1/status", "{\"step\": \"PUBLISH\"}", staff),
                new Action("POST", "api/search/reindex", null, staff),
                new Action("PUT", "api/scorecard/targets/EVENTS_HELD/2030", "{\"target\": 10}", staff),
                new Action("GET", "api/lessons?status=IN_REVIEW", null, staff),
                new Action("GET", "api/lessons/export", null, staff),
                new Action("POST", "api/lessons/import", "[]", staff),
                new Action("PUT", "api/lessons/1/practice", "{\"practice\": true}", staff),
                new Action("POST", "api/lessons", "{\"title\": \"Mine\"}", managers),
                new Action("PUT", "api/consultations/" + space + "/draft", "[]", staff),
                new Action(
                        "POST",
                        "api/consultations/" + space + "/versions",
                        "{\"changeNote\": \"x\", \"sections\": []}",
                        staff),
                new Action("POST", "api/consultations/" + space + "/comments/1/answer", "{\"body\": \"x\"}", staff),
                new Action("GET", "api/accounts/role-requests", null, staff),
                new Action("POST", "api/accounts/role-requests/1/approval", "{}", staff),
                new Action("POST", "api/accounts/role-requests/1/refusal", "{\"reason\": \"No\"}", staff),
                new Action(
                        "POST",
                        "api/accounts/me/invitations",
                        "{\"email\": \"colleague-" + System.nanoTime() + "@example.org\"}",
                        Set.of("CITY_PARTNER")));
        var callers = Map.of(
                "CITIZEN",
                citizen.client(),
                "COMPANY",
                company("Rights Company", "Rights Oy").client(),
                "CITY_PARTNER",
                cityPartner.client(),
                "STAFF",
                staff().client());
        var wrong = new ArrayList<String>();
        for (var action : actions) {
            var anonymous = client().request(action.method(), action.path(), action.body());
            if (anonymous.statusCode() != 401 && anonymous.statusCode() != 403) {
                wrong.add("anonymous " + action.method() + " " + action.path() + " -> " + anonymous.statusCode());
            }
            for (var caller : callers.entrySet()) {
                if (action.allowed().contains(caller.getKey())) {
                    continue;
                }
                var answer = caller.getValue().request(action.method(), action.path(), action.body());
                // a juror's action on an entry that is not theirs may also answer "no such entry"
                boolean refused = answer.statusCode() == 403
                        || (action.allowed().contains("JUROR") && answer.statusCode() == 404);
                if (!refused) {
                    wrong.add(caller.getKey() + " " + action.method() + " " + action.path() + " -> "
                            + answer.statusCode() + " " + answer.body());
                }
            }
        }
        assertEquals(List.of(), wrong, "actions not refused");

        var pages = Map.of(
                "staff/index",
                staff,
                "stories/staff/index",
                staff,
                "scorecard/staff/index",
                staff,
                "knowledge/staff/review",
                staff,
                "mail/staff/failed",
                staff,
                "consultations/staff/edit?id=" + space,
                staff,
                "spaces/manage/new",
                managers,
                "knowledge/write",
                managers,
                "accounts/staff/requests",
                staff);
        for (var page : pages.entrySet()) {
            var anonymous = client().get(page.getKey());
            assertTrue(
                    anonymous.statusCode() == 302 || anonymous.statusCode() == 303,
                    page.getKey() + ": " + anonymous.statusCode());
            assertTrue(
                    anonymous.headers().firstValue("Location").orElse("").contains("/accounts/login"), page.getKey());
            for (var caller : callers.entrySet()) {
                if (!page.getValue().contains(caller.getKey())) {
                    assertEquals(
                            403,
                            caller.getValue().get(page.getKey()).statusCode(),
                            caller.getKey() + " on " + page.getKey());
                }
            }
        }
    }

    @Test
    void hostileTextIsStoredAsTextAndShownEscaped() throws Exception {
        long space = openSpace();
        var member = verifiedMember("Hostile Writer");
        var written =
                member.client().postJson("api/spaces/" + space + "/comments", "{\"body\": \"" + HOSTILE + "\"}", "en");
        assertEquals(201, written.statusCode(), written.body());
        assertEquals(
                204,
                member.client()
                        .putJson("api/accounts/me/profile", """
                {"name": "<b onmouseover=alert(3)>Mallory</b>", "bio": "%s", "skills": [], "interests": [],
                 "searchable": true, "language": "en"}""".formatted(HOSTILE))
                        .statusCode());
        for (var page : List.of("spaces/space?id=" + space, "accounts/profile")) {
            var html = member.client().get(page).body();
            assertFalse(
                    html.contains("<script>alert(1)")
                            || html.contains("<img src=x onerror")
                            || html.contains("<b onmouseover"),
                    page + " shows hostile markup as markup");
        }
        var html = member.client().get("accounts/profile").body();
        assertTrue(html.contains("&lt;b onmouseover=alert(3)&gt;Mallory"), "the name is shown as the text it is");
    }

    @Test
    void sqlMetacharactersPathTraversalOverlongAndMalformedInputAreAnsweredWithoutFailing() throws Exception {
        var anyone = client();
        var sql = URLEncoder.encode("' OR 1=1 --", StandardCharsets.UTF_8);
        for (var path : List.of(
                "api/spaces?city=" + sql,
                "api/spaces?kind=" + sql,
                "api/search?q=" + sql,
                "api/lessons?theme=" + sql,
                "search/?q=" + sql,
                "api/open/spaces?city=" + sql,
                "api/stories?q=" + sql)) {
            int status = anyone.get(path).statusCode();
            assertTrue(status < 500, path + " -> " + status);
        }
        var member = verifiedMember("Long Writer");
        var longTitle = "x".repeat(100_000);
        var tooLong = member.client().putJson("api/accounts/me/profile", """
                {"name": "%s", "skills": [], "interests": [], "searchable": false, "language": "en"}""".formatted(longTitle));
        assertTrue(
                tooLong.statusCode() == 400 || tooLong.statusCode() == 413,
                "100k-character name: " + tooLong.statusCode());
        assertTrue(tooLong.headers().firstValue("Content-Type").orElse("").contains("problem+json"));
        var huge = anyone.answerToBodyOf("api/accounts", 10 * 1024 * 1024);
        assertTrue(huge.startsWith("HTTP/1.1 413"), huge);

        for (var path : List.of(
                "api/spaces?city=%C3%28", "api/spaces?city=a%00b", "spaces/?q=%FF%FE", "accounts/login?x=%00")) {
            var answer = anyone.get(path);
            assertEquals(400, answer.statusCode(), path);
            assertTrue(answer.body().contains("\"status\":400"), answer.body());
        }
        var badBytes = anyone.postBytes(
                "api/accounts",
                new byte[] {'{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'},
                "application/json");
        assertTrue(
                badBytes.statusCode() >= 400 && badBytes.statusCode() < 500,
                "invalid UTF-8 body: " + badBytes.statusCode());

        long space = openSpace();
        long entry = entryOf(member, space);
        if (entry > 0) {
            var png = new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0};
            var traversal = member.client()
                    .postBytes(
                            "api/spaces/" + space + "/entries/" + entry + "/attachments?name="
                                    + URLEncoder.encode("../../../../etc/passwd.png", StandardCharsets.UTF_8),
                            png,
                            "image/png");
            assertTrue(traversal.statusCode() < 500, "a name with ../ -> " + traversal.statusCode());
            if (traversal.statusCode() == 201) {
                var stored = member.client()
                        .get("api/spaces/" + space + "/entries/mine")
                        .body();
                assertFalse(stored.contains("../"), "the stored name keeps no path: " + stored);
            }
        }
    }

    /** An entry of the member in the space, or 0 when the space takes no entries now. */
    private long entryOf(Member member, long space) throws Exception {
        var created = member.client()
                .postJson(
                        "api/spaces/" + space + "/entries",
                        "{\"title\": \"Safe name\", \"problem\": \"A problem\", \"solution\": \"A solution\"}",
                        "en");
        return created.statusCode() == 201
                ? Json.parse(created.body()).getJsonNumber("id").longValue()
                : 0;
    }

    @Test
    void lineBreaksInANameCannotAddMailHeaders() throws Exception {
        var email = Portal.uniqueEmail("header-injection");
        var created = client().postJson("api/accounts", """
                {"name": "Eve\\r\\nBcc: victim@example.org\\r\\nSubject: hacked", "email": "%s", "password": "%s",
                 "role": "CITIZEN", "language": "en"}""".formatted(email, PASSWORD), "en");
        assertTrue(created.statusCode() == 201 || created.statusCode() == 400, created.body());
        if (created.statusCode() == 201) {
            var mail = MAILBOX.waitFor(email, Duration.ofSeconds(30));
            assertFalse(mail.getSubject().contains("hacked"), mail.getSubject());
            assertEquals(0, mail.getHeader("Bcc") == null ? 0 : mail.getHeader("Bcc").length);
        }
        Thread.sleep(1000);
        assertEquals(List.of(), MAILBOX.to("victim@example.org"), "no mail to an injected address");
        var crlfAddress = client().postJson("api/accounts", """
                {"name": "Eve", "email": "eve@example.org\\r\\nBcc: victim@example.org", "password": "%s",
                 "role": "CITIZEN", "language": "en"}""".formatted(PASSWORD), "en");
        assertEquals(400, crlfAddress.statusCode(), crlfAddress.body());
    }

    @Test
    void formsWithoutTheirViewStateAndApiWritesFromOtherSitesChangeNothing() throws Exception {
        var member = verifiedMember("Forged Form");
        var form = member.client().open("accounts/profile", "profile");
        var fields = new LinkedHashMap<>(form.fields());
        fields.remove("jakarta.faces.ViewState");
        var forged = new PortalClient.OpenForm(form.action(), fields);
        member.client().send(forged, Map.of("name", "Changed by forgery", "save", ""));
        var bogus = new LinkedHashMap<>(form.fields());
        bogus.put("jakarta.faces.ViewState", "-1234567890:987654321");
        member.client()
                .send(
                        new PortalClient.OpenForm(form.action(), bogus),
                        Map.of("name", "Changed by forgery", "save", ""));
        var me = Json.parse(member.client().get("api/accounts/me").body());
        assertNotEquals("Changed by forgery", me.getString("name"));

        var profile =
                "{\"name\": \"Cross site\", \"skills\": [], \"interests\": [], \"searchable\": false, \"language\": \"en\"}";
        var crossSite =
                member.client().request("PUT", "api/accounts/me/profile", profile, "Origin", "https://evil.example");
        assertEquals(403, crossSite.statusCode());
        assertTrue(crossSite.body().contains("\"status\":403"), crossSite.body());
        var byReferer = member.client()
                .request("PUT", "api/accounts/me/profile", profile, "Referer", "https://evil.example/page");
        assertEquals(403, byReferer.statusCode());
        var own = member.client().uri("").toString().replaceAll("/+$", "");
        var sameSite = member.client()
                .request(
                        "PUT",
                        "api/accounts/me/profile",
                        profile,
                        "Origin",
                        own.replaceFirst("(https?://[^/]+).*", "$1"));
        assertEquals(204, sameSite.statusCode(), sameSite.body());
    }

    @Test
    void theStatelessLogInRegisterAndForgotFormsRefuseAPostFromAnotherSite() throws Exception {
        var http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        var own = client().uri("").toString().replaceFirst("(https?://[^/]+).*", "$1");
        for (var page : new String[] {"accounts/login", "accounts/register", "accounts/forgot"}) {
            var opened = client().get(page).body();
            var viewState = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"")
                    .matcher(opened);
            assertTrue(viewState.find(), page);
            var body = "email=" + URLEncoder.encode(Portal.uniqueEmail("forged"), StandardCharsets.UTF_8)
                    + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)
                    + "&submit=&jakarta.faces.ViewState="
                    + URLEncoder.encode(viewState.group(1).replace("&#58;", ":"), StandardCharsets.UTF_8);
            for (var origin : new String[] {"https://evil.example", "null"}) {
                var forged = http.send(
                        HttpRequest.newBuilder(client().uri(page))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .header("Origin", origin)
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(403, forged.statusCode(), page + " from " + origin);
                for (var cookie : forged.headers().allValues("Set-Cookie")) {
                    // the error page may open a session of its own; nobody is signed in by it
                    var me = http.send(
                            HttpRequest.newBuilder(client().uri("api/accounts/me"))
                                    .header("Cookie", cookie.split(";")[0])
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                    assertEquals(401, me.statusCode(), "a forged post to " + page + " signs nobody in");
                }
            }
            var fromHere = http.send(
                    HttpRequest.newBuilder(client().uri(page))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header("Origin", own)
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertNotEquals(403, fromHere.statusCode(), page + " from the portal itself");
        }
        var cookie = client().get("accounts/login").headers().allValues("Set-Cookie");
        assertTrue(
                cookie.stream()
                        .filter(c -> c.startsWith("JSESSIONID"))
                        .allMatch(c -> c.toLowerCase(Locale.ROOT).contains("samesite=lax")),
                cookie.toString());
    }

    @Test
    void pagesAnswerMalformedParametersWithABadRequestOrNotFoundNeverAFailure() throws Exception {
        var staff = staff().client();
        var paths = new String[] {
            "spaces/space?id=abc",
            "spaces/space?id=%3Cb%3Ex%3C/b%3E",
            "scorecard/?year=abc",
            "scorecard/?year=;env;",
            "scorecard/?year=https%3A%2F%2Fevil.example%2F",
            "scorecard/?year=99999999999",
            "spaces/?kind=picnic",
            "spaces/?phase=%3Cscript%3E",
            "spaces/?page=x",
            "spaces/board?id=abc",
            "stories/?page=abc",
            "stories/?theme=nope",
            "knowledge/lesson?id=abc",
            "knowledge/write?id=abc",
            "judging/manage?space=abc",
            "judging/score?space=abc",
            "livinglabs/manage/results?id=abc",
            "livinglabs/manage/propose?id=abc",
            "spaces/manage/edit?id=abc",
            "spaces/manage/entries?id=abc",
            "citytocity/manage/agreement?id=abc",
            "stories/story?id=abc",
            "stories/staff/edit?id=abc"
        };
        var failures = new ArrayList<String>();
        for (var path : paths) {
            int asStaff = staff.get(path).statusCode();
            if (asStaff != 400 && asStaff != 404) {
                failures.add(path + " (staff) -> " + asStaff);
            }
            int anonymous = client().get(path).statusCode();
            if (anonymous >= 500 || anonymous == 200) {
                failures.add(path + " (anonymous) -> " + anonymous);
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void responsesCarryTheSecurityHeadersAndCookiesAreHttpOnlyAndSameSite() throws Exception {
        var anyone = client();
        var home = anyone.get("");
        assertEquals(200, home.statusCode());
        var policies = home.headers().allValues("Content-Security-Policy");
        assertEquals(1, policies.size(), "one policy: " + policies);
        var policy = policies.get(0);
        assertTrue(policy.contains("frame-ancestors 'none'") && policy.contains("object-src 'none'"), policy);
        var nonce = Pattern.compile("script-src 'self' 'nonce-([^']+)'").matcher(policy);
        assertTrue(nonce.find(), "scripts by nonce: " + policy);
        assertFalse(
                policy.replaceFirst("style-src[^;]*;", "").contains("unsafe-inline"),
                "only styles may be inline: " + policy);
        var inline = Pattern.compile("<script(?![^>]*\\bsrc=)([^>]*)>").matcher(home.body());
        while (inline.find()) {
            assertTrue(
                    inline.group(1).contains("nonce=\"" + nonce.group(1) + "\""),
                    "an inline script without the nonce: " + inline.group());
        }
        assertFalse(Pattern.compile("<[^>]+\\son[a-z]+=\"").matcher(home.body()).find(), "no inline event handlers");
        assertEquals(
                "nosniff", home.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("DENY", home.headers().firstValue("X-Frame-Options").orElse(""));
        assertEquals(
                "strict-origin-when-cross-origin",
                home.headers().firstValue("Referrer-Policy").orElse(""));
        assertTrue(home.headers().firstValue("Strict-Transport-Security").isEmpty(), "no HSTS over plain HTTP");
        var api = anyone.get("api/spaces");
        assertTrue(
                api.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"));
        assertEquals(
                "nosniff", api.headers().firstValue("X-Content-Type-Options").orElse(""));
        var proxied = anyone.request("GET", "", null, "X-Forwarded-Proto", "https");
        assertTrue(proxied.headers()
                .firstValue("Strict-Transport-Security")
                .orElse("")
                .contains("max-age="));

        var fresh = client();
        var login = fresh.login(verifiedMember("Fresh Session").email(), PASSWORD);
        var session = login.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID"))
                .toList();
        assertFalse(session.isEmpty(), "a new session id after log-in");
        for (var cookie : session) {
            assertTrue(
                    cookie.contains("HttpOnly")
                            && cookie.toLowerCase(Locale.ROOT).contains("samesite=lax"),
                    cookie);
        }
        var language = anyone.get("?lang=fi").headers().allValues("Set-Cookie");
        assertTrue(
                language.stream()
                        .allMatch(c -> c.contains("HttpOnly")
                                && c.toLowerCase(Locale.ROOT).contains("samesite=lax")),
                language.toString());
    }

    @Test
    void theLanguageSwitchOnlyEverSendsTheVisitorToAPathOfTori() throws Exception {
        for (var target :
                List.of("//evil.example/?lang=fi", "/%2F%2Fevil.example/?lang=sv", "/\\evil.example/?lang=fi")) {
            var answer = Raw.get(deployment, target);
            var location = Raw.header(answer, "Location");
            assertFalse(
                    location.startsWith("//") || location.startsWith("/\\") || location.contains("://evil.example"),
                    target + " -> " + location);
        }
    }

    @Test
    void repeatedWrongPasswordsPauseLogInAndUnknownAddressesAnswerTheSame() throws Exception {
        var member = verifiedMember("Throttled Member");
        var unknown = Portal.uniqueEmail("nobody-here");
        HttpResponse<String> known = null;
        HttpResponse<String> stranger = null;
        for (int i = 0; i < 5; i++) {
            known = client().login(member.email(), "wrong password " + i);
            stranger = client().login(unknown, "wrong password " + i);
        }
        assertEquals(429, known.statusCode());
        assertEquals(429, stranger.statusCode(), "an unknown address is paused the same way");
        assertTrue(known.headers().firstValue("Retry-After").isPresent());
        assertEquals(message(known.body()), message(stranger.body()));
        assertEquals(429, client().login(member.email(), PASSWORD).statusCode(), "even the right password waits");

        var forgotKnown = client().submit("accounts/forgot", "forgot", Map.of("email", member.email()));
        var forgotUnknown = client().submit("accounts/forgot", "forgot", Map.of("email", unknown));
        assertEquals(forgotKnown.statusCode(), forgotUnknown.statusCode());
        assertEquals(message(forgotKnown.body()), message(forgotUnknown.body()));
    }

    private static String message(String html) {
        var notice = Pattern.compile(
                        "(?s)<(?:p|div|li|span)[^>]*(?:role=\"(?:status|alert)\"|class=\"[^\"]*(?:notice|message)[^\"]*\")[^>]*>(.*?)</")
                .matcher(html);
        var all = new StringBuilder();
        while (notice.find()) {
            all.append(notice.group(1).strip()).append('|');
        }
        return all.toString();
    }

    @Test
    void aMemberDownloadsTheirDataAndErasesTheAccountWhileTheirPostsStay() throws Exception {
        long space = openSpace();
        var member = verifiedMember("Erased Member");
        var said = "Remember the bike lanes " + System.nanoTime();
        assertEquals(
                201,
                member.client()
                        .postJson("api/spaces/" + space + "/comments", "{\"body\": \"" + said + "\"}", "en")
                        .statusCode());
        assertEquals(
                204,
                member.client()
                        .putJson("api/notifications/follows/city/Tampere", "{}")
                        .statusCode());

        var download = member.client().get("api/accounts/me/data");
        assertEquals(200, download.statusCode(), download.body());
        assertTrue(
                download.headers().firstValue("Content-Disposition").orElse("").contains("attachment"));
        var data = Json.parse(download.body());
        assertEquals(member.email(), data.getJsonObject("account").getString("email"));
        assertTrue(
                data.getJsonObject("spaces").getJsonArray("comments").toString().contains(said));
        assertTrue(data.containsKey("lessons"));
        var follows =
                data.getJsonObject("notifications").getJsonArray("follows").toString();
        assertTrue(follows.contains("CITY") && follows.toLowerCase(Locale.ROOT).contains("tampere"), follows);
        assertTrue(data.getJsonArray("consultationComments").isEmpty());
        assertTrue(data.getJsonObject("cityToCity").getJsonArray("acceptances").isEmpty());
        assertEquals(401, client().get("api/accounts/me/data").statusCode());

        var otherDevice = signedIn(member.email(), PASSWORD);
        assertEquals(200, otherDevice.get("api/accounts/me").statusCode());
        var wrong = member.client().postJson("api/accounts/me/erasure", "{\"password\": \"not mine\"}", "en");
        assertEquals(403, wrong.statusCode(), wrong.body());
        assertTrue(
                member.client()
                                .request(
                                        "POST",
                                        "api/accounts/me/erasure",
                                        "{\"password\": \"" + PASSWORD + "\"}",
                                        "Origin",
                                        "https://evil.example")
                                .statusCode()
                        == 403,
                "not from another site");
        assertEquals(
                204,
                member.client()
                        .postJson("api/accounts/me/erasure", "{\"password\": \"" + PASSWORD + "\"}", "en")
                        .statusCode());
        assertEquals(401, member.client().get("api/accounts/me").statusCode(), "signed out");
        long erasedAt = System.nanoTime();
        int otherStatus = otherDevice.get("api/accounts/me").statusCode();
        while (otherStatus != 401
                && System.nanoTime() - erasedAt < Duration.ofSeconds(15).toNanos()) {
            Thread.sleep(500);
            otherStatus = otherDevice.get("api/accounts/me").statusCode();
        }
        assertEquals(401, otherStatus, "the session on another device ends too");
        var again = client().login(member.email(), PASSWORD);
        assertEquals(200, again.statusCode(), "the old address and password no longer sign in");

        var thread = client().get("api/spaces/" + space + "/comments").body();
        assertTrue(thread.contains(said), "the comment stays");
        var mine =
                Pattern.compile("\\{[^{}]*" + Pattern.quote(said) + "[^{}]*\\}").matcher(thread);
        assertTrue(mine.find());
        assertTrue(mine.group().contains("Former member") && !mine.group().contains("Erased Member"), mine.group());
    }

    // --- a claimed partner city is a citizen until staff approve it ---------------------------------

    private static final String ROLE_LESSON = """
            {"title": "%s", "city": "%s", "organisation": "Test office", "happenedOn": "2024-02-01", "language": "en",
             "whatHappened": "Quokkabridge trial %s.", "themes": ["PEOPLE"], "domain": "MOBILITY", "visibility": "%s" %s}
            """;

    private static long publishedLesson(PortalClient author, PortalClient staff, String json) throws Exception {
        var created = author.postJson("api/lessons", json, "en");
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

    private static JsonObject searchFor(PortalClient client, String place) throws Exception {
        var answer = client.get("api/search?q=quokkabridge&city=" + place);
        assertEquals(200, answer.statusCode(), answer.body());
        return Json.parse(answer.body());
    }

    private static long causeFacet(JsonObject answer, String value) {
        return answer.getJsonObject("facets").getJsonArray("cause").getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("value").equals(value))
                .mapToLong(f -> f.getJsonNumber("count").longValue())
                .sum();
    }

    @Test
    void aSelfRegisteredPartnerCityReadsAsACitizenUntilStaffApprove() throws Exception {
        var city = cityPartner("Lesson City", "Tampere").client();
        var staff = staff().client();
        var place = "Claimville" + Long.toString(System.nanoTime(), 36);
        var analysis = """
                , "analysis": {"visibility": "PARTNERS", "problem": "Stalled", "whys": ["Nobody used it", "Nobody knew of it"],
                 "causes": [{"statement": "Quokkabridge sensors froze", "category": "TECHNOLOGY"}],
                 "actions": [{"description": "Tell people", "kind": "PREVENTIVE", "owner": "Comms", "status": "PLANNED"}], "control": "Review"}""";
        long partners = publishedLesson(
                city,
                staff,
                ROLE_LESSON.formatted("Quokkabridge partners lesson", place, "failed", "PARTNERS", analysis));
        long open = publishedLesson(
                city, staff, ROLE_LESSON.formatted("Quokkabridge open lesson", place, "worked", "PUBLIC", ""));
        for (int i = 0; i < 120 && searchFor(staff, place).getInt("total") < 3; i++) {
            Thread.sleep(500);
        }
        assertEquals(3, searchFor(staff, place).getInt("total"), "both lessons and the partners' cause are indexed");

        var email = Portal.uniqueEmail("claimed-helsinki");
        var claimant = client();
        var registered = claimant.postJson("api/accounts", """
                {"name": "Claimed Helsinki", "email": "%s", "password": "%s", "role": "CITY_PARTNER", "city": "Helsinki", "language": "en"}
                """.formatted(email, PASSWORD), "en");
        assertEquals(201, registered.statusCode(), registered.body());
        assertEquals("CITIZEN", Json.parse(registered.body()).getString("role"), "the API grants no role either");
        claimant.get(Mailbox.linkPath(MAILBOX.waitFor(email, Duration.ofSeconds(30))));
        assertTrue(claimant.login(email, PASSWORD).statusCode() / 100 == 3);
        assertEquals(
                "CITIZEN", Json.parse(claimant.get("api/accounts/me").body()).getString("role"));

        var pending = searchFor(claimant, place);
        assertEquals(1, pending.getInt("total"), "only the public lesson: " + pending);
        assertEquals(0, causeFacet(pending, "TECHNOLOGY"), "no facet count from the partners' cause");
        assertFalse(
                claimant.get("api/search/suggest?q=quokkabridge").body().contains("partners lesson"), "suggestions");
        assertFalse(claimant.get("api/search/similar/" + open).body().contains("partners lesson"), "similar lessons");
        assertEquals(404, claimant.get("api/lessons/" + partners).statusCode());
        assertEquals(403, claimant.get("knowledge/write").statusCode(), "cannot write lessons");
        assertEquals(
                403,
                claimant.postJson(
                                "api/lessons", ROLE_LESSON.formatted("Claimed lesson", place, "x", "PUBLIC", ""), "en")
                        .statusCode());

        approveRoleRequestOf(email);

        var me = Json.parse(claimant.get("api/accounts/me").body());
        assertEquals("CITY_PARTNER", me.getString("role"), "approved without signing in again");
        assertEquals("Helsinki", me.getString("city"));
        var approved = searchFor(claimant, place);
        assertEquals(3, approved.getInt("total"), approved.toString());
        // the partners' lesson and its cause both carry the category, as staff count them
        assertTrue(causeFacet(approved, "TECHNOLOGY") > 0);
        assertEquals(causeFacet(searchFor(staff, place), "TECHNOLOGY"), causeFacet(approved, "TECHNOLOGY"));
        assertTrue(claimant.get("api/search/suggest?q=quokkabridge").body().contains("partners lesson"));
        assertEquals(
                city.get("api/search/similar/" + open).body().contains("partners lesson"),
                claimant.get("api/search/similar/" + open).body().contains("partners lesson"),
                "similar lessons as any partner city");
        assertEquals(200, claimant.get("api/lessons/" + partners).statusCode());
        assertEquals(200, claimant.get("knowledge/write").statusCode());
    }

    /** The pages anyone reads, with one space, lesson and story that this class's staff publish. */
    private List<String> publicPages() throws Exception {
        var staff = staff().client();
        var stamp = Long.toString(System.nanoTime(), 36);
        long lesson = publishedLesson(
                staff, staff, ROLE_LESSON.formatted("Public pages lesson " + stamp, "Tampere", "worked", "PUBLIC", ""));
        var written = staff.postJson(
                "api/stories",
                "{\"title\": \"Public pages story " + stamp
                        + "\", \"lead\": \"A lead.\", \"body\": \"A body.\", \"city\": \"Tampere\"}",
                "en");
        assertEquals(201, written.statusCode(), written.body());
        long story = Json.parse(written.body())
                .getJsonObject("summary")
                .getJsonNumber("id")
                .longValue();
        for (var step : List.of("SUBMIT", "PUBLISH")) {
            var moved = staff.putJson("api/stories/" + story + "/status", "{\"step\": \"" + step + "\"}");
            assertEquals(200, moved.statusCode(), step + ": " + moved.body());
        }
        var anyone = client();
        assertTrue(
                anyone.get("knowledge/").body().contains("Public pages lesson " + stamp),
                "the knowledge base lists it");
        assertTrue(anyone.get("stories/").body().contains("Public pages story " + stamp), "the stories page lists it");
        return List.of(
                "",
                "spaces/",
                "spaces/space?id=" + openSpace(),
                "knowledge/",
                "knowledge/lesson?id=" + lesson,
                "stories/",
                "stories/story?id=" + story,
                "search/?q=x",
                "scorecard/");
    }

    /** Every page a reader can reach by links from the front page (two of each kind of address). */
    @Test
    void noPageAReaderReachesByLinksFromTheFrontPageOpensASession() throws Exception {
        var queue = new ArrayDeque<String>(List.of(""));
        var seen = new HashSet<String>();
        var perKind = new HashMap<String, Integer>();
        var withSession = new ArrayList<String>();
        var link = Pattern.compile("href=\"/([^\"#]*)\"");
        while (!queue.isEmpty() && seen.size() < 300) {
            var page = queue.poll();
            if (!seen.add(page)) {
                continue;
            }
            var read = client().get(page);
            // a members' page sends to the log-in, which keeps where the reader was going in a session
            boolean toLogIn =
                    read.statusCode() / 100 == 3 || read.uri().getPath().contains("accounts/login");
            if (!toLogIn && read.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("JSESSIONID"))) {
                withSession.add(page);
            }
            if (read.statusCode() != 200
                    || !read.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                continue;
            }
            var found = link.matcher(read.body());
            while (found.find()) {
                var next = found.group(1).replace("&amp;", "&");
                if (next.startsWith("jakarta.faces")
                        || next.startsWith("api")
                        || next.startsWith("resources")
                        || next.contains("lang=")
                        || next.contains("logout")) {
                    continue;
                }
                if (perKind.merge(next.replaceAll("\\d+", "N"), 1, Integer::sum) <= 2) {
                    queue.add(next);
                }
            }
        }
        assertTrue(seen.size() > 40, "the crawl reached " + seen.size() + " pages");
        assertEquals(List.of(), withSession, "pages that began a session for a reader");
    }

    @Test
    void readingPublicPagesCreatesNoSessionWhileLogInAndFormsStillWork() throws Exception {
        var pages = publicPages();
        var withCookie = new ArrayList<String>();
        for (var page : pages) {
            var read = client().get(page);
            assertEquals(200, read.statusCode(), page);
            if (read.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("JSESSIONID"))) {
                withCookie.add(page);
            }
        }
        assertEquals(List.of(), withCookie, "public pages that began a session for a reader");

        // the same reader then acts: logs in (a session begins) and posts a form on a page read without one
        var reader = client();
        var space = pages.get(2);
        assertTrue(reader.get(space).headers().allValues("Set-Cookie").isEmpty());
        var login = reader.login(verifiedMember("Session Reader").email(), PASSWORD);
        assertTrue(login.statusCode() == 302 || login.statusCode() == 303, "log-in: " + login.statusCode());
        assertTrue(
                login.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("JSESSIONID")),
                "a session after log-in");
        var words = "Read without a session " + System.nanoTime();
        var posted = reader.send(reader.open(space, "comment"), Map.of("comment-body", words, "comment-submit", ""));
        assertTrue(posted.statusCode() < 400, "comment: " + posted.statusCode());
        assertTrue(reader.get(space).body().contains(words), "the comment shows on the space");

        var member = verifiedMember("Stateful Form");
        var saved =
                member.client().submit("accounts/profile", "profile", Map.of("name", "Kept In Session", "save", ""));
        assertTrue(saved.statusCode() < 400, "profile: " + saved.statusCode());
        assertEquals(
                "Kept In Session",
                Json.parse(member.client().get("api/accounts/me").body()).getString("name"));
    }

    @Test
    void textIsSentGzipCompressedToClientsThatAcceptItAndVersionedResourcesAreKeptForAYear() throws Exception {
        var http = HttpClient.newHttpClient();
        var page = client().uri("spaces/");
        var zipped = http.send(
                HttpRequest.newBuilder(page).header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, zipped.statusCode());
        assertEquals("gzip", zipped.headers().firstValue("Content-Encoding").orElse(""));
        assertTrue(zipped.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept-Encoding")));
        var html = new String(
                new GZIPInputStream(new ByteArrayInputStream(zipped.body())).readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(html.contains("</html>"), "a whole page once unpacked");
        assertTrue(
                zipped.body().length * 2 < html.length(),
                "at most half the bytes: " + zipped.body().length + " of " + html.length());
        var plain = http.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(plain.headers().firstValue("Content-Encoding").isEmpty(), "no gzip for a client that did not ask");
        assertTrue(plain.body().contains("</html>"));

        var theme =
                Pattern.compile("href=\"(/[^\"]*theme\\.css[^\"]*v=[^\"]*)\"").matcher(html);
        assertTrue(theme.find(), "the page links a versioned style sheet");
        var css = http.send(
                HttpRequest.newBuilder(page.resolve(theme.group(1).replace("&amp;", "&")))
                        .header("Accept-Encoding", "gzip")
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, css.statusCode());
        assertEquals("gzip", css.headers().firstValue("Content-Encoding").orElse(""));
        assertTrue(
                css.headers().firstValue("Cache-Control").orElse("").contains("max-age=31536000"),
                css.headers().toString());
        var space = client().get("spaces/space?id=" + openSpace()).body();
        assertFalse(
                space.contains("core.js"),
                "a visitor reading a space loads no PrimeFaces scripts: its buttons are for members");
        var json = http.send(
                HttpRequest.newBuilder(client().uri("api/spaces"))
                        .header("Accept-Encoding", "gzip")
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals("gzip", json.headers().firstValue("Content-Encoding").orElse(""));
    }

    @Test
    void operatorsReadMailAndPageFiguresOnMetrics() throws Exception {
        verifiedMember("Metrics Reader");
        assertEquals(200, client().get("spaces/").statusCode());
        // once the member's writes (and their indexing) are a second old, a page read twice is kept
        client().getUntil(
                        "stories/",
                        read -> read.headers().firstValue("X-Tori-Page").equals(Optional.of("kept")),
                        Duration.ofSeconds(20),
                        "the stories page was never kept");
        var metrics = client().get("metrics").body();
        var sent = Pattern.compile("(?m)^tori_mail_sent_total(\\{[^}]*})? ([0-9.]+)")
                .matcher(metrics);
        assertTrue(sent.find() && Double.parseDouble(sent.group(2)) >= 1, "the verification mail was counted as sent");
        for (var name : List.of(
                "tori_mail_retried_total",
                "tori_mail_given_up_total",
                "tori_mail_outbox_backlog",
                "tori_mail_outbox_oldest_age_seconds")) {
            assertTrue(
                    Pattern.compile("(?m)^" + name + "(\\{[^}]*})? [-0-9.]+")
                            .matcher(metrics)
                            .find(),
                    name + " on /metrics");
        }
        assertTrue(
                Pattern.compile("(?m)^tori_page_render_seconds_count\\{[^}]*view=\"/spaces/index.xhtml\"[^}]*} [1-9]")
                        .matcher(metrics)
                        .find(),
                "the spaces page's render was timed");
        assertTrue(
                Pattern.compile("(?m)^tori_pages_kept_total(\\{[^}]*})? [1-9]")
                        .matcher(metrics)
                        .find(),
                "the kept stories page was counted");
    }

    @Test
    void aMembersPageSendsToTheLogInPageAfterAWrongPasswordInTheSameBrowser() throws Exception {
        var browser = client();
        var refused = browser.login(Portal.uniqueEmail("nobody-here"), "not the password of anyone");
        assertEquals(200, refused.statusCode(), "the log-in page comes back with its message");
        var me = browser.get("me/");
        assertTrue(
                me.statusCode() == 302 || me.statusCode() == 303,
                "not a blank page: " + me.statusCode() + " " + me.body().length());
        assertTrue(me.headers().firstValue("Location").orElse("").contains("/accounts/login"), "sent to log in");
        var login = browser.login(verifiedMember("Second Try").email(), PASSWORD);
        assertTrue(login.statusCode() == 302 || login.statusCode() == 303, "then logs in: " + login.statusCode());
        assertEquals(200, browser.get("me/").statusCode(), "and reads My Tori");
    }
}
