package org.tori.pilots.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The public pilot page: the chain origin → pilot → readiness record → decision → story, without
 * personal data (no names, no item owners); {@code mayFill} and {@code staff} are about the reader.
 */
public record PilotPage(
        PilotRow row,
        String kind,
        String originTitle,
        String originLink,
        BigDecimal budgetEur,
        LocalDate startsOn,
        String scaleUpPlan,
        String nextStep,
        List<Section> sections,
        List<String> gaps,
        String decisionReason,
        boolean gapsConfirmed,
        Long lessonId,
        Long storyId,
        String storyTitle,
        boolean mayFill,
        boolean mayChooseStory,
        boolean staff) {

    /** One section of the record as read: its score and items. */
    public record Section(int number, Integer percent, List<Line> lines) {}

    /** One item's answer; {@code answer} is null while unanswered. */
    public record Line(long itemId, String label, String answer, String evidence, String link) {}

    public boolean decided() {
        return "SCALED_UP".equals(row.stage()) || "STOPPED".equals(row.stage());
    }
}
