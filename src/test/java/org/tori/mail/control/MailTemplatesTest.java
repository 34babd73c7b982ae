package org.tori.mail.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tori.mail.entity.MailRequest;

/**
 * Walks every folder of mail-templates/ in every language with the values the features pass: a
 * missing file, a missing subject or a variable nobody passes fails here, not in a member's mail.
 */
class MailTemplatesTest {

    private static final Path TEMPLATES = Path.of(System.getProperty("tori.basedir", "."), "mail-templates");
    private static final List<String> LANGUAGES = List.of("fi", "en", "sv");
    /** Mails about the account itself, which nobody can unsubscribe from. */
    private static final Set<String> ACCOUNT_MAILS =
            Set.of("verify-email", "reset-password", "role-answer", "colleague-invitation", "organisation-answer");

    private final TemplateRenderer renderer = new TemplateRenderer();

    {
        renderer.init();
    }

    static Stream<Arguments> everyTemplateInEveryLanguage() throws IOException {
        var all = new ArrayList<Arguments>();
        try (var folders = Files.list(TEMPLATES)) {
            for (var folder : folders.filter(Files::isDirectory).sorted().toList()) {
                for (var language : LANGUAGES) {
                    all.add(Arguments.of(folder.getFileName().toString(), language));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("everyTemplateInEveryLanguage")
    void rendersWithTheValuesItIsGiven(String template, String language) {
        assertTrue(Files.isRegularFile(TEMPLATES.resolve(template).resolve(language + ".html")), "html file");
        assertTrue(Files.isRegularFile(TEMPLATES.resolve(template).resolve(language + ".txt")), "text file");

        var mail = renderer.render(new MailRequest(template, "a@b.fi", new Locale(language), sample(), "k"));

        assertFalse(mail.subject().isBlank());
        assertFalse(
                mail.subject().contains(".subject") || mail.subject().contains("{{"),
                "subject from the bundle: " + mail.subject());
        assertTrue(mail.html().contains("lang=\"" + language + "\""));
        assertFalse(mail.text().contains("{{") || mail.html().contains("{{"));
        if (!ACCOUNT_MAILS.contains(template)) {
            assertTrue(
                    mail.text().contains("https://tori.example/notifications/unsubscribe?token=t"),
                    "text has the unsubscribe link");
            assertTrue(
                    mail.html().contains("href=\"https://tori.example/notifications/unsubscribe?token=t\""),
                    "html has it too");
        }
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("everyTemplateInEveryLanguage")
    void textPartsKeepTheLinesAndParagraphsOfTheTemplate(String template, String language) throws IOException {
        var mail = renderer.render(new MailRequest(template, "a@b.fi", new Locale(language), sample(), "k"));
        var lines = mail.text().lines().toList();

        assertTrue(
                lines.get(0).startsWith(firstLineOf(template, language)),
                "the greeting is a line of its own: " + lines.get(0));
        assertTrue(mail.text().contains("\n\n"), "paragraphs are apart:\n" + mail.text());
        assertFalse(mail.text().contains("\n\n\n"), "no runs of empty lines left by tags:\n" + mail.text());
        if (!ACCOUNT_MAILS.contains(template)) {
            assertTrue(
                    lines.stream().anyMatch(l -> l.endsWith("https://tori.example/accounts/profile#notifications")),
                    "the settings link ends its line:\n" + mail.text());
            assertTrue(
                    lines.stream().anyMatch(l -> l.endsWith("https://tori.example/notifications/unsubscribe?token=t")),
                    "the unsubscribe link is on a line of its own:\n" + mail.text());
            assertFalse(mail.text()
                    .contains("#notifications" + lines.get(lines.size() - 1).substring(0, 3)));
        }
    }

    @Test
    void theSpaceJoinedTextPartReadsLineByLine() {
        var mail = renderer.render(new MailRequest("space-joined", "a@b.fi", Locale.ENGLISH, sample(), "k"));
        assertEquals(
                List.of(
                        "Hello Aino & <Oy>,",
                        "",
                        "Your registration to Harbour hackathon is confirmed. We will tell you about deadlines and results.",
                        "",
                        "Open the space:",
                        "https://tori.example/spaces/space?id=1",
                        "",
                        "--",
                        "You get this mail because of your notification settings on Tori.",
                        "Change your settings: https://tori.example/accounts/profile#notifications",
                        "Unsubscribe from these mails: https://tori.example/notifications/unsubscribe?token=t"),
                mail.text().lines().toList());
    }

    private static String firstLineOf(String template, String language) throws IOException {
        var first = Files.readAllLines(TEMPLATES.resolve(template).resolve(language + ".txt"))
                .get(0);
        int value = first.indexOf("{{");
        return (value < 0 ? first : first.substring(0, value)).strip();
    }

    @Test
    void aTemplateThatUsesAValueNobodyPassesFails() {
        var model = new HashMap<>(sample());
        model.remove("spaceTitle");
        assertThrows(
                RuntimeException.class,
                () -> renderer.render(new MailRequest("space-opened", "a@b.fi", Locale.ENGLISH, model, "k")));
    }

    @Test
    void theDigestGroupsItsNewsAndQuotesReplies() {
        var mail = renderer.render(new MailRequest("digest", "a@b.fi", Locale.ENGLISH, sample(), "k"));
        assertTrue(mail.text().contains("== Harbour hackathon =="), mail.text());
        assertTrue(mail.text().contains("I agree & more"), "reply text included");
        assertTrue(mail.html().contains("I agree &amp; more"));
        assertEquals("Your Tori daily digest: 2 news", mail.subject());
    }

    /** Every value any notification passes, with characters that must be escaped in html. */
    static Map<String, Object> sample() {
        var m = new HashMap<String, Object>();
        m.put("name", "Aino & <Oy>");
        m.put("link", "https://tori.example/spaces/space?id=1");
        m.put("unsubscribeLink", "https://tori.example/notifications/unsubscribe?token=t");
        m.put("preferencesLink", "https://tori.example/accounts/profile#notifications");
        m.put("spaceTitle", "Harbour hackathon");
        m.put("summary", "Ideas for the harbour");
        m.put("deadline", "2026-12-24");
        m.put("teamName", "Gulls");
        m.put("captainName", "Cap");
        m.put("requesterName", "Req");
        m.put("answeredByName", "Cap");
        m.put("accepted", true);
        m.put("toCaptain", false);
        m.put("entryTitle", "Floating parcels");
        m.put("problem", "Boats");
        m.put("solution", "Drones");
        m.put("businessModel", "Fees");
        m.put("demoLink", "https://demo.example");
        m.put("decision", "INCOMPLETE");
        m.put("reason", "No budget");
        m.put("authorName", "Bo");
        m.put("reply", "I agree & more");
        m.put("hidden", true);
        m.put("companyName", "Aalto & <Oy>");
        m.put("revised", false);
        m.put("approved", false);
        m.put("note", "Name the place & the testers");
        m.put("partner", "City of Oulu");
        m.put("place", 2);
        m.put("days", 7);
        m.put("announcementSubject", "Venue changed");
        m.put("body", "We meet at the library.");
        m.put("count", 2);
        m.put("daily", true);
        m.put("roleName", "Partner city");
        m.put("organisation", "City of Oulu");
        m.put("city", "Oulu");
        m.put("inviterName", "Pekka & <Co>");
        m.put("registered", false);
        m.put("itemTitle", "Smart bus stops");
        m.put("milestoneTitle", "Ten stops & <more>");
        m.put("milestoneText", "Installed on line 3.");
        m.put("milestoneDate", "2026-05-30");
        m.put("reached", true);
        m.put("collectiveName", "Families & <kids>");
        m.put("newsTitle", "Harbour & <sensors> launched");
        m.put("newsLead", "Ten partners join the harbour pilot.");
        m.put("vision", true);
        m.put("headline", "2");
        m.put("detail", "Every family finds help in one place.");
        m.put("pilotTitle", "Parcel terminals & <libraries>");
        m.put("verdict", "SCALE_UP");
        m.put(
                "groups",
                List.of(Map.of(
                        "topic",
                        "Harbour hackathon",
                        "items",
                        List.of(
                                Map.of(
                                        "headline",
                                        "Bo replied to you",
                                        "detail",
                                        "I agree & more",
                                        "link",
                                        "https://tori.example/x",
                                        "date",
                                        "2026-11-28"),
                                Map.of("headline", "You joined", "detail", "", "link", "", "date", "2026-11-27")))));
        return m;
    }
}
