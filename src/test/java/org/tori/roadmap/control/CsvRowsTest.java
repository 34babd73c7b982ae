package org.tori.roadmap.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRowsTest {

    @Test
    void quotedCellsKeepCommasQuotesAndLineBreaks() {
        var rows = CsvRows.parse("external_id,title\r\n\"a-1\",\"Bins, \"\"smart\"\"\nand more\"\n\nb-2;Plain\n");
        assertEquals(
                List.of(
                        List.of("external_id", "title"),
                        List.of("a-1", "Bins, \"smart\"\nand more"),
                        List.of("b-2", "Plain")),
                rows);
    }

    @Test
    void nothingGivesNoRows() {
        assertEquals(List.of(), CsvRows.parse(null));
        assertEquals(List.of(), CsvRows.parse(" \n"));
    }
}
