package org.tori.platform.text;

import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Optional;

/**
 * Decimal numbers as people type and read them: a Finn writes "1,5", an English reader "1.5"; both
 * are accepted in every language (a number has one decimal separator and no grouping marks other than
 * spaces), and a number is shown with the language's separator and without trailing zeros ("4", not "4.0000").
 */
public final class Decimals {

    private static final int MAX_LENGTH = 30;

    private Decimals() {}

    /** The number typed, empty when blank or not a number. */
    public static Optional<BigDecimal> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        var text = typed.replace(" ", "")
                .replace("\u00a0", "")
                .replace("\u202f", "")
                .replace('\u2212', '-');
        if (text.isEmpty() || text.length() > MAX_LENGTH || !text.matches("[+-]?(\\d+([.,]\\d*)?|[.,]\\d+)")) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(text.replace(',', '.')));
    }

    /** The number with the language's decimal separator and no trailing zeros; blank for none. */
    public static String format(BigDecimal value, Locale locale) {
        if (value == null) {
            return "";
        }
        var plain = value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
        char separator = DecimalFormatSymbols.getInstance(locale == null ? Locale.ENGLISH : locale)
                .getDecimalSeparator();
        return plain.replace('.', separator);
    }
}
