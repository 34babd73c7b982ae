package org.tori.walker;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchSessionException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.remote.UnreachableBrowserException;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tori.testing.Browser;
import org.tori.testing.DeployedPortal;
import org.tori.testing.Json;
import org.tori.testing.PortalClient;

/**
 * The form walker: for anonymous visitors, a freshly registered citizen and every demo role, it
 * crawls the pages it can reach, then sends every form it found with hostile input in a real
 * Chromium, and calls every page with malformed query parameters. What it asks of each answer:
 * no 5xx and no error-500 page, no stack trace, markup shown as text and never run, and a form
 * that refuses input says so and keeps what was typed. All findings are gathered and reported as
 * one list, so one run shows them all.
 *
 * <p>Each form is sent four or six ways: empty, with 10,000 characters in every text field, with
 * markup, and (where it takes files) with an HTML file and a text file named {@code .pdf}. Values
 * are set by script and the browser's own validation is off, so the server, not {@code maxlength}
 * or {@code required}, has to cope. After the click the walker waits for a new document, or, when
 * the page stays, for its ajax requests (counted by a script put into every page) to be answered.
 * When the same form comes back on the same page, a new message must be visible, and when that
 * message is an error, every text field must still hold what was typed (passwords and chip
 * widgets excepted). Query probes: every page path is called with {@code abc}, {@code ;env;},
 * markup and a 20-digit number in {@code id}, {@code space}, {@code year}, {@code kind},
 * {@code phase} and the parameters its links use (other parameters kept as the links had them);
 * where a link gave a number to an id, space or year, a malformed one must answer 400 or 404.
 *
 * <p>What it leaves alone, so it neither logs itself out nor changes what other tests rely on:
 * <ul>
 * <li>links to {@code /api}, resources, downloads and feeds ({@link #SKIP_LINK}), the language
 *     switch ({@code ?lang=}), and anything named log-out, erase, delete or unsubscribe;</li>
 * <li>forms with nothing to type (only buttons, boxes, selects: join, follow, vote, phase moves);</li>
 * <li>forms whose every submit button is destructive by its id, name, value or label
 *     ({@link #DESTRUCTIVE}: log-out, erase, delete, remove, hide/moderate, withdraw, leave,
 *     archive, move to the next phase, unsubscribe, stop, reindex, resend, return, reject,
 *     judging rounds);</li>
 * <li>the profile forms of the demo accounts (their names are what other tests read): the
 *     freshly registered citizen walks the profile instead.</li>
 * </ul>
 * It sits in a package of its own so that, with failsafe's alphabetical order, it runs after the
 * other integration tests that share the database: what it posts (comments, challenges, edited
 * titles full of markup) cannot confuse them.
 */
class FormWalkerIT extends DeployedPortal {

    private static final int MAX_PAGES_PER_ROLE = 60;
    /** Pages with the same path but other parameters (one per space, lesson…) the walk visits per role. */
    private static final int MAX_VARIANTS_PER_PATH = 12;
    /** …and at most this many of them from one page, so that one long list does not use them all. */
    private static final int VARIANTS_PER_PAGE = 2;

