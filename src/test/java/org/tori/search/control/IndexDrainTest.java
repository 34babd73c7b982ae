package org.tori.search.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tori.search.entity.IndexChange;

class IndexDrainTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-12-06T08:00:00+02:00");

    @Test
    void aRecordChangedSeveralTimesInOneBatchIsWrittenOnce() {
        var lesson = new IndexChange("lesson", "7", NOW);
        var space = new IndexChange("space", "7", NOW);
        var lessonAgain = new IndexChange("lesson", "7", NOW);
        var other = new IndexChange("lesson", "8", NOW);
        var lessonOnceMore = new IndexChange("lesson", "7", NOW);

        var documents = IndexDrain.perDocument(List.of(lesson, space, lessonAgain, other, lessonOnceMore));

        // three records, in the order of their first change; each group keeps all of its changes, so
        // that all are removed (or retried) together once the record's document is written
        assertEquals(List.of(List.of(lesson, lessonAgain, lessonOnceMore), List.of(space), List.of(other)), documents);
    }
}
