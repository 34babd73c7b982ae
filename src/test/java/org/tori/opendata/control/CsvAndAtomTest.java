package org.tori.opendata.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;

class CsvAndAtomTest {

    @Test
    void csvQuotesTextDoublesQuotesKeepsNewlinesAndDefusesFormulas() throws Exception {
        var csv = new Csv(List.of("id", "title", "value"))
                .row(1, "Say \"hi\", world\nsecond line", new BigDecimal("1E+3"))
                .row(2, "=HYPERLINK(\"x\")", null)
                .toString();
        var records = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .build()
                .parse(new StringReader(csv))
                .getRecords();
        assertEquals(2, records.size());
        assertEquals("Say \"hi\", world\nsecond line", records.get(0).get("title"));
        assertEquals("1000", records.get(0).get("value"));
        assertEquals("'=HYPERLINK(\"x\")", records.get(1).get("title"));
        assertEquals("", records.get(1).get("value"));
    }

    @Test
    void atomEscapesEverythingAndIsWellFormed() throws Exception {
        var when = OffsetDateTime.parse("2026-05-01T10:00:00+03:00");
        var xml = Atom.feed(
                "urn:test",
                "Feed <&>",
                "http://x/self",
                "CC BY 4.0",
                List.of(new Atom.Entry(
                        "http://x/1",
                        "</title><script>alert(1)</script>",
                        "a & b \u0001",
                        "http://x/1?a=1&b=2",
                        when,
                        List.of("PEOPLE"))),
                when);
        assertTrue(xml.contains("&lt;/title&gt;&lt;script&gt;"), xml);
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        assertEquals(Atom.NS, doc.getDocumentElement().getNamespaceURI());
        assertEquals("feed", doc.getDocumentElement().getLocalName());
        var entry = (org.w3c.dom.Element)
                doc.getElementsByTagNameNS(Atom.NS, "entry").item(0);
        assertEquals(
                "</title><script>alert(1)</script>",
                entry.getElementsByTagNameNS(Atom.NS, "title").item(0).getTextContent());
        assertEquals(
                "2026-05-01T07:00:00Z",
                entry.getElementsByTagNameNS(Atom.NS, "updated").item(0).getTextContent());
    }
}
