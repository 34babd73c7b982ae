package org.tori.mail.control;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.loader.StringLoader;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.tori.mail.entity.MailRequest;
import org.tori.mail.entity.RenderedMail;
import org.tori.mail.entity.TemplateException;
import org.tori.platform.i18n.Languages;
import org.tori.platform.i18n.Texts;

/**
 * Renders {@code mail-templates/<template>/<language>.html} and {@code .txt} with Pebble. The html
 * engine escapes every value; the text engine must not, or names with "&" would arrive mangled.
 * Subjects are in the mail resource bundle under {@code <template>.subject} and may use the same
 * values as the body ({@code {{ spaceTitle }}}), also strictly. Text parts keep their lines as the
 * template writes them (see {@link TextTemplateLoader}).
 */
@ApplicationScoped
public class TemplateRenderer {

    private PebbleEngine html;
    private PebbleEngine text;
    private PebbleEngine subjects;

    @PostConstruct
    void init() {
        html = engine(true);
        text = engine(false);
        subjects = new PebbleEngine.Builder()
                .loader(new StringLoader())
                .autoEscaping(false)
                .strictVariables(true)
                .cacheActive(true)
                .build();
    }

    private static PebbleEngine engine(boolean escape) {
        var classes = TemplateRenderer.class.getClassLoader();
        var loader = escape ? new ClasspathLoader(classes) : new TextTemplateLoader(classes);
        loader.setPrefix("mail-templates");
        // text parts keep every line break after a value; see TextTemplateLoader
        return new PebbleEngine.Builder()
                .loader(loader)
                .autoEscaping(escape)
                .newLineTrimming(escape)
                .strictVariables(true)
                .build();
    }

    public RenderedMail render(MailRequest request) {
        try {
            return renderChecked(request);
        } catch (io.pebbletemplates.pebble.error.PebbleException | UncheckedIOException e) {
            throw new TemplateException(request.template(), e);
        }
    }

    private RenderedMail renderChecked(MailRequest request) {
        var language = Languages.supported(request.language().getLanguage()).orElse(Languages.FALLBACK);
        var model = new HashMap<String, Object>(request.model());
        model.put("lang", language.getLanguage());
        var subject = evaluateSubject(Texts.get(language, request.template() + ".subject"), language, model);
        model.put("subject", subject);
        return new RenderedMail(
                subject,
                evaluate(text, request.template(), language, "txt", model),
                evaluate(html, request.template(), language, "html", model));
    }

    private String evaluateSubject(String pattern, Locale language, Map<String, Object> model) {
        if (!pattern.contains("{{")) {
            return pattern;
        }
        try {
            var writer = new StringWriter();
            subjects.getTemplate(pattern).evaluate(writer, model, language);
            return writer.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String evaluate(
            PebbleEngine engine, String template, Locale language, String kind, Map<String, Object> model) {
        try {
            var writer = new StringWriter();
            engine.getTemplate(template + "/" + language.getLanguage() + "." + kind)
                    .evaluate(writer, model, language);
            return writer.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
