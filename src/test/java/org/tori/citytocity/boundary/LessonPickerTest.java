package org.tori.citytocity.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Collections;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class LessonPickerTest {

    @Test
    void aLinkedLessonJoinsTheChosenOnesInOrderAndOnlyOnce() {
        assertEquals(List.of(12L, 15L, 20L), LessonPicker.chosen(List.of("12", "15"), "20", null));
        assertEquals(List.of(12L, 15L), LessonPicker.chosen(List.of("12", "15"), "12", null));
    }

    @Test
    void aRemovedLessonLeavesTheOthers() {
        assertEquals(List.of(15L), LessonPicker.chosen(List.of("12", "15"), null, "12"));
    }

    @Test
    void whatIsNoLessonNumberIsLeftOut() {
        assertEquals(
                List.of(7L), LessonPicker.chosen(List.of("<b>", "-3", "0", "7", "99999999999999999999"), "x", "y"));
    }

    @Test
    void atMostTwentyLessonsAreKept() {
        var many = LongStream.rangeClosed(1, 30).mapToObj(String::valueOf).toList();
        assertEquals(LessonPicker.MAX, LessonPicker.chosen(many, null, null).size());
        assertEquals(Collections.nCopies(1, 1L), LessonPicker.chosen(List.of("1"), null, "2"));
    }
}
