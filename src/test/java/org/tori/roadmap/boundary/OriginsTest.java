package org.tori.roadmap.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tori.platform.DomainException;
import org.tori.roadmap.entity.Origin;
import org.tori.roadmap.entity.OriginKind;

class OriginsTest {

    @Test
    void originsAreAKindAndANumberEach() {
        assertEquals(
                Set.of(
                        new Origin(OriginKind.SPACE, 12),
                        new Origin(OriginKind.LESSON, 3),
                        new Origin(OriginKind.ENTRY, 40)),
                RoadmapStaff.origins("space 12, Lesson:3; entry #40"));
        assertEquals(Set.of(), RoadmapStaff.origins("  "));
    }

    @Test
    void anythingElseIsRefusedAtTheOriginsField() {
        for (var typed : new String[] {"space", "planet 4", "space x", "space 0", "space 1 2"}) {
            var refused = assertThrows(DomainException.class, () -> RoadmapStaff.origins(typed), typed);
            assertEquals("origins", refused.field());
        }
    }
}
