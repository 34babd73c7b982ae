package org.tori.search.boundary;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What someone searches for: free text and facet filters. Whatever comes in is made safe here:
 * long text is cut (at most {@value #MAX_TEXT} characters, {@value #MAX_TERMS} words of at most
 * {@value #MAX_TERM} characters each: no one types more, and a scanner's payload then costs what a
 * question costs), paging is bounded, unknown sort orders fall back to relevance.
 */
public record SearchQuery(
        String q,
        String type,
        String city,
        String theme,
        String domain,
        String valueStream,
        String cause,
        String lang,
        Integer year,
        String sort,
        int from,
        int size,
        String lifeEvent) {

    public static final int MAX_TEXT = 200;
    public static final int MAX_TERMS = 12;
    public static final int MAX_TERM = 40;
    public static final int MAX_SIZE = 50;
    public static final int MAX_FROM = 1000;
    public static final int DEFAULT_SIZE = 20;

    public SearchQuery {
        q = bounded(q);
        type = blankToNull(type);
        city = blankToNull(city);
        theme = blankToNull(theme);
        domain = blankToNull(domain);
        valueStream = blankToNull(valueStream);
        cause = blankToNull(cause);
        lang = blankToNull(lang);
        lifeEvent = blankToNull(lifeEvent);
        sort = "date".equals(sort) ? "date" : "relevance";
        from = Math.max(0, Math.min(from, MAX_FROM));
        size = size <= 0 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
    }

    /** A query without a life event. */
    public SearchQuery(
            String q,
            String type,
            String city,
            String theme,
            String domain,
            String valueStream,
            String cause,
            String lang,
            Integer year,
            String sort,
            int from,
            int size) {
        this(q, type, city, theme, domain, valueStream, cause, lang, year, sort, from, size, null);
    }

    /** The same query narrowed to a life event (its id, as the facet shows it). */
    public SearchQuery withLifeEvent(String id) {
        return new SearchQuery(q, type, city, theme, domain, valueStream, cause, lang, year, sort, from, size, id);
    }

    public static SearchQuery text(String q) {
        return new SearchQuery(q, null, null, null, null, null, null, null, null, null, 0, DEFAULT_SIZE);
    }

    /** The filters that are set, by their parameter name: what the page keeps in its links. */
    public Map<String, String> filters() {
        var map = new LinkedHashMap<String, String>();
        put(map, "type", type);
        put(map, "city", city);
        put(map, "theme", theme);
        put(map, "domain", domain);
        put(map, "valueStream", valueStream);
        put(map, "cause", cause);
        put(map, "lang", lang);
        put(map, "year", year == null ? null : String.valueOf(year));
        put(map, "lifeEvent", lifeEvent);
        return map;
    }

    private static void put(Map<String, String> map, String key, String value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    static String bounded(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        var cut = text.length() > MAX_TEXT * 2 ? text.substring(0, MAX_TEXT * 2) : text;
        var words = new StringBuilder();
        int count = 0;
        for (var word : cut.strip().split("\\s+")) {
            if (count++ == MAX_TERMS) {
                break;
            }
            var kept = word.length() > MAX_TERM ? word.substring(0, MAX_TERM) : word;
            if (words.length() + kept.length() + 1 > MAX_TEXT) {
                break;
            }
            words.append(words.length() == 0 ? "" : " ").append(kept);
        }
        return words.toString();
    }

    private static String blankToNull(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        var stripped = value.strip();
        return stripped.length() > 120 ? stripped.substring(0, 120) : stripped;
    }
}
