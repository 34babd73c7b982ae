package org.tori.accounts.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChipsTest {

    @Test
    void typedTextAddsOneChipPerCommaSeparatedPart() {
        assertEquals(
                List.of("iot", "user testing", "design"), Chips.with(List.of("iot"), " user testing, ,design,iot "));
    }

    @Test
    void nothingTypedKeepsTheChips() {
        assertEquals(List.of("iot"), Chips.with(List.of("iot"), null));
        assertEquals(List.of("iot"), Chips.with(List.of("iot"), "  "));
    }

    @Test
    void removingAChipKeepsTheOthersInOrder() {
        assertEquals(
                List.of("design", "iot"),
                Chips.without(List.of("design", "early education", "iot"), "early education"));
        assertEquals(List.of("iot"), Chips.without(List.of("iot"), "unknown"));
    }
}
