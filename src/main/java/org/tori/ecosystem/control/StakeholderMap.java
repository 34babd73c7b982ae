package org.tori.ecosystem.control;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.tori.ecosystem.entity.OrganisationKind;
import org.tori.spaces.entity.Theme;

/**
 * The stakeholder map: organisations grouped by kind and by the themes they work on, and drawn as a
 * server-rendered SVG grid (kinds in rows, themes in columns, a circle sized by how many work there).
 * The page shows the same groups as a table beside it, which is what screen readers read.
 */
public final class StakeholderMap {

    /** One organisation as the map needs it. */
    public record Node(long id, String name, OrganisationKind kind, Set<Theme> themes) {}

    private static final int LABEL = 190;
    private static final int CELL = 100;
    private static final int HEAD = 40;
    private static final int ROW = 52;

    private StakeholderMap() {}

    /** Every kind, in the enum's order, with its organisations by name (empty kinds too). */
    public static Map<OrganisationKind, List<Node>> byKind(List<Node> nodes) {
        var map = new EnumMap<OrganisationKind, List<Node>>(OrganisationKind.class);
        for (var kind : OrganisationKind.values()) {
            map.put(kind, sorted(nodes.stream().filter(n -> n.kind() == kind).toList()));
        }
        return map;
    }

    /** Every theme with the organisations that work on it; one organisation may be under several. */
    public static Map<Theme, List<Node>> byTheme(List<Node> nodes) {
        var map = new EnumMap<Theme, List<Node>>(Theme.class);
        for (var theme : Theme.values()) {
            map.put(
                    theme,
                    sorted(nodes.stream()
                            .filter(n -> n.themes().contains(theme))
                            .toList()));
        }
        return map;
    }

    /** How many organisations of each kind work on each theme. */
    public static Map<OrganisationKind, Map<Theme, Integer>> counts(List<Node> nodes) {
        var counts = new EnumMap<OrganisationKind, Map<Theme, Integer>>(OrganisationKind.class);
        for (var kind : OrganisationKind.values()) {
            var row = new EnumMap<Theme, Integer>(Theme.class);
            for (var theme : Theme.values()) {
                row.put(theme, (int) nodes.stream()
                        .filter(n -> n.kind() == kind && n.themes().contains(theme))
                        .count());
            }
            counts.put(kind, row);
        }
        return counts;
    }

    /** The grid as SVG, its labels in the reader's language. */
    public static String svg(
            String label,
            List<Node> nodes,
            Function<OrganisationKind, String> kindLabel,
            Function<Theme, String> themeLabel) {
        var counts = counts(nodes);
        int max = counts.values().stream()
                .flatMap(r -> r.values().stream())
                .mapToInt(Integer::intValue)
                .max()
                .orElse(0);
        var kinds = OrganisationKind.values();
        var themes = Theme.values();
        int width = LABEL + CELL * themes.length + 8;
        int height = HEAD + ROW * kinds.length + 8;
        var svg = new StringBuilder(4000)
                .append("<svg class=\"stakeholder-map\" role=\"img\" viewBox=\"0 0 ")
                .append(width)
                .append(' ')
                .append(height)
                .append("\" aria-label=\"")
                .append(escape(label))
                .append("\">");
        for (int t = 0; t < themes.length; t++) {
            svg.append(text(LABEL + CELL * t + CELL / 2, HEAD - 14, "middle", themeLabel.apply(themes[t])));
        }
        for (int k = 0; k < kinds.length; k++) {
            int cy = HEAD + ROW * k + ROW / 2;
            svg.append("<line x1=\"")
                    .append(LABEL)
                    .append("\" y1=\"")
                    .append(cy)
                    .append("\" x2=\"")
                    .append(width - 8)
                    .append("\" y2=\"")
                    .append(cy)
                    .append("\" stroke=\"#d5d5d5\"/>")
                    .append(text(LABEL - 8, cy + 4, "end", kindLabel.apply(kinds[k])));
            for (int t = 0; t < themes.length; t++) {
                int n = counts.get(kinds[k]).get(themes[t]);
                if (n == 0) {
                    continue;
                }
                int cx = LABEL + CELL * t + CELL / 2;
                double r = 6 + 16 * Math.sqrt(n / (double) max);
                svg.append("<circle cx=\"")
                        .append(cx)
                        .append("\" cy=\"")
                        .append(cy)
                        .append("\" r=\"")
                        .append(Math.round(r * 10) / 10.0)
                        .append("\" fill=\"#1f5f8b\"/>")
                        .append("<text x=\"")
                        .append(cx)
                        .append("\" y=\"")
                        .append(cy + 4)
                        .append("\" text-anchor=\"middle\" font-size=\"12\" fill=\"#fff\">")
                        .append(n)
                        .append("</text>");
            }
        }
        return svg.append("</svg>").toString();
    }

    private static List<Node> sorted(List<Node> nodes) {
        return nodes.stream()
                .sorted(Comparator.comparing(Node::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    private static String text(int x, int y, String anchor, String content) {
        return "<text x=\"" + x + "\" y=\"" + y + "\" text-anchor=\"" + anchor + "\" font-size=\"12\" fill=\"#333\">"
                + escape(content) + "</text>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