    private static final String MARKUP = "<script>alert(1)</script><b>x</b><img src=x onerror=alert(2)>";
    private static final String LONG = "Long text ".repeat(1000);
    private static final String UNTOUCHED = "(walker: leave as it is)";
    private static final Pattern SKIP_LINK = Pattern.compile(
            "(^|/)(api|jakarta\\.faces\\.resource|javax\\.faces\\.resource)(/|$)|\\.(css|js|png|jpe?g|gif|svg|ico|pdf|csv|json|xml|zip|ics|rss|atom|txt)$"
                    + "|logout|log-out|erase|delete|unsubscribe|download|export|feed",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DESTRUCTIVE = Pattern.compile(
            "logout|log out|erase|delete|remove|hide|moderat|withdraw|leave|archiv|move|phase|unsubscri|stop|reindex|resend"
                    + "|return|reject|\\bround",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern STACK_TRACE = Pattern.compile(
            "\\b[A-Za-z_$][\\w$]*(Exception|Error)\\b(?! ?(page|message))|\\bat (org|jakarta|java|javax|sun|com|fish)\\.[\\w.$]+\\(|\\bjakarta\\.[a-z]+\\.");
    private static final Set<String> ERROR_500_TITLES =
            Set.of("Something went wrong", "Jokin meni vikaan", "Något gick fel");
    /** Parameters naming a thing or a year: a malformed value must answer 400 or 404 where the page reads them. */
    private static final Pattern STRICT_NUMBERS =
            Pattern.compile("id|space|year|entry|lesson|story|team|.*Id", Pattern.CASE_INSENSITIVE);

    private static final List<String> ENUM_PARAMETERS =
            List.of("kind", "phase", "status", "type", "theme", "domain", "stream", "valueStream", "sort", "city");

    private WebDriver browser;
    private final List<String> failures = new ArrayList<>();
    private final Map<String, String> pagesSeen = new LinkedHashMap<>();
    private final Set<String> formsSeen = new LinkedHashSet<>();
    private final Set<String> formsSkipped = new LinkedHashSet<>();
    private int submissions;
    private int probes;
    private int skippedForms;

    @BeforeEach
    void openBrowser() {
        browser = Browser.start();
        // the walker waits explicitly for what it expects; an implicit wait would slow every "is it there?"
        browser.manage().timeouts().implicitlyWait(Duration.ZERO);
        // before any page script: count ajax requests and their answers, and record instead of show dialogs
        ((ChromeDriver) browser).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                (function () {
                  let pending = 0;
                  window.__walkerPending = () => pending;
                  window.__walkerXhr = [];
                  const send = XMLHttpRequest.prototype.send;
                  XMLHttpRequest.prototype.send = function () {
                    pending++;
                    this.addEventListener('loadend', () => {
                      pending--;
                      window.__walkerXhr.push({status: this.status, body: String(this.responseText || '').slice(0, 3000)});
                    });
                    return send.apply(this, arguments);
                  };
                  window.alert = m => { try { sessionStorage.setItem('walker-alert', String(m)); } catch (e) {} };
                  window.confirm = () => true;
                  window.prompt = () => null;
                })();
                """));
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    /**
     * A contest open for entries: the demo has none (its hackathon asks for a team first), and the
     * entry form is the one with file fields. Set up through the API, as the journeys do.
     */
    private static String openContest(PortalClient staff) throws Exception {
        var opens = OffsetDateTime.now().minusDays(1);
        var created = staff.postJson("api/spaces", """
                {"kind": "CONTEST", "title": "Walker contest", "summary": "A contest the form walker enters.",
                 "opensAt": "%s", "submissionDeadline": "%s"}""".formatted(opens, opens.plusDays(10)), "en");
        long id = Json.parse(created.body())
                .getJsonObject("summary")
                .getJsonNumber("id")
                .longValue();
        staff.putJson("api/spaces/" + id + "/phase", "{\"phase\": \"OPEN\"}");
        return "spaces/space?id=" + id;
    }

    private String openContest;

    /** A citizen registered for this walk, verified and signed in: their profile is theirs to fill with markup. */
    Role freshCitizen() throws Exception {
        var fresh = verifiedMember("Walker Citizen");
        return new Role("new citizen", fresh.email(), PASSWORD, fresh.client(), false);
    }

    /** One way in: anonymous (no e-mail), a demo account, or a freshly registered citizen. */
    record Role(String name, String email, String password, PortalClient client, boolean demo) {}

    /** A form as the walker found it: where, its key (page path and form id), and who could see it. */
    private record FoundForm(Role role, String pageUrl, String key, boolean files) {}

    @Test
    void everyFormAndPageCopesWithEmptyLongHostileInputAndWrongFiles() throws Exception {
        var roles = new ArrayList<Role>();
        roles.add(new Role("anonymous", null, null, client(), false));
        roles.add(freshCitizen());
        for (var who : List.of("citizen", "startup", "city", "espoo", "staff", "admin")) {
            var email = who + "@demo.tori.fi";
            roles.add(new Role(who + "@", email, DEMO_PASSWORD, signedIn(email), true));
        }
        openContest = openContest(roles.get(roles.size() - 2).client());
        var forms = new ArrayList<FoundForm>();
        var pathOwners = new LinkedHashMap<String, Role>();
        var parametersByPath = new HashMap<String, Map<String, String>>();
        for (var role : roles) {
            var pages = crawl(role, parametersByPath);
            pages.keySet().forEach(p -> pathOwners.putIfAbsent(pathOf(p), role));
            System.out.println("walker crawled " + pages.size() + " pages as " + role.name());
            try {
                logIn(role);
            } catch (NoSuchSessionException | UnreachableBrowserException e) {
                restartBrowser(e);
                logIn(role);
            }
            for (var page : pages.entrySet()) {
                if (mayHoldNewForms(page.getKey(), page.getValue())) {
                    try {
                        try {
                            forms.addAll(formsOn(role, page.getKey()));
                        } catch (NoSuchSessionException | UnreachableBrowserException e) {
                            restartBrowser(e);
                            forms.addAll(formsOn(role, page.getKey()));
                        }
                    } catch (WebDriverException e) {
                        fail(
                                role,
                                relative(page.getKey()),
                                "-",
                                "opening in the browser",
                                "the browser could not finish: "
                                        + e.getMessage().lines().findFirst().orElse(""));
                    }
                }
            }
        }
        for (var form : forms) {
            walk(form);
        }
        for (var entry : pathOwners.entrySet()) {
            probe(entry.getValue(), entry.getKey(), parametersByPath.getOrDefault(entry.getKey(), Map.of()));
        }
        var summary =
                "walker: %d pages, %d forms, %d submissions, %d failures (%d query probes, %d destructive forms skipped)"
                        .formatted(
                                pagesSeen.size(), formsSeen.size(), submissions, failures.size(), probes, skippedForms);
        System.out.println(summary);
        System.out.println("walker forms: " + String.join(", ", formsSeen));
        failures.forEach(f -> System.out.println("walker failure: " + f));
        assertTrue(failures.isEmpty(), summary + "\n" + String.join("\n", failures));
    }

    // ---------------------------------------------------------------- crawling

    /** Breadth-first over same-origin links from the role's start pages, at most MAX_PAGES_PER_ROLE. */
    private Map<String, String> crawl(Role role, Map<String, Map<String, String>> parametersByPath) throws Exception {
        var queue = new ArrayDeque<String>();
        var seen = new LinkedHashSet<String>();
        var variants = new HashMap<String, Integer>();
        // the spaces of each kind first: each kind has panels and forms of its own
        var starts = new ArrayList<String>();
        for (var kind : List.of("HACKATHON", "CONTEST", "LIVING_LAB", "CITY_TO_CITY", "CONSULTATION")) {
            starts.add("spaces/?kind=" + kind);
        }
        starts.addAll(List.of("", "spaces/", "knowledge/", "stories/", "search/", "scorecard/", "opendata/"));
        if (role.email() == null) {
            starts.addAll(List.of("accounts/login", "accounts/register", "accounts/forgot"));
        } else if (openContest != null) {
            starts.add(0, openContest);
        }
        if (role.email() != null) {
            starts.add("me/");
            starts.add("accounts/profile");
            starts.add("staff/");
        }
        for (var start : starts) {
            enqueue(url(start), seen, variants, queue);
        }
        var visited = new LinkedHashMap<String, String>();
        while (!queue.isEmpty() && visited.size() < MAX_PAGES_PER_ROLE) {
            var page = queue.poll();
            var relative = relative(page);
            HttpResponse<String> answer;
            try {
                answer = role.client().get(relative);
            } catch (IOException e) {
                fail(role, relative, "GET", "-", "no answer: " + e);
                continue;
            }
            int status = answer.statusCode();
            if (status >= 300 && status < 400) {
                answer.headers()
                        .firstValue("Location")
                        .ifPresent(l -> enqueue(URI.create(page).resolve(l).toString(), seen, variants, queue));
                continue;
            }
            checkAnswer(role, relative, "GET", "-", answer);
            if (status != 200
                    || !answer.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                continue;
            }
            var body = answer.body();
            visited.put(page, body);
            pagesSeen.putIfAbsent(relative, role.name());
            var fromThisPage = new HashMap<String, Integer>();
            var links = Pattern.compile("href=\"([^\"#]*)[^\"]*\"").matcher(body);
            while (links.find()) {
                var href = links.group(1).replace("&amp;", "&");
                if (href.isEmpty() || href.startsWith("mailto:") || href.startsWith("javascript:")) {
                    continue;
                }
                var target = URI.create(page).resolve(href.replace(" ", "%20")).toString();
                if (!target.startsWith(url(""))
                        || target.contains("lang=")
                        || SKIP_LINK.matcher(pathOf(target)).find()) {
                    continue;
                }
                var query = URI.create(target).getRawQuery();
                if (query != null) {
                    var known = parametersByPath.computeIfAbsent(pathOf(target), p -> new TreeMap<>());
                    for (var pair : query.split("&")) {
                        var nameValue = pair.split("=", 2);
                        if (nameValue[0].isEmpty()) {
                            continue;
                        }
                        known.putIfAbsent(
                                URLDecoder.decode(nameValue[0], StandardCharsets.UTF_8),
                                nameValue.length > 1 ? URLDecoder.decode(nameValue[1], StandardCharsets.UTF_8) : "");
                    }
                }
                if (fromThisPage.merge(pathOf(target), 1, Integer::sum) <= VARIANTS_PER_PAGE) {
                    enqueue(target, seen, variants, queue);
                }
            }
        }
        return visited;
    }

    private void enqueue(String target, Set<String> seen, Map<String, Integer> variants, ArrayDeque<String> queue) {
        if (!target.startsWith(url("")) || !seen.add(target)) {
            return;
        }
        int count = variants.merge(pathOf(target), 1, Integer::sum);
        if (count <= MAX_VARIANTS_PER_PATH) {
            queue.add(target);
        }
    }

    /**
     * Whether the page, as the crawl fetched it, has a form the walk has not met: one without an id
     * (plain forms in lists), or one whose id is new for the page's path. Saves opening every page
     * in the browser.
     */
    private boolean mayHoldNewForms(String page, String html) {
        var tags = Pattern.compile("<form\\b[^>]*>").matcher(html);
        while (tags.find()) {
            var id = Pattern.compile("\\sid=\"([^\"]+)\"").matcher(tags.group());
            if (!id.find() || id.group(1).startsWith("j_idt")) {
                return true;
            }
            var key = pathOf(page) + " #" + id.group(1).replaceAll("\\d+", "N");
            if (!id.group(1).equals("logout") && !formsSeen.contains(key) && !formsSkipped.contains(key)) {
                return true;
            }
        }
        return false;
    }

    /** The forms a page shows this role in the browser, those not walked yet (page path + form key). */
    @SuppressWarnings("unchecked")
    private List<FoundForm> formsOn(Role role, String page) {
        open(page);
        var found = new ArrayList<FoundForm>();
        for (var form : (List<Map<String, Object>>) js(DESCRIBE_FORMS + "return describe();")) {
            var key = pathOf(page) + " #" + form.get("key");
            if (formsSeen.contains(key) || (role.demo() && pathOf(page).endsWith("accounts/profile"))) {
                continue;
            }
            boolean typeable = !((List<?>) form.get("text")).isEmpty() || !((List<?>) form.get("files")).isEmpty();
            if (!typeable || form.get("button") == null) {
                if (formsSkipped.add(key) && typeable) {
                    skippedForms++;
                    System.out.println("walker skips (destructive) " + key + " for " + role.name());
                }
                continue;
            }
            formsSeen.add(key);
            found.add(new FoundForm(role, page, (String) form.get("key"), !((List<?>) form.get("files")).isEmpty()));
        }
        return found;
    }

    // ---------------------------------------------------------------- sending forms

    private void walk(FoundForm form) throws Exception {
        try {
            logIn(form.role());
        } catch (NoSuchSessionException | UnreachableBrowserException e) {
            restartBrowser(e);
            logIn(form.role());
        }
        send(form, "empty");
        send(form, "10,000 characters");
        send(form, "markup");
        if (form.files()) {
            var html = Files.createTempFile("walker", ".html");
            Files.writeString(html, "<html><body><script>alert(3)</script>not a document</body></html>");
            var fakePdf = Files.createTempFile("walker-not-a", ".pdf");
            Files.writeString(fakePdf, "This is plain text named as a PDF.\n");
            send(form, "file " + html);
            send(form, "file " + fakePdf);
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> locate(FoundForm form) {
        for (var described : (List<Map<String, Object>>) js(DESCRIBE_FORMS + "return describe();")) {
            if (form.key().equals(described.get("key"))) {
                return described;
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private void send(FoundForm form, String kind) {
        try {
            sendOnce(form, kind);
        } catch (BrowserGone e) {
            restartBrowser(e);
            sendOnce(form, kind);
        }
    }

    private void sendOnce(FoundForm form, String kind) {
        var where = pathOf(form.pageUrl());
        var label = where + " #" + form.key();
        try {
            open(form.pageUrl());
            var described = locate(form);
            if (described == null) {
                // the form can be gone after an earlier submission (an entry sent, a team started)
                return;
            }
            int index = ((Number) described.get("index")).intValue();
            var before = messages();
            String value = switch (kind) {
                case "empty" -> "";
                case "10,000 characters" -> LONG;
                case "markup" -> MARKUP;
                default -> "Walker file check";
            };
            String number = kind.equals("10,000 characters") ? "9".repeat(40) : kind.equals("empty") ? "" : UNTOUCHED;
            js(
                    "const f = document.forms[arguments[0]]; f.noValidate = true;"
                            + "for (const e of f.elements) {"
                            + "  const t = (e.getAttribute('type') || '').toLowerCase();"
                            + "  const typed = e.tagName === 'TEXTAREA' || (e.tagName === 'INPUT' && ['', 'text', 'search', 'email', 'url', 'tel', 'password'].includes(t));"
                            + "  const number = e.tagName === 'INPUT' && t === 'number';"
                            + "  if (e.disabled || e.readOnly || !(typed || (number && arguments[2] !== arguments[3]))) continue;"
                            + "  e.value = typed ? arguments[1] : arguments[2];"
                            + "  e.dispatchEvent(new Event('input', {bubbles: true})); e.dispatchEvent(new Event('change', {bubbles: true}));"
                            + "}",
                    index,
                    value,
                    number,
                    UNTOUCHED);
            if (kind.startsWith("file ")) {
                var path = kind.substring("file ".length());
                for (var input : browser.findElements(By.tagName("form"))
                        .get(index)
                        .findElements(By.cssSelector("input[type=file]"))) {
                    input.sendKeys(path);
                }
                kind = "wrong file "
                        + Path.of(path).getFileName().toString().replaceAll("^(walker(-not-a)?)\\d+", "$1");
            }
            var typed = (Map<String, String>) js(
                    "const f = document.forms[arguments[0]]; const out = {};"
                            + "for (const e of f.elements) {"
                            + "  const t = (e.getAttribute('type') || '').toLowerCase();"
                            + "  if (e.name && (e.tagName === 'TEXTAREA' || (e.tagName === 'INPUT' && ['', 'text', 'search', 'email', 'url', 'tel'].includes(t))) && e.value"
                            // a chip or suggestion widget turns typed text into its own value on blur: not a field's
                            // text
                            + "      && !e.closest('.ui-chips, .ui-autocomplete')) out[e.name] = e.value;"
                            + "} return out;",
                    index);
            submissions++;
            System.out.println("walker sends " + label + " (" + kind + ") as "
                    + form.role().name());
            js(
                    "window.__walkerOld = true; window.__walkerLeaving = false; window.__walkerClickedAt = performance.now();"
                            + "window.addEventListener('beforeunload', () => { window.__walkerLeaving = true; });"
                            + "document.forms[arguments[0]].elements[arguments[1]].click();",
                    index,
                    ((Number) described.get("button")).intValue());
            boolean navigated = waitForAnswer();
            checkPage(form.role(), where, form.key(), kind, navigated);
            boolean get = "get".equals(described.get("method"));
            var after = locateSamePage(form, where);
            if (get || after == null) {
                return;
            }
            var shown = messages();
            shown.removeAll(before);
            if (shown.isEmpty()) {
                fail(
                        form.role(),
                        where,
                        form.key(),
                        kind,
                        "the page came back with the form but without any visible message");
                return;
            }
            if (kind.equals("empty") || !hasErrorMessage()) {
                return;
            }
            int afterIndex = ((Number) after.get("index")).intValue();
            var kept = (Map<String, String>) js(
                    "const f = document.forms[arguments[0]]; const out = {};"
                            + "for (const e of f.elements) { if (e.name) out[e.name] = e.value; } return out;",
                    afterIndex);
            // the walker types past a field's maxlength to reach the server's rule; a person's browser
            // stops at that length, so what a person could have typed is the text up to it
            var limits = (Map<String, Object>) js(
                    "const f = document.forms[arguments[0]]; const out = {};"
                            + "for (const e of f.elements) { if (e.name && e.maxLength > 0) out[e.name] = e.maxLength; } return out;",
                    afterIndex);
            for (var field : typed.entrySet()) {
                var now = kept.get(field.getKey());
                var couldType = field.getValue();
                if (limits.get(field.getKey()) instanceof Number limit && couldType.length() > limit.intValue()) {
                    couldType = couldType.substring(0, limit.intValue());
                }
                if (now == null) {
                    fail(
                            form.role(),
                            where,
                            form.key(),
                            kind,
                            "the input was refused and the field '" + field.getKey() + "' is gone");
                } else if (!now.strip().equals(field.getValue().strip())
                        && !now.strip().equals(couldType.strip())) {
                    fail(
                            form.role(),
                            where,
                            form.key(),
                            kind,
                            "the input was refused and the field '" + field.getKey() + "' lost what was typed (now "
                                    + now.length() + " characters: '" + abbreviate(now) + "')");
                }
            }
        } catch (NoSuchSessionException | UnreachableBrowserException e) {
            throw new BrowserGone(e);
        } catch (WebDriverException e) {
            fail(
                    form.role(),
                    where,
                    form.key(),
                    kind,
                    "the browser could not finish: "
                            + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    /** The same form still on the same page after the answer, or null. */
    private Map<String, Object> locateSamePage(FoundForm form, String path) {
        if (!pathOf(browser.getCurrentUrl()).equals(path)) {
            return null;
        }
        return locate(form);
    }

    /**
     * Waits for what a click led to: a new document (a plain or Faces submit), or, when the page
     * stayed, for its ajax requests to be answered. True when a new document arrived.
     */
    private boolean waitForAnswer() {
        var state = new Object[1];
        new WebDriverWait(browser, Duration.ofSeconds(60))
                .pollingEvery(Duration.ofMillis(200))
                .ignoring(WebDriverException.class)
                .until(d -> {
                    @SuppressWarnings("unchecked")
                    var s = (List<Object>) ((JavascriptExecutor) d)
                            .executeScript("return [window.__walkerOld === true,"
                                    + " document.readyState, window.__walkerLeaving === true,"
                                    + " window.__walkerPending ? window.__walkerPending() : 0,"
                                    + " window.__walkerClickedAt ? performance.now() - window.__walkerClickedAt : 0];");
                    boolean old = (Boolean) s.get(0);
                    if (!old) {
                        state[0] = Boolean.TRUE;
                        return "complete".equals(s.get(1));
                    }
                    state[0] = Boolean.FALSE;
                    return !((Boolean) s.get(2))
                            && ((Number) s.get(3)).intValue() == 0
                            && ((Number) s.get(4)).doubleValue() > 1500;
                });
        return Boolean.TRUE.equals(state[0]);
    }

    // ---------------------------------------------------------------- checks

    @SuppressWarnings("unchecked")
    private void checkPage(Role role, String page, String form, String input, boolean navigated) {
        var facts = (Map<String, Object>) js("""
                const nav = performance.getEntriesByType('navigation')[0];
                const h1 = document.querySelector('h1');
                const scripts = [...document.scripts].filter(s => s.textContent.includes('alert(')).length;
                const handlers = [...document.querySelectorAll('*')].filter(e => [...e.attributes]
                    .some(a => a.name.startsWith('on') && a.value.includes('alert('))).length;
                return {status: nav && nav.responseStatus ? nav.responseStatus : 0, h1: h1 ? h1.innerText.trim() : '',
                        text: document.body ? document.body.innerText : '', scripts: scripts, handlers: handlers,
                        alert: stored(), xhr: window.__walkerXhr || []};
                // Chromium's own page for an answer without a body (a 400 for a too long address) has no storage
                function stored() { try { return sessionStorage.getItem('walker-alert'); } catch (e) { return null; } }
                """);
        int status = ((Number) facts.get("status")).intValue();
        if (navigated && status >= 500) {
            fail(role, page, form, input, "answered " + status);
        }
        if (ERROR_500_TITLES.contains((String) facts.get("h1"))) {
            fail(role, page, form, input, "shows the error page '" + facts.get("h1") + "'");
        }
        var trace = STACK_TRACE.matcher((String) facts.get("text"));
        if (trace.find()) {
            fail(role, page, form, input, "shows a stack trace or exception: '" + trace.group() + "'");
        }
        if (((Number) facts.get("scripts")).intValue() > 0 || ((Number) facts.get("handlers")).intValue() > 0) {
            fail(
                    role,
                    page,
                    form,
                    input,
                    "markup typed in was put into the page as markup (a script or an event handler)");
        }
        if (facts.get("alert") != null) {
            fail(role, page, form, input, "typed-in script ran (alert " + facts.get("alert") + ")");
            js("try { sessionStorage.removeItem('walker-alert'); } catch (e) {}");
        }
        for (var xhr : (List<Map<String, Object>>) facts.get("xhr")) {
            int xhrStatus = ((Number) xhr.get("status")).intValue();
            var body = String.valueOf(xhr.get("body"));
            if (xhrStatus >= 500
                    || body.contains("<error>")
                    || STACK_TRACE.matcher(body).find()) {
                fail(role, page, form, input, "an ajax request answered " + xhrStatus + ": " + abbreviate(body));
            }
        }
    }

    /** The checks on a page fetched over plain HTTP (crawling and query probes). */
    private void checkAnswer(Role role, String page, String method, String input, HttpResponse<String> answer) {
        if (answer.statusCode() >= 500) {
            fail(role, page, method, input, "answered " + answer.statusCode());
        }
        var body = answer.body();
        var h1 = Pattern.compile("<h1[^>]*>\\s*([^<]*?)\\s*</h1>").matcher(body);
        if (answer.statusCode() < 500 && h1.find() && ERROR_500_TITLES.contains(h1.group(1))) {
            fail(
                    role,
                    page,
                    method,
                    input,
                    "shows the error page '" + h1.group(1) + "' with status " + answer.statusCode());
        }
        var text = body.replaceAll("(?s)<script.*?</script>", "").replaceAll("<[^>]+>", " ");
        var trace = STACK_TRACE.matcher(text);
        if (trace.find()) {
            fail(role, page, method, input, "shows a stack trace or exception: '" + trace.group() + "'");
        }
        if (body.contains("<script>alert(1)</script>")) {
            fail(
                    role,
                    page,
                    method,
                    input,
                    "puts markup (from the address, or stored by an earlier submission) into the page unescaped");
        }
    }

    /** Visible messages on the page, as text: page messages, field messages, notices, alerts. */
    @SuppressWarnings("unchecked")
    private Set<String> messages() {
        return new LinkedHashSet<>((List<String>) js("""
                return [...document.querySelectorAll('.messages li, .message-info, .message-warn, .message-error, .field-error, '
                    + '.ui-message, .ui-messages, .ui-growl-message, .notice, [role=alert], [role=status]')]
                  .filter(e => e.offsetParent !== null || e.getClientRects().length > 0)
                  .map(e => e.innerText.trim()).filter(t => t.length > 0);
                """));
    }

    private boolean hasErrorMessage() {
        return (Boolean) js("""
                return [...document.querySelectorAll('.message-error, .field-error, .ui-message-error, .ui-messages-error, '
                    + '.notice.error, [role=alert]')].some(e => e.innerText.trim().length > 0);
                """);
    }

    // ---------------------------------------------------------------- malformed query parameters

    private void probe(Role role, String path, Map<String, String> known) throws Exception {
        var names = new LinkedHashSet<>(known.keySet());
        names.addAll(List.of("id", "space", "year", "kind", "phase"));
        names.remove("lang");
        for (var name : names) {
            boolean used = known.containsKey(name);
            boolean strict = used
                    && known.get(name).matches("-?\\d+")
                    && STRICT_NUMBERS.matcher(name).matches();
            var values = new ArrayList<>(List.of("abc", ";env;", MARKUP, "99999999999999999999"));
            if (ENUM_PARAMETERS.contains(name)) {
                values.add("NO_SUCH_VALUE");
            }
            for (var value : values) {
                var parameters = new LinkedHashMap<>(known);
                parameters.remove("lang");
                parameters.put(name, value);
                var query = new StringBuilder();
                parameters.forEach((n, v) -> query.append(query.isEmpty() ? "" : "&")
                        .append(URLEncoder.encode(n, StandardCharsets.UTF_8))
                        .append('=')
                        .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
                var target = relative(URI.create(url("")).resolve(path).toString()) + "?" + query;
                probes++;
                HttpResponse<String> answer;
                try {
                    answer = role.client().get(target);
                } catch (IOException e) {
                    fail(role, target, "GET", name + "=" + value, "no answer: " + e);
                    continue;
                }
                checkAnswer(role, target, "GET", name + "=" + value, answer);
                int status = answer.statusCode();
                if (strict && status == 200) {
                    fail(
                            role,
                            target,
                            "GET",
                            name + "=" + value,
                            "a malformed id or year answers 200 (expected 400 or 404)");
                }
            }
        }
    }

    // ---------------------------------------------------------------- the browser

    private Role browserRole;

    private void logIn(Role role) {
        if (role == browserRole) {
            return;
        }
        open(url(""));
        browser.manage().deleteAllCookies();
        browserRole = role;
        if (role.email() == null) {
            return;
        }
        open(url("accounts/login"));
        js(
                "document.getElementById('email').value = arguments[0]; document.getElementById('password').value = arguments[1];"
                        + "window.__walkerOld = true; window.__walkerLeaving = false; window.__walkerClickedAt = performance.now();"
                        + "document.getElementById('submit').click();",
                role.email(),
                role.password());
        waitForAnswer();
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .ignoring(WebDriverException.class)
                .until(d -> !d.findElements(By.id("menu-profile")).isEmpty());
    }

    /** Chromium can die under a loaded machine (or be stopped by someone else): a new one takes over, once per cause. */
    private static final class BrowserGone extends RuntimeException {
        BrowserGone(Throwable cause) {
            super(cause);
        }
    }

    private int browserRestarts;

    private void restartBrowser(Throwable cause) {
        if (++browserRestarts > 5) {
            throw new AssertionError("the browser went away too often", cause);
        }
        System.out.println("walker: the browser went away ("
                + String.valueOf(cause.getMessage()).lines().findFirst().orElse("") + "); starting a new one");
        try {
            browser.quit();
        } catch (WebDriverException alreadyGone) {
            // nothing to close
        }
        var role = browserRole;
        openBrowser();
        browserRole = null;
        if (role != null) {
            logIn(role);
        }
    }

    private void open(String page) {
        browser.get(page.startsWith("http") ? page : url(page));
        new WebDriverWait(browser, Duration.ofSeconds(60))
                .ignoring(WebDriverException.class)
                .until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    private Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(script, arguments);
    }

    /**
     * describe(): every form of the page with its index, a key (its id, or for forms without one
     * where it posts, its buttons and fields; numbers of rows taken out), its text and file
     * fields, and the index among its elements of the first submit button that is not destructive.
     */
    private static final String DESCRIBE_FORMS =
            """
            function describe() {
              const destructive = new RegExp(%s, 'i');
              const norm = s => (s || '').replace(/j_idt\\d+/g, 'j').replace(/\\d+/g, 'N');
              return [...document.forms].map((f, i) => {
                const elements = [...f.elements];
                const text = elements.filter(e => e.name && !e.disabled && (e.tagName === 'TEXTAREA' || (e.tagName === 'INPUT'
                    && ['', 'text', 'search', 'email', 'url', 'tel', 'password', 'number'].includes((e.getAttribute('type') || '').toLowerCase()))));
                const files = elements.filter(e => e.name && !e.disabled && e.tagName === 'INPUT' && e.type === 'file');
                const buttons = elements.filter(e => (e.tagName === 'BUTTON' && e.type === 'submit')
                    || (e.tagName === 'INPUT' && (e.type === 'submit' || e.type === 'image')));
                const button = buttons.find(b => !destructive.test([b.id, b.name, b.value, b.innerText].join(' ')));
                let action = '';
                try { action = new URL(f.getAttribute('action') || location.href, location.href).pathname; } catch (e) {}
                // attributes, not properties: a field named "id" or "action" hides the form's own
                const own = f.getAttribute('id') || '';
                const id = own && !/^j_idt/.test(own) ? own : '';
                const key = norm(id || (action + ':' + text.map(t => t.name).concat(files.map(t => t.name)).join(',')));
                return {index: i, key: key, method: (f.getAttribute('method') || 'get').toLowerCase(),
                        text: text.map(t => t.name), files: files.map(t => t.name),
                        button: button ? elements.indexOf(button) : null};
              });
            }
            """.formatted("'" + DESTRUCTIVE.pattern().replace("\\", "\\\\") + "'");

    // ---------------------------------------------------------------- helpers

    private void fail(Role role, String page, String form, String input, String what) {
        var line = page + " | form " + form + " | " + input + " | as " + role.name() + " | " + what;
        if (!failures.contains(line)) {
            failures.add(line);
        }
    }

    private String relative(String absolute) {
        var base = url("");
        return absolute.startsWith(base) ? absolute.substring(base.length()) : absolute;
    }

    private String pathOf(String page) {
        var uri = URI.create(page.startsWith("http") ? page : url(page));
        return uri.getRawPath();
    }

    private static String abbreviate(String s) {
        var one = s.replaceAll("\\s+", " ");
        return one.length() > 80 ? one.substring(0, 80) + "…" : one;
    }
}
