package org.tori.opendata.control;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * RFC 4180 CSV: a header line, CRLF line ends, every text field quoted with quotes doubled. A text
 * that a spreadsheet would run as a formula gets a leading apostrophe.
 */
public final class Csv {

    private final StringBuilder out = new StringBuilder();

    public Csv(List<String> header) {
        row(header.toArray());
    }

    public Csv row(Object... cells) {
        out.append(Arrays.stream(cells).map(Csv::cell).collect(Collectors.joining(",")))
                .append("\r\n");
        return this;
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number) {
            return value instanceof BigDecimal big ? big.toPlainString() : value.toString();
        }
        var text = Objects.toString(value);
        if (!text.isEmpty() && "=+@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
