package org.tori.pilots.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tori.platform.DomainException;

/** Staff type a new version of the item list one item a line: section|English|Finnish|Swedish. */
class ChecklistLinesTest {

    @Test
    void eachLineIsAnItemAndBlankLinesAreSkipped() {
        var drafts = ChecklistView.drafts(
                "1|Help desk|Käyttäjätuki|Användarstöd\r\n\n2|NGSI-LD API|NGSI-LD-rajapinta|NGSI-LD-gränssnitt\n");
        assertEquals(
                List.of(
                        new Readiness.ItemDraft(1, "Help desk", "Käyttäjätuki", "Användarstöd"),
                        new Readiness.ItemDraft(2, "NGSI-LD API", "NGSI-LD-rajapinta", "NGSI-LD-gränssnitt")),
                drafts);
    }

    @Test
    void aLineWithoutItsFourPartsOrWithoutASectionNumberIsRefused() {
        assertEquals(
                "readiness.items.required",
                assertThrows(DomainException.class, () -> ChecklistView.drafts("1|Help desk|Käyttäjätuki"))
                        .key());
        assertEquals(
                "readiness.section.invalid",
                assertThrows(DomainException.class, () -> ChecklistView.drafts("one|a|b|c"))
                        .key());
        assertEquals(List.of(), ChecklistView.drafts(null));
    }
}
