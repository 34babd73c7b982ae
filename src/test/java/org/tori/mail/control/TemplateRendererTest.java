package org.tori.mail.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tori.mail.entity.MailRequest;

class TemplateRendererTest {

    private final TemplateRenderer renderer = new TemplateRenderer();

    {
        renderer.init();
    }

    @ParameterizedTest
    @CsvSource({
        "verify-email,fi",
        "verify-email,en",
        "verify-email,sv",
        "reset-password,fi",
        "reset-password,en",
        "reset-password,sv"
    })
    void everyMailHasASubjectATextAndAnHtmlPartInEveryLanguage(String template, String language) {
        var mail = renderer.render(new MailRequest(
                template,
                "a@b.fi",
                new Locale(language),
                Map.of("name", "Aino & <Oy>", "link", "https://tori.example/accounts/verify?token=abc"),
                "k"));

        assertFalse(mail.subject().isBlank());
        assertNotEquals(template + ".subject", mail.subject(), "subject comes from the bundle");
        assertTrue(mail.text().contains("Aino & <Oy>"), "text is sent as written");
        assertTrue(mail.text().contains("https://tori.example/accounts/verify?token=abc"));
        assertTrue(mail.html().contains("Aino &amp; &lt;Oy&gt;"), "html escapes values");
        assertTrue(mail.html().contains("lang=\"" + language + "\""));
        assertTrue(mail.html().contains("href=\"https://tori.example/accounts/verify?token=abc\""));
    }
}
