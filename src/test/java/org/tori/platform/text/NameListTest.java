package org.tori.platform.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameListTest {

    private static final List<String> DIRECTORY = List.of("Port of Tampere", "Parcelbox Oy");

    @Test
    void namesAreSplitTrimmedAndKeptOnceWhateverTheCase() {
        assertEquals(
                List.of("Port of Tampere", "acme oy"),
                NameList.split(" Port of Tampere ,acme oy;; Acme Oy,PORT OF TAMPERE"));
        assertEquals(List.of(), NameList.split(null));
    }

    @Test
    void theDirectorysNamesAreSortedFromTheOthersAndJoinedBackChosenFirst() {
        var text = "acme oy, port of tampere";
        assertEquals(List.of("Port of Tampere"), NameList.known(text, DIRECTORY), "spelt as the directory spells it");
        assertEquals("acme oy", NameList.unknown(text, DIRECTORY));
        assertNull(NameList.unknown("Parcelbox Oy", DIRECTORY));
        assertEquals("Port of Tampere, acme oy", NameList.join(List.of("Port of Tampere"), "acme oy, port of tampere"));
        assertNull(NameList.join(List.of(), " , "));
    }
}
