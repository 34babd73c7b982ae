package org.tori.opendata.control;

import java.io.StringWriter;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** An Atom 1.0 feed written with a streaming XML writer, so every title and summary is escaped. */
public final class Atom {

    public static final String NS = "http://www.w3.org/2005/Atom";

    /** One entry; {@code link} is the public page of the item. */
    public record Entry(
            String id, String title, String summary, String link, OffsetDateTime updated, List<String> categories) {}

    private Atom() {}

    public static String feed(
            String id, String title, String selfLink, String rights, List<Entry> entries, OffsetDateTime fallback) {
        var updated = entries.stream()
                .map(Entry::updated)
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder())
                .orElse(fallback);
        try {
            var text = new StringWriter();
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(NS);
            element(xml, "id", id);
            element(xml, "title", title);
            element(xml, "updated", format(updated));
            element(xml, "rights", rights);
            link(xml, "self", selfLink);
            xml.writeStartElement("author");
            element(xml, "name", "Tori");
            xml.writeEndElement();
            for (var e : entries) {
                xml.writeStartElement("entry");
                element(xml, "id", e.id());
                element(xml, "title", e.title());
                element(xml, "updated", format(e.updated() == null ? updated : e.updated()));
                link(xml, "alternate", e.link());
                for (var c : e.categories()) {
                    xml.writeEmptyElement("category");
                    xml.writeAttribute("term", c);
                }
                if (e.summary() != null) {
                    element(xml, "summary", e.summary());
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
            return text.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void element(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(stripControl(value));
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
    }

    /** XML 1.0 cannot carry most control characters at all, escaped or not. */
    private static String stripControl(String value) {
        return value == null ? "" : value.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", "");
    }

    private static String format(OffsetDateTime time) {
        return time.withOffsetSameInstant(ZoneOffset.UTC)
                .truncatedTo(ChronoUnit.SECONDS)
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
