package org.tori.mail.control;

import io.pebbletemplates.pebble.loader.ClasspathLoader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;

/**
 * Loads the text parts so that their line breaks survive. Pebble's own new-line trimming drops the
 * line break after every tag, also after a value ({@code {{ link }}}), which ran the lines of a text
 * mail together. The text engine turns it off, and this loader removes only the lines that hold
 * nothing but control tags ({@code {% for %}}, {@code {% endif %}}) or comments, with their line
 * break, so that a loop adds no empty lines; every other line keeps its break.
 */
final class TextTemplateLoader extends ClasspathLoader {

    private static final Pattern CONTROL_TAG = Pattern.compile("\\{%.*?%}|\\{#.*?#}");
    private static final Pattern LINE = Pattern.compile("(?m)^(.*?)(\\r?\\n|$)");

    TextTemplateLoader(ClassLoader classLoader) {
        super(classLoader);
    }

    @Override
    public Reader getReader(String templateName) {
        try (var source = super.getReader(templateName)) {
            var text = new StringWriter();
            source.transferTo(text);
            return new StringReader(trimAfterControlTags(text.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String trimAfterControlTags(String template) {
        var result = new StringBuilder(template.length());
        var lines = LINE.matcher(template);
        while (lines.find() && lines.end() > lines.start()) {
            var line = lines.group(1);
            boolean onlyTags = CONTROL_TAG.matcher(line).find()
                    && CONTROL_TAG.matcher(line).replaceAll("").isBlank();
            result.append(onlyTags ? line.strip() : line + lines.group(2));
        }
        return result.toString();
    }
}
