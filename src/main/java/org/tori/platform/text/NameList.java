package org.tori.platform.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A list of names kept as one line of text ("Port of Tampere, Acme Oy"): split, joined and sorted into
 * the names a directory knows and the others, compared without regard to case.
 */
public final class NameList {

    private NameList() {}

    /** The names in the text, in order, each once. */
    public static List<String> split(String text) {
        if (text == null) {
            return List.of();
        }
        var names = new LinkedHashMap<String, String>();
        for (var part : text.split("[,;\\n]")) {
            var name = part.strip();
            if (!name.isEmpty()) {
                names.putIfAbsent(key(name), name);
            }
        }
        return List.copyOf(names.values());
    }

    /** The chosen names first, then the other names of the text, each once; null when there are none. */
    public static String join(Collection<String> chosen, String others) {
        var all = new ArrayList<String>(chosen == null ? List.of() : chosen);
        all.addAll(split(others));
        var joined = String.join(", ", split(String.join(",", all)));
        return joined.isEmpty() ? null : joined;
    }

    /** The names of the text that the directory holds, spelt as the directory spells them. */
    public static List<String> known(String text, Collection<String> directory) {
        var byKey = index(directory);
        return split(text).stream()
                .filter(n -> byKey.containsKey(key(n)))
                .map(n -> byKey.get(key(n)))
                .toList();
    }

    /** The other names of the text, joined again; null when there are none. */
    public static String unknown(String text, Collection<String> directory) {
        var byKey = index(directory);
        var rest = split(text).stream().filter(n -> !byKey.containsKey(key(n))).toList();
        return rest.isEmpty() ? null : String.join(", ", rest);
    }

    private static Map<String, String> index(Collection<String> directory) {
        var byKey = new LinkedHashMap<String, String>();
        directory.forEach(n -> byKey.putIfAbsent(key(n), n));
        return byKey;
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
