package org.tori.stories;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tori.testing.Json;
import org.w3c.dom.Element;

/** Reads open data the way an outside client does: plain GETs with conditional headers, Atom elements, KPI values. */
final class OpenDataReader {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private OpenDataReader() {}

    /** A GET without cookies, with header name and value pairs. */
    static HttpResponse<String> get(URI uri, String... headers) throws Exception {
        var request = HttpRequest.newBuilder(uri).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The Atom child elements of one name. */
    static List<Element> children(Element parent, String name) {
        var found = new ArrayList<Element>();
        for (var n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && ATOM.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }

    /** The scorecard's KPI values by name (no value: zero). */
    static Map<String, BigDecimal> kpis(String body) {
        var values = new HashMap<String, BigDecimal>();
        Json.parse("{\"a\":" + body + "}")
                .getJsonArray("a")
                .getValuesAs(JsonObject.class)
                .forEach(k -> values.put(
                        k.getString("kpi"),
                        k.isNull("value")
                                ? BigDecimal.ZERO
                                : k.getJsonNumber("value").bigDecimalValue()));
        return values;
    }
}
