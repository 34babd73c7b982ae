package org.tori.maturity.control;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A radar chart drawn on the server as inline SVG: one spoke per dimension, rings for levels 1–5, the
 * peers' range as a band, their median dashed and the city's own levels as a solid line. The table
 * beside it on the page carries the same numbers for those who do not see the picture.
 */
public final class RadarSvg {

    private static final int WIDTH = 560;
    private static final int HEIGHT = 400;
    private static final double CENTRE_X = WIDTH / 2.0;
    private static final double CENTRE_Y = HEIGHT / 2.0;
    private static final double RADIUS = 120;

    private RadarSvg() {}

    /** Values may be null (no answer, or no aggregate shown); a series of nulls is not drawn. */
    public static String of(
            String label,
            List<String> spokes,
            List<? extends Number> own,
            List<? extends Number> median,
            List<? extends Number> lowest,
            List<? extends Number> highest) {
        var svg = new StringBuilder();
        svg.append("<svg class=\"radar\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(HEIGHT)
                .append("\" width=\"")
                .append(WIDTH)
                .append("\" height=\"")
                .append(HEIGHT)
                .append("\" aria-label=\"")
                .append(escape(label))
                .append("\">");
        for (int ring = 1; ring <= 5; ring++) {
            svg.append(
                    polygon(IntStream.range(0, spokes.size()).mapToObj(i -> 0).toList(), ring, "radar-ring"));
        }
        for (int i = 0; i < spokes.size(); i++) {
            double[] end = point(i, spokes.size(), 5);
            double[] text = point(i, spokes.size(), 5.9);
            svg.append(String.format(
                    Locale.ROOT,
                    "<line class=\"radar-spoke\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>",
                    CENTRE_X,
                    CENTRE_Y,
                    end[0],
                    end[1]));
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" font-size=\"11\">%s</text>",
                    text[0],
                    text[1],
                    escape(spokes.get(i))));
        }
        if (complete(highest) && complete(lowest)) {
            svg.append(series(highest, "radar-highest"));
            svg.append(series(lowest, "radar-lowest"));
        }
        if (complete(median)) {
            svg.append(series(median, "radar-median"));
        }
        if (complete(own)) {
            svg.append(series(own, "radar-own"));
        }
        return svg.append("</svg>").toString();
    }

    private static boolean complete(List<? extends Number> values) {
        return values != null && !values.isEmpty() && values.stream().allMatch(v -> v != null);
    }

    private static String series(List<? extends Number> values, String css) {
        return polygon(values, 0, css);
    }

    /** A ring (every point at the same level) or a series of levels. */
    private static String polygon(List<? extends Number> values, int ring, String css) {
        var points = IntStream.range(0, values.size())
                .mapToObj(i -> {
                    var p = point(
                            i, values.size(), ring > 0 ? ring : values.get(i).doubleValue());
                    return String.format(Locale.ROOT, "%.1f,%.1f", p[0], p[1]);
                })
                .collect(Collectors.joining(" "));
        return "<polygon class=\"" + css + "\" points=\"" + points + "\"/>";
    }

    private static double[] point(int i, int n, double level) {
        double angle = -Math.PI / 2 + 2 * Math.PI * i / n;
        double r = RADIUS * level / 5;
        return new double[] {CENTRE_X + r * Math.cos(angle), CENTRE_Y + r * Math.sin(angle)};
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
