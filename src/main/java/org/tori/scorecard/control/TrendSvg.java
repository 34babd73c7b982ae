package org.tori.scorecard.control;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * A KPI's trend as a small inline SVG line chart, drawn on the server: the page needs no chart
 * library (Chart.js, moment and PrimeFaces' scripts were 270 KiB of the scorecard's 305 KiB on the
 * wire) and the chart shows before any script runs. The values stay in the table next to it.
 */
public final class TrendSvg {

    private static final int WIDTH = 260;
    private static final int HEIGHT = 130;
    private static final int LEFT = 34;
    private static final int RIGHT = 12;
    private static final int TOP = 14;
    private static final int BOTTOM = 24;

    private TrendSvg() {}

    /** The chart of values over years (years.size() == values.size(), nulls are gaps), labelled for screen readers. */
    public static String of(String label, List<Integer> years, List<BigDecimal> values) {
        double max = values.stream()
                .filter(v -> v != null)
                .mapToDouble(BigDecimal::doubleValue)
                .max()
                .orElse(0);
        double top = max <= 0 ? 1 : max;
        var svg = new StringBuilder(1200)
                .append("<svg class=\"trend-chart\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(HEIGHT)
                .append("\" aria-label=\"")
                .append(escape(label))
                .append("\">");
        int baseline = HEIGHT - BOTTOM;
        svg.append(line(LEFT, baseline, WIDTH - RIGHT, baseline, "#8a8a8a"))
                .append(line(LEFT, TOP, LEFT, baseline, "#8a8a8a"))
                .append(text(LEFT - 6, TOP + 4, "end", number(top)))
                .append(text(LEFT - 6, baseline + 4, "end", "0"));
        var path = new StringBuilder();
        for (int i = 0; i < years.size(); i++) {
            double x = x(i, years.size());
            svg.append(text(x, HEIGHT - 6, "middle", String.valueOf(years.get(i))));
            var value = values.get(i);
            if (value == null) {
                continue;
            }
            double y = baseline - (baseline - TOP) * value.doubleValue() / top;
            path.append(path.isEmpty() || values.get(i - 1) == null ? 'M' : 'L')
                    .append(format(x))
                    .append(' ')
                    .append(format(y));
            svg.append("<circle cx=\"")
                    .append(format(x))
                    .append("\" cy=\"")
                    .append(format(y))
                    .append("\" r=\"3.5\" fill=\"#1f5f8b\"/>");
        }
        if (!path.isEmpty()) {
            svg.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"#1f5f8b\" stroke-width=\"2\"/>");
        }
        return svg.append("</svg>").toString();
    }

    private static double x(int i, int count) {
        return count == 1
                ? (LEFT + WIDTH - RIGHT) / 2.0
                : LEFT + 16 + (WIDTH - RIGHT - LEFT - 32) * i / (double) (count - 1);
    }

    private static String line(double x1, double y1, double x2, double y2, String colour) {
        return "<line x1=\"" + format(x1) + "\" y1=\"" + format(y1) + "\" x2=\"" + format(x2) + "\" y2=\"" + format(y2)
                + "\" stroke=\"" + colour + "\"/>";
    }

    private static String text(double x, double y, String anchor, String content) {
        return "<text x=\"" + format(x) + "\" y=\"" + format(y) + "\" text-anchor=\"" + anchor
                + "\" font-size=\"12\" fill=\"#333\">" + escape(content) + "</text>";
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.2f", value);
    }

    /** One decimal; String.format was a third of the page's chart time in JFR. */
    private static String format(double value) {
        return String.valueOf(Math.round(value * 10) / 10.0);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
