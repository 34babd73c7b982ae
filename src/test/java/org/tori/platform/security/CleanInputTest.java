package org.tori.platform.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CleanInputTest {

    @Test
    void textInAnyLanguageIsClean() {
        assertTrue(CleanInput.cleanUtf8(null));
        assertTrue(CleanInput.cleanUtf8("q=p%C3%A4iv%C3%A4koti&city=Tampere+keskusta"));
        assertTrue(CleanInput.cleanUtf8("/spaces/space"));
        assertTrue(CleanInput.cleanUtf8("q=%27+OR+1%3D1+--"));
    }

    @Test
    void nulBrokenUtf8AndBrokenEscapesAreRefused() {
        assertFalse(CleanInput.cleanUtf8("city=a%00b"));
        assertFalse(CleanInput.cleanUtf8("city=%C3%28"));
        assertFalse(CleanInput.cleanUtf8("q=%FF%FE"));
        assertFalse(CleanInput.cleanUtf8("q=%ED%A0%80"));
        assertFalse(CleanInput.cleanUtf8("q=50%"));
        assertFalse(CleanInput.cleanUtf8("q=%G1"));
    }
}
