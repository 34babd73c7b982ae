package org.tori.platform.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DecimalsTest {

    @Test
    void aFinnishDecimalCommaAndADotAreTheSameNumber() {
        assertEquals(0, new BigDecimal("1.5").compareTo(Decimals.parse("1,5").orElseThrow()));
        assertEquals(0, new BigDecimal("1.5").compareTo(Decimals.parse("1.5").orElseThrow()));
        assertEquals(
                0, new BigDecimal("-0.25").compareTo(Decimals.parse(" -0,25 ").orElseThrow()));
        assertEquals(
                0, new BigDecimal("12000").compareTo(Decimals.parse("12 000").orElseThrow()), "spaces group thousands");
        assertEquals(
                0,
                new BigDecimal("12000.5")
                        .compareTo(Decimals.parse("12\u00a0000,5").orElseThrow()));
    }

    @Test
    void whatIsNoNumberIsRefused() {
        for (var typed :
                new String[] {"", "  ", "abc", "1,5,5", "1.000,5", "1e5", "--1", ",", "1,5x", "9".repeat(40)}) {
            assertTrue(Decimals.parse(typed).isEmpty(), typed);
        }
        assertTrue(Decimals.parse(null).isEmpty());
    }

    @Test
    void aNumberIsShownWithTheLanguagesSeparatorAndNoTrailingZeros() {
        assertEquals("4", Decimals.format(new BigDecimal("4.0000"), Locale.ENGLISH));
        assertEquals("1.5", Decimals.format(new BigDecimal("1.5000"), Locale.ENGLISH));
        assertEquals("1,5", Decimals.format(new BigDecimal("1.5000"), Locale.forLanguageTag("fi")));
        assertEquals("1,5", Decimals.format(new BigDecimal("1.50"), Locale.forLanguageTag("sv")));
        assertEquals("0", Decimals.format(new BigDecimal("0.000"), Locale.ENGLISH));
        assertEquals("1200", Decimals.format(new BigDecimal("1.2E+3"), Locale.ENGLISH));
        assertEquals("", Decimals.format(null, Locale.ENGLISH));
    }
}
