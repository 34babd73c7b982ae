package org.tori.stories.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tori.platform.DomainException;

class StoryFormTest {

    @Test
    void lessonNumbersAreReadWithCommasSemicolonsOrSpacesBetween() {
        assertEquals(List.of(12L, 15L, 3L), StoryForm.lessonNumbers(" 12, 15;3 "));
        assertEquals(List.of(), StoryForm.lessonNumbers("  "));
        assertEquals(List.of(), StoryForm.lessonNumbers((String) null));
        assertEquals("12, 15", StoryForm.lessonNumbers(List.of(12L, 15L)));
    }

    @Test
    void wordsInsteadOfLessonNumbersAreRefusedAtTheField() {
        var refused = assertThrows(DomainException.class, () -> StoryForm.lessonNumbers("12, the robot one"));
        assertEquals("story.lessons.notNumbers", refused.key());
        assertEquals("lessonIds", refused.field());
    }
}
