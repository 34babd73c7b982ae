package org.tori.knowledge.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FormRowsTest {

    private final Map<String, String> posted = Map.of(
            "cause1",
            "No owner",
            "category1",
            "GOVERNANCE",
            "cause2",
            "No budget",
            "category2",
            "FUNDING",
            "cause3",
            "No data",
            "action1",
            "Name an owner",
            "owner1",
            "Mayor",
            "action2",
            "Find money",
            "due2",
            "2025-01-01");

    @Test
    void addingACauseKeepsEverythingTypedAndFocusesTheNewRow() {
        var rows = FormRows.apply("addCause", posted::get, 3, 2);
        assertEquals(4, rows.causes());
        assertEquals(2, rows.actions());
        assertEquals("cause4", rows.focus());
        assertEquals(posted, rows.values());
    }

    @Test
    void removingACauseMovesTheLaterCausesUpAndLeavesActionsAlone() {
        var rows = FormRows.apply("removeCause-2", posted::get, 3, 2);
        assertEquals(2, rows.causes());
        assertEquals("No owner", rows.values().get("cause1"));
        assertEquals("GOVERNANCE", rows.values().get("category1"));
        assertEquals("No data", rows.values().get("cause2"));
        assertNull(rows.values().get("category2"), "the removed row's category went with it");
        assertNull(rows.values().get("cause3"));
        assertEquals("Find money", rows.values().get("action2"));
        assertEquals("cause2", rows.focus());
    }

    @Test
    void removingAnActionMovesItsOwnerAndDueDateAlong() {
        var rows = FormRows.apply("removeAction-1", posted::get, 3, 2);
        assertEquals(1, rows.actions());
        assertEquals("Find money", rows.values().get("action1"));
        assertEquals("2025-01-01", rows.values().get("due1"));
        assertNull(rows.values().get("owner1"));
        assertEquals(3, rows.causes());
    }

    @Test
    void theLastRowGoneLeavesTheKeyboardOnTheAddButton() {
        var rows = FormRows.apply("removeAction-1", Map.of("action1", "x")::get, 0, 1);
        assertEquals(0, rows.actions());
        assertEquals("add-action", rows.focus());
    }

    @Test
    void unknownOrOutOfRangeCommandsChangeNothing() {
        for (var command : new String[] {"removeCause-9", "removeCause-x", "explode", "removeAction-0", ""}) {
            var rows = FormRows.apply(command, posted::get, 3, 2);
            assertEquals(3, rows.causes(), command);
            assertEquals(2, rows.actions(), command);
            assertEquals(posted, rows.values(), command);
        }
    }

    @Test
    void rowsStopAtTheMostALessonTakes() {
        var rows = FormRows.apply("addCause", posted::get, FormRows.MAX, 0);
        assertEquals(FormRows.MAX, rows.causes());
        assertEquals(FormRows.MAX, FormRows.count("999", 3));
        assertEquals(3, FormRows.count("-1", 3));
        assertEquals(3, FormRows.count("many", 3));
        assertEquals(5, FormRows.count(" 5 ", 3));
    }

    @Test
    void rowFieldsAreRecognisedByName() {
        assertTrue(FormRows.isRowField("cause12"));
        assertTrue(FormRows.isRowField("actionStatus3"));
        assertFalse(FormRows.isRowField("causeRows"));
        assertFalse(FormRows.isRowField("title"));
    }
}
