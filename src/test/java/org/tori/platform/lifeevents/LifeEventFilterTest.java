package org.tori.platform.lifeevents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tori.platform.DomainException;

class LifeEventFilterTest {

    private static final List<LifeEventChoices.Group> GROUPS = List.of(
            new LifeEventChoices.Group(
                    "Family with children",
                    List.of(
                            new LifeEventChoices.Choice(3, "Starting school"),
                            new LifeEventChoices.Choice(7, "Twins"))),
            new LifeEventChoices.Group("Business", List.of(new LifeEventChoices.Choice(11, "Founding a company"))));

    @Test
    void noLifeEventChosenFiltersNothing() {
        assertNull(LifeEventFilter.parse(null, GROUPS));
        assertNull(LifeEventFilter.parse("  ", GROUPS));
    }

    @Test
    void aKnownLifeEventIsReadFromTheAddress() {
        assertEquals(7L, LifeEventFilter.parse("7", GROUPS));
        assertEquals(11L, LifeEventFilter.parse(" 11 ", GROUPS));
    }

    @Test
    void anUnknownOrMalformedLifeEventIsRefusedOnItsField() {
        for (var bad : List.of("999", "abc", "7; drop", "-3", "1e3")) {
            var refused = assertThrows(DomainException.class, () -> LifeEventFilter.parse(bad, GROUPS), bad);
            assertEquals("lifeEvent.filter.unknown", refused.key());
            assertEquals(LifeEventFilter.PARAM, refused.field());
        }
    }
}
